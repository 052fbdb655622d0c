// Package lsp is obslint's language server. It runs beside gopls, which
// cannot load third-party analyzers (golang/go#59869), and serves only
// diagnostics and code actions: on open, change, save and close of a Go
// file it analyzes the file's package with the unsaved buffers as an
// overlay, publishes each finding as a diagnostic (source "obslint", code
// the pass's name, codeDescription its documentation), and offers each
// finding's suggested fix as a quick fix.
//
// The package is analyzed with the facts of the module's packages it
// imports, and only its findings are published, as the standalone
// command does for the packages named; an edit re-checks only the edited
// package (see driver.Session). A change cancels the analysis still
// running for the same package.
// Errors in a package (gopls shows them) do not stop the server: passes
// that need well-typed code do not run until they are fixed, their
// diagnostics are cleared, and the errors are logged with
// window/logMessage.
package lsp

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/obslint/obslint/internal/driver"
)

// Options configure a server.
type Options struct {
	// Version is reported to the client in serverInfo.
	Version string
	// Debounce is how long the server waits after an event before it
	// analyzes, so that a burst of keystrokes costs one analysis.
	Debounce time.Duration
	// BuildFlags are the go command's flags for loading packages (-tags).
	BuildFlags []string
	// Configure, if not nil, returns the passes to run in the workspace
	// whose root directory is root ("" if the client names none), given
	// the editor's settings: initializationOptions, then the settings of
	// each workspace/didChangeConfiguration (raw JSON, nil if none).
	Configure func(root string, settings json.RawMessage) ([]*analysis.Analyzer, error)
	// SlowNotice is how long the first analysis may run before the
	// server tells the user it is loading the project; 0 means 2s.
	SlowNotice time.Duration
}

// ErrExitWithoutShutdown is Serve's error when the client sent exit
// without shutdown; the protocol asks the server to exit with status 1.
var ErrExitWithoutShutdown = errors.New("exit without shutdown")

// Serve runs a server for one client on rwc until the client sends exit
// or the connection closes. analyzers are the passes to run, with the
// analyzers they require.
func Serve(ctx context.Context, rwc io.ReadWriteCloser, analyzers []*analysis.Analyzer, opts Options) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // stops the analyses still running
	s := &server{
		ctx:       ctx,
		analyzers: analyzers,
		opts:      opts,
		docs:      make(map[string]*document),
		runs:      make(map[string]*run),
		published: make(map[string]*fileFindings),
		notices:   make(map[string]string),
		connected: make(chan struct{}),
		session:   driver.NewSession(packages.Config{BuildFlags: opts.BuildFlags}),
	}
	s.conn = jsonrpc2.NewConn(ctx, jsonrpc2.NewBufferedStream(rwc, jsonrpc2.VSCodeObjectCodec{}),
		jsonrpc2.HandlerWithError(s.handle))
	close(s.connected)
	<-s.conn.DisconnectNotify()
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case !s.exited:
		return fmt.Errorf("connection closed before exit: %w", io.ErrUnexpectedEOF)
	case !s.shutdown:
		return ErrExitWithoutShutdown
	}
	return nil
}

type server struct {
	ctx       context.Context
	conn      *jsonrpc2.Conn
	connected chan struct{} // closed once conn is set
	analyzers []*analysis.Analyzer
	opts      Options
	session   *driver.Session // keeps what an edit leaves unchanged

	// publishing serialises publications, so that an analysis superseded
	// while it publishes cannot overwrite the newer one's diagnostics.
	publishing sync.Mutex

	mu        sync.Mutex
	docs      map[string]*document     // open Go files, by path
	runs      map[string]*run          // the latest analysis of each package directory
	published map[string]*fileFindings // by path
	notices   map[string]string        // the last errors told about each package directory
	root      string                   // the workspace root directory, for Configure
	told      bool                     // whether the user was told a slow first analysis runs
	shutdown  bool
	exited    bool
}

// A document is an open file: its URI as the client spells it, and the
// text of the buffer, saved or not.
type document struct {
	uri     string
	version int32
	text    []byte
}

