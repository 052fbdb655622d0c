package propagation

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/obslint/obslint/internal/analyzerdoc"
	"github.com/obslint/obslint/internal/ctxapi"
	"github.com/obslint/obslint/internal/suppress"
	"github.com/obslint/obslint/internal/tracing"
)

//go:embed doc.go
var doc string

// Analyzer reports service boundaries that do not propagate the trace.
var Analyzer = New()

// New returns a new instance of the analyzer; propagation has no flags.
func New() *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     "propagation",
		Doc:      analyzerdoc.MustExtract(doc, "propagation"),
		URL:      "https://github.com/obslint/obslint#propagation",
		Run:      run,
		Requires: []*analysis.Analyzer{inspect.Analyzer, tracing.Analyzer, suppress.Analyzer},
	}
}

const (
	httpPkg = "net/http"
	grpcPkg = "google.golang.org/grpc"
	ginPkg  = "github.com/gin-gonic/gin"
	echoPkg = "github.com/labstack/echo/v4"
)

// verdict is what the analysis can tell of a handler, transport or option
// list. Verdicts are ordered: combining two keeps the greater.
type verdict int

const (
	bare         verdict = iota // not instrumented
	healthOnly                  // serves only health, metrics or debug endpoints
	unseen                      // built where the analysis cannot see
	instrumented                // carries the trace
)

type checker struct {
	pass   *analysis.Pass
	prog   *tracing.Program
	report *suppress.Reporter
	vars   *vars
	root   inspector.Cursor

	defaultMux       *verdict // computed on first use
	defaultTransport *bool    // computed on first use
}

func run(pass *analysis.Pass) (any, error) {
	prog := pass.ResultOf[tracing.Analyzer].(*tracing.Program)
	if !prog.Traces() {
		return nil, nil
	}
	root := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector).Root()
	c := &checker{pass: pass, prog: prog, report: suppress.NewReporter(pass), vars: newVars(pass.TypesInfo, root), root: root}
	for cur := range root.Preorder((*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.SelectorExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			c.checkCall(n)
		case *ast.CompositeLit:
			c.checkLiteral(cur, n)
		case *ast.SelectorExpr:
			c.checkDefaultClient(cur, n)
		}
	}
	return nil, nil
}

func (c *checker) checkCall(call *ast.CallExpr) {
	fn := ctxapi.Callee(c.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil {
		return
	}
	name := ctxapi.FuncName(fn)
	switch {
	case ctxapi.IsFunc(fn, httpPkg, "ListenAndServe"), ctxapi.IsFunc(fn, httpPkg, "Serve"), ctxapi.IsFunc(fn, httpPkg, "ServeTLS"):
		c.checkServer(call, name, call.Args[1])
	case ctxapi.IsFunc(fn, httpPkg, "ListenAndServeTLS"):
		c.checkServer(call, name, call.Args[3])
	case ctxapi.IsMethod(fn, ginPkg, "Engine", "Run"), ctxapi.IsMethod(fn, ginPkg, "Engine", "RunTLS"),
		ctxapi.IsMethod(fn, echoPkg, "Echo", "Start"), ctxapi.IsMethod(fn, echoPkg, "Echo", "StartTLS"):
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			c.checkServer(call, name, sel.X)
		}
	case ctxapi.IsFunc(fn, grpcPkg, "NewServer"):
		if !c.prog.Extracts && c.options(call.Args, call.Ellipsis.IsValid()) == bare {
			c.reportf(call.Pos(), call.Fun.End(), "grpc.NewServer has no OpenTelemetry stats handler: incoming traces end here; "+
				"add grpc.StatsHandler(otelgrpc.NewServerHandler())")
		}
	case ctxapi.IsFunc(fn, grpcPkg, "NewClient"), ctxapi.IsFunc(fn, grpcPkg, "Dial"), ctxapi.IsFunc(fn, grpcPkg, "DialContext"):
		first := 1
		if fn.Name() == "DialContext" {
			first = 2
		}
		if !c.prog.Injects && len(call.Args) >= first && c.options(call.Args[first:], call.Ellipsis.IsValid()) == bare {
			c.reportf(call.Pos(), call.Fun.End(), "%s has no OpenTelemetry stats handler: outgoing calls do not carry the trace; "+
				"add grpc.WithStatsHandler(otelgrpc.NewClientHandler())", name)
		}
	case fn.Signature().Recv() == nil && fn.Pkg().Path() == httpPkg &&
		(fn.Name() == "Get" || fn.Name() == "Head" || fn.Name() == "Post" || fn.Name() == "PostForm"):
		if !c.prog.Injects && !c.instrumentsDefaultTransport() {
			c.reportf(call.Pos(), call.Fun.End(), "%s uses http.DefaultClient, which does not carry the trace: "+
				"call through a client whose Transport is otelhttp.NewTransport(http.DefaultTransport)", name)
		}
	}
}

