package driver

import (
	"bytes"
	"context"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"
)

// A Session analyzes one package at a time, again and again, as an editor
// changes it: the language server's driver. Like Run on the package and
// the packages of its module that it imports, it analyzes those for their
// facts and reports the package's findings only; but it keeps what a
// change of the package's buffers leaves as it was:
//   - the package graph and the dependencies' export data, listed by the
//     go command from the files on disk (an overlay would make
//     go/packages type-check every dependency from source), until a file
//     of the package or of the module's packages it imports changes on
//     disk, or a buffer imports a package the graph lacks;
//   - the standard library's and other modules' types, read from export
//     data once;
//   - the module's imported packages, type-checked from source, and the
//     facts and results of the analyzers on them, until their files change;
//   - the syntax of each file whose text did not change.
//
// Only the package itself is type-checked and analyzed again.
type Session struct {
	cfg packages.Config // Env, BuildFlags

	mu      sync.Mutex // one check at a time: they share the caches
	fset    *token.FileSet
	parsed  map[string]*parsedFile    // by path
	metas   map[string]*meta          // by package directory
	exports map[string]*types.Package // from export data, by package path
	sources map[string]*sourcePackage // the module's imported packages, by package path
	memo    *memo
}

// NewSession returns a session that loads packages with cfg's Env and
// BuildFlags, each in the directory of the file checked.
func NewSession(cfg packages.Config) *Session {
	s := &Session{cfg: cfg}
	s.reset()
	return s
}

// reset forgets everything: the files on disk changed.
func (s *Session) reset() {
	s.fset = token.NewFileSet()
	s.parsed = make(map[string]*parsedFile)
	s.metas = make(map[string]*meta)
	s.exports = make(map[string]*types.Package)
	s.sources = make(map[string]*sourcePackage)
	s.memo = nil
}

type parsedFile struct {
	text []byte
	file *ast.File
	err  error
}

// A meta is the go command's listing of a package and its dependencies,
// and the state on disk it was listed from.
type meta struct {
	root  *packages.Package
	stamp map[string]stamp // files and directories of the module's packages in the graph, go.mod
}

type stamp struct {
	mod  time.Time
	size int64
}

type sourcePackage struct {
	key string // the texts it was checked from
	pkg *packages.Package
}

// Check analyzes the package of file with analyzers, overlay giving the
// text of the files whose buffers differ from the disk. The Result's
// Packages is the package of file, its Findings are that package's. ctx
// stops a check between its stages.
func (s *Session) Check(ctx context.Context, analyzers []*analysis.Analyzer, file string, overlay map[string][]byte) (*Result, error) {
	root, memo, err := s.prepare(ctx, analyzers, file, overlay)
	if err != nil {
		return nil, err
	}
	// The analysis runs outside the lock: the checker cannot be
	// interrupted, and the check of a newer version must not wait for it.
	graph, err := checker.Analyze(memo.wrapped, []*packages.Package{root}, &checker.Options{Sequential: true})
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r := &Result{Fset: s.fset, Packages: []*packages.Package{root}, Graph: graph, Errors: loadErrors([]*packages.Package{root})}
	for _, act := range graph.Roots {
		switch {
		case act.Err != nil && !act.Package.IllTyped:
			r.Failures = append(r.Failures, fmt.Errorf("%s: %v", act, act.Err))
		case act.Err == nil:
			for _, d := range act.Diagnostics {
				r.Findings = append(r.Findings, Finding{Analyzer: memo.original[act.Analyzer], Package: root, Diagnostic: d})
			}
		}
	}
	r.sortFindings()
	return r, nil
}

