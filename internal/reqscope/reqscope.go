// Package reqscope is obslint's model of request scope: for any point of a
// function body it tells whether a context is available there and as which
// expression, which variables carry that context, and which goroutine
// launches own the code they run. It is an analyzer whose result, a
// *Model, is computed once per package and shared by every pass.
package reqscope

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/obslint/obslint/internal/appmodule"
	"github.com/obslint/obslint/internal/code"
	"github.com/obslint/obslint/internal/ctxapi"
	"github.com/obslint/obslint/internal/effects"
)

// Analyzer computes the request-scope Model of a package.
var Analyzer = &analysis.Analyzer{
	Name:             "reqscope",
	Doc:              "computes where a request context is available and who owns launched goroutines",
	Run:              build,
	Requires:         []*analysis.Analyzer{inspect.Analyzer, effects.Analyzer},
	ResultType:       reflect.TypeFor[*Model](),
	RunDespiteErrors: false,
}

// Context is a context available at some point: a context.Context
// parameter, or a parameter whose type has a Context() method.
type Context struct {
	Var      *types.Var // the variable that holds the context or its provider
	Provider bool       // Var's type has a Context() context.Context method, or another accessor
	Accessor string     // what yields a provider's context after its name: ".Context()", ".UserContext()"…

	Prov        Provenance // where the context was born
	Cancellable bool       // for a lifetime: it can be cancelled or has a deadline
}

// CarriesTrace reports whether severing the context may lose a request's
// trace: its provenance is a request or unknown. The rules about traces
// (a root in scope, a goroutine without a choice, a log call without the
// context) apply where it does.
func (c *Context) CarriesTrace() bool { return c.Prov != Lifecycle }

// GovernsWork reports whether the context's cancellation or deadline
// governs the work done under it: a request's or unknown context always,
// a lifetime only when it can be cancelled or has a deadline. The rules
// about cancellation (a call that drops the context) apply where it does.
func (c *Context) GovernsWork() bool { return c.Prov != Lifecycle || c.Cancellable }

// Expr is the source text that yields the context: "ctx" or "r.Context()".
func (c *Context) Expr() string {
	if c.Provider {
		return c.Var.Name() + c.Accessor
	}
	return c.Var.Name()
}

// carrier says how a variable carries a request context.
type carrier struct {
	provider bool       // has a Context() method rather than being a context
	detached bool       // derived through context.WithoutCancel
	cancels  bool       // derived with a cancellation or a deadline of its own
	origin   *types.Var // the context or provider parameter it derives from
}

// Model is the request-scope model of one package.
type Model struct {
	info         *types.Info
	pkg          *types.Package
	inspect      *inspector.Inspector
	params       map[ast.Node][]*Context // FuncDecl/FuncLit → its own candidates, contexts first
	paramContext map[*types.Var]*Context // a candidate parameter → its Context
	carriers     map[*types.Var]carrier  // variables holding a parameter's context or derived from one
	lifetimes    map[*types.Var]origin   // local contexts made from a root, not from a parameter
	launches     map[ast.Node]*Launch    // *ast.GoStmt or launching *ast.CallExpr → launch
	order        []*Launch
	bound        map[*types.Var]bool // variables bound to a request context (see markBound)
	effects      *effects.Result
	testSupport  bool // the package's exported helpers take a *testing.T or testing.TB
}

// Inspector returns the inspector the model was built from; cursors
// passed to the model must come from it.
func (m *Model) Inspector() *inspector.Inspector { return m.inspect }