func (c *checker) checkServer(call *ast.CallExpr, name string, handler ast.Expr) {
	if c.prog.Extracts || c.handler(handler) != bare {
		return
	}
	c.reportf(call.Pos(), call.Fun.End(), "%s serves a handler without trace instrumentation: incoming traces end here; %s",
		name, handlerRemedy(c.pass.TypesInfo.TypeOf(handler)))
}

// handlerRemedy names the instrumentation for a handler of type t.
func handlerRemedy(t types.Type) string {
	switch {
	case t != nil && ctxapi.IsNamedOrPointer(t, ginPkg, "Engine"):
		return "register otelgin.Middleware on the router"
	case t != nil && ctxapi.IsNamedOrPointer(t, echoPkg, "Echo"):
		return "register otelecho.Middleware on the router"
	}
	return "wrap it with otelhttp.NewHandler"
}

func (c *checker) checkLiteral(cur inspector.Cursor, lit *ast.CompositeLit) {
	t := c.pass.TypesInfo.TypeOf(lit)
	switch {
	case t == nil:
	case isNamed(t, httpPkg, "Server"):
		if c.prog.Extracts {
			return
		}
		v := c.field(cur, lit, "Handler", c.handler, c.defaultServeMux)
		if v == bare {
			c.reportf(lit.Pos(), lit.Type.End(), "http.Server's Handler has no trace instrumentation: incoming traces end here; %s",
				handlerRemedy(c.pass.TypesInfo.TypeOf(fieldValue(lit, "Handler"))))
		}
	case isNamed(t, httpPkg, "Client"):
		if c.prog.Injects {
			return
		}
		if c.field(cur, lit, "Transport", c.transport, c.defaultTransportVerdict) == bare {
			c.reportf(lit.Pos(), lit.Type.End(), "http.Client's Transport does not carry the trace to the services it calls: "+
				"use otelhttp.NewTransport(%s)", baseTransport(lit))
		}
	}
}

// baseTransport writes the transport that otelhttp.NewTransport should wrap.
func baseTransport(lit *ast.CompositeLit) string {
	if v := fieldValue(lit, "Transport"); v != nil {
		if id, ok := ast.Unparen(v).(*ast.Ident); ok {
			return id.Name
		}
		return "…"
	}
	return "http.DefaultTransport"
}

// field judges the field of a struct literal with judge, or, when the
// literal leaves it unset, with absent; a later assignment to the field of
// the variable holding the literal counts too.
func (c *checker) field(cur inspector.Cursor, lit *ast.CompositeLit, name string, judge func(ast.Expr) verdict, absent func() verdict) verdict {
	val := fieldValue(lit, name)
	if val == nil && len(lit.Elts) > 0 && !isKeyed(lit) {
		return unseen
	}
	holder, escapes := c.holder(cur)
	var v verdict
	switch {
	case val != nil:
		v = judge(val)
	case escapes:
		return unseen // the code it goes to may set the field
	default:
		v = absent()
	}
	if holder == nil {
		return v
	}
	for _, use := range c.vars.uses[holder] {
		if x, ok := assignedField(use, name); ok {
			v = max(v, judge(x))
		} else if how, _ := c.use(use); val == nil && how == unseen {
			return unseen
		}
	}
	return v
}

