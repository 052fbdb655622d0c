package lsp_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/lsp"
	"github.com/obslint/obslint/internal/suite"
)

// client is the test's side of a connection to a server over an in-memory pipe.
type client struct {
	t      *testing.T
	conn   *jsonrpc2.Conn
	diags  chan lsp.PublishDiagnosticsParams
	msgs   chan message
	served chan error // Serve's result
	dir    string     // the test module
}

type message struct {
	Method  string
	Type    int
	Message string
}

// start serves a client with analyzers on a module of files, written to
// a temporary directory.
func start(t *testing.T, analyzers []*analysis.Analyzer, files map[string]string) *client {
	t.Helper()
	dir := t.TempDir()
	files["go.mod"] = "module example.com/m\n\ngo 1.26\n"
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	serverSide, clientSide := net.Pipe()
	c := &client{
		t:      t,
		diags:  make(chan lsp.PublishDiagnosticsParams, 1000),
		msgs:   make(chan message, 1000),
		served: make(chan error, 1),
		dir:    dir,
	}
	go func() {
		c.served <- lsp.Serve(context.Background(), serverSide, analyzers, lsp.Options{Debounce: time.Millisecond})
	}()
	c.conn = jsonrpc2.NewConn(context.Background(),
		jsonrpc2.NewBufferedStream(clientSide, jsonrpc2.VSCodeObjectCodec{}),
		jsonrpc2.HandlerWithError(c.handle))
	t.Cleanup(func() { c.conn.Close() })
	var init json.RawMessage
	c.call("initialize", map[string]any{"capabilities": map[string]any{}}, &init)
	c.notify("initialized", map[string]any{})
	return c
}

func (c *client) handle(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
	switch req.Method {
	case "textDocument/publishDiagnostics":
		var p lsp.PublishDiagnosticsParams
		if err := json.Unmarshal(*req.Params, &p); err != nil {
			return nil, err
		}
		c.diags <- p
	case "window/logMessage", "window/showMessage":
		m := message{Method: req.Method}
		if err := json.Unmarshal(*req.Params, &m); err != nil {
			return nil, err
		}
		c.msgs <- m
	}
	return nil, nil
}

func (c *client) call(method string, params, result any) {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := c.conn.Call(ctx, method, params, result); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

func (c *client) notify(method string, params any) {
	c.t.Helper()
	if err := c.conn.Notify(context.Background(), method, params); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

func (c *client) uri(name string) string {
	return "file://" + filepath.ToSlash(filepath.Join(c.dir, name))
}

func (c *client) open(name, text string) {
	c.t.Helper()
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": c.uri(name), "languageId": "go", "version": 1, "text": text,
	}})
}

func (c *client) change(name string, version int, text string) {
	c.t.Helper()
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": c.uri(name), "version": version},
		"contentChanges": []any{map[string]any{"text": text}},
	})
}

// waitDiagnostics returns the first diagnostics published for file name
// that satisfy ok.
func (c *client) waitDiagnostics(name string, ok func([]lsp.Diagnostic) bool) lsp.PublishDiagnosticsParams {
	c.t.Helper()
	timeout := time.After(30 * time.Second)
	for {
		select {
		case p := <-c.diags:
			if p.URI == c.uri(name) && ok(p.Diagnostics) {
				return p
			}
		case <-timeout:
			c.t.Fatalf("no diagnostics as expected for %s", name)
		}
	}
}

// waitMessage returns the first log or shown message containing substr.
func (c *client) waitMessage(substr string) message {
	c.t.Helper()
	timeout := time.After(30 * time.Second)
	for {
		select {
		case m := <-c.msgs:
			if strings.Contains(m.Message, substr) {
				return m
			}
		case <-timeout:
			c.t.Fatalf("no message with %q", substr)
		}
	}
}

func codes(diags []lsp.Diagnostic) []string {
	var cs []string
	for _, d := range diags {
		cs = append(cs, fmt.Sprintf("%s@%d:%d", d.Code, d.Range.Start.Line, d.Range.Start.Character))
	}
	return cs
}

func hasCode(code string) func([]lsp.Diagnostic) bool {
	return func(diags []lsp.Diagnostic) bool {
		for _, d := range diags {
			if d.Code == code {
				return true
			}
		}
		return false
	}
}

func none(diags []lsp.Diagnostic) bool { return len(diags) == 0 }

const saved = `package m

import "context"

func work(ctx context.Context) error { return ctx.Err() }

func Handle(ctx context.Context) error {
	return work(ctx)
}
`

// unsaved severs the context after non-ASCII text: the buffer the editor
// has not saved yet.
const unsaved = `package m

import "context"

func work(ctx context.Context) error { return ctx.Err() }

func Handle(ctx context.Context) error {
	_ = "héllo wörld 🌍"; return work(context.Background())
}
`