func build(pass *analysis.Pass) (any, error) {
	m := &Model{
		info:         pass.TypesInfo,
		pkg:          pass.Pkg,
		inspect:      pass.ResultOf[inspect.Analyzer].(*inspector.Inspector),
		params:       make(map[ast.Node][]*Context),
		paramContext: make(map[*types.Var]*Context),
		carriers:     make(map[*types.Var]carrier),
		lifetimes:    make(map[*types.Var]origin),
		launches:     make(map[ast.Node]*Launch),
		bound:        make(map[*types.Var]bool),
		effects:      pass.ResultOf[effects.Analyzer].(*effects.Result),
	}
	var assigns []ast.Node
	var launchSites, funcs []inspector.Cursor
	var calls []*ast.CallExpr
	filter := []ast.Node{
		(*ast.FuncDecl)(nil), (*ast.FuncLit)(nil),
		(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil),
		(*ast.GoStmt)(nil), (*ast.CallExpr)(nil),
	}
	for cur := range m.inspect.Root().Preorder(filter...) {
		switch n := cur.Node().(type) {
		case *ast.FuncDecl:
			m.addParams(n, n.Type)
			funcs = append(funcs, cur)
			m.testSupport = m.testSupport || testHelper(m.info, n)
		case *ast.FuncLit:
			m.addParams(n, n.Type)
			funcs = append(funcs, cur)
		case *ast.AssignStmt, *ast.ValueSpec:
			assigns = append(assigns, n)
		case *ast.GoStmt:
			launchSites = append(launchSites, cur)
		case *ast.CallExpr:
			calls = append(calls, n)
			if _, ok := m.launched(n); ok {
				launchSites = append(launchSites, cur)
			}
		}
	}
	m.propagate(assigns)
	m.markLifetimes(assigns)
	m.markBound(assigns)
	m.computeProvenance(funcs, calls, appmodule.IsApplication(pass))
	for _, cur := range launchSites {
		m.addLaunch(cur)
	}
	return m, nil
}

// addParams records fn's context and provider parameters.
func (m *Model) addParams(fn ast.Node, ftype *ast.FuncType) {
	if ftype.Params == nil {
		return
	}
	var ctxs, providers []*Context
	for _, field := range ftype.Params.List {
		for _, name := range field.Names {
			v, ok := m.info.Defs[name].(*types.Var)
			if !ok || name.Name == "_" {
				continue
			}
			switch accessor, ok := ctxapi.ContextAccessor(v.Type()); {
			case !ok:
			case accessor == "":
				ctxs = append(ctxs, &Context{Var: v})
				m.carriers[v] = carrier{origin: v}
			default:
				providers = append(providers, &Context{Var: v, Provider: true, Accessor: accessor})
				m.carriers[v] = carrier{provider: true, origin: v}
			}
		}
	}
	if cands := append(ctxs, providers...); len(cands) > 0 {
		m.params[fn] = cands
		for _, c := range cands {
			m.paramContext[c.Var] = c
		}
	}
}

// propagate marks, until nothing changes, every variable assigned from an
// expression that carries a request context. It is flow-insensitive: a
// variable that is ever assigned a derived context counts as carrying it,
// and one ever assigned a detached context (ctx = context.WithoutCancel(ctx))
// counts as detached everywhere, which errs on the side of silence.
func (m *Model) propagate(assigns []ast.Node) {
	for changed := true; changed; {
		changed = false
		for _, n := range assigns {
			for _, a := range code.Assignments(n) {
				v := m.assignedVar(a.LHS)
				if v == nil || a.RHS == nil || !m.canCarry(v) {
					continue
				}
				old, done := m.carriers[v]
				if done && old.detached {
					continue
				}
				c, ok := m.carries(a.RHS)
				switch {
				case !ok:
				case !done:
					accessor, _ := ctxapi.ContextAccessor(v.Type())
					m.carriers[v] = carrier{provider: accessor != "", detached: c.detached, cancels: c.cancels, origin: c.origin}
					changed = true
				case c.detached:
					old.detached = true
					m.carriers[v] = old
					changed = true
				case c.cancels && !old.cancels:
					old.cancels = true
					m.carriers[v] = old
					changed = true
				}
			}
		}
	}
}