// holder returns the variable a literal at cur (or its address) is
// assigned to, and whether the literal goes where the analysis cannot
// follow: a field, a return, a call's argument, another literal.
func (c *checker) holder(cur inspector.Cursor) (*types.Var, bool) {
	p := cur.Parent()
	if u, ok := p.Node().(*ast.UnaryExpr); ok && u.Op == token.AND {
		cur, p = p, p.Parent()
	}
	switch n := p.Node().(type) {
	case *ast.AssignStmt:
		for i, r := range n.Rhs {
			if r == cur.Node() && len(n.Lhs) == len(n.Rhs) {
				if id, ok := ast.Unparen(n.Lhs[i]).(*ast.Ident); ok {
					if v := c.vars.varOf(id); v != nil {
						return v, false
					}
				}
			}
		}
		return nil, true
	case *ast.ValueSpec:
		for i, r := range n.Values {
			if r == cur.Node() && len(n.Names) == len(n.Values) {
				if v := c.vars.varOf(n.Names[i]); v != nil {
					return v, false
				}
			}
		}
		return nil, true
	case *ast.SelectorExpr:
		return nil, false // used on the spot: (&http.Server{…}).ListenAndServe()
	}
	return nil, true
}

// assignedField returns x in v.name = x, for a use of v at cur.
func assignedField(cur inspector.Cursor, name string) (ast.Expr, bool) {
	sel, ok := cur.Parent().Node().(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != name {
		return nil, false
	}
	as, ok := cur.Parent().Parent().Node().(*ast.AssignStmt)
	if !ok || len(as.Lhs) != len(as.Rhs) {
		return nil, false
	}
	for i, l := range as.Lhs {
		if l == sel {
			return as.Rhs[i], true
		}
	}
	return nil, false
}

func fieldValue(lit *ast.CompositeLit, name string) ast.Expr {
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
				return kv.Value
			}
		}
	}
	return nil
}

func isKeyed(lit *ast.CompositeLit) bool {
	_, ok := lit.Elts[0].(*ast.KeyValueExpr)
	return ok
}

// checkDefaultClient reports uses of http.DefaultClient as a value
// (http.DefaultClient.Do(req), Client: http.DefaultClient), not
// assignments that replace or instrument it.
func (c *checker) checkDefaultClient(cur inspector.Cursor, sel *ast.SelectorExpr) {
	if !c.isPkgVar(sel, httpPkg, "DefaultClient") || c.prog.Injects || c.assigned(cur) || c.instrumentsDefaultTransport() {
		return
	}
	c.reportf(sel.Pos(), sel.End(), "http.DefaultClient does not carry the trace to the services it calls: "+
		"use a client whose Transport is otelhttp.NewTransport(http.DefaultTransport)")
}

// assigned reports whether the expression at cur is, or is the base of, the
// left-hand side of an assignment.
func (c *checker) assigned(cur inspector.Cursor) bool {
	for ; ; cur = cur.Parent() {
		switch p := cur.Parent().Node().(type) {
		case *ast.SelectorExpr, *ast.ParenExpr:
			continue
		case *ast.AssignStmt:
			for _, l := range p.Lhs {
				if l == cur.Node() {
					return true
				}
			}
		}
		return false
	}
}

func (c *checker) isPkgVar(e ast.Expr, pkg, name string) bool {
	var id *ast.Ident
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		id = e.Sel
	case *ast.Ident:
		id = e
	default:
		return false
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	return ok && v.Pkg() != nil && v.Pkg().Path() == pkg && v.Name() == name && v.Parent() == v.Pkg().Scope()
}

// mentions reports whether e calls or refers to an instrumentation package.
func (c *checker) mentions(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if obj := c.pass.TypesInfo.Uses[id]; obj != nil && obj.Pkg() != nil && tracing.Instrumentation(obj.Pkg().Path()) {
				found = true
			}
		}
		return !found
	})
	return found
}

