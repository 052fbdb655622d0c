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

	"github.com/obslint/obslint/internal/code"
	"github.com/obslint/obslint/internal/ctxapi"
)

// Analyzer computes the request-scope Model of a package.
var Analyzer = &analysis.Analyzer{
	Name:             "reqscope",
	Doc:              "computes where a request context is available and who owns launched goroutines",
	Run:              build,
	Requires:         []*analysis.Analyzer{inspect.Analyzer},
	ResultType:       reflect.TypeFor[*Model](),
	RunDespiteErrors: false,
}

// Context is a context available at some point: a context.Context
// parameter, or a parameter whose type has a Context() method.
type Context struct {
	Var      *types.Var // the variable that holds the context or its provider
	Provider bool       // Var's type has a Context() context.Context method
}

// Expr is the source text that yields the context: "ctx" or "r.Context()".
func (c *Context) Expr() string {
	if c.Provider {
		return c.Var.Name() + ".Context()"
	}
	return c.Var.Name()
}

// carrier says how a variable carries a request context.
type carrier struct {
	provider bool       // has a Context() method rather than being a context
	detached bool       // derived through context.WithoutCancel
	origin   *types.Var // the context or provider parameter it derives from
}

// Model is the request-scope model of one package.
type Model struct {
	info     *types.Info
	inspect  *inspector.Inspector
	params   map[ast.Node][]*Context // FuncDecl/FuncLit → its own candidates, contexts first
	carriers map[*types.Var]carrier  // variables holding a request context or derived from one
	launches map[ast.Node]*Launch    // *ast.GoStmt or launching *ast.CallExpr → launch
	order    []*Launch
}

// Inspector returns the inspector the model was built from; cursors
// passed to the model must come from it.
func (m *Model) Inspector() *inspector.Inspector { return m.inspect }

func build(pass *analysis.Pass) (any, error) {
	m := &Model{
		info:     pass.TypesInfo,
		inspect:  pass.ResultOf[inspect.Analyzer].(*inspector.Inspector),
		params:   make(map[ast.Node][]*Context),
		carriers: make(map[*types.Var]carrier),
		launches: make(map[ast.Node]*Launch),
	}
	var assigns []ast.Node
	var launchSites []inspector.Cursor
	filter := []ast.Node{
		(*ast.FuncDecl)(nil), (*ast.FuncLit)(nil),
		(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil),
		(*ast.GoStmt)(nil), (*ast.CallExpr)(nil),
	}
	for cur := range m.inspect.Root().Preorder(filter...) {
		switch n := cur.Node().(type) {
		case *ast.FuncDecl:
			m.addParams(n, n.Type)
		case *ast.FuncLit:
			m.addParams(n, n.Type)
		case *ast.AssignStmt, *ast.ValueSpec:
			assigns = append(assigns, n)
		case *ast.GoStmt:
			launchSites = append(launchSites, cur)
		case *ast.CallExpr:
			if launchKindOf(m.info, n) != 0 {
				launchSites = append(launchSites, cur)
			}
		}
	}
	m.propagate(assigns)
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
			switch {
			case ctxapi.IsContext(v.Type()):
				ctxs = append(ctxs, &Context{Var: v})
				m.carriers[v] = carrier{origin: v}
			case ctxapi.Provider(v.Type()) != nil:
				providers = append(providers, &Context{Var: v, Provider: true})
				m.carriers[v] = carrier{provider: true, origin: v}
			}
		}
	}
	if cands := append(ctxs, providers...); len(cands) > 0 {
		m.params[fn] = cands
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
					m.carriers[v] = carrier{provider: !ctxapi.IsContext(v.Type()), detached: c.detached, origin: c.origin}
					changed = true
				case c.detached:
					old.detached = true
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
	return ctxapi.IsContext(v.Type()) || ctxapi.Provider(v.Type()) != nil
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
	detach := ctxapi.IsWithoutCancel(m.info, call)
	args := call.Args
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := m.info.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
			// r.WithContext(ctx) derives from r too, but its context is
			// ctx's: the arguments come first.
			args = append(args[:len(args):len(args)], sel.X)
		}
	}
	for _, arg := range args {
		if c, ok := m.carries(arg); ok {
			return carrier{detached: detach || c.detached, origin: c.origin}, true
		}
	}
	return carrier{}, false
}

func returnsProvider(sig *types.Signature) bool {
	results := sig.Results()
	for i := range results.Len() {
		if ctxapi.Provider(results.At(i).Type()) != nil {
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
		cand = &Context{Var: v, Provider: cand.Provider}
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
			if m.receivesDone(n.Comm, ctx) {
				return true
			}
		case ast.Stmt:
			for prev, ok := c.PrevSibling(); ok; prev, ok = prev.PrevSibling() {
				if m.receivesDone(prev.Node(), ctx) {
					return true
				}
			}
		}
	}
	return false
}

// receivesDone reports whether stmt is "<-x.Done()" (possibly assigned)
// for x the context ctx or one derived from it.
func (m *Model) receivesDone(stmt ast.Node, ctx *Context) bool {
	var x ast.Expr
	switch s := stmt.(type) {
	case *ast.ExprStmt:
		x = s.X
	case *ast.AssignStmt:
		if len(s.Rhs) == 1 {
			x = s.Rhs[0]
		}
	default:
		return false
	}
	recv, ok := ast.Unparen(x).(*ast.UnaryExpr)
	if !ok || recv.Op != token.ARROW {
		return false
	}
	call, ok := ast.Unparen(recv.X).(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Done" {
		return false
	}
	c, ok := m.carries(sel.X)
	return ok && !c.provider && !c.detached
}
