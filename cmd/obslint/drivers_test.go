package main_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/obslint/obslint/internal/customgcl"
	"github.com/obslint/obslint/internal/lsp"
	"github.com/obslint/obslint/internal/suite"
)

// driversFindings are the findings on testdata/drivers, a module whose
// command uses a library of the module (facts about Fetch, Go) and the
// standard library (judged by its API in every driver: Start reaches
// net.Listen only inside net/http, and is no finding anywhere).
var driversFindings = []string{
	"cmd/server/main.go:13:2: goroutine launched without an explicit context choice: pass r.Context() (or a context derived from it) to inherit, or context.WithoutCancel(r.Context()) to detach",
	"cmd/server/main.go:14:8: goroutine launched without an explicit context choice: pass r.Context() (or a context derived from it) to inherit, or context.WithoutCancel(r.Context()) to detach",
	"cmd/server/main.go:20:17: context.Background() severs the available context r.Context(): derive from it (context.WithTimeout(r.Context(), …)) or detach with context.WithoutCancel(r.Context()) to keep the trace",
	"cmd/server/main.go:21:2: slog.Info builds its message with string concatenation: keep the message constant and pass the values as attributes",
}

// TestDriversAgree runs every driver on testdata/drivers: standalone
// obslint, go vet -vettool, obslint lsp and, with OBSLINT_LONG=1 (it
// builds golangci-lint), the golangci-lint plugin. Each must give the
// same findings.
func TestDriversAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("runs obslint under every driver")
	}
	bin := obslintBinary(t)
	dir, err := filepath.Abs(filepath.Join("testdata", "drivers"))
	if err != nil {
		t.Fatal(err)
	}
	drivers := []struct {
		name string
		run  func(t *testing.T, bin, dir string) []string
	}{
		{"standalone", standaloneFindings},
		{"go vet", vetFindings},
		{"lsp", lspFindings},
		{"golangci-lint", golangciFindings},
	}
	for _, d := range drivers {
		t.Run(d.name, func(t *testing.T) {
			got := d.run(t, bin, dir)
			slices.Sort(got)
			if !slices.Equal(got, driversFindings) {
				t.Errorf("%s findings:\n\t%s\nwant:\n\t%s", d.name, strings.Join(got, "\n\t"), strings.Join(driversFindings, "\n\t"))
			}
		})
	}
}

// cliFinding is a finding as the command-line drivers print it, with the
// pass's name in parentheses (standalone, golangci-lint) or without (vet).
var cliFinding = regexp.MustCompile(`^(\S+\.go):(\d+):(\d+): (.*?)(?: \([\w-]+\))?$`)

// parseCLI returns the findings in out as file:line:col: message, with
// paths relative to dir; related information (indented lines) and other
// lines are left out.
func parseCLI(t *testing.T, dir, out string) []string {
	var fs []string
	for line := range strings.Lines(out) {
		m := cliFinding.FindStringSubmatch(strings.TrimRight(line, "\n"))
		if m == nil || strings.HasPrefix(m[4], "\t") {
			continue
		}
		file := m[1]
		if filepath.IsAbs(file) {
			rel, err := filepath.Rel(dir, file)
			if err != nil {
				t.Fatal(err)
			}
			file = rel
		}
		fs = append(fs, fmt.Sprintf("%s:%s:%s: %s", filepath.ToSlash(filepath.Clean(file)), m[2], m[3], m[4]))
	}
	return fs
}

func standaloneFindings(t *testing.T, bin, dir string) []string {
	r := run(t, dir, bin, "./...")
	if r.code != 3 {
		t.Errorf("exit code %d, want 3 (findings):\n%s", r.code, r.out)
	}
	return parseCLI(t, dir, r.out)
}

func vetFindings(t *testing.T, bin, dir string) []string {
	r := run(t, dir, "go", "vet", "-vettool="+bin, "./...")
	if r.code == 0 {
		t.Errorf("go vet exited 0 on findings:\n%s", r.out)
	}
	return parseCLI(t, dir, r.out)
}

