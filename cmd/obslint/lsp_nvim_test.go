//go:build unix

package main_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/obslint/obslint/internal/lsp"
	"github.com/obslint/obslint/internal/suite"
)

// TestNeovim attaches `obslint lsp` to a Go file in a real, headless
// Neovim (Debian's 0.7.2; see testdata/nvim/driver.lua), applies a quick
// fix, saves, and checks the diagnostics Neovim received and the file it
// wrote.
func TestNeovim(t *testing.T) {
	long := os.Getenv("OBSLINT_LONG") == "1"
	if testing.Short() && !long {
		t.Skip("starts Neovim and the language server; not run with -short")
	}
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		if long {
			t.Fatal("OBSLINT_LONG=1 and nvim is not installed; .ci/run installs Debian's neovim")
		}
		t.Skip("nvim is not installed (apt-get install neovim); with OBSLINT_LONG=1 this is a failure")
	}
	bin := obslintBinary(t)
	driver, err := filepath.Abs("testdata/nvim/driver.lua")
	if err != nil {
		t.Fatal(err)
	}
	dir := copyModule(t, "lsptest")
	file := filepath.Join(dir, "handler.go")
	original, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	seenFile := filepath.Join(tmp, "seen.json")
	const fixLine = 7 // 0-based: the line with "héllo wörld 🌍"

	// XDG_CACHE_HOME also moves the go command's build cache, which the
	// server's go list would then rebuild from scratch: keep it in place.
	gocache, err := exec.Command("go", "env", "GOCACHE").Output()
	if err != nil {
		t.Fatalf("go env GOCACHE: %v", err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, nvim, "--headless", "-u", "NONE", "-i", "NONE", "-n",
		"-c", "luafile "+driver, "-c", "cquit 2", file)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(),
		"OBSLINT_BIN="+bin,
		"OBSLINT_ARGS=-tags=nvim",
		`OBSLINT_INIT_OPTIONS={"settings": {"slogattrs": {"require": ["trace_id"]}}}`,
		"OBSLINT_OUT="+seenFile,
		"OBSLINT_FIX_LINE=7",
		"OBSLINT_TIMEOUT_MS=45000",
		// Neovim appends the server's standard error to its lsp.log.
		"XDG_CACHE_HOME="+filepath.Join(tmp, "cache"),
		"XDG_STATE_HOME="+filepath.Join(tmp, "state"),
		"GOCACHE="+strings.TrimSpace(string(gocache)),
		"GOWORK=off",
	)
	var output bytes.Buffer
	cmd.Stdout, cmd.Stderr = &output, &output
	// Neovim and the server it starts run in their own process group,
	// ended as a whole: the server can outlive Neovim for a moment.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 5 * time.Second
	start := time.Now()
	err = cmd.Run()
	if cmd.Process != nil {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
	if err != nil {
		lspLog, _ := os.ReadFile(filepath.Join(tmp, "cache", "nvim", "lsp.log"))
		t.Fatalf("nvim: %v after %v\n%s\nlsp.log:\n%s", err, time.Since(start), output.Bytes(), lspLog)
	}
	t.Logf("nvim ran %v", time.Since(start))

	var seen struct {
		Initial []lsp.Diagnostic
		Actions []lsp.CodeAction
		Final   []lsp.Diagnostic
		Others  map[string][]lsp.Diagnostic // by URI
	}
	data, err := os.ReadFile(seenFile)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &seen); err != nil {
		t.Fatalf("%s: %v\n%s", seenFile, err, data)
	}

	// Columns are UTF-16 code units: on line 7, "context.Background()"
	// starts at byte 33 but at character 30, é, ö and 🌍 counting 1, 1, 2.
	background := lsp.Range{Start: lsp.Position{Line: 7, Character: 30}, End: lsp.Position{Line: 7, Character: 50}}
	todo := lsp.Range{Start: lsp.Position{Line: 8, Character: 13}, End: lsp.Position{Line: 8, Character: 27}}
	checkDiagnostics(t, "initial", seen.Initial, background, todo)
	checkDiagnostics(t, "after the fix", seen.Final, todo)
	checkSpawn(t, seen.Others["file://"+filepath.Join(dir, "spawn.go")])
	if tagged := seen.Others["file://"+filepath.Join(dir, "tagged.go")]; len(tagged) != 1 || tagged[0].Code != "ctxsever" {
		t.Errorf("tagged.go: %+v, want the ctxsever diagnostic that `obslint lsp -tags=nvim` finds", tagged)
	}

	if len(seen.Actions) != 1 {
		t.Fatalf("got %d quick fixes, want 1: %+v", len(seen.Actions), seen.Actions)
	}
	action := seen.Actions[0]
	if action.Kind != "quickfix" || action.Title != "use ctx" {
		t.Errorf("quick fix is %q (%s), want %q (quickfix)", action.Title, action.Kind, "use ctx")
	}
	var edits []lsp.TextEdit
	for _, es := range action.Edit.Changes {
		edits = append(edits, es...)
	}
	if want := []lsp.TextEdit{{Range: background, NewText: "ctx"}}; !equalEdits(edits, want) {
		t.Errorf("quick fix edits %+v, want %+v", edits, want)
	}

	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(string(original), "work(context.Background())", "work(ctx)", 1)
	if string(got) != want {
		t.Errorf("saved file:\n%s\nwant:\n%s", got, want)
	}
}

// checkSpawn checks the diagnostics of spawn.go: goroutinectx's with its
// related information, and slogattrs's that only the setting
// slogattrs.require=trace_id in init_options asks for.
func checkSpawn(t *testing.T, diags []lsp.Diagnostic) {
	t.Helper()
	var spawn, ready bool
	for _, d := range diags {
		switch d.Code {
		case "goroutinectx":
			spawn = true
			if len(d.RelatedInformation) != 1 || d.RelatedInformation[0].Location.Range.Start.Line != 11 ||
				!strings.HasPrefix(d.RelatedInformation[0].Message, "work the context governs") {
				t.Errorf("goroutinectx diagnostic %+v: want relatedInformation on line 11: work the context governs…", d)
			}
		case "slogattrs":
			ready = strings.Contains(d.Message, "lacks the required attributes trace_id")
		}
	}
	if !spawn || !ready {
		t.Errorf("spawn.go: want goroutinectx's diagnostic and slogattrs's for -slogattrs.require, got %+v", diags)
	}
}

// checkDiagnostics checks that the ctxsever diagnostics are at the
// ranges want, as obslint's. Other passes' findings are not this test's.
func checkDiagnostics(t *testing.T, when string, diags []lsp.Diagnostic, want ...lsp.Range) {
	t.Helper()
	var url string
	for _, p := range suite.Passes() {
		if p.Name == "ctxsever" {
			url = p.Analyzer.URL
		}
	}
	var got []lsp.Range
	for _, d := range diags {
		if d.Code != "ctxsever" {
			continue
		}
		got = append(got, d.Range)
		if d.Source != "obslint" || d.CodeDescription == nil || d.CodeDescription.Href != url {
			t.Errorf("%s: diagnostic %+v: want source obslint and codeDescription %s", when, d, url)
		}
	}
	if !equalRanges(got, want) {
		t.Errorf("%s: ctxsever diagnostics at %+v, want %+v", when, got, want)
	}
}

func equalRanges(a, b []lsp.Range) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func equalEdits(a, b []lsp.TextEdit) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// copyModule copies a test module from this package's testdata to a
// temporary directory, where a test may change it.
func copyModule(t *testing.T, name string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("testdata", name))); err != nil {
		t.Fatal(err)
	}
	return dir
}