type run struct {
	cancel context.CancelFunc
}

func (s *server) handle(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
	<-s.connected // the first request can come before NewConn returns
	s.mu.Lock()
	shutdown := s.shutdown
	s.mu.Unlock()
	if shutdown && req.Method != "exit" {
		if req.Notif {
			return nil, nil
		}
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidRequest, Message: "server is shut down"}
	}
	switch req.Method {
	case "initialize":
		var p initializeParams
		if err := unmarshal(req, &p); err != nil {
			return nil, err
		}
		s.mu.Lock()
		s.root = p.rootDir()
		s.mu.Unlock()
		s.configure(p.InitializationOptions)
		return initializeResult{
			Capabilities: serverCapabilities{
				TextDocumentSync:   textDocumentSyncOptions{OpenClose: true, Change: syncFull, Save: saveOptions{IncludeText: false}},
				CodeActionProvider: codeActionOptions{CodeActionKinds: []string{quickFix}},
			},
			ServerInfo: serverInfo{Name: "obslint", Version: s.opts.Version},
		}, nil
	case "initialized":
		return nil, nil
	case "shutdown":
		s.mu.Lock()
		s.shutdown = true
		s.mu.Unlock()
		return nil, nil
	case "exit":
		s.mu.Lock()
		s.exited = true
		s.mu.Unlock()
		conn.Close()
		return nil, nil
	case "textDocument/didOpen":
		var p didOpenParams
		if err := unmarshal(req, &p); err != nil {
			return nil, err
		}
		s.open(p.TextDocument)
		return nil, nil
	case "textDocument/didChange":
		var p didChangeParams
		if err := unmarshal(req, &p); err != nil {
			return nil, err
		}
		return nil, s.change(p)
	case "textDocument/didSave":
		var p didSaveParams
		if err := unmarshal(req, &p); err != nil {
			return nil, err
		}
		s.save(p)
		return nil, nil
	case "textDocument/didClose":
		var p didCloseParams
		if err := unmarshal(req, &p); err != nil {
			return nil, err
		}
		s.close(p.TextDocument.URI)
		return nil, nil
	case "workspace/didChangeConfiguration":
		var p didChangeConfigurationParams
		if err := unmarshal(req, &p); err != nil {
			return nil, err
		}
		if s.configure(p.obslintSettings()) {
			s.reanalyze()
		}
		return nil, nil
	case "textDocument/codeAction":
		var p codeActionParams
		if err := unmarshal(req, &p); err != nil {
			return nil, err
		}
		return s.codeActions(p), nil
	}
	if req.Notif {
		return nil, nil // $/cancelRequest, $/setTrace, workspace notifications…
	}
	return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeMethodNotFound, Message: "obslint does not serve " + req.Method}
}

// configure sets the passes to run from the editor's settings, and
// reports whether they changed. A mistake in the settings is shown to the
// user, and the passes stay as they were.
func (s *server) configure(settings json.RawMessage) bool {
	if s.opts.Configure == nil {
		return false
	}
	s.mu.Lock()
	root := s.root
	s.mu.Unlock()
	analyzers, err := s.opts.Configure(root, settings)
	if err != nil {
		s.notify("window/showMessage", messageParams{Type: messageError, Message: "obslint: " + err.Error()})
		return false
	}
	s.mu.Lock()
	s.analyzers = analyzers
	s.mu.Unlock()
	return true
}

// reanalyze analyzes the package of each open file again.
func (s *server) reanalyze() {
	s.mu.Lock()
	paths := slices.Sorted(maps.Keys(s.docs))
	s.mu.Unlock()
	for _, path := range paths {
		s.schedule(path)
	}
}

func unmarshal(req *jsonrpc2.Request, v any) error {
	if req.Params == nil {
		return &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: req.Method + ": no params"}
	}
	if err := json.Unmarshal(*req.Params, v); err != nil {
		return &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: req.Method + ": " + err.Error()}
	}
	return nil
}

