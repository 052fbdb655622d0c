// Package appmodule decides whether a package is application code or
// library code, from the module it belongs to: a module that builds a
// command (it has a package main) is an application, whose packages serve
// that command; a module without one is a library, whose packages other
// modules import. Every driver (standalone, go vet, golangci-lint, the
// editor) hands a pass the package's files, so the answer is read from the
// file system, the same way in each.
package appmodule

import (
	"bufio"
	"go/build"
	"go/parser"
	"go/token"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/mod/modfile"
	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/ctxapi"
)

// IsApplication reports whether the package of pass is application code:
// package main, or a package of an application module (see Find). A
// package outside any module (GOPATH mode), or whose files lie outside
// its module's tree (vendored, generated elsewhere), is judged alone:
// application only if it is package main.
func IsApplication(pass *analysis.Pass) bool {
	if pass.Pkg.Name() == "main" {
		return true
	}
	m, ok := Of(pass)
	return ok && m.Application
}

// Of returns the module of the package of pass (see Find), found from
// the directory of its first Go file that lies in one.
func Of(pass *analysis.Pass) (Module, bool) {
	for _, f := range pass.Files {
		name := pass.Fset.File(f.Pos()).Name()
		if !strings.HasSuffix(name, ".go") {
			continue
		}
		if m, ok := Find(filepath.Dir(name), pass.Pkg.Path()); ok {
			return m, true
		}
	}
	return Module{}, false
}

// Module is what appmodule knows of a module.
type Module struct {
	Root        string // the directory holding go.mod
	Path        string // the module path go.mod declares
	Application bool   // a package main lies in the root, a directory just below it, or under cmd/
	Traces      bool   // go.mod requires a tracing API or SDK directly (its own code traces)
	BridgesLogs bool   // go.mod requires directly a bridge that puts the trace into log records
}

// Untraced reports whether the package of pass belongs to an application
// module whose log lines cannot join a trace, whatever context they are
// given: its go.mod requires no tracing API, or no log bridge that reads
// the trace from the context (otelslog, otelzap…). Outside a module
// nothing is known, and the answer is false.
func Untraced(pass *analysis.Pass) bool {
	m, ok := Of(pass)
	return ok && m.Application && !(m.Traces && m.BridgesLogs)
}

// Contains reports whether the package with import path pkgPath is
// one of the module's (or of a module nested in its tree).
func (m Module) Contains(pkgPath string) bool {
	return pkgPath == m.Path || strings.HasPrefix(pkgPath, m.Path+"/")
}

// Find returns the module of the package with import path pkgPath whose
// files are in dir: the nearest go.mod at or above dir, provided that
// its module path and dir's place below it spell pkgPath (a vendored
// package, or one in a GOPATH tree under an unrelated module, has no
// module of its own here). Results are cached per module root.
func Find(dir, pkgPath string) (Module, bool) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return Module{}, false
	}
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			m := load(d)
			rel, err := filepath.Rel(d, dir)
			if err != nil || m.Path == "" || importPath(m, filepath.ToSlash(rel)) != pkgPath {
				return Module{}, false
			}
			return m, true
		}
		parent := filepath.Dir(d)
		if parent == d {
			return Module{}, false
		}
		d = parent
	}
}

// importPath returns the import path of the package in directory rel
// of m: the standard library's have no prefix.
func importPath(m Module, rel string) string {
	if m.Standard() {
		return rel
	}
	return path.Join(m.Path, rel)
}

// Standard reports whether m is the standard library.
func (m Module) Standard() bool { return m.Path == "std" }

// modules caches the modules found, by root: a driver analyses many
// packages of one module, each asking.
var modules sync.Map // root → *cachedModule

func load(root string) Module {
	entry, _ := modules.LoadOrStore(root, new(cachedModule))
	c := entry.(*cachedModule)
	// Packages of one module are analysed concurrently: the first reads
	// the module, the others wait for it instead of reading it again.
	c.once.Do(func() {
		m := Module{Root: root, Path: modulePath(filepath.Join(root, "go.mod"))}
		if !m.Standard() {
			// The standard library builds no command of its own (cmd is
			// a module apart) and requires no tracing.
			m.Application = buildsCommand(root)
			m.Traces, m.BridgesLogs = requiresTracing(filepath.Join(root, "go.mod"))
		}
		c.module = m
	})
	return c.module
}

// cachedModule is a module read once, whoever asks first.
type cachedModule struct {
	once   sync.Once
	module Module
}

// modulePath returns the path the module directive of the go.mod file
// declares, or "" if it declares none.
func modulePath(gomod string) string {
	f, err := os.Open(gomod)
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		rest, ok := strings.CutPrefix(line, "module")
		if !ok || rest == "" || (rest[0] != ' ' && rest[0] != '\t' && rest[0] != '"') {
			continue
		}
		rest, _, _ = strings.Cut(rest, "//")
		rest = strings.TrimSpace(rest)
		if p, err := strconv.Unquote(rest); err == nil {
			return p
		}
		return rest
	}
	return ""
}

// buildsCommand reports whether the module at root has a package main
// where commands live: in the root directory, in a directory just below
// it (a service's app/ or server/), or anywhere under cmd/. Directories
// of examples, test data, vendored code, hidden or underscored ones and
// nested modules do not count: a library's examples/ are not its purpose.
// Looking no deeper keeps the cost to a few directories per module.
func buildsCommand(root string) bool {
	if hasMain(root) {
		return true
	}
	entries, err := os.ReadDir(root)
	if err != nil {
		return false
	}
	for _, e := range entries {
		dir := filepath.Join(root, e.Name())
		if !e.IsDir() || skipDir(dir, e.Name()) {
			continue
		}
		if e.Name() == "cmd" {
			if treeHasMain(dir) {
				return true
			}
		} else if hasMain(dir) {
			return true
		}
	}
	return false
}

func treeHasMain(dir string) bool {
	found := false
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		switch {
		case err != nil || found:
			return filepath.SkipDir
		case !d.IsDir():
			return nil
		case p != dir && skipDir(p, d.Name()):
			return filepath.SkipDir
		}
		found = hasMain(p)
		return nil
	})
	return found
}

// skipDir reports whether the directory holds no command of the module:
// the go command's ignored directories, examples, and nested modules.
func skipDir(dir, name string) bool {
	switch {
	case strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_"),
		name == "testdata", name == "vendor", name == "example", name == "examples":
		return true
	}
	_, err := os.Stat(filepath.Join(dir, "go.mod"))
	return err == nil
}

// hasMain reports whether dir has a non-test Go file of package main
// that the build includes (a generator with //go:build ignore is not
// part of the module's build).
func hasMain(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	fset := token.NewFileSet()
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		if ok, err := build.Default.MatchFile(dir, name); err != nil || !ok {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.PackageClauseOnly)
		if err == nil && f.Name.Name == "main" {
			return true
		}
	}
	return false
}

// requiresTracing reports whether the go.mod file requires directly a
// tracing module, and a log bridge. An indirect requirement is a
// dependency's, not the program's own. An unreadable file counts as both:
// when in doubt, judge.
func requiresTracing(gomod string) (traces, bridges bool) {
	data, err := os.ReadFile(gomod)
	if err != nil {
		return true, true
	}
	f, err := modfile.ParseLax(gomod, data, nil)
	if err != nil {
		return true, true
	}
	for _, r := range f.Require {
		if r.Indirect {
			continue
		}
		traces = traces || ctxapi.TracingModule(r.Mod.Path)
		bridges = bridges || ctxapi.LogBridgeModule(r.Mod.Path)
	}
	return traces, bridges
}