func (m *Model) assignedVar(lhs ast.Expr) *types.Var {
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	obj := m.info.Defs[id]
	if obj == nil {
		obj = m.info.Uses[id]
	}
	v, _ := obj.(*types.Var)
	return v
}

// canCarry reports whether v, assigned what c carries, holds a request
// context: a context, or a provider derived from one (r.WithContext(ctx),
// http.NewRequestWithContext(ctx, …)).
func (m *Model) canCarry(v *types.Var) bool {
	return carrierType(v.Type())
}

// carrierType reports whether a value of type t carries a context: a
// context.Context, a type that implements one, or one with an accessor.
func carrierType(t types.Type) bool {
	_, ok := ctxapi.ContextAccessor(t)
	return ok
}

// carries reports whether e yields the request context, a context derived
// from it, or a provider of it.
func (m *Model) carries(e ast.Expr) (carrier, bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := m.info.Uses[e].(*types.Var)
		if !ok {
			return carrier{}, false
		}
		c, ok := m.carriers[v]
		return c, ok
	case *ast.CallExpr:
		return m.callCarries(e)
	}
	return carrier{}, false
}

func (m *Model) callCarries(call *ast.CallExpr) (carrier, bool) {
	// p.Context() on a provider.
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Context" && len(call.Args) == 0 {
		if c, ok := m.carries(sel.X); ok && c.provider {
			return carrier{detached: c.detached, origin: c.origin}, true
		}
	}
	t := m.info.TypeOf(call.Fun)
	if t == nil {
		return carrier{}, false
	}
	sig, ok := t.Underlying().(*types.Signature)
	if !ok || !(ctxapi.ReturnsContext(sig) || returnsProvider(sig)) {
		return carrier{}, false
	}
	callee := ctxapi.Callee(m.info, call)
	detach := ctxapi.IsWithoutCancel(m.info, call) || m.linkedRoot(call, callee)
	d, _ := ctxapi.DerivationOf(callee)
	args := call.Args
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := m.info.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
			// r.WithContext(ctx) derives from r too, but its context is
			// ctx's: the arguments come first.
			args = append(args[:len(args):len(args)], sel.X)
		}
	}
	if detach && !ctxapi.IsWithoutCancel(m.info, call) {
		// A root linked to the request's span: the request's context is
		// the one LinkFromContext reads.
		args = linkedContexts(m.info, call)
	}
	for _, arg := range args {
		if c, ok := m.carries(arg); ok {
			return carrier{detached: detach || c.detached, cancels: c.cancels || d.Cancels, origin: c.origin}, true
		}
	}
	return carrier{}, false
}

// linkedRoot reports whether call starts a span from a fresh root linked
// to the request's span (tracer.Start(context.Background(), name,
// trace.WithLinks(trace.LinkFromContext(ctx)))): like
// context.WithoutCancel, a deliberate detachment that keeps the trace.
func (m *Model) linkedRoot(call *ast.CallExpr, callee *types.Func) bool {
	if _, ok := ctxapi.SpanStart(callee); !ok || len(call.Args) == 0 {
		return false
	}
	root, ok := ast.Unparen(call.Args[0]).(*ast.CallExpr)
	return ok && ctxapi.IsRoot(m.info, root) && LinksRequest(m.info, call)
}

// LinksRequest reports whether a span start's options link the new span
// to another context's span (trace.LinkFromContext(ctx)).
func LinksRequest(info *types.Info, call *ast.CallExpr) bool {
	return len(linkedContexts(info, call)) > 0
}

// linkedContexts returns the contexts whose spans a span start's options
// link to: ctx in trace.WithLinks(trace.LinkFromContext(ctx)).
func linkedContexts(info *types.Info, call *ast.CallExpr) []ast.Expr {
	var linked []ast.Expr
	for _, arg := range call.Args[1:] {
		ast.Inspect(arg, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok && len(c.Args) > 0 &&
				ctxapi.IsFunc(ctxapi.Callee(info, c), "go.opentelemetry.io/otel/trace", "LinkFromContext") {
				linked = append(linked, c.Args[0])
			}
			return true
		})
	}
	return linked
}