const other = `package m

import "context"

func Other(ctx context.Context) error {
	return work(context.TODO())
}
`

// TestUnsavedBuffer checks diagnostics and quick fixes of an unsaved
// buffer, in UTF-16 columns, for the files of its package, and that a
// change without findings clears them.
func TestUnsavedBuffer(t *testing.T) {
	t.Parallel()
	c := start(t, suite.Analyzers(), map[string]string{"handle.go": saved, "other.go": other})
	c.open("handle.go", unsaved)

	got := c.waitDiagnostics("handle.go", hasCode("ctxsever"))
	if len(got.Diagnostics) != 1 {
		t.Fatalf("handle.go: diagnostics %v, want one ctxsever", codes(got.Diagnostics))
	}
	d := got.Diagnostics[0]
	// "context.Background()" starts at byte 39 of line 7, and at UTF-16
	// unit 35: é and ö take 2 bytes and 1 unit, 🌍 4 bytes and 2 units.
	want := lsp.Range{Start: lsp.Position{Line: 7, Character: 35}, End: lsp.Position{Line: 7, Character: 55}}
	if d.Range != want || d.Source != "obslint" || d.Severity != 2 ||
		d.CodeDescription == nil || d.CodeDescription.Href != "https://github.com/obslint/obslint#ctxsever" {
		t.Errorf("diagnostic %+v, want ctxsever from obslint at %+v with its documentation", d, want)
	}
	if got.Version == nil || *got.Version != 1 {
		t.Errorf("diagnostics for version %v, want 1", got.Version)
	}
	// The package's other file, not open, is analyzed from disk.
	if o := c.waitDiagnostics("other.go", hasCode("ctxsever")); len(o.Diagnostics) != 1 || o.Diagnostics[0].Range.Start.Line != 5 {
		t.Errorf("other.go: diagnostics %v, want ctxsever on line 5", codes(o.Diagnostics))
	}

	wantEdit := []lsp.TextEdit{{Range: want, NewText: "ctx"}}
	for _, tc := range []struct {
		name    string
		context map[string]any
		rng     lsp.Range
	}{
		{"the diagnostic", map[string]any{"diagnostics": []any{d}, "only": []string{"quickfix"}}, d.Range},
		{"a cursor in its range", map[string]any{"diagnostics": []any{}}, lsp.Range{Start: lsp.Position{Line: 7, Character: 40}, End: lsp.Position{Line: 7, Character: 40}}},
		// Neovim 0.7 sends its diagnostics back with byte columns.
		{"the diagnostic with byte columns", map[string]any{"diagnostics": []any{withStart(d, 39)}}, lsp.Range{Start: lsp.Position{Line: 7}, End: lsp.Position{Line: 7}}},
	} {
		var actions []lsp.CodeAction
		c.call("textDocument/codeAction", map[string]any{
			"textDocument": map[string]any{"uri": c.uri("handle.go")}, "range": tc.rng, "context": tc.context,
		}, &actions)
		if len(actions) != 1 {
			t.Errorf("%s: %d quick fixes, want 1", tc.name, len(actions))
			continue
		}
		a := actions[0]
		if a.Kind != "quickfix" || a.Title != "use ctx" || len(a.Diagnostics) != 1 || a.Diagnostics[0].Range != want ||
			len(a.Edit.Changes) != 1 || fmt.Sprint(a.Edit.Changes[c.uri("handle.go")]) != fmt.Sprint(wantEdit) {
			t.Errorf("%s: quick fix %+v, want %q replacing %+v with ctx", tc.name, a, "use ctx", want)
		}
	}
	var actions []lsp.CodeAction
	c.call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": c.uri("handle.go")}, "range": d.Range,
		"context": map[string]any{"diagnostics": []any{}, "only": []string{"refactor"}},
	}, &actions)
	if len(actions) != 0 {
		t.Errorf("asked for refactorings, got quick fixes %+v", actions)
	}

	c.change("handle.go", 2, saved)
	if got := c.waitDiagnostics("handle.go", none); got.Version == nil || *got.Version != 2 {
		t.Errorf("cleared diagnostics for version %v, want 2", got.Version)
	}
	// Fixes of an older version are not offered for the current one.
	c.change("handle.go", 3, unsaved)
	c.call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": c.uri("handle.go")}, "range": d.Range,
		"context": map[string]any{"diagnostics": []any{d}},
	}, &actions)
	if len(actions) != 0 {
		t.Errorf("quick fixes offered for version 3 before its analysis: %+v", actions)
	}
}

func withStart(d lsp.Diagnostic, character int) lsp.Diagnostic {
	d.Range.Start.Character = character
	return d
}