// handler judges an http.Handler (or a router that is one).
func (c *checker) handler(e ast.Expr) verdict {
	e = ast.Unparen(e)
	if c.mentions(e) {
		return instrumented
	}
	if c.pass.TypesInfo.Types[e].IsNil() || c.isPkgVar(e, httpPkg, "DefaultServeMux") {
		return c.defaultServeMux()
	}
	switch e := e.(type) {
	case *ast.Ident:
		if v := c.vars.variable(e); v != nil {
			return c.variable(v, c.handler)
		}
	case *ast.CallExpr:
		if routerConstructor(ctxapi.Callee(c.pass.TypesInfo, e)) {
			return bare
		}
		if tv := c.pass.TypesInfo.Types[e.Fun]; tv.IsType() && isNamed(tv.Type, httpPkg, "HandlerFunc") {
			return bare // http.HandlerFunc(serve)
		}
	case *ast.UnaryExpr:
		if lit, ok := e.X.(*ast.CompositeLit); ok && isNamed(c.pass.TypesInfo.TypeOf(lit), httpPkg, "ServeMux") {
			return bare
		}
	}
	return unseen
}

// routerConstructor reports whether fn makes an empty router.
func routerConstructor(fn *types.Func) bool {
	return ctxapi.IsFunc(fn, httpPkg, "NewServeMux") || ctxapi.IsFunc(fn, ginPkg, "New") || ctxapi.IsFunc(fn, ginPkg, "Default") ||
		ctxapi.IsFunc(fn, echoPkg, "New") || ctxapi.IsFunc(fn, "github.com/go-chi/chi/v5", "NewRouter") ||
		ctxapi.IsFunc(fn, "github.com/gorilla/mux", "NewRouter")
}

// variable judges a variable by the values assigned to it and what the
// package does with it: a method call with instrumentation
// (r.Use(otelgin.Middleware("svc")), mux.Handle("/", otelhttp.NewHandler(…)))
// instruments it; handing it to a function the analysis cannot follow
// (routes.Register(mux)) makes it unseen. A router whose routes are all
// health, metrics or debug endpoints serves only those.
func (c *checker) variable(v *types.Var, judge func(ast.Expr) verdict) verdict {
	values := c.vars.values[v]
	if len(values) == 0 {
		return unseen
	}
	result := bare
	for _, val := range values {
		if val == nil {
			result = max(result, unseen)
		} else {
			result = max(result, judge(val))
		}
	}
	if result == instrumented {
		return result
	}
	var patterns []string
	for _, use := range c.vars.uses[v] {
		switch how, pattern := c.use(use); how {
		case instrumented:
			return instrumented
		case unseen:
			result = unseen
		case healthOnly:
			patterns = append(patterns, pattern)
		case bare:
			if pattern != "" {
				patterns = append(patterns, pattern)
			}
		}
	}
	if result == bare && len(patterns) > 0 && allHealth(patterns) {
		return healthOnly
	}
	return result
}

// use judges one use of a variable: a method call with instrumentation
// instruments it (unseen is the use the analysis cannot follow), and a
// route registered on it gives its pattern.
func (c *checker) use(cur inspector.Cursor) (verdict, string) {
	id := cur.Node().(*ast.Ident)
	switch p := cur.Parent().Node().(type) {
	case *ast.SelectorExpr:
		call, ok := cur.Parent().Parent().Node().(*ast.CallExpr)
		if !ok || call.Fun != p {
			return bare, ""
		}
		for _, arg := range call.Args {
			if c.mentions(arg) {
				return instrumented, ""
			}
		}
		for _, arg := range call.Args {
			if c.handlerFromElsewhere(arg) {
				return unseen, "" // a route's handler may be instrumented where it is built
			}
		}
		if len(call.Args) > 0 {
			if tv := c.pass.TypesInfo.Types[call.Args[0]]; tv.Value != nil && tv.Value.Kind() == constant.String {
				if route := constant.StringVal(tv.Value); strings.Contains(route, "/") {
					return bare, route // r.GET("/healthz", …), not r.Run(":8080")
				}
			}
		}
		return bare, ""
	case *ast.CallExpr:
		if p.Fun == id {
			return bare, ""
		}
		fn := ctxapi.Callee(c.pass.TypesInfo, p)
		if fn != nil && fn.Pkg() != nil && (fn.Pkg().Path() == httpPkg || fn.Pkg().Path() == grpcPkg) || c.mentions(p) {
			return bare, ""
		}
		return unseen, "" // handed to code that may instrument it
	case *ast.KeyValueExpr:
		if lit, ok := cur.Parent().Parent().Node().(*ast.CompositeLit); ok {
			if t := c.pass.TypesInfo.TypeOf(lit); t != nil && (isNamed(t, httpPkg, "Server") || isNamed(t, httpPkg, "Client")) {
				return bare, ""
			}
		}
		return unseen, ""
	case *ast.AssignStmt:
		for _, l := range p.Lhs {
			if l == id {
				return bare, "" // an assignment to it, judged as a value
			}
		}
		for _, l := range p.Lhs {
			if lid, ok := ast.Unparen(l).(*ast.Ident); !ok || c.vars.varOf(lid) == nil {
				return unseen, ""
			}
		}
		return bare, ""
	case *ast.ReturnStmt, *ast.CompositeLit, *ast.UnaryExpr, *ast.SendStmt, *ast.ValueSpec:
		return unseen, ""
	}
	return bare, ""
}

