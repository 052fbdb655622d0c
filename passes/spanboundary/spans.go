package spanboundary

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/obslint/obslint/internal/ctxapi"
	"github.com/obslint/obslint/internal/reqscope"
)

// tracingSetup are the calls by which a program decides how it traces:
// which provider exports spans, which propagator reads and writes trace
// headers. They are the application's to make.
var tracingSetup = []struct {
	pkg, name, what string
}{
	{"go.opentelemetry.io/otel", "SetTracerProvider", "installs the global TracerProvider"},
	{"go.opentelemetry.io/otel", "SetTextMapPropagator", "installs the global propagator"},
	{"go.opentelemetry.io/otel/sdk/trace", "NewTracerProvider", "builds an SDK TracerProvider"},
	{"github.com/opentracing/opentracing-go", "SetGlobalTracer", "installs the global tracer"},
	{"gopkg.in/DataDog/dd-trace-go.v1/ddtrace/tracer", "Start", "starts the global Datadog tracer"},
	{"github.com/DataDog/dd-trace-go/v2/ddtrace/tracer", "Start", "starts the global Datadog tracer"},
}

// setupOf returns what fn decides of the program's tracing, or "".
func setupOf(fn *types.Func) string {
	for _, s := range tracingSetup {
		if ctxapi.IsFunc(fn, s.pkg, s.name) {
			return s.what
		}
	}
	return ""
}

// checkTracing reports, at the call at cur, a library's decision that
// belongs to the application: setting up tracing, and starting a span
// that is a new root (from context.Background(), with trace.WithNewRoot(),
// or an OpenTracing or Datadog span with no parent option). Under
// -strict, every span start: a child of the caller's span is the
// application's decision too, by its TracerProvider.
func (c *checker) checkTracing(cur inspector.Cursor, strict bool) {
	call := cur.Node().(*ast.CallExpr)
	fn := ctxapi.Callee(c.pass.TypesInfo, call)
	if fn == nil || c.silentAt(cur) {
		return
	}
	if what := setupOf(fn); what != "" {
		c.report.Report(analysis.Diagnostic{
			Pos: call.Pos(), End: call.End(),
			Message: fmt.Sprintf("library %s (%s): leave tracing setup to the application; accept a provider as an option",
				what, ctxapi.FuncName(fn)),
		})
		return
	}
	api, ok := ctxapi.SpanStart(fn)
	if !ok {
		return
	}
	if root := c.newRoot(cur, call, fn); root != "" {
		c.report.Report(analysis.Diagnostic{
			Pos: call.Pos(), End: call.End(),
			Message: fmt.Sprintf("library starts %s %s span as a new root (%s), cutting the caller's trace: start it from the caller's context",
				article(api), api, root),
		})
		return
	}
	if strict {
		c.report.Report(analysis.Diagnostic{
			Pos: call.Pos(), End: call.End(),
			Message: fmt.Sprintf("library package starts %s %s span: accept the caller's context and enrich its span (%s) instead of creating one",
				article(api), api, ctxapi.SpanFromContext(api)),
		})
	}
}

// newRoot returns why the span start call of fn begins a new trace, or "".
//
// A server's entry that extracts the incoming trace (a propagator's or a
// tracer's Extract) starts a root only when the request carries none, and
// a root linked to the caller's span (trace.WithLinks) keeps the trace:
// neither cuts it.
func (c *checker) newRoot(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) string {
	info := c.pass.TypesInfo
	if reqscope.LinksRequest(info, call) || c.extractsTrace(cur) {
		return ""
	}
	params := fn.Signature().Params()
	var opts []ast.Expr
	takesContext := false
	for i, arg := range call.Args {
		if i >= params.Len() {
			break
		}
		p := params.At(i)
		switch {
		case ctxapi.IsContext(p.Type()):
			takesContext = true
			if c.rooted(cur, arg) {
				return types.ExprString(arg)
			}
		case fn.Signature().Variadic() && i == params.Len()-1:
			opts = call.Args[i:]
		}
	}
	for _, opt := range opts {
		if o, ok := ast.Unparen(opt).(*ast.CallExpr); ok && ctxapi.IsFunc(ctxapi.Callee(info, o), "go.opentelemetry.io/otel/trace", "WithNewRoot") {
			return types.ExprString(opt)
		}
	}
	if !takesContext && len(opts) == 0 && call.Ellipsis == 0 {
		return "no parent"
	}
	return ""
}

// rooted reports whether arg, at cur, is a context made from a root in
// the function around it.
func (c *checker) rooted(cur inspector.Cursor, arg ast.Expr) bool {
	fn, ok := enclosingFunc(cur)
	if !ok {
		return ctxapi.Rooted(c.pass.TypesInfo, arg, nil)
	}
	return ctxapi.Rooted(c.pass.TypesInfo, arg, ctxapi.RootedVars(c.pass.TypesInfo, fn))
}

func article(word string) string {
	if strings.ContainsRune("AEIOU", rune(word[0])) {
		return "an"
	}
	return "a"
}

// extractsTrace reports whether the function around cur extracts an
// incoming trace from a request's carrier: an Extract method of a
// tracing API (an OpenTelemetry propagator, an OpenTracing or Datadog
// tracer).
func (c *checker) extractsTrace(cur inspector.Cursor) bool {
	fn, ok := enclosingFunc(cur)
	if !ok {
		return false
	}
	for call := range fn.Preorder((*ast.CallExpr)(nil)) {
		callee := ctxapi.Callee(c.pass.TypesInfo, call.Node().(*ast.CallExpr))
		if callee != nil && callee.Name() == "Extract" && callee.Pkg() != nil && ctxapi.TracingModule(callee.Pkg().Path()) {
			return true
		}
	}
	return false
}