// TestTypeErrors checks that a package with type errors is reported, not
// fatal: its findings are cleared, the errors logged, and the findings
// are back once the errors are fixed.
func TestTypeErrors(t *testing.T) {
	t.Parallel()
	c := start(t, suite.Analyzers(), map[string]string{"handle.go": saved})
	c.open("handle.go", unsaved)
	c.waitDiagnostics("handle.go", hasCode("ctxsever"))

	broken := strings.Replace(unsaved, "return work(", "return undefined + work(", 1)
	c.change("handle.go", 2, broken)
	c.waitDiagnostics("handle.go", none)
	m := c.waitMessage("undefined: undefined")
	if m.Method != "window/logMessage" || m.Type != 2 || !strings.Contains(m.Message, "handle.go:8:") {
		t.Errorf("type error told as %+v, want a logged warning with its position", m)
	}

	c.change("handle.go", 3, unsaved)
	c.waitDiagnostics("handle.go", hasCode("ctxsever"))
}

// probe is a pass for tests of the server's own resilience. In a file
// with a "// version N" comment it reports "version N"; a "// block"
// comment makes it wait for the test, and "// panic" makes it panic.
type probe struct {
	started chan struct{} // receives when probe blocks
	release chan struct{} // closed to unblock it
}

func (p *probe) analyzer() *analysis.Analyzer {
	return &analysis.Analyzer{
		Name: "probe",
		Doc:  "reports the version of each file",
		Run: func(pass *analysis.Pass) (any, error) {
			for _, f := range pass.Files {
				for _, group := range f.Comments {
					p.comment(pass, f, group.Text())
				}
			}
			return nil, nil
		},
	}
}

func (p *probe) comment(pass *analysis.Pass, f *ast.File, text string) {
	switch text = strings.TrimSpace(text); {
	case text == "block":
		p.started <- struct{}{}
		<-p.release
	case text == "panic":
		panic("probe panics")
	case strings.HasPrefix(text, "version "):
		pass.Reportf(f.Package, "%s", text)
	}
}

// TestNewerChangeWins checks that a change supersedes the analysis of an
// older version still running, which never publishes, and that the
// server answers meanwhile.
func TestNewerChangeWins(t *testing.T) {
	t.Parallel()
	p := &probe{started: make(chan struct{}, 1), release: make(chan struct{})}
	defer close(p.release)
	c := start(t, []*analysis.Analyzer{p.analyzer()}, map[string]string{"a.go": "package m\n"})

	c.open("a.go", "package m\n\n// version 1\n\n// block\n")
	select {
	case <-p.started:
	case <-time.After(30 * time.Second):
		t.Fatal("the analysis of version 1 did not start")
	}
	var actions []lsp.CodeAction
	c.call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": c.uri("a.go")}, "range": lsp.Range{},
		"context": map[string]any{"diagnostics": []any{}},
	}, &actions)

	c.change("a.go", 2, "package m\n\n// version 2\n")
	got := c.waitDiagnostics("a.go", hasCode("probe"))
	if len(got.Diagnostics) != 1 || got.Diagnostics[0].Message != "version 2" {
		t.Fatalf("diagnostics %+v, want version 2's", got.Diagnostics)
	}

	p.release <- struct{}{} // version 1's analysis ends…
	select {
	case stale := <-c.diags: // …and must not publish
		t.Errorf("superseded analysis published %+v", stale)
	case <-time.After(300 * time.Millisecond):
	}
}

// TestPanickingAnalyzer checks that a panic in a pass fails its analysis,
// shown to the user, not the server.
func TestPanickingAnalyzer(t *testing.T) {
	t.Parallel()
	p := &probe{}
	c := start(t, []*analysis.Analyzer{p.analyzer()}, map[string]string{"a.go": "package m\n"})
	c.open("a.go", "package m\n\n// panic\n")
	if m := c.waitMessage("probe panics"); m.Method != "window/showMessage" || m.Type != 1 {
		t.Errorf("panic told as %+v, want an error shown", m)
	}
	c.change("a.go", 2, "package m\n\n// version 2\n")
	c.waitDiagnostics("a.go", hasCode("probe"))
}

// TestShutdown checks the end of a session: shutdown, then exit, ends
// Serve without error; exit alone is an error.
func TestShutdown(t *testing.T) {
	t.Parallel()
	for _, shutdown := range []bool{true, false} {
		c := start(t, nil, map[string]string{})
		if shutdown {
			var result json.RawMessage
			c.call("shutdown", nil, &result)
		}
		c.notify("exit", nil)
		select {
		case err := <-c.served:
			if shutdown && err != nil || !shutdown && !errors.Is(err, lsp.ErrExitWithoutShutdown) {
				t.Errorf("shutdown %v: Serve returned %v", shutdown, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("shutdown %v: Serve did not return after exit", shutdown)
		}
	}
}