// handlerFromElsewhere reports whether e is an http.Handler returned by a
// function outside net/http.
func (c *checker) handlerFromElsewhere(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || !isNamed(c.pass.TypesInfo.TypeOf(call), httpPkg, "Handler") {
		return false
	}
	fn := ctxapi.Callee(c.pass.TypesInfo, call)
	return fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != httpPkg
}

// allHealth reports whether every route pattern is a health, readiness,
// metrics or debug endpoint, which need no trace.
func allHealth(patterns []string) bool {
	for _, p := range patterns {
		if _, path, ok := strings.Cut(p, " "); ok {
			p = path // "GET /healthz"
		}
		if i := strings.Index(p, "/"); i > 0 {
			p = p[i:] // "example.com/healthz"
		}
		p = strings.ToLower(p)
		health := false
		for _, prefix := range []string{"/health", "/ready", "/live", "/metrics", "/debug/", "/ping", "/-/"} {
			if strings.HasPrefix(p, prefix) {
				health = true
			}
		}
		if !health {
			return false
		}
	}
	return true
}

// defaultServeMux judges http.DefaultServeMux by the routes the package
// registers on it (http.Handle, http.HandleFunc): unseen when it registers
// none, since other packages may.
func (c *checker) defaultServeMux() verdict {
	if c.defaultMux != nil {
		return *c.defaultMux
	}
	v := unseen
	var patterns []string
	elsewhere := false
	for cur := range c.root.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn := ctxapi.Callee(c.pass.TypesInfo, call)
		if !ctxapi.IsFunc(fn, httpPkg, "Handle") && !ctxapi.IsFunc(fn, httpPkg, "HandleFunc") || len(call.Args) != 2 {
			continue
		}
		if c.mentions(call.Args[1]) {
			v = instrumented
			break
		}
		if c.handlerFromElsewhere(call.Args[1]) {
			elsewhere = true
		}
		v = bare
		if tv := c.pass.TypesInfo.Types[call.Args[0]]; tv.Value != nil && tv.Value.Kind() == constant.String {
			patterns = append(patterns, constant.StringVal(tv.Value))
		} else {
			patterns = append(patterns, "")
		}
	}
	switch {
	case v == bare && elsewhere:
		v = unseen
	case v == bare && allHealth(patterns):
		v = healthOnly
	}
	c.defaultMux = &v
	return v
}

// transport judges an http.RoundTripper.
func (c *checker) transport(e ast.Expr) verdict {
	e = ast.Unparen(e)
	switch {
	case c.mentions(e):
		return instrumented
	case c.isPkgVar(e, httpPkg, "DefaultTransport"):
		return c.defaultTransportVerdict()
	}
	switch e := e.(type) {
	case *ast.Ident:
		if v := c.vars.variable(e); v != nil {
			return c.variable(v, c.transport)
		}
	case *ast.UnaryExpr:
		if lit, ok := e.X.(*ast.CompositeLit); ok && isNamed(c.pass.TypesInfo.TypeOf(lit), httpPkg, "Transport") {
			return bare
		}
	case *ast.CallExpr:
		if ctxapi.IsMethod(ctxapi.Callee(c.pass.TypesInfo, e), httpPkg, "Transport", "Clone") {
			return bare
		}
	}
	return unseen
}

