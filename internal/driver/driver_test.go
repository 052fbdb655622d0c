package driver_test

import (
	"bytes"
	"context"
	"errors"
	"go/ast"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/obslint/obslint/internal/driver"
)

// marked is the fact of a function whose name starts with "Marked".
type marked struct{}

func (*marked) AFact()         {}
func (*marked) String() string { return "marked" }

// markAnalyzer exports a marked fact for each function named Marked…,
// reports each call of a function with the fact, and records the
// packages it ran on.
func markAnalyzer() (*analysis.Analyzer, func() []string) {
	var mu sync.Mutex
	var ran []string
	a := &analysis.Analyzer{
		Name:      "mark",
		Doc:       "reports calls of functions marked by facts",
		FactTypes: []analysis.Fact{new(marked)},
		Run: func(pass *analysis.Pass) (any, error) {
			mu.Lock()
			ran = append(ran, pass.Pkg.Path())
			mu.Unlock()
			for _, f := range pass.Files {
				ast.Inspect(f, func(n ast.Node) bool {
					switch n := n.(type) {
					case *ast.FuncDecl:
						if strings.HasPrefix(n.Name.Name, "Marked") {
							pass.ExportObjectFact(pass.TypesInfo.Defs[n.Name], new(marked))
						}
					case *ast.CallExpr:
						if fn := typeutil.StaticCallee(pass.TypesInfo, n); fn != nil && pass.ImportObjectFact(fn, new(marked)) {
							pass.Reportf(n.Pos(), "calls marked %s", fn.FullName())
						}
					}
					return true
				})
			}
			return nil, nil
		},
	}
	return a, func() []string {
		mu.Lock()
		defer mu.Unlock()
		slices.Sort(ran)
		return ran
	}
}