// DeliberateRoot reports whether the context root at cur is the parent
// of a span start linked to another span: a chosen detachment, like
// context.WithoutCancel, not a severed trace.
func (m *Model) DeliberateRoot(cur inspector.Cursor) bool {
	call, ok := cur.Parent().Node().(*ast.CallExpr)
	if !ok || len(call.Args) == 0 || ast.Unparen(call.Args[0]) != cur.Node() {
		return false
	}
	_, start := ctxapi.SpanStart(ctxapi.Callee(m.info, call))
	return start && LinksRequest(m.info, call)
}

// testHelper reports whether decl is an exported test helper
// (ctxapi.TestHelper): its package supports tests.
func testHelper(info *types.Info, decl *ast.FuncDecl) bool {
	obj, ok := info.Defs[decl.Name].(*types.Func)
	return ok && decl.Name.IsExported() && ctxapi.TestHelper(obj)
}

func returnsProvider(sig *types.Signature) bool {
	results := sig.Results()
	for i := range results.Len() {
		if t := results.At(i).Type(); !ctxapi.IsContext(t) && carrierType(t) {
			return true
		}
	}
	return false
}

// At returns the context available at cur, or nil.
// The innermost function's own parameters win over enclosing ones, and a
// context.Context parameter over a provider. A candidate is not available
// where its name is shadowed by an unrelated variable, nor inside
// "if ctx == nil { … }".
func (m *Model) At(cur inspector.Cursor) *Context {
	if m.testSupport {
		// Helpers of tests run under a test's context, not a request's.
		return nil
	}
	pos := cur.Node().Pos()
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		for _, cand := range m.params[fn.Node()] {
			if avail := m.visible(cand, cur, pos); avail != nil {
				return avail
			}
		}
		if returned(fn) {
			// A function literal handed back to the caller runs after
			// the function has returned (a shutdown or cleanup hook):
			// the enclosing function's context is not its own.
			return nil
		}
	}
	return nil
}

// Judge returns the context a pass may judge code at cur against: the
// context available there (At), unless a goroutine that has made no
// context choice owns the code (Owner), which is goroutinectx's to judge.
// Its provenance tells which rules apply (CarriesTrace, GovernsWork).
func (m *Model) Judge(cur inspector.Cursor) *Context {
	if m.Owner(cur) != nil {
		return nil
	}
	return m.At(cur)
}

// returned reports whether the function at fn is a literal returned by
// the enclosing function.
func returned(fn inspector.Cursor) bool {
	_, ok := fn.Parent().Node().(*ast.ReturnStmt)
	return ok
}

func (m *Model) visible(cand *Context, cur inspector.Cursor, pos token.Pos) *Context {
	scope := m.scopeAt(cur)
	if scope == nil {
		return nil
	}
	_, obj := scope.LookupParent(cand.Var.Name(), pos)
	v, _ := obj.(*types.Var)
	if v == nil {
		return nil
	}
	if v != cand.Var {
		// Shadowed: still fine when the new variable is itself a
		// context derived from the request's, as in
		// "ctx, cancel := context.WithTimeout(ctx, d)".
		c, ok := m.carriers[v]
		if !ok || c.provider != cand.Provider || c.detached {
			return nil
		}
		cand = &Context{Var: v, Provider: cand.Provider, Accessor: cand.Accessor, Prov: cand.Prov, Cancellable: cand.Cancellable || c.cancels}
	}
	if m.insideNilGuard(cur, v) {
		return nil
	}
	return cand
}

