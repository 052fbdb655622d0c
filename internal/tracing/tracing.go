// Package tracing is obslint's model of whether a program traces, for the
// checks that only make sense in one: a boundary that does not propagate
// the trace (propagation) and a log handler that never reads it
// (slogattrs). It also knows the instrumentation packages that make a
// boundary or a handler carry the trace.
//
// A package traces when its own code starts a span (ctxapi.SpanStart),
// installs a tracer (otel.SetTracerProvider, an SDK TracerProvider,
// opentracing.SetGlobalTracer, Datadog's tracer.Start, OpenCensus's
// RegisterExporter) or calls an instrumentation package, or when it imports
// a package of its own module that traces (a fact). Packages of other
// modules do not count: a dependency that starts spans for its own
// operations says nothing about the program.
package tracing

import (
	"go/ast"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/obslint/obslint/internal/ctxapi"
)

// Analyzer computes the Program of a package, and exports a Fact on
// packages that trace and a HandlerFact on slog handlers that ignore their
// context.
var Analyzer = &analysis.Analyzer{
	Name:       "obslinttracing",
	Doc:        "decides whether a package belongs to a program that traces, for obslint's passes",
	Run:        run,
	Requires:   []*analysis.Analyzer{inspect.Analyzer},
	ResultType: reflect.TypeFor[*Program](),
	FactTypes:  []analysis.Fact{(*Fact)(nil), (*HandlerFact)(nil)},
}

// Fact marks a package that traces, with its module and the evidence.
type Fact struct {
	Module   string // the package's module path, "" when the driver does not say
	Evidence string // what shows it traces: "starts spans"
}

func (*Fact) AFact() {}

func (f *Fact) String() string { return "traces: " + f.Evidence }

// HandlerFact marks a named slog.Handler type whose Handle never uses its
// context: log lines it writes cannot carry the trace.
type HandlerFact struct{}

func (*HandlerFact) AFact() {}

func (*HandlerFact) String() string { return "handler ignores its context" }

// Program is what a package knows of its program's tracing.
type Program struct {
	// Evidence names why the package is in a program that traces, or is ""
	// when nothing it can see traces.
	Evidence string
	pass     *analysis.Pass
	// Extracts and Injects report whether the package propagates the trace
	// by hand through a propagation.TextMapPropagator.
	Extracts, Injects bool
	ignoring          map[*types.TypeName]bool
}

// Traces reports whether the package belongs to a program that traces.
func (p *Program) Traces() bool { return p.Evidence != "" }

// IgnoresContext reports whether t, or *t, is a slog.Handler whose Handle
// never uses its context: one declared in this package, or in a package
// whose facts say so.
func (p *Program) IgnoresContext(t types.Type) bool {
	named := ctxapi.NamedOf(t)
	if named == nil {
		return false
	}
	obj := named.Origin().Obj()
	if obj.Pkg() == p.pass.Pkg {
		return p.ignoring[obj]
	}
	return p.pass.ImportObjectFact(obj, new(HandlerFact))
}

// Instrumentation reports whether path is an instrumentation package:
// OpenTelemetry's contrib instrumentation (otelhttp, otelgrpc, otelgin,
// otelecho, otelmux…) and other packages named otel…, Datadog's and
// OpenCensus's integrations, OpenTracing's contrib and go-grpc-middleware's
// tracing interceptors.
func Instrumentation(path string) bool {
	for _, prefix := range []string{
		"go.opentelemetry.io/contrib/instrumentation/",
		"gopkg.in/DataDog/dd-trace-go.v1/contrib/",
		"github.com/DataDog/dd-trace-go/contrib/",
		"github.com/DataDog/dd-trace-go/v2/contrib/",
		"go.opencensus.io/plugin/",
		"github.com/opentracing-contrib/",
		"github.com/grpc-ecosystem/go-grpc-middleware/tracing/",
		"github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/tracing",
	} {
		if strings.HasPrefix(path, prefix) {
			return true
		}
	}
	last := path[strings.LastIndex(path, "/")+1:]
	return strings.HasPrefix(last, "otel") && path != "go.opentelemetry.io/otel" &&
		!strings.HasPrefix(path, "go.opentelemetry.io/otel/")
}