// prepare type-checks the package of file and the module's packages it
// imports, reusing what did not change, and returns the package and the
// analyzers' memo.
func (s *Session) prepare(ctx context.Context, analyzers []*analysis.Analyzer, file string, overlay map[string][]byte) (*packages.Package, *memo, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, err := s.meta(ctx, file, overlay)
	if err != nil {
		return nil, nil, err
	}
	module := ""
	if m.root.Module != nil {
		module = m.root.Module.Path
	}
	// The module's packages that the package imports, dependencies first.
	var local []*packages.Package
	for p := range packages.Postorder([]*packages.Package{m.root}) {
		if p != m.root && module != "" && p.Module != nil && p.Module.Path == module {
			local = append(local, p)
		}
	}
	checked := make(map[string]*packages.Package) // the module's packages, from source
	for _, p := range local {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		key := s.textsKey(p, overlay)
		if sp := s.sources[p.PkgPath]; sp != nil && sp.key == key && s.importsKept(sp.pkg, checked) {
			checked[p.PkgPath] = sp.pkg
			continue
		}
		c := s.typeCheck(p, overlay, checked)
		s.sources[p.PkgPath] = &sourcePackage{key: key, pkg: c}
		checked[p.PkgPath] = c
	}
	for path := range s.sources {
		if checked[path] == nil && !s.usedElsewhere(path) {
			delete(s.sources, path)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	root := s.typeCheck(m.root, overlay, checked)
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	return root, s.memoFor(analyzers), nil
}

// meta returns the listing of file's package, listing it again when the
// disk changed (then every cache goes), when file is not in it, or when
// a buffer imports a package it lacks (then with the overlay: the go
// command lists what the buffers import).
func (s *Session) meta(ctx context.Context, file string, overlay map[string][]byte) (*meta, error) {
	dir := filepath.Dir(file)
	m := s.metas[dir]
	if m != nil && !m.current() {
		s.reset()
		m = nil
	}
	if m != nil && slices.Contains(m.root.GoFiles, file) && !s.importsAdded(m.root, overlay) {
		return m, nil
	}
	cfg := s.cfg
	cfg.Context, cfg.Dir = ctx, dir
	cfg.Mode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedImports |
		packages.NeedDeps | packages.NeedModule | packages.NeedExportFile | packages.NeedTypesSizes
	cfg.Overlay = nil
	for path, text := range overlay {
		if filepath.Dir(path) == dir && s.importsAddedIn(m, path, text) {
			cfg.Overlay = overlay
		}
	}
	pkgs, err := packages.Load(&cfg, "file="+file)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err != nil {
		return nil, err
	}
	if len(pkgs) == 0 {
		return nil, noPackages(cfg, []string{"file=" + file})
	}
	m = &meta{root: pkgs[0], stamp: make(map[string]stamp)}
	for p := range packages.Postorder(pkgs[:1]) {
		if p.Module == nil || m.root.Module == nil || p.Module.Path != m.root.Module.Path {
			continue
		}
		for _, f := range p.GoFiles {
			m.stamp[f] = stampOf(f)
			m.stamp[filepath.Dir(f)] = stampOf(filepath.Dir(f))
		}
		if p.Module.GoMod != "" {
			m.stamp[p.Module.GoMod] = stampOf(p.Module.GoMod)
		}
	}
	s.metas[dir] = m
	return m, nil
}

func stampOf(path string) stamp {
	fi, err := os.Stat(path)
	if err != nil {
		return stamp{}
	}
	return stamp{fi.ModTime(), fi.Size()}
}

// current reports whether the files and directories m was listed from
// are as they were.
func (m *meta) current() bool {
	for path, st := range m.stamp {
		if stampOf(path) != st {
			return false
		}
	}
	return true
}

// importsAdded reports whether a buffer of root's package imports a
// package that root's listing lacks.
func (s *Session) importsAdded(root *packages.Package, overlay map[string][]byte) bool {
	for path, text := range overlay {
		if slices.Contains(root.GoFiles, path) && importsMissing(root, path, text) {
			return true
		}
	}
	return false
}

func (s *Session) importsAddedIn(m *meta, path string, text []byte) bool {
	return m == nil || importsMissing(m.root, path, text)
}

func importsMissing(root *packages.Package, path string, text []byte) bool {
	f, err := parser.ParseFile(token.NewFileSet(), path, text, parser.ImportsOnly)
	if err != nil {
		return false // the package's parse errors are reported with its syntax
	}
	for _, spec := range f.Imports {
		imp, err := strconv.Unquote(spec.Path.Value)
		if err == nil && imp != "C" && imp != "unsafe" && root.Imports[imp] == nil {
			return true
		}
	}
	return false
}

// textsKey identifies the texts of p's files: the buffers' and the
// disk's stamps.
func (s *Session) textsKey(p *packages.Package, overlay map[string][]byte) string {
	var b bytes.Buffer
	for _, f := range p.CompiledGoFiles {
		if text, ok := overlay[f]; ok {
			fmt.Fprintf(&b, "%s\x00%s\x00", f, text)
		} else {
			st := stampOf(f)
			fmt.Fprintf(&b, "%s\x00%d\x00%d\x00", f, st.mod.UnixNano(), st.size)
		}
	}
	return b.String()
}

// importsKept reports whether the module's packages that p imports are
// the ones checked now.
func (s *Session) importsKept(p *packages.Package, checked map[string]*packages.Package) bool {
	for _, imp := range p.Imports {
		if checked[imp.PkgPath] != imp {
			return false
		}
	}
	return true
}

// usedElsewhere reports whether another package's listing imports path.
func (s *Session) usedElsewhere(path string) bool {
	for _, m := range s.metas {
		for p := range packages.Postorder([]*packages.Package{m.root}) {
			if p.PkgPath == path {
				return true
			}
		}
	}
	return false
}

// parse returns the syntax of path with text, reusing the last parse of
// the same text.
func (s *Session) parse(path string, text []byte) (*ast.File, error) {
	if pf := s.parsed[path]; pf != nil {
		if bytes.Equal(pf.text, text) {
			return pf.file, pf.err
		}
		if pf.file != nil {
			if tf := s.fset.File(pf.file.FileStart); tf != nil {
				s.fset.RemoveFile(tf)
			}
		}
	}
	f, err := parser.ParseFile(s.fset, path, text, parser.AllErrors|parser.ParseComments|parser.SkipObjectResolution)
	s.parsed[path] = &parsedFile{text: text, file: f, err: err}
	return f, err
}

// typeCheck parses and type-checks p from source: its files' buffers or
// disk texts, the module's packages it imports from checked, the others
// from export data. The copy it returns imports only the module's
// packages, for the checker (see rootsOnly).
func (s *Session) typeCheck(p *packages.Package, overlay map[string][]byte, checked map[string]*packages.Package) *packages.Package {
	c := &packages.Package{
		ID: p.ID, Name: p.Name, PkgPath: p.PkgPath, Dir: p.Dir,
		GoFiles: p.GoFiles, CompiledGoFiles: p.CompiledGoFiles, OtherFiles: p.OtherFiles,
		Module: p.Module, TypesSizes: p.TypesSizes, Fset: s.fset,
		Errors:  slices.Clone(p.Errors),
		Imports: make(map[string]*packages.Package),
	}
	for path, imp := range p.Imports {
		if l := checked[imp.PkgPath]; l != nil {
			c.Imports[path] = l
		}
	}
	for _, path := range p.CompiledGoFiles {
		text, ok := overlay[path]
		if !ok {
			var err error
			if text, err = os.ReadFile(path); err != nil {
				c.Errors = append(c.Errors, packages.Error{Pos: path, Msg: err.Error(), Kind: packages.ParseError})
				continue
			}
		}
		f, err := s.parse(path, text)
		if f != nil {
			c.Syntax = append(c.Syntax, f)
		}
		if list, ok := err.(scanner.ErrorList); ok {
			for _, e := range list {
				c.Errors = append(c.Errors, packages.Error{Pos: e.Pos.String(), Msg: e.Msg, Kind: packages.ParseError})
			}
		} else if err != nil {
			c.Errors = append(c.Errors, packages.Error{Pos: path, Msg: err.Error(), Kind: packages.ParseError})
		}
	}
	c.TypesInfo = &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue),
		Defs:         make(map[*ast.Ident]types.Object),
		Uses:         make(map[*ast.Ident]types.Object),
		Implicits:    make(map[ast.Node]types.Object),
		Instances:    make(map[*ast.Ident]types.Instance),
		Scopes:       make(map[ast.Node]*types.Scope),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection),
		FileVersions: make(map[*ast.File]string),
	}
	conf := types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) { return s.importFor(p, path, checked) }),
		Sizes:    p.TypesSizes,
		Error: func(err error) {
			if te, ok := err.(types.Error); ok {
				c.Errors = append(c.Errors, packages.Error{Pos: s.fset.Position(te.Pos).String(), Msg: te.Msg, Kind: packages.TypeError})
			}
		},
	}
	if p.Module != nil && p.Module.GoVersion != "" {
		conf.GoVersion = "go" + p.Module.GoVersion
	}
	c.Types, _ = conf.Check(p.PkgPath, s.fset, c.Syntax, c.TypesInfo)
	c.IllTyped = len(c.Errors) > 0
	return c
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// importFor returns the package that p imports as path: the module's
// from source, the others from export data.
func (s *Session) importFor(p *packages.Package, path string, checked map[string]*packages.Package) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	imp := p.Imports[path]
	if imp == nil {
		return nil, fmt.Errorf("%s is not among the imports the go command listed for %s", path, p.PkgPath)
	}
	if l := checked[imp.PkgPath]; l != nil {
		return l.Types, nil
	}
	if t := s.exports[imp.PkgPath]; t != nil && t.Complete() {
		return t, nil
	}
	if imp.ExportFile == "" {
		return nil, fmt.Errorf("no export data for %s", imp.PkgPath)
	}
	f, err := os.Open(imp.ExportFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := gcexportdata.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("reading export data for %s: %v", imp.PkgPath, err)
	}
	return gcexportdata.Read(r, s.fset, s.exports, imp.PkgPath)
}