func (c *checker) defaultTransportVerdict() verdict {
	if c.instrumentsDefaultTransport() {
		return instrumented
	}
	return bare
}

// instrumentsDefaultTransport reports whether the package replaces
// http.DefaultTransport or http.DefaultClient (or its Transport) with
// instrumentation, which then carries the trace for http.Get and the like.
func (c *checker) instrumentsDefaultTransport() bool {
	if c.defaultTransport != nil {
		return *c.defaultTransport
	}
	found := false
	for cur := range c.root.Preorder((*ast.AssignStmt)(nil)) {
		as := cur.Node().(*ast.AssignStmt)
		for i, l := range as.Lhs {
			base := l
			if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok && sel.Sel.Name == "Transport" {
				base = sel.X
			}
			if (c.isPkgVar(base, httpPkg, "DefaultTransport") || c.isPkgVar(base, httpPkg, "DefaultClient")) &&
				i < len(as.Rhs) && c.mentions(as.Rhs[i]) {
				found = true
			}
		}
	}
	c.defaultTransport = &found
	return found
}

// options judges the options of a gRPC server or client: instrumented
// when one of them mentions instrumentation, unseen when one is made where
// the analysis cannot see (a variable from elsewhere, a function's
// result, an interceptor whose name speaks of tracing), bare otherwise.
func (c *checker) options(args []ast.Expr, spread bool) verdict {
	result := bare
	for i, arg := range args {
		if spread && i == len(args)-1 {
			result = max(result, c.optionList(arg))
		} else {
			result = max(result, c.option(arg))
		}
	}
	return result
}

func (c *checker) option(e ast.Expr) verdict {
	if c.mentions(e) {
		return instrumented
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		if v := c.vars.variable(e); v != nil {
			return c.variable(v, c.option)
		}
		return unseen
	}
	fn := ctxapi.Callee(c.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != grpcPkg {
		return unseen
	}
	traced := false
	ast.Inspect(call, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && speaksOfTracing(id.Name) {
			traced = true
		}
		return !traced
	})
	if traced {
		return unseen
	}
	return bare
}

// optionList judges a spread list of options: a variable whose values are
// slice literals and appends of options.
func (c *checker) optionList(e ast.Expr) verdict {
	e = ast.Unparen(e)
	if c.mentions(e) {
		return instrumented
	}
	switch e := e.(type) {
	case *ast.Ident:
		if v := c.vars.variable(e); v != nil {
			return c.variable(v, c.optionList)
		}
	case *ast.CompositeLit:
		return c.options(e.Elts, false)
	case *ast.CallExpr:
		if id, ok := ast.Unparen(e.Fun).(*ast.Ident); ok && id.Name == "append" && len(e.Args) > 0 {
			if _, builtin := c.pass.TypesInfo.Uses[id].(*types.Builtin); builtin {
				rest := c.options(e.Args[1:], e.Ellipsis.IsValid())
				if c.vars.variable(e.Args[0]) != nil {
					return rest // appended to the variable being judged
				}
				return max(rest, c.optionList(e.Args[0]))
			}
		}
	}
	return unseen
}

// speaksOfTracing reports whether an identifier's name says it may trace.
func speaksOfTracing(name string) bool {
	name = strings.ToLower(name)
	for _, w := range []string{"trac", "otel", "telemetry", "span", "observ"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

func isNamed(t types.Type, pkg, name string) bool {
	if t == nil {
		return false
	}
	if named, ok := types.Unalias(t).(*types.Named); ok {
		obj := named.Origin().Obj()
		return obj.Pkg() != nil && obj.Pkg().Path() == pkg && obj.Name() == name
	}
	return false
}

func (c *checker) reportf(pos, end token.Pos, format string, args ...any) {
	c.report.Report(analysis.Diagnostic{Pos: pos, End: end, Message: fmt.Sprintf(format, args...)})
}