func run(t *testing.T, dir string, analyzers []*analysis.Analyzer, patterns ...string) *driver.Result {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("testdata", dir))
	if err != nil {
		t.Fatal(err)
	}
	res, err := driver.Run(context.Background(), packages.Config{Dir: dir}, analyzers, driver.Options{}, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func findings(res *driver.Result) []string {
	var got []string
	for _, f := range res.Findings {
		posn := res.Fset.Position(f.Pos)
		got = append(got, filepath.Base(posn.Filename)+": "+f.Message)
	}
	return got
}

// A root importing another root sees the types go/packages checked from
// the other's source, directly and through a package that is not a
// root: facts keyed by the other's objects are found.
func TestRootsShareObjects(t *testing.T) {
	plain := &analysis.Analyzer{Name: "plain", Doc: "plain", Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	res := run(t, "roots", []*analysis.Analyzer{plain}, "./a", "./b")
	if len(res.Errors) > 0 {
		t.Fatalf("errors: %v", res.Errors)
	}
	pkgA, pkgB := res.Packages[0], res.Packages[1]
	if got := pkgB.Imports["example.com/roots/a"]; got != pkgA {
		t.Errorf("b imports a as %v, not the root", got)
	}
	viaM := pkgB.Imports["example.com/roots/m"].Types.Imports()
	if i := slices.IndexFunc(viaM, func(p *types.Package) bool { return p.Path() == "example.com/roots/a" }); i < 0 || viaM[i] != pkgA.Types {
		t.Errorf("m, imported by b, does not import root a's *types.Package")
	}
	if pkgB.Imports["fmt"].Syntax != nil {
		t.Errorf("fmt, a dependency, was loaded from source")
	}
}

// Facts flow from a root to the roots that import it, and the analyzers
// run on the roots only.
func TestFactsFlowAmongRoots(t *testing.T) {
	mark, ran := markAnalyzer()
	res := run(t, "roots", []*analysis.Analyzer{mark}, "./a", "./b")
	if len(res.Errors) > 0 || len(res.Failures) > 0 {
		t.Fatalf("errors %v, failures %v", res.Errors, res.Failures)
	}
	want := []string{"b.go: calls marked example.com/roots/a.MarkedWork"}
	if got := findings(res); !slices.Equal(got, want) {
		t.Errorf("findings %q, want %q", got, want)
	}
	if got, want := ran(), []string{"example.com/roots/a", "example.com/roots/b"}; !slices.Equal(got, want) {
		t.Errorf("the fact analyzer ran on %q, want the roots %q only", got, want)
	}
}

// The errors of a root are reported; it and the roots importing it (ill
// typed, go/packages says, for their dependency's errors) are skipped,
// and their analyses do not fail.
func TestIllTypedRoots(t *testing.T) {
	mark, ran := markAnalyzer()
	res := run(t, "roots", []*analysis.Analyzer{mark}, "./broken", "./usesbroken")
	if len(res.Failures) > 0 {
		t.Errorf("failures %v, want none", res.Failures)
	}
	if got := ran(); len(got) > 0 {
		t.Errorf("the analyzer ran on %q", got)
	}
	var out bytes.Buffer
	if n := res.PrintErrors(&out); n == 0 || !strings.Contains(out.String(), `broken.go:6:23: cannot use "not a number"`) ||
		!strings.Contains(out.String(), "not analyzed because of errors: example.com/roots/broken, example.com/roots/usesbroken\n") {
		t.Errorf("PrintErrors printed %d:\n%s", n, out.String())
	}
}

// With NoTestFindings, the test variants of a package and the generated
// packages are not analyzed, but for the facts of those importing them;
// without, a file's findings in a package and its test variant are one.
func TestNoTestFindings(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("testdata", "roots"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		skip     bool
		findings []string
		ran      []string
	}{
		{
			skip: false,
			findings: []string{
				"c.go: calls marked example.com/roots/a.MarkedWork",
				"c.go: calls marked example.com/roots/gen.MarkedGen",
				"c_test.go: calls marked example.com/roots/a.MarkedWork",
			},
			ran: []string{"example.com/roots/a", "example.com/roots/c", "example.com/roots/c", "example.com/roots/c.test", "example.com/roots/gen"},
		},
		{
			skip: true,
			findings: []string{
				"c.go: calls marked example.com/roots/a.MarkedWork",
				"c.go: calls marked example.com/roots/gen.MarkedGen",
			},
			ran: []string{"example.com/roots/a", "example.com/roots/c", "example.com/roots/gen"},
		},
	} {
		mark, ran := markAnalyzer()
		cfg := packages.Config{Dir: dir, Tests: true}
		res, err := driver.Run(context.Background(), cfg, []*analysis.Analyzer{mark}, driver.Options{NoTestFindings: tc.skip}, "./a", "./gen", "./c")
		if err != nil {
			t.Fatal(err)
		}
		if got := findings(res); !slices.Equal(got, tc.findings) {
			t.Errorf("NoTestFindings %v: findings %q, want %q", tc.skip, got, tc.findings)
		}
		if got := ran(); !slices.Equal(got, tc.ran) {
			t.Errorf("NoTestFindings %v: the analyzer ran on %q, want %q", tc.skip, got, tc.ran)
		}
		if len(res.Packages) != 5 {
			t.Errorf("NoTestFindings %v: %d packages, want a, gen, c and c's test variant and main", tc.skip, len(res.Packages))
		}
	}
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	plain := &analysis.Analyzer{Name: "plain", Doc: "plain", Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	if _, err := driver.Run(ctx, packages.Config{}, []*analysis.Analyzer{plain}, driver.Options{}, "."); !errors.Is(err, context.Canceled) {
		t.Errorf("Run with a cancelled context: %v, want %v", err, context.Canceled)
	}
}

// fixer suggests, for fmt.Println(…), println(…) (twice, as a pass and
// its duplicate would); for strings.ToUpper("x"), the literal "X", and
// in a conflicting fix, strings.ToLower.
var fixer = &analysis.Analyzer{
	Name: "fixer",
	Doc:  "suggests conflicting and duplicate fixes",
	Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			for call := range inspector.New([]*ast.File{f}).Root().Preorder((*ast.CallExpr)(nil)) {
				call := call.Node().(*ast.CallExpr)
				fn := typeutil.StaticCallee(pass.TypesInfo, call)
				sel, _ := call.Fun.(*ast.SelectorExpr)
				switch {
				case fn == nil || sel == nil:
				case fn.FullName() == "fmt.Println":
					for _, msg := range []string{"use println", "use println, again"} {
						pass.Report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Message: msg, SuggestedFixes: []analysis.SuggestedFix{{
							Message:   "println",
							TextEdits: []analysis.TextEdit{{Pos: sel.Pos(), End: sel.End(), NewText: []byte("println")}},
						}}})
					}
				case fn.FullName() == "strings.ToUpper":
					pass.Report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Message: "constant", SuggestedFixes: []analysis.SuggestedFix{{
						Message:   "literal",
						TextEdits: []analysis.TextEdit{{Pos: call.Pos(), End: call.End(), NewText: []byte(`"X"`)}},
					}}})
					pass.Report(analysis.Diagnostic{Pos: sel.Sel.Pos(), End: sel.Sel.End(), Message: "lower", SuggestedFixes: []analysis.SuggestedFix{{
						Message:   "ToLower",
						TextEdits: []analysis.TextEdit{{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte("ToLower")}},
					}}})
				}
			}
		}
		return nil, nil
	},
}

const fixed = `// Package fixme is rewritten by the fix tests.
package fixme

func F() string {
	println("a")
	return "X"
}
`

