package ctxapi_test

import (
	"go/ast"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/packages"

	"github.com/obslint/obslint/internal/ctxapi"
)

// spanStarts reports every call that SpanStart identifies, with its API.
var spanStarts = &analysis.Analyzer{
	Name: "spanstarts",
	Doc:  "reports the calls ctxapi.SpanStart identifies",
	Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					if api, ok := ctxapi.SpanStart(ctxapi.Callee(pass.TypesInfo, call)); ok {
						pass.Reportf(call.Pos(), "%s", api)
					}
				}
				return true
			})
		}
		return nil, nil
	},
}

// TestSpanStart runs on stubs that mirror the real APIs' signatures.
func TestSpanStart(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), spanStarts, "spans", "datadog")
}

func TestSpanFromContext(t *testing.T) {
	for _, api := range []string{ctxapi.OpenTelemetry, ctxapi.OpenCensus, ctxapi.OpenTracing, ctxapi.Datadog} {
		if ctxapi.SpanFromContext(api) == "" {
			t.Errorf("SpanFromContext(%q) is empty", api)
		}
	}
}

// realModules are the modules whose real APIs TestSpanStartRealAPIs
// checks testdata/src/spans against. (Datadog's are too large to build
// in a unit test: their stubs were checked against v1.74.8 and v2.12.0.)
const realModules = `
require (
	github.com/opentracing/opentracing-go v1.2.0
	go.opencensus.io v0.24.0
	go.opentelemetry.io/otel v1.47.0
	go.opentelemetry.io/otel/trace v1.47.0
)
`

// TestSpanStartRealAPIs checks the same calls against the real modules.
// With OBSLINT_LONG=1 (.ci/run sets it) it downloads them from the module
// proxy and fails if it cannot; otherwise it uses the module cache and
// skips, saying why, when the modules are not there.
func TestSpanStartRealAPIs(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks the real tracing modules; not run with -short")
	}
	long := os.Getenv("OBSLINT_LONG") == "1"
	src, err := os.ReadFile(filepath.Join("testdata", "src", "spans", "spans.go"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for name, content := range map[string]string{
		"go.mod":   "module spans\n\ngo 1.26\n" + realModules,
		"spans.go": string(src),
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	env := append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOTOOLCHAIN=local")
	if long {
		// go mod download fetches exactly the modules go.mod requires.
		download := exec.Command("go", "mod", "download")
		download.Dir, download.Env = dir, env
		if out, err := download.CombinedOutput(); err != nil {
			t.Fatalf("downloading the real tracing modules from the module proxy: %v\n%s", err, out)
		}
	} else {
		env = append(env, "GOPROXY=off", "GOSUMDB=off")
	}
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo,
		Dir:  dir,
		Env:  env,
	}
	pkgs, err := packages.Load(cfg, ".")
	if err != nil || len(pkgs) != 1 || len(pkgs[0].Errors) > 0 {
		var errs []packages.Error
		if len(pkgs) == 1 {
			errs = pkgs[0].Errors
		}
		if long {
			t.Fatalf("loading spans.go with the real tracing modules: %v %v", err, errs)
		}
		t.Skipf("the real tracing modules are not in the module cache (OBSLINT_LONG=1 downloads them): %v %v", err, errs)
	}
	pkg := pkgs[0]
	want := regexp.MustCompile(`// want "(\w+)"`)
	for _, f := range pkg.Syntax {
		wants := make(map[int]string) // line → API
		for _, group := range f.Comments {
			for _, c := range group.List {
				if m := want.FindStringSubmatch(c.Text); m != nil {
					wants[pkg.Fset.Position(c.Pos()).Line] = m[1]
				}
			}
		}
		got := make(map[int][]string) // line → APIs of the span starts there
		ast.Inspect(f, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if api, ok := ctxapi.SpanStart(ctxapi.Callee(pkg.TypesInfo, call)); ok {
					line := pkg.Fset.Position(call.Pos()).Line
					got[line] = append(got[line], api)
				}
			}
			return true
		})
		lines := slices.Sorted(maps.Keys(got))
		for line := range maps.Keys(wants) {
			if got[line] == nil {
				lines = append(lines, line)
			}
		}
		slices.Sort(lines)
		for _, line := range lines {
			if apis := got[line]; len(apis) != 1 || apis[0] != wants[line] {
				t.Errorf("spans.go:%d: span starts %q, want %q", line, apis, wants[line])
			}
		}
	}
}
