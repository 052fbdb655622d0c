// Command lsp measures how fast `obslint lsp` re-checks a package as an
// editor changes it, beside `obslint PKG` on the same package.
//
//	go run ./bench/lsp [-edits 100] [-lines 12000] [-obslint PATH]
//
// It generates a module with one package of handlers (at least -lines
// lines, most of them in one large file), starts the server over stdio,
// opens the large file, then sends -edits full-text changes, one at a time,
// each after the diagnostics of the one before, as a user typing in pauses.
// It times the publication of each version's diagnostics and reads the
// server's memory from /proc/<pid>/status.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

func main() {
	edits := flag.Int("edits", 100, "number of full-text changes")
	lines := flag.Int("lines", 12000, "lines of the generated package")
	pause := flag.Duration("pause", 200*time.Millisecond, "pause between a publication and the next change")
	bin := flag.String("obslint", "", "obslint binary (default: built from this module)")
	cliRuns := flag.Int("cli", 3, "runs of the command line")
	flag.Parse()
	log.SetFlags(0)

	work, err := os.MkdirTemp("", "obslint-lsp-bench")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(work)
	if *bin == "" {
		*bin = filepath.Join(work, "obslint")
		build := exec.Command("go", "build", "-o", *bin, "./cmd/obslint")
		build.Stderr = os.Stderr
		if err := build.Run(); err != nil {
			log.Fatalf("building obslint: %v", err)
		}
	}
	mod := filepath.Join(work, "mod")
	big, total := generate(mod, *lines)
	fmt.Printf("package: %d lines, the edited file %d lines\n", total, strings.Count(readFile(big), "\n"))

	// Warm the build cache for the package's dependencies, as an editor's
	// gopls would have.
	var cli []time.Duration
	for i := 0; i <= *cliRuns; i++ {
		start := time.Now()
		cmd := exec.Command(*bin, "./big")
		cmd.Dir = mod
		cmd.Env = append(os.Environ(), "GOWORK=off")
		out, err := cmd.CombinedOutput()
		if ee, ok := err.(*exec.ExitError); err != nil && !(ok && ee.ExitCode() == 3) {
			log.Fatalf("obslint ./big: %v\n%s", err, out)
		}
		if i > 0 {
			cli = append(cli, time.Since(start))
		}
	}

	s := startServer(*bin, mod)
	defer s.stop()
	uri := "file://" + big
	text := readFile(big)
	s.send(map[string]any{"jsonrpc": "2.0", "id": 1, "method": "initialize",
		"params": map[string]any{"processId": os.Getpid(), "rootUri": "file://" + mod, "capabilities": map[string]any{}}})
	s.send(map[string]any{"jsonrpc": "2.0", "method": "initialized", "params": map[string]any{}})
	start := time.Now()
	s.send(map[string]any{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": map[string]any{
		"textDocument": map[string]any{"uri": uri, "languageId": "go", "version": 1, "text": text}}})
	n := s.await(uri, 1)
	open := time.Since(start)

	var lat []time.Duration
	rss := map[int]string{}
	for v := 2; v < 2+*edits; v++ {
		time.Sleep(*pause)
		// A change inside a function body, as typing makes.
		text = strings.Replace(text, fmt.Sprintf("_ = %d // edit here", v-1), fmt.Sprintf("_ = %d // edit here", v), 1)
		start := time.Now()
		s.send(map[string]any{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": map[string]any{
			"textDocument":   map[string]any{"uri": uri, "version": v},
			"contentChanges": []any{map[string]any{"text": text}}}})
		got := s.await(uri, v)
		lat = append(lat, time.Since(start))
		if got != n {
			log.Fatalf("version %d: %d diagnostics, %d before", v, got, n)
		}
		if e := v - 1; e == 1 || e == 10 || e == *edits/2 || e == *edits {
			rss[e] = s.status("VmRSS")
		}
	}
	hwm := s.status("VmHWM")

	sorted := slices.Clone(lat)
	slices.Sort(sorted)
	median := sorted[len(sorted)/2]
	slices.Sort(cli)
	cliMedian := cli[len(cli)/2]
	fmt.Printf("diagnostics: %d\n", n)
	fmt.Printf("obslint ./big: median %.2fs of %d runs\n", cliMedian.Seconds(), len(cli))
	fmt.Printf("lsp open: %.2fs\n", open.Seconds())
	fmt.Printf("lsp edits: %d, first %.2fs, median %.2fs (%.2f× the command line), max %.2fs\n",
		len(lat), lat[0].Seconds(), median.Seconds(), median.Seconds()/cliMedian.Seconds(), sorted[len(sorted)-1].Seconds())
	for _, e := range slices.Sorted(maps.Keys(rss)) {
		fmt.Printf("lsp RSS after edit %d: %s\n", e, rss[e])
	}
	fmt.Printf("lsp peak RSS (VmHWM): %s\n", hwm)
}

func readFile(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	return string(b)
}