// Analyzers run on the module's imported packages only for their facts
// (and the results those need). A memo keeps them per package: as long
// as a package is not checked again, its facts and results are replayed,
// not computed again.
type memo struct {
	mu        sync.Mutex // runs and kept: analyses of several packages can run at once
	analyzers []*analysis.Analyzer
	wrapped   []*analysis.Analyzer
	original  map[*analysis.Analyzer]*analysis.Analyzer // by wrapper
	runs      map[*analysis.Analyzer]map[*types.Package]*memoRun
	kept      map[*types.Package]bool // the packages whose runs are kept
}

type memoRun struct {
	result   any
	objFacts []objFact
	pkgFacts []analysis.Fact
}

type objFact struct {
	obj  types.Object
	fact analysis.Fact
}

// memoFor returns the memo of analyzers, which replays their runs on the
// module's packages checked from source.
func (s *Session) memoFor(analyzers []*analysis.Analyzer) *memo {
	if s.memo == nil || !slices.Equal(s.memo.analyzers, analyzers) {
		s.memo = newMemo(analyzers)
	}
	m := s.memo
	m.mu.Lock()
	defer m.mu.Unlock()
	m.kept = make(map[*types.Package]bool)
	for _, sp := range s.sources {
		m.kept[sp.pkg.Types] = true
	}
	for _, runs := range m.runs {
		for pkg := range runs {
			if !m.kept[pkg] {
				delete(runs, pkg)
			}
		}
	}
	return m
}

