package main_test

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"

	"github.com/obslint/obslint/internal/lsp"
)

// editorClient drives `obslint lsp` over its standard input and output, as
// an editor does.
type editorClient struct {
	t     *testing.T
	conn  *jsonrpc2.Conn
	diags chan lsp.PublishDiagnosticsParams
	shown chan string // window/showMessage
}

func startEditor(t *testing.T, dir string, initOptions any, args ...string) *editorClient {
	t.Helper()
	cmd := exec.Command(obslintBinary(t), append([]string{"lsp"}, args...)...)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &editorClient{t: t, diags: make(chan lsp.PublishDiagnosticsParams, 100), shown: make(chan string, 100)}
	stream := jsonrpc2.NewBufferedStream(struct {
		io.Reader
		io.WriteCloser
	}{stdout, stdin}, jsonrpc2.VSCodeObjectCodec{})
	c.conn = jsonrpc2.NewConn(context.Background(), stream, jsonrpc2.HandlerWithError(
		func(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
			switch req.Method {
			case "textDocument/publishDiagnostics":
				var p lsp.PublishDiagnosticsParams
				if err := json.Unmarshal(*req.Params, &p); err == nil {
					c.diags <- p
				}
			case "window/showMessage":
				var m struct{ Message string }
				if err := json.Unmarshal(*req.Params, &m); err == nil {
					c.shown <- m.Message
				}
			}
			return nil, nil
		}))
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		c.conn.Call(ctx, "shutdown", nil, nil)
		c.conn.Notify(ctx, "exit", nil)
		c.conn.Close()
		cmd.Wait()
	})
	c.call("initialize", map[string]any{
		"rootUri":               "file://" + filepath.ToSlash(dir),
		"capabilities":          map[string]any{},
		"initializationOptions": initOptions,
	})
	c.notify("initialized", map[string]any{})
	return c
}

func (c *editorClient) call(method string, params any) {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var result json.RawMessage
	if err := c.conn.Call(ctx, method, params, &result); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

func (c *editorClient) notify(method string, params any) {
	c.t.Helper()
	if err := c.conn.Notify(context.Background(), method, params); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

// codes waits for the next diagnostics of the file named name and returns
// their codes and messages.
func (c *editorClient) codes(dir, name string) []string {
	c.t.Helper()
	uri := "file://" + filepath.ToSlash(filepath.Join(dir, name))
	deadline := time.After(90 * time.Second)
	for {
		select {
		case p := <-c.diags:
			if p.URI != uri {
				continue
			}
			var got []string
			for _, d := range p.Diagnostics {
				got = append(got, d.Code+": "+d.Message)
			}
			return got
		case <-deadline:
			c.t.Fatalf("no diagnostics for %s", name)
			return nil
		}
	}
}

// The server takes its settings from .obslint.yml, then the editor's
// initializationOptions and workspace/didChangeConfiguration; a mistake
// in them is shown to the user.
func TestLSPSettings(t *testing.T) {
	dir := copyModule(t, "lsptest")
	if err := os.WriteFile(filepath.Join(dir, ".obslint.yml"), []byte("disable: [ctxsever]\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	initOptions := map[string]any{"settings": map[string]any{"slogattrs": map[string]any{"require": []string{"trace_id"}}}}
	c := startEditor(t, dir, initOptions)
	text, err := os.ReadFile(filepath.Join(dir, "spawn.go"))
	if err != nil {
		t.Fatal(err)
	}
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": "file://" + filepath.ToSlash(filepath.Join(dir, "spawn.go")), "languageId": "go", "version": 1, "text": string(text)}})
	handler, spawn := c.codes(dir, "handler.go"), c.codes(dir, "spawn.go")
	if len(handler) != 0 {
		t.Errorf("handler.go: %q; want nothing, ctxsever disabled by .obslint.yml", handler)
	}
	if !strings.Contains(strings.Join(spawn, "\n"), "slogattrs: slog.Info lacks the required attributes trace_id") {
		t.Errorf("spawn.go: %q; want slogattrs's finding that initializationOptions ask for", spawn)
	}

	// VS Code sends all settings, obslint's under "obslint".
	c.notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{"obslint": map[string]any{"enable": []string{"ctxsever"}}}})
	handler, spawn = c.codes(dir, "handler.go"), c.codes(dir, "spawn.go")
	if len(handler) != 2 || !strings.HasPrefix(handler[0], "ctxsever: ") || len(spawn) != 0 {
		t.Errorf("after didChangeConfiguration enable: [ctxsever]: handler.go %q, spawn.go %q; want two ctxsever findings and nothing", handler, spawn)
	}

	c.notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{"enable": []string{"nosuch"}}})
	timeout := time.After(30 * time.Second)
	for {
		select {
		case m := <-c.shown:
			if strings.HasPrefix(m, "obslint: loading ") {
				continue // the first analysis was slow
			}
			if !strings.Contains(m, `no pass "nosuch"; the passes are ctxsever,`) {
				t.Errorf("shown %q, want it to name the setting at fault and the passes", m)
			}
			return
		case <-timeout:
			t.Fatalf("no window/showMessage for a misspelled pass")
		}
	}
}