// scopeAt returns the innermost lexical scope enclosing cur.
func (m *Model) scopeAt(cur inspector.Cursor) *types.Scope {
	for c := cur; c.Valid(); c = c.Parent() {
		var key ast.Node = c.Node()
		switch n := key.(type) {
		case *ast.FuncDecl:
			key = n.Type
		case *ast.FuncLit:
			key = n.Type
		}
		if key == nil {
			continue
		}
		if s := m.info.Scopes[key]; s != nil {
			return s
		}
	}
	return nil
}

// insideNilGuard reports whether cur lies in the body of "if v == nil".
func (m *Model) insideNilGuard(cur inspector.Cursor, v *types.Var) bool {
	pos, end := cur.Node().Pos(), cur.Node().End()
	within := func(n ast.Node) bool { return n != nil && n.Pos() <= pos && end <= n.End() }
	for c := cur; c.Valid(); c = c.Parent() {
		switch n := c.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return false
		case *ast.IfStmt:
			if m.isNilCheck(n.Cond, v, token.EQL) && within(n.Body) ||
				m.isNilCheck(n.Cond, v, token.NEQ) && within(n.Else) {
				return true
			}
		}
		// "if ctx != nil { return … }" guards the statements after it.
		if _, ok := c.Node().(ast.Stmt); ok {
			for prev, ok := c.PrevSibling(); ok; prev, ok = prev.PrevSibling() {
				if ifs, ok := prev.Node().(*ast.IfStmt); ok && ifs.Else == nil &&
					m.isNilCheck(ifs.Cond, v, token.NEQ) && returns(ifs.Body) {
					return true
				}
			}
		}
	}
	return false
}

// returns reports whether block ends in a return statement.
func returns(block *ast.BlockStmt) bool {
	if len(block.List) == 0 {
		return false
	}
	_, ok := block.List[len(block.List)-1].(*ast.ReturnStmt)
	return ok
}

// isNilCheck reports whether cond compares v with nil by op (== or !=),
// alone or as one side of || (for ==) or && (for !=).
func (m *Model) isNilCheck(cond ast.Expr, v *types.Var, op token.Token) bool {
	bin, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	switch {
	case bin.Op == op:
		return m.isVarNil(bin.X, bin.Y, v) || m.isVarNil(bin.Y, bin.X, v)
	case bin.Op == token.LOR && op == token.EQL, bin.Op == token.LAND && op == token.NEQ:
		return m.isNilCheck(bin.X, v, op) || m.isNilCheck(bin.Y, v, op)
	}
	return false
}

func (m *Model) isVarNil(x, y ast.Expr, v *types.Var) bool {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok || m.info.Uses[id] != v {
		return false
	}
	return m.info.Types[y].IsNil()
}

// Done reports whether ctx is known to be cancelled at cur: cur follows
// "<-ctx.Done()" in an enclosing block, or lies in a "case <-ctx.Done():"
// clause. Code there (a graceful shutdown) needs a detached context.
func (m *Model) Done(cur inspector.Cursor, ctx *Context) bool {
	for c := cur; c.Valid(); c = c.Parent() {
		switch n := c.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return false
		case *ast.CommClause:
			if m.receivesDone(n.Comm) {
				return true
			}
		case ast.Stmt:
			for prev, ok := c.PrevSibling(); ok; prev, ok = prev.PrevSibling() {
				if m.receivesDone(prev.Node()) {
					return true
				}
			}
		}
	}
	return false
}

// receivesDone reports whether stmt is "<-x.Done()" (possibly assigned)
// for x the request context or one derived from it, not detached.
func (m *Model) receivesDone(stmt ast.Node) bool {
	c, ok := m.carries(doneReceived(stmt))
	return ok && !c.provider && !c.detached
}

// doneReceived returns x in a statement "<-x.Done()" (possibly assigned,
// as in a select's case), or nil.
func doneReceived(stmt ast.Node) ast.Expr {
	s, ok := stmt.(ast.Stmt)
	if !ok {
		return nil
	}
	call, ok := ast.Unparen(code.Received(s)).(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return nil
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Done" {
		return nil
	}
	return sel.X
}