// tracerInstalls are the calls that install a tracer, by package.
var tracerInstalls = map[string][]string{
	"go.opentelemetry.io/otel":                         {"SetTracerProvider"},
	"go.opentelemetry.io/otel/sdk/trace":               {"NewTracerProvider"},
	"github.com/opentracing/opentracing-go":            {"SetGlobalTracer"},
	"gopkg.in/DataDog/dd-trace-go.v1/ddtrace/tracer":   {"Start"},
	"github.com/DataDog/dd-trace-go/v2/ddtrace/tracer": {"Start"},
	"go.opencensus.io/trace":                           {"RegisterExporter"},
}

const propagationPkg = "go.opentelemetry.io/otel/propagation"

func run(pass *analysis.Pass) (any, error) {
	p := &Program{pass: pass, ignoring: make(map[*types.TypeName]bool)}
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for cur := range insp.Root().Preorder((*ast.CallExpr)(nil), (*ast.FuncDecl)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			p.observe(ctxapi.Callee(pass.TypesInfo, n))
		case *ast.FuncDecl:
			if obj := ignoringHandler(pass.TypesInfo, n); obj != nil {
				p.ignoring[obj] = true
				if obj.Exported() {
					pass.ExportObjectFact(obj, new(HandlerFact))
				}
			}
		}
	}
	cause := p.Evidence // what traces, in this package or the import
	if cause == "" {
		for _, imp := range pass.Pkg.Imports() {
			var f Fact
			if pass.ImportPackageFact(imp, &f) && SameModule(pass, imp, f.Module) {
				cause = f.Evidence
				p.Evidence = "imports " + imp.Path() + ", which " + f.Evidence
				break
			}
		}
	}
	if cause != "" {
		pass.ExportPackageFact(&Fact{Module: modulePath(pass), Evidence: cause})
	}
	return p, nil
}

// observe records what a call of fn shows.
func (p *Program) observe(fn *types.Func) {
	if fn == nil || fn.Pkg() == nil {
		return
	}
	path := fn.Pkg().Path()
	if fn.Signature().Recv() != nil && path == propagationPkg {
		switch fn.Name() {
		case "Extract":
			p.Extracts = true
		case "Inject":
			p.Injects = true
		}
	}
	if p.Evidence != "" {
		return
	}
	switch _, starts := ctxapi.SpanStart(fn); {
	case starts:
		p.Evidence = "starts spans"
	case fn.Signature().Recv() == nil && contains(tracerInstalls[path], fn.Name()):
		p.Evidence = "installs a tracer (" + ctxapi.FuncName(fn) + ")"
	case Instrumentation(path):
		p.Evidence = "uses instrumentation (" + fn.Pkg().Name() + ")"
	}
}

func contains(names []string, name string) bool {
	for _, n := range names {
		if n == name {
			return true
		}
	}
	return false
}

// SameModule reports whether imp, whose module path is impModule, is in
// the module of the package under analysis. When the driver does not say
// which module a package is in (GOPATH-style tests), packages whose paths
// share their first element are taken to be one module, and the standard
// library is another.
func SameModule(pass *analysis.Pass, imp *types.Package, impModule string) bool {
	if module := modulePath(pass); module != "" || impModule != "" {
		return module == impModule
	}
	first := func(path string) string { elem, _, _ := strings.Cut(path, "/"); return elem }
	return first(pass.Pkg.Path()) == first(imp.Path())
}

func modulePath(pass *analysis.Pass) string {
	if pass.Module == nil {
		return ""
	}
	return pass.Module.Path
}

// ignoringHandler returns the type whose Handle method decl is, when the
// type is a slog.Handler and Handle never uses its context parameter.
func ignoringHandler(info *types.Info, decl *ast.FuncDecl) *types.TypeName {
	if decl.Recv == nil || decl.Name.Name != "Handle" || decl.Body == nil {
		return nil
	}
	fn, _ := info.Defs[decl.Name].(*types.Func)
	if fn == nil {
		return nil
	}
	named := ctxapi.NamedOf(fn.Signature().Recv().Type())
	params := fn.Signature().Params()
	if named == nil || params.Len() != 2 || !ctxapi.IsContext(params.At(0).Type()) ||
		!ctxapi.IsNamedOrPointer(params.At(1).Type(), "log/slog", "Record") {
		return nil
	}
	ctx := params.At(0)
	if ctx.Name() != "" && ctx.Name() != "_" && used(info, decl.Body, ctx) {
		return nil
	}
	return named.Obj()
}

// used reports whether v is referred to in body.
func used(info *types.Info, body *ast.BlockStmt, v *types.Var) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == v {
			found = true
		}
		return !found
	})
	return found
}