func golangciFindings(t *testing.T, _, dir string) []string {
	if os.Getenv("OBSLINT_LONG") != "1" {
		t.Skip("builds golangci-lint " + customgcl.Version + " (minutes on a cold build cache); set OBSLINT_LONG=1 to run it, as .ci/run does")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	wrapper, err := filepath.Abs(filepath.Join("..", "..", "testdata", "golangci", "custom-gcl"))
	if err != nil {
		t.Fatal(err)
	}
	gcl, _, err := customgcl.Build(ctx, wrapper, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	var cfg strings.Builder
	cfg.WriteString("version: \"2\"\nlinters:\n  default: none\n  enable:\n")
	for _, p := range suite.Passes() {
		fmt.Fprintf(&cfg, "    - %s\n", p.Name)
	}
	cfg.WriteString("  settings:\n    custom:\n")
	for _, p := range suite.Passes() {
		fmt.Fprintf(&cfg, "      %s:\n        type: module\n", p.Name)
	}
	config := filepath.Join(t.TempDir(), ".golangci.yml")
	if err := os.WriteFile(config, []byte(cfg.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, gcl, "run", "--config", config, "--path-mode=abs", "--show-stats=false", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+t.TempDir(), "GOWORK=off")
	out, _ := cmd.CombinedOutput()
	// The plugin appends related information to the message, since
	// golangci-lint's issues have none: "…; main.go:15: work …".
	var fs []string
	for _, f := range parseCLI(t, dir, string(out)) {
		fs = append(fs, gclRelated.ReplaceAllString(f, ""))
	}
	return fs
}

var gclRelated = regexp.MustCompile(`; \S+\.go:\d+: .*$`)

// lspFindings opens every Go file of the module in `obslint lsp`, as an
// editor does, and returns the diagnostics it publishes.
func lspFindings(t *testing.T, bin, dir string) []string {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "lsp")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		in.Close()
		cmd.Process.Kill()
		cmd.Wait()
	}()
	c := &lspClient{t: t, w: in, r: bufio.NewReader(out), diags: make(chan lsp.PublishDiagnosticsParams, 100)}
	go c.serve()
	uri := func(path string) string { return "file://" + path }
	c.send(map[string]any{"jsonrpc": "2.0", "id": 1, "method": "initialize",
		"params": map[string]any{"processId": os.Getpid(), "rootUri": uri(dir), "capabilities": map[string]any{}}})
	c.send(map[string]any{"jsonrpc": "2.0", "method": "initialized", "params": map[string]any{}})
	var files []string
	err = filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".go") {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		c.send(map[string]any{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": map[string]any{
			"textDocument": map[string]any{"uri": uri(f), "languageId": "go", "version": 1, "text": string(text)}}})
	}
	published := make(map[string][]lsp.Diagnostic) // by file, the latest
	for len(published) < len(files) {
		p, ok := c.nextDiagnostics(ctx)
		if !ok {
			t.Fatalf("obslint lsp published diagnostics for %d of %d files before the timeout", len(published), len(files))
		}
		published[strings.TrimPrefix(p.URI, "file://")] = p.Diagnostics
	}
	// Later publications (of an analysis started before all files were
	// open) replace earlier ones.
	for {
		quiet, cancel := context.WithTimeout(ctx, 3*time.Second)
		p, ok := c.nextDiagnostics(quiet)
		cancel()
		if !ok {
			break
		}
		published[strings.TrimPrefix(p.URI, "file://")] = p.Diagnostics
	}
	var fs []string
	for file, diags := range published {
		rel, err := filepath.Rel(dir, file)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range diags {
			if d.Source != "obslint" {
				continue
			}
			// The module is ASCII: UTF-16 code units are bytes.
			fs = append(fs, fmt.Sprintf("%s:%d:%d: %s", filepath.ToSlash(rel), d.Range.Start.Line+1, d.Range.Start.Character+1, d.Message))
		}
	}
	return fs
}

// lspClient speaks JSON-RPC with Content-Length framing over a server's
// standard input and output.
type lspClient struct {
	t     *testing.T
	w     io.Writer
	r     *bufio.Reader
	diags chan lsp.PublishDiagnosticsParams
}

func (c *lspClient) send(msg map[string]any) {
	data, err := json.Marshal(msg)
	if err != nil {
		c.t.Fatal(err)
	}
	if _, err := fmt.Fprintf(c.w, "Content-Length: %d\r\n\r\n%s", len(data), data); err != nil {
		c.t.Fatal(err)
	}
}

// serve reads the server's messages, passes diagnostics on, and answers
// the server's requests with null, until the server's output ends.
func (c *lspClient) serve() {
	defer close(c.diags)
	for {
		msg, err := c.read()
		if err != nil {
			return
		}
		var m struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
			Params json.RawMessage `json:"params"`
		}
		if json.Unmarshal(msg, &m) != nil {
			continue
		}
		switch {
		case m.Method == "textDocument/publishDiagnostics":
			var p lsp.PublishDiagnosticsParams
			if json.Unmarshal(m.Params, &p) == nil {
				c.diags <- p
			}
		case m.Method != "" && m.ID != nil:
			c.send(map[string]any{"jsonrpc": "2.0", "id": m.ID, "result": nil})
		}
	}
}

// nextDiagnostics returns the next diagnostics the server publishes.
func (c *lspClient) nextDiagnostics(ctx context.Context) (lsp.PublishDiagnosticsParams, bool) {
	select {
	case p, ok := <-c.diags:
		return p, ok
	case <-ctx.Done():
		return lsp.PublishDiagnosticsParams{}, false
	}
}

func (c *lspClient) read() ([]byte, error) {
	length := -1
	for {
		line, err := c.r.ReadString('\n')
		if err != nil {
			return nil, err
		}
		line = strings.TrimSpace(line)
		if line == "" {
			break
		}
		if v, ok := strings.CutPrefix(line, "Content-Length:"); ok {
			length, err = strconv.Atoi(strings.TrimSpace(v))
			if err != nil {
				return nil, err
			}
		}
	}
	if length < 0 {
		return nil, fmt.Errorf("message without Content-Length")
	}
	buf := make([]byte, length)
	_, err := io.ReadFull(c.r, buf)
	return buf, err
}