func newMemo(analyzers []*analysis.Analyzer) *memo {
	m := &memo{
		analyzers: analyzers,
		original:  make(map[*analysis.Analyzer]*analysis.Analyzer),
		runs:      make(map[*analysis.Analyzer]map[*types.Package]*memoRun),
	}
	wrappers := make(map[*analysis.Analyzer]*analysis.Analyzer)
	var wrap func(a *analysis.Analyzer) *analysis.Analyzer
	wrap = func(a *analysis.Analyzer) *analysis.Analyzer {
		if w := wrappers[a]; w != nil {
			return w
		}
		w := new(analysis.Analyzer)
		*w = *a
		wrappers[a] = w
		w.Requires = nil
		for _, req := range a.Requires {
			w.Requires = append(w.Requires, wrap(req))
		}
		m.original[w] = a
		m.runs[w] = make(map[*types.Package]*memoRun)
		w.Run = func(pass *analysis.Pass) (any, error) { return m.run(w, a, pass) }
		return w
	}
	for _, a := range analyzers {
		m.wrapped = append(m.wrapped, wrap(a))
	}
	return m
}

func (m *memo) run(w, a *analysis.Analyzer, pass *analysis.Pass) (any, error) {
	// The analyzer finds its requirements' results under their own names.
	resultOf := make(map[*analysis.Analyzer]any, len(pass.ResultOf))
	for req, res := range pass.ResultOf {
		resultOf[m.original[req]] = res
	}
	pass.ResultOf, pass.Analyzer = resultOf, a
	m.mu.Lock()
	kept, r := m.kept[pass.Pkg], m.runs[w][pass.Pkg]
	m.mu.Unlock()
	if !kept {
		return a.Run(pass)
	}
	if r != nil {
		for _, f := range r.objFacts {
			pass.ExportObjectFact(f.obj, f.fact)
		}
		for _, f := range r.pkgFacts {
			pass.ExportPackageFact(f)
		}
		return r.result, nil
	}
	r = new(memoRun)
	exportObj, exportPkg := pass.ExportObjectFact, pass.ExportPackageFact
	pass.ExportObjectFact = func(obj types.Object, f analysis.Fact) {
		exportObj(obj, f)
		r.objFacts = append(r.objFacts, objFact{obj, f})
	}
	pass.ExportPackageFact = func(f analysis.Fact) {
		exportPkg(f)
		r.pkgFacts = append(r.pkgFacts, f)
	}
	res, err := a.Run(pass)
	if err == nil {
		r.result = res
		m.mu.Lock()
		if m.kept[pass.Pkg] {
			m.runs[w][pass.Pkg] = r
		}
		m.mu.Unlock()
	}
	return res, err
}