// fixme copies testdata/fixme to a temporary directory and analyzes it
// with fixer.
func fixme(t *testing.T) (*driver.Result, string) {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"go.mod", "fixme.go"} {
		data, err := os.ReadFile(filepath.Join("testdata", "fixme", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o666); err != nil {
			t.Fatal(err)
		}
	}
	res, err := driver.Run(context.Background(), packages.Config{Dir: dir}, []*analysis.Analyzer{fixer}, driver.Options{}, ".")
	if err != nil {
		t.Fatal(err)
	}
	return res, filepath.Join(dir, "fixme.go")
}

// Conflicting fixes are skipped and told; identical ones are one; the
// imports the fixes leave unused go.
func TestApplyFixes(t *testing.T) {
	res, file := fixme(t)
	var log bytes.Buffer
	applied, err := res.ApplyFixes(driver.FixOptions{Log: &log})
	if err != nil || applied != 3 {
		t.Errorf("ApplyFixes: %d applied, %v; want 3 of 4 applied and no error", applied, err)
	}
	if !strings.Contains(log.String(), `fixme.go:11:17: fixer: fix "ToLower" not applied: it conflicts with another fix`) {
		t.Errorf("log lacks the conflict:\n%s", log.String())
	}
	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != fixed {
		t.Errorf("fixed file:\n%s\nwant:\n%s", got, fixed)
	}
}

func TestApplyFixesDiff(t *testing.T) {
	res, file := fixme(t)
	before, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var diff bytes.Buffer
	if applied, err := res.ApplyFixes(driver.FixOptions{Diff: &diff}); err != nil || applied != 3 {
		t.Errorf("ApplyFixes: %d applied, %v; want 3 of 4 applied and no error", applied, err)
	}
	want := `--- ` + file + ` (old)
+++ ` + file + ` (new)
@@ -1,12 +1,7 @@
 // Package fixme is rewritten by the fix tests.
 package fixme
 
-import (
-	"fmt"
-	"strings"
-)
-
 func F() string {
-	fmt.Println("a")
-	return strings.ToUpper("x")
+	println("a")
+	return "X"
 }
`
	if diff.String() != want {
		t.Errorf("diff:\n%s\nwant:\n%s", diff.String(), want)
	}
	if after, _ := os.ReadFile(file); !bytes.Equal(after, before) {
		t.Errorf("ApplyFixes with a Diff changed the file")
	}
}

func TestPrintText(t *testing.T) {
	mark, _ := markAnalyzer()
	res := run(t, "roots", []*analysis.Analyzer{mark}, "./a", "./b")
	var out bytes.Buffer
	if err := res.PrintText(&out, 1); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join("testdata", "roots", "b", "b.go") // relative to the working directory
	want := file + ":12:2: calls marked example.com/roots/a.MarkedWork (mark)\n" +
		"11\tfunc Use() {\n" +
		"12\t\ta.MarkedWork()\n" +
		"13\t\ta.Unmarked()\n"
	if out.String() != want {
		t.Errorf("PrintText:\n%s\nwant:\n%s", out.String(), want)
	}
}

// A session analyzes the package of a file with the facts of the
// module's packages it imports, and re-checks an edited buffer without
// analyzing those again.
func TestSessionReusesFacts(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("testdata", "roots"))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "b", "b.go")
	text, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	mark, ran := markAnalyzer()
	s := driver.NewSession(packages.Config{})
	check := func(overlay map[string][]byte) []string {
		t.Helper()
		res, err := s.Check(context.Background(), []*analysis.Analyzer{mark}, file, overlay)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Errors) > 0 || len(res.Failures) > 0 {
			t.Fatalf("errors: %v %v", res.Errors, res.Failures)
		}
		return findings(res)
	}
	want := []string{"b.go: calls marked example.com/roots/a.MarkedWork"}
	if got := check(nil); !slices.Equal(got, want) {
		t.Errorf("findings %q, want %q", got, want)
	}
	if got, want := ran(), []string{"example.com/roots/a", "example.com/roots/b", "example.com/roots/m"}; !slices.Equal(got, want) {
		t.Errorf("ran on %q, want %q", got, want)
	}
	edited := bytes.Replace(text, []byte("\ta.Unmarked()\n"), []byte("\ta.Unmarked()\n\ta.MarkedWork()\n"), 1)
	want = append(want, want[0])
	if got := check(map[string][]byte{file: edited}); !slices.Equal(got, want) {
		t.Errorf("after an edit, findings %q, want %q", got, want)
	}
	// Only b ran again; a's and m's facts were replayed.
	if got, want := ran(), []string{"example.com/roots/a", "example.com/roots/b", "example.com/roots/b", "example.com/roots/m"}; !slices.Equal(got, want) {
		t.Errorf("after an edit, ran on %q, want %q", got, want)
	}
}