func (s *server) open(item textDocumentItem) {
	path, ok := goFile(item.URI)
	if !ok {
		return
	}
	s.mu.Lock()
	s.docs[path] = &document{uri: item.URI, version: item.Version, text: []byte(item.Text)}
	s.mu.Unlock()
	s.schedule(path)
}

func (s *server) change(p didChangeParams) error {
	path, ok := goFile(p.TextDocument.URI)
	if !ok || len(p.ContentChanges) == 0 {
		return nil
	}
	last := p.ContentChanges[len(p.ContentChanges)-1]
	if last.Range != nil {
		return &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: "incremental change: the server asked for full document sync"}
	}
	s.mu.Lock()
	s.docs[path] = &document{uri: p.TextDocument.URI, version: p.TextDocument.Version, text: []byte(last.Text)}
	s.mu.Unlock()
	s.schedule(path)
	return nil
}

func (s *server) save(p didSaveParams) {
	path, ok := goFile(p.TextDocument.URI)
	if !ok {
		return
	}
	if p.Text != nil {
		s.mu.Lock()
		if doc := s.docs[path]; doc != nil {
			doc.text = []byte(*p.Text)
		}
		s.mu.Unlock()
	}
	s.schedule(path)
}

// close forgets the buffer: the package is analyzed again as it is on
// disk, and its findings stay published as for any file of the package.
func (s *server) close(uri string) {
	path, ok := goFile(uri)
	if !ok {
		return
	}
	s.mu.Lock()
	delete(s.docs, path)
	s.mu.Unlock()
	s.schedule(path)
}

// goFile returns the path of a Go file the server analyzes. Test files
// are not: no pass reports in them, and they are not part of the package
// whose findings they could change.
func goFile(uri string) (string, bool) {
	path, err := uriToPath(uri)
	if err != nil || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
		return "", false
	}
	// The go command reports files by their real path; overlays and
	// findings must use the same.
	if dir, err := filepath.EvalSymlinks(filepath.Dir(path)); err == nil {
		path = filepath.Join(dir, filepath.Base(path))
	}
	return path, true
}

// schedule starts an analysis of file's package, cancelling the one in
// progress for it.
func (s *server) schedule(file string) {
	dir := filepath.Dir(file)
	ctx, cancel := context.WithCancel(s.ctx)
	r := &run{cancel: cancel}
	s.mu.Lock()
	if old := s.runs[dir]; old != nil {
		old.cancel()
	}
	s.runs[dir] = r
	s.mu.Unlock()
	go s.analyze(ctx, r, dir, file)
}

func (s *server) analyze(ctx context.Context, r *run, dir, file string) {
	defer r.cancel()
	select {
	case <-time.After(s.opts.Debounce):
	case <-ctx.Done():
		return
	}
	docs := s.snapshot()
	done := make(chan struct{})
	go s.tellIfSlow(done, dir)
	res, err := s.check(ctx, dir, file, docs)
	close(done)
	if ctx.Err() != nil {
		return
	}
	s.publish(r, dir, docs, res, err)
}

// tellIfSlow tells the user, once, that an analysis still running after
// SlowNotice is loading the project: the first analysis of a cold
// project builds its dependencies' export data, which can take a minute.
func (s *server) tellIfSlow(done <-chan struct{}, dir string) {
	select {
	case <-done:
		return
	case <-time.After(cmp.Or(s.opts.SlowNotice, 2*time.Second)):
	}
	s.mu.Lock()
	told := s.told
	s.told = true
	s.mu.Unlock()
	if !told {
		s.notify("window/showMessage", messageParams{Type: messageInfo,
			Message: fmt.Sprintf("obslint: loading %s and its dependencies; the first analysis of a project can take a minute", dir)})
	}
}

// snapshot copies the open documents, which an analysis reads while the
// client changes them.
func (s *server) snapshot() map[string]document {
	s.mu.Lock()
	defer s.mu.Unlock()
	docs := make(map[string]document, len(s.docs))
	for path, doc := range s.docs {
		docs[path] = *doc
	}
	return docs
}