// generate writes a module in dir whose package big has at least lines
// lines, half of them in big.go, and returns big.go's path and the lines.
func generate(dir string, lines int) (string, int) {
	pkg := filepath.Join(dir, "big")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		log.Fatal(err)
	}
	write := func(path, text string) {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	write(filepath.Join(dir, "go.mod"), "module example.com/bench\n\ngo 1.24\n")
	const header = "package big\n\nimport (\n\t\"context\"\n\t\"log/slog\"\n\t\"net/http\"\n\t\"time\"\n)\n\n"
	var files [8]strings.Builder
	for i := range files {
		files[i].WriteString(header)
	}
	total, fn := 0, 0
	for total < lines {
		f := &files[0] // big.go takes every other function
		if fn%2 == 1 {
			f = &files[1+fn/2%(len(files)-1)]
		}
		body := handler(fn)
		if fn == 0 {
			body = strings.Replace(body, "\tw.WriteHeader", "\t_ = 1 // edit here\n\tw.WriteHeader", 1)
		}
		f.WriteString(body)
		total += strings.Count(body, "\n")
		fn++
	}
	for i := range files {
		total += strings.Count(header, "\n")
		write(filepath.Join(pkg, fmt.Sprintf("big%d.go", i)), files[i].String()+"\nvar _ = time.Second\nvar _ = context.Background\nvar _ = slog.Info\n")
	}
	return filepath.Join(pkg, "big0.go"), total
}

// handler is a request handler with the calls obslint's passes judge:
// some findings, mostly code they must walk and let be.
func handler(i int) string {
	return strings.NewReplacer("@", strconv.Itoa(i)).Replace(`
// Handle@ serves requests of kind @.
func Handle@(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	slog.InfoContext(ctx, "handling", "kind", @)
	if err := work@(ctx, r.URL.Path); err != nil {
		slog.ErrorContext(ctx, "failed", "err", err)
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func work@(ctx context.Context, path string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://example.com"+path, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func detached@(r *http.Request) {
	ctx := context.Background()
	slog.InfoContext(ctx, "detached", "path", r.URL.Path)
}
`)
}

// server is `obslint lsp` run over pipes.
type server struct {
	cmd   *exec.Cmd
	w     io.WriteCloser
	diags chan published
}

type published struct {
	uri     string
	version int
	n       int
}

func startServer(bin, dir string) *server {
	cmd := exec.Command(bin, "lsp")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	cmd.Stderr = os.Stderr
	w, err := cmd.StdinPipe()
	if err != nil {
		log.Fatal(err)
	}
	r, err := cmd.StdoutPipe()
	if err != nil {
		log.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		log.Fatal(err)
	}
	s := &server{cmd: cmd, w: w, diags: make(chan published, 1000)}
	go s.read(bufio.NewReader(r))
	return s
}

func (s *server) stop() {
	s.w.Close()
	s.cmd.Process.Kill()
	s.cmd.Wait()
}

func (s *server) send(msg map[string]any) {
	data, err := json.Marshal(msg)
	if err != nil {
		log.Fatal(err)
	}
	if _, err := fmt.Fprintf(s.w, "Content-Length: %d\r\n\r\n%s", len(data), data); err != nil {
		log.Fatal(err)
	}
}

// await returns the number of diagnostics published for version of uri.
func (s *server) await(uri string, version int) int {
	timeout := time.After(5 * time.Minute)
	for {
		select {
		case p, ok := <-s.diags:
			if !ok {
				log.Fatal("the server ended")
			}
			if p.uri == uri && p.version == version {
				return p.n
			}
		case <-timeout:
			log.Fatalf("no diagnostics for version %d", version)
		}
	}
}

// status returns a field of the server's /proc/<pid>/status.
func (s *server) status(field string) string {
	text := readFile(fmt.Sprintf("/proc/%d/status", s.cmd.Process.Pid))
	for line := range strings.Lines(text) {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "?"
}

func (s *server) read(r *bufio.Reader) {
	defer close(s.diags)
	for {
		length := -1
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				return
			}
			line = strings.TrimSpace(line)
			if line == "" {
				break
			}
			if v, ok := strings.CutPrefix(line, "Content-Length:"); ok {
				length, _ = strconv.Atoi(strings.TrimSpace(v))
			}
		}
		buf := make([]byte, length)
		if _, err := io.ReadFull(r, buf); err != nil {
			return
		}
		var m struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
			Params struct {
				URI         string            `json:"uri"`
				Version     *int              `json:"version"`
				Diagnostics []json.RawMessage `json:"diagnostics"`
			} `json:"params"`
		}
		if json.Unmarshal(buf, &m) != nil {
			continue
		}
		switch {
		case m.Method == "textDocument/publishDiagnostics" && m.Params.Version != nil:
			s.diags <- published{m.Params.URI, *m.Params.Version, len(m.Params.Diagnostics)}
		case m.Method != "" && m.ID != nil:
			s.send(map[string]any{"jsonrpc": "2.0", "id": m.ID, "result": nil})
		}
	}
}
