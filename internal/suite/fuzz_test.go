package suite_test

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/obslint/obslint/internal/suite"
)

// testdataRoots are the passes' analysistest trees: the fuzzer's seeds,
// and the stub packages (otel, errgroup, logrus…) that seeds import.
func testdataRoots(tb testing.TB) []string {
	roots, err := filepath.Glob(filepath.Join("..", "..", "passes", "*", "testdata", "src"))
	if err != nil || len(roots) == 0 {
		tb.Fatalf("no passes/*/testdata/src found (%v)", err)
	}
	return roots
}

// FuzzPasses runs every pass on Go source that type-checks, and fails if
// one panics, fails, or suggests a malformed fix (the checker panics on
// those). Each seed is a file of the passes' testdata; a file that needs
// the other files of its package does not type-check alone and is
// skipped. Facts of imported packages are not computed: passes must cope
// with knowing nothing of their imports.
func FuzzPasses(f *testing.F) {
	roots := testdataRoots(f)
	for _, root := range roots {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
				return err
			}
			src, err := os.ReadFile(path)
			if err == nil {
				f.Add(src)
			}
			return err
		})
		if err != nil {
			f.Fatal(err)
		}
	}
	imp := newFuzzImporter(roots)
	f.Fuzz(func(t *testing.T, src []byte) {
		pkg, err := typeCheck(imp, src)
		if err != nil {
			t.Skip(err)
		}
		defer imp.forget(pkg.Syntax[0])
		analyzers := make([]*analysis.Analyzer, 0, len(suite.Passes()))
		for _, p := range suite.Passes() {
			analyzers = append(analyzers, p.New())
		}
		graph, err := checker.Analyze(analyzers, []*packages.Package{pkg}, &checker.Options{Sequential: true})
		if err != nil {
			t.Fatal(err)
		}
		for act := range graph.All() {
			if act.Err != nil {
				t.Errorf("%s failed on well-typed code: %v", act.Analyzer.Name, act.Err)
			}
		}
	})
}

// typeCheck parses and type-checks src as the single file of a package
// named by its package clause, as the checker expects it.
func typeCheck(imp *fuzzImporter, src []byte) (*packages.Package, error) {
	file, err := parser.ParseFile(imp.fset, "fuzz.go", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		imp.forget(file)
		return nil, err
	}
	info := &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue),
		Instances:    make(map[*ast.Ident]types.Instance),
		Defs:         make(map[*ast.Ident]types.Object),
		Uses:         make(map[*ast.Ident]types.Object),
		Implicits:    make(map[ast.Node]types.Object),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection),
		Scopes:       make(map[ast.Node]*types.Scope),
		FileVersions: make(map[*ast.File]string),
	}
	sizes := types.SizesFor("gc", runtime.GOARCH)
	conf := types.Config{Importer: imp, Sizes: sizes}
	tpkg, err := conf.Check(file.Name.Name, imp.fset, []*ast.File{file}, info)
	if err != nil {
		err = fmt.Errorf("%v", err) // its position, before the file goes
		imp.forget(file)
		return nil, err
	}
	return &packages.Package{
		ID:              tpkg.Path(),
		Name:            tpkg.Name(),
		PkgPath:         tpkg.Path(),
		GoFiles:         []string{"fuzz.go"},
		CompiledGoFiles: []string{"fuzz.go"},
		Fset:            imp.fset,
		Syntax:          []*ast.File{file},
		Types:           tpkg,
		TypesInfo:       info,
		TypesSizes:      sizes,
	}, nil
}

// fuzzImporter imports the stub packages of the passes' testdata from
// source, and standard library packages (outside cmd) from export data.
// Results, failures included, are cached, so that a mutated import path
// costs one lookup; the fuzzer calls it from one goroutine.
type fuzzImporter struct {
	fset  *token.FileSet
	roots []string
	std   types.Importer
	pkgs  map[string]*types.Package
	errs  map[string]error
}

func newFuzzImporter(roots []string) *fuzzImporter {
	fset := token.NewFileSet()
	return &fuzzImporter{
		fset:  fset,
		roots: roots,
		std:   importer.ForCompiler(fset, "gc", nil),
		pkgs:  make(map[string]*types.Package),
		errs:  make(map[string]error),
	}
}

// forget removes an input's file from the file set, which lives as long
// as the cached imports and would otherwise grow with every input.
func (imp *fuzzImporter) forget(file *ast.File) {
	if file == nil {
		return
	}
	if tf := imp.fset.File(file.FileStart); tf != nil {
		imp.fset.RemoveFile(tf)
	}
}

func (imp *fuzzImporter) Import(path string) (*types.Package, error) {
	if pkg, ok := imp.pkgs[path]; ok {
		return pkg, nil
	}
	if err, ok := imp.errs[path]; ok {
		return nil, err
	}
	pkg, err := imp.load(path)
	if err != nil {
		imp.errs[path] = err
		return nil, err
	}
	imp.pkgs[path] = pkg
	return pkg, nil
}

func (imp *fuzzImporter) load(path string) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	if !clean(path) {
		return nil, fmt.Errorf("%q: not a clean import path", path)
	}
	for _, root := range imp.roots {
		if files := goFiles(filepath.Join(root, filepath.FromSlash(path))); len(files) > 0 {
			return imp.loadStub(path, files)
		}
	}
	if !isStd(path) {
		return nil, fmt.Errorf("%s: neither a stub of the passes' testdata nor a standard library package", path)
	}
	return imp.std.Import(path)
}

func (imp *fuzzImporter) loadStub(path string, filenames []string) (*types.Package, error) {
	var files []*ast.File
	for _, name := range filenames {
		f, err := parser.ParseFile(imp.fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	conf := types.Config{Importer: imp, Sizes: types.SizesFor("gc", runtime.GOARCH)}
	return conf.Check(path, imp.fset, files, nil)
}

// clean reports whether path is made of plain elements: a mutated import
// path ("../x", "a//b") must not reach outside the stub trees or GOROOT.
func clean(path string) bool {
	for _, elem := range strings.Split(path, "/") {
		if elem == "" || elem == "." || elem == ".." || strings.ContainsAny(elem, `\:`) {
			return false
		}
	}
	return true
}

// isStd reports whether path names a directory of GOROOT/src outside
// cmd: other paths would cost a go list each and find nothing.
func isStd(path string) bool {
	if elem, _, _ := strings.Cut(path, "/"); elem == "cmd" || strings.Contains(elem, ".") {
		return false
	}
	return len(goFiles(filepath.Join(build.Default.GOROOT, "src", filepath.FromSlash(path)))) > 0
}

// goFiles returns the non-test Go files of dir, sorted.
func goFiles(dir string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var files []string
	for _, e := range entries {
		if name := e.Name(); !e.IsDir() && strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go") {
			files = append(files, filepath.Join(dir, name))
		}
	}
	slices.Sort(files)
	return files
}