// check analyzes the package of file, in dir, with docs as overlays. A
// panicking analyzer fails the analysis, not the server.
func (s *server) check(ctx context.Context, dir, file string, docs map[string]document) (res *driver.Result, err error) {
	defer func() {
		if x := recover(); x != nil {
			err = fmt.Errorf("analysis panicked: %v\n%s", x, debug.Stack())
		}
	}()
	// Only unsaved buffers are overlays.
	overlay := make(map[string][]byte)
	for path, doc := range docs {
		if disk, err := os.ReadFile(path); err != nil || !bytes.Equal(disk, doc.text) {
			overlay[path] = doc.text
		}
	}
	s.mu.Lock()
	analyzers := s.analyzers
	s.mu.Unlock()
	return s.session.Check(ctx, analyzers, file, overlay)
}

// publish sends the findings of an analysis of the package in dir for
// each of its files, and clears the files of the package that have none
// left, unless a newer analysis of the package has started.
func (s *server) publish(r *run, dir string, docs map[string]document, res *driver.Result, err error) {
	var notice messageParams
	var files map[string]*fileFindings
	var warnings []string
	if err != nil {
		notice = messageParams{Type: messageError, Message: fmt.Sprintf("obslint: cannot analyze %s: %v", dir, err)}
	} else {
		notice = problems(dir, res)
		files, warnings = findingsByFile(dir, res, docs)
	}

	s.publishing.Lock()
	defer s.publishing.Unlock()
	s.mu.Lock()
	if s.runs[dir] != r {
		s.mu.Unlock()
		return
	}
	var sends []PublishDiagnosticsParams
	for path, ff := range s.published {
		if ff.dir == dir && files[path] == nil {
			delete(s.published, path)
			sends = append(sends, PublishDiagnosticsParams{URI: ff.uri, Diagnostics: []Diagnostic{}})
		}
	}
	for _, path := range slices.Sorted(maps.Keys(files)) {
		s.published[path] = files[path]
		sends = append(sends, files[path].params())
	}
	// Errors are told once, not on every keystroke while they last.
	repeated := s.notices[dir] == notice.Message
	if notice.Message == "" {
		delete(s.notices, dir)
	} else {
		s.notices[dir] = notice.Message
	}
	s.mu.Unlock()

	for _, w := range warnings {
		s.notify("window/logMessage", messageParams{Type: messageWarning, Message: w})
	}
	switch {
	case notice.Message == "" || repeated:
	case notice.Type == messageError:
		s.notify("window/showMessage", notice)
	default:
		s.notify("window/logMessage", notice)
	}
	for _, p := range sends {
		s.notify("textDocument/publishDiagnostics", p)
	}
}

// problems describes the errors that kept passes from running on the
// package in dir, and those analyzers met; its Message is empty if there
// are none.
func problems(dir string, res *driver.Result) messageParams {
	var lines []string
	const shown = 10
	for i, e := range res.Errors {
		if i == shown {
			lines = append(lines, fmt.Sprintf("\t… and %d more", len(res.Errors)-shown))
			break
		}
		lines = append(lines, "\t"+e.Error.Error())
	}
	if len(lines) > 0 {
		lines = append([]string{fmt.Sprintf("obslint: the package in %s has errors; passes that need well-typed code are skipped until they are fixed:", dir)}, lines...)
	}
	for _, f := range res.Failures {
		lines = append(lines, "obslint: "+f.Error())
	}
	if len(lines) == 0 {
		return messageParams{}
	}
	typ := messageWarning
	if len(res.Failures) > 0 {
		typ = messageError
	}
	return messageParams{Type: typ, Message: strings.Join(lines, "\n")}
}

func (s *server) notify(method string, params any) {
	if err := s.conn.Notify(s.ctx, method, params); err != nil && !errors.Is(err, jsonrpc2.ErrClosed) {
		fmt.Fprintf(os.Stderr, "obslint lsp: %s: %v\n", method, err)
	}
}
