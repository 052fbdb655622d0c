package ctxsever

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/printer"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/obslint/obslint/internal/analyzerdoc"
	"github.com/obslint/obslint/internal/code"
	"github.com/obslint/obslint/internal/ctxapi"
	"github.com/obslint/obslint/internal/reqscope"
	"github.com/obslint/obslint/internal/suppress"
)

//go:embed doc.go
var doc string

// Analyzer reports code that severs an available request context.
var Analyzer = New()

// New returns a new instance of the analyzer. Drivers that build analyzers
// more than once (golangci-lint) configure each instance through its
// Flags; ctxsever has none.
func New() *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:     "ctxsever",
		Doc:      analyzerdoc.MustExtract(doc, "ctxsever"),
		URL:      "https://github.com/obslint/obslint#ctxsever",
		Requires: []*analysis.Analyzer{inspect.Analyzer, reqscope.Analyzer, suppress.Analyzer},
	}
	strict := a.Flags.Bool("strict", false, "report every context severed, also lifetime contexts (a Start(ctx), a command's) that carry no request")
	a.Run = func(pass *analysis.Pass) (any, error) { return run(pass, *strict) }
	return a
}

type checker struct {
	pass     *analysis.Pass
	model    *reqscope.Model
	report   *suppress.Reporter
	strict   bool
	siblings map[*types.Func]*types.Func
	decls    map[*types.Func]inspector.Cursor // built on first use
}

func run(pass *analysis.Pass, strict bool) (any, error) {
	c := &checker{
		pass:     pass,
		model:    pass.ResultOf[reqscope.Analyzer].(*reqscope.Model),
		report:   suppress.NewReporter(pass),
		strict:   strict,
		siblings: make(map[*types.Func]*types.Func),
	}
	for cur := range c.model.Inspector().Root().Preorder((*ast.CallExpr)(nil), (*ast.SelectorExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			c.checkCall(cur, n)
		case *ast.SelectorExpr:
			c.checkFuncValue(cur, n)
		}
	}
	return nil, nil
}

// available returns the context available at cur for this pass: nil where
// none is, or where a goroutine that has not chosen its context owns the code.
func (c *checker) available(cur inspector.Cursor) *reqscope.Context {
	ctx := c.model.Judge(cur)
	if ctx == nil || c.report.Suppressed(cur.Node().Pos()) {
		return nil
	}
	return ctx
}

// losesTrace reports whether severing ctx at cur loses a request's trace.
func (c *checker) losesTrace(ctx *reqscope.Context) bool {
	return c.strict || ctx.CarriesTrace()
}

// losesCancellation reports whether dropping ctx at cur loses a
// cancellation or deadline that governs the work: not after a lifetime
// context is done (teardown), where passing it would fail the call.
func (c *checker) losesCancellation(cur inspector.Cursor, ctx *reqscope.Context) bool {
	if c.strict || ctx.Prov != reqscope.Lifecycle {
		return true
	}
	return ctx.GovernsWork() && !c.model.Done(cur, ctx)
}

func (c *checker) checkCall(cur inspector.Cursor, call *ast.CallExpr) {
	fn := ctxapi.Callee(c.pass.TypesInfo, call)
	if fn == nil {
		return
	}
	switch {
	case ctxapi.IsFunc(fn, "context", "Background"), ctxapi.IsFunc(fn, "context", "TODO"):
		if ctx := c.available(cur); ctx != nil && c.losesTrace(ctx) && !c.buildsContext(cur, fn) &&
			!c.storedBeyondCall(cur) && !c.model.DeliberateRoot(cur) {
			c.reportRoot(cur, call, fn, ctx)
		}
	case ctxapi.LogWrapper(fn):
		// A logging wrapper's Context form is slogattrs's remedy.
	case c.sibling(fn) != nil:
		if ctx := c.available(cur); ctx != nil && c.losesCancellation(cur, ctx) &&
			!c.insideSibling(cur, c.sibling(fn)) && !c.contextAddedLater(cur) && !c.resultOutlivesCall(cur) {
			c.reportSibling(call, fn, c.sibling(fn), ctx)
		}
	default:
		if net, ok := ctxapi.Network(fn); ok {
			if ctx := c.available(cur); ctx != nil && c.losesCancellation(cur, ctx) {
				c.reportNetwork(call, fn, net, ctx)
			}
		}
	}
}

// buildsContext reports whether the root at cur is the parent of a
// context type being built (&valuesOnly{Context: context.Background()}):
// a hand-made detached context, which chooses its parent deliberately.
func (c *checker) buildsContext(cur inspector.Cursor, root *types.Func) bool {
	parent := cur.Parent()
	if _, ok := parent.Node().(*ast.KeyValueExpr); ok {
		parent = parent.Parent()
	}
	lit, ok := parent.Node().(*ast.CompositeLit)
	if !ok {
		return false
	}
	t := c.pass.TypesInfo.TypeOf(lit)
	iface, ok := root.Signature().Results().At(0).Type().Underlying().(*types.Interface)
	return ok && t != nil && (types.Implements(t, iface) || types.Implements(types.NewPointer(t), iface))
}

// storedBeyondCall reports whether the root at cur, or a context derived
// from it by package context (context.WithCancel(context.Background())),
// is assigned to a struct field or a package-level variable: the lifetime
// context of a long-lived object (a cached subprocess, a pool), which the
// request that happens to create it must not own, nor trace into.
func (c *checker) storedBeyondCall(cur inspector.Cursor) bool {
	for {
		parent := cur.Parent()
		if _, ok := parent.Node().(*ast.ParenExpr); ok {
			cur = parent
			continue
		}
		if call, ok := parent.Node().(*ast.CallExpr); ok && cur.ParentEdgeKind() == edge.CallExpr_Args && c.derivesContext(call) {
			cur = parent
			continue
		}
		break
	}
	kind, index := cur.ParentEdge()
	if kind != edge.AssignStmt_Rhs {
		return false
	}
	assign := cur.Parent().Node().(*ast.AssignStmt)
	lhs := assign.Lhs
	if len(assign.Lhs) == len(assign.Rhs) {
		lhs = lhs[index : index+1]
	}
	for _, l := range lhs {
		if t := c.pass.TypesInfo.TypeOf(l); t != nil && ctxapi.IsContext(t) && (c.outlivesCall(l) || c.keptInField(cur, l)) {
			return true
		}
	}
	return false
}

// keptInField reports whether the local variable lhs denotes is later put
// in a struct field of the function at cur (r.root = root, or
// &Runner{root: root}).
func (c *checker) keptInField(cur inspector.Cursor, lhs ast.Expr) bool {
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok {
		return false
	}
	v := c.pass.TypesInfo.ObjectOf(id)
	if v == nil {
		return false
	}
	uses := func(e ast.Expr) bool {
		u, ok := ast.Unparen(e).(*ast.Ident)
		return ok && c.pass.TypesInfo.Uses[u] == v
	}
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		for n := range fn.Preorder((*ast.AssignStmt)(nil), (*ast.KeyValueExpr)(nil)) {
			switch n := n.Node().(type) {
			case *ast.AssignStmt:
				for i, r := range n.Rhs {
					if uses(r) && len(n.Lhs) == len(n.Rhs) && code.IsField(c.pass.TypesInfo, n.Lhs[i]) {
						return true
					}
				}
			case *ast.KeyValueExpr:
				if uses(n.Value) {
					if _, field := n.Key.(*ast.Ident); field {
						return true
					}
				}
			}
		}
		return false
	}
	return false
}

// derivesContext reports whether call is a function of package context
// that returns a context derived from its arguments.
func (c *checker) derivesContext(call *ast.CallExpr) bool {
	fn := ctxapi.Callee(c.pass.TypesInfo, call)
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "context" && ctxapi.ReturnsContext(fn.Signature())
}

// outlivesCall reports whether the variable that lhs denotes outlives the
// function: a struct field, or a package-level variable.
func (c *checker) outlivesCall(lhs ast.Expr) bool {
	switch lhs := ast.Unparen(lhs).(type) {
	case *ast.SelectorExpr:
		if c.pass.TypesInfo.Selections[lhs] != nil {
			return code.IsField(c.pass.TypesInfo, lhs)
		}
		return c.packageVar(lhs.Sel) // pkg.Var
	case *ast.Ident:
		return c.packageVar(lhs)
	}
	return false
}

func (c *checker) packageVar(id *ast.Ident) bool {
	v, _ := c.pass.TypesInfo.Uses[id].(*types.Var)
	return code.IsPackageVar(v)
}

func (c *checker) sibling(fn *types.Func) *types.Func {
	sib, ok := c.siblings[fn]
	if !ok {
		sib = ctxapi.Sibling(fn)
		c.siblings[fn] = sib
	}
	return sib
}

// insideSibling reports whether cur is in the body of sib itself: a
// FContext implemented by calling F must not be told to call FContext.
func (c *checker) insideSibling(cur inspector.Cursor, sib *types.Func) bool {
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		return c.pass.TypesInfo.Defs[fn.Node().(*ast.FuncDecl).Name] == sib.Origin()
	}
	return false
}

func (c *checker) reportRoot(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func, ctx *reqscope.Context) {
	replacement := ctx.Expr()
	if qual := contextQualifier(call); qual != "" && c.model.Done(cur, ctx) {
		// The context is already cancelled here (shutdown after <-ctx.Done()):
		// only a detached context keeps both the trace and the work alive.
		replacement = fmt.Sprintf("%s.WithoutCancel(%s)", qual, ctx.Expr())
	}
	c.report.Report(analysis.Diagnostic{
		Pos: call.Pos(),
		End: call.End(),
		Message: fmt.Sprintf("context.%s() severs the available context %s: derive from it (context.WithTimeout(%s, …)) or detach with context.WithoutCancel(%s) to keep the trace",
			fn.Name(), ctx.Expr(), ctx.Expr(), ctx.Expr()),
		SuggestedFixes: []analysis.SuggestedFix{{
			Message:   "use " + replacement,
			TextEdits: []analysis.TextEdit{{Pos: call.Pos(), End: call.End(), NewText: []byte(replacement)}},
		}},
	})
}

// contextQualifier returns the local name of package context in a call
// written context.Background(), or "" for a dot import.
func contextQualifier(call *ast.CallExpr) string {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if qual, ok := sel.X.(*ast.Ident); ok {
			return qual.Name
		}
	}
	return ""
}

func (c *checker) reportSibling(call *ast.CallExpr, fn, sib *types.Func, ctx *reqscope.Context) {
	c.report.Report(analysis.Diagnostic{
		Pos: call.Pos(),
		End: call.End(),
		Message: fmt.Sprintf("%s drops the available context %s: call %s(%s, …)",
			ctxapi.FuncName(fn), ctx.Expr(), sib.Name(), ctx.Expr()),
		SuggestedFixes: siblingFix(c.pass.TypesInfo, call, sib, ctx),
	})
}

// siblingFix renames the callee to its sibling and passes the context
// first (second for a method expression, after the receiver).
func siblingFix(info *types.Info, call *ast.CallExpr, sib *types.Func, ctx *reqscope.Context) []analysis.SuggestedFix {
	var name *ast.Ident
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		name = fun
	case *ast.SelectorExpr:
		name = fun.Sel
	case *ast.IndexExpr, *ast.IndexListExpr:
		return nil
	}
	if name == nil {
		return nil
	}
	argIndex := 0
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := info.Selections[sel]; s != nil && s.Kind() == types.MethodExpr {
			argIndex = 1
		}
	}
	var insert analysis.TextEdit
	switch {
	case argIndex < len(call.Args):
		insert = analysis.TextEdit{Pos: call.Args[argIndex].Pos(), End: call.Args[argIndex].Pos(), NewText: []byte(ctx.Expr() + ", ")}
	case argIndex == 0:
		insert = analysis.TextEdit{Pos: call.Lparen + 1, End: call.Lparen + 1, NewText: []byte(ctx.Expr())}
	default:
		insert = analysis.TextEdit{Pos: call.Args[0].End(), End: call.Args[0].End(), NewText: []byte(", " + ctx.Expr())}
	}
	return []analysis.SuggestedFix{{
		Message: fmt.Sprintf("call %s with %s", sib.Name(), ctx.Expr()),
		TextEdits: []analysis.TextEdit{
			{Pos: name.Pos(), End: name.End(), NewText: []byte(sib.Name())},
			insert,
		},
	}}
}

func (c *checker) reportNetwork(call *ast.CallExpr, fn *types.Func, net ctxapi.NetworkCall, ctx *reqscope.Context) {
	d := analysis.Diagnostic{
		Pos: call.Pos(),
		End: call.End(),
		Message: fmt.Sprintf("%s takes no context, so the request's cancellation and trace do not reach it: use %s",
			ctxapi.FuncName(fn), net.Remedy),
	}
	if net.Dial {
		d.SuggestedFixes = c.dialFix(call, fn, ctx)
	}
	c.report.Report(d)
}

// dialFix rewrites net.Dial(n, a) as (&net.Dialer{}).DialContext(ctx, n, a),
// and net.DialTimeout(n, a, t) as (&net.Dialer{Timeout: t}).DialContext(ctx, n, a).
func (c *checker) dialFix(call *ast.CallExpr, fn *types.Func, ctx *reqscope.Context) []analysis.SuggestedFix {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || call.Ellipsis.IsValid() || len(call.Args) < 2 {
		return nil
	}
	qual, ok := sel.X.(*ast.Ident)
	if !ok {
		return nil
	}
	if _, ok := c.pass.TypesInfo.Uses[qual].(*types.PkgName); !ok {
		return nil
	}
	fields := ""
	var edits []analysis.TextEdit
	if fn.Name() == "DialTimeout" {
		if len(call.Args) != 3 {
			return nil
		}
		var timeout strings.Builder
		if err := printer.Fprint(&timeout, c.pass.Fset, call.Args[2]); err != nil {
			return nil
		}
		fields = "Timeout: " + timeout.String()
		edits = append(edits, analysis.TextEdit{Pos: call.Args[1].End(), End: call.Args[2].End()})
	}
	head := fmt.Sprintf("(&%s.Dialer{%s}).DialContext(%s, ", qual.Name, fields, ctx.Expr())
	edits = append([]analysis.TextEdit{{Pos: call.Fun.Pos(), End: call.Args[0].Pos(), NewText: []byte(head)}}, edits...)
	return []analysis.SuggestedFix{{Message: "dial with " + ctx.Expr(), TextEdits: edits}}
}

// checkFuncValue reports a function with a context sibling used as a
// value (a method value or function reference that is not called here).
func (c *checker) checkFuncValue(cur inspector.Cursor, sel *ast.SelectorExpr) {
	if call, ok := cur.Parent().Node().(*ast.CallExpr); ok && ast.Unparen(call.Fun) == sel {
		return
	}
	fn, ok := c.pass.TypesInfo.Uses[sel.Sel].(*types.Func)
	if !ok {
		return
	}
	sib := c.sibling(fn)
	if sib == nil || ctxapi.LogWrapper(fn) {
		return
	}
	if ctx := c.available(cur); ctx != nil && c.losesCancellation(cur, ctx) {
		c.report.Reportf(sel.Pos(), "%s used as a value drops the available context %s: use %s with %s",
			ctxapi.FuncName(fn), ctx.Expr(), sib.Name(), ctx.Expr())
	}
}

// contextAddedLater reports whether the value the call at cur returns is
// given a context before it is used: req, _ := http.NewRequest(…) then
// req = req.WithContext(ctx) (or req.Clone(ctx)), in the same function or
// in a same-package function req is handed to.
func (c *checker) contextAddedLater(cur inspector.Cursor) bool {
	if cur.ParentEdgeKind() == edge.SelectorExpr_X && cur.Parent().ParentEdgeKind() == edge.CallExpr_Fun {
		// NewParams().WithContext(ctx): bound at once.
		call := cur.Parent().Parent().Node().(*ast.CallExpr)
		return c.rebindsContext(call, cur.Node().(ast.Expr))
	}
	kind, index := cur.ParentEdge()
	if kind != edge.AssignStmt_Rhs || index != 0 {
		return false
	}
	target := ast.Unparen(cur.Parent().Node().(*ast.AssignStmt).Lhs[0])
	if code.BaseVar(c.pass.TypesInfo, target) == nil {
		return false
	}
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return c.givenContext(fn, target, 0)
	}
	return false
}

// givenContext reports whether, in the function at fn, the value target
// denotes (req, r.RawRequest) receives a context through one of its
// methods (req.WithContext(ctx), req.Clone(ctx)), or is handed to a
// same-package function that gives it one.
func (c *checker) givenContext(fn inspector.Cursor, target ast.Expr, depth int) bool {
	for call := range fn.Preorder((*ast.CallExpr)(nil)) {
		n := call.Node().(*ast.CallExpr)
		if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && c.sameValue(sel.X, target) && c.rebindsContext(n, target) {
			return true
		}
		callee := ctxapi.Callee(c.pass.TypesInfo, n)
		if depth > 1 || callee == nil || callee.Pkg() != c.pass.Pkg {
			continue
		}
		for i, arg := range n.Args {
			if !c.sameValue(arg, target) || i >= callee.Signature().Params().Len() {
				continue
			}
			decl, ok := c.declOf(callee)
			if !ok {
				continue
			}
			if name := paramIdent(decl.Node().(*ast.FuncDecl), i); name != nil && c.givenContext(decl, name, depth+1) {
				return true
			}
		}
	}
	return false
}

// sameValue reports whether e and target denote the same variable or
// field path (req, r.RawRequest), by the objects their names refer to.
func (c *checker) sameValue(e, target ast.Expr) bool {
	e, target = ast.Unparen(e), ast.Unparen(target)
	switch t := target.(type) {
	case *ast.Ident:
		id, ok := e.(*ast.Ident)
		return ok && c.pass.TypesInfo.ObjectOf(id) != nil && c.pass.TypesInfo.ObjectOf(id) == c.pass.TypesInfo.ObjectOf(t)
	case *ast.SelectorExpr:
		sel, ok := e.(*ast.SelectorExpr)
		return ok && sel.Sel.Name == t.Sel.Name && c.pass.TypesInfo.ObjectOf(sel.Sel) == c.pass.TypesInfo.ObjectOf(t.Sel) &&
			c.sameValue(sel.X, t.X)
	}
	return false
}

// rebindsContext reports whether call, a method call on v, binds v (or a
// copy of it it returns) to a context it is given: req.WithContext(ctx),
// req.Clone(ctx), msg.SetContext(ctx). A prepared statement's QueryContext(ctx, …) gives its
// context to another operation, not to the Prepare that made it.
func (c *checker) rebindsContext(call *ast.CallExpr, target ast.Expr) bool {
	t, want := c.pass.TypesInfo.TypeOf(call), c.pass.TypesInfo.TypeOf(target)
	setter := false
	if tuple, ok := t.(*types.Tuple); ok && tuple.Len() == 0 {
		setter = true // msg.SetContext(ctx)
	}
	if t == nil || want == nil || !setter && !types.Identical(t, want) {
		return false
	}
	for _, arg := range call.Args {
		if t := c.pass.TypesInfo.TypeOf(arg); t != nil && ctxapi.IsContext(t) {
			return true
		}
	}
	return false
}

// declOf returns the cursor of fn's declaration in this package.
func (c *checker) declOf(fn *types.Func) (inspector.Cursor, bool) {
	if c.decls == nil {
		c.decls = make(map[*types.Func]inspector.Cursor)
		for cur := range c.model.Inspector().Root().Preorder((*ast.FuncDecl)(nil)) {
			if obj, ok := c.pass.TypesInfo.Defs[cur.Node().(*ast.FuncDecl).Name].(*types.Func); ok {
				c.decls[obj] = cur
			}
		}
	}
	cur, ok := c.decls[fn.Origin()]
	return cur, ok
}

// paramIdent returns the name of decl's i-th parameter, or nil.
func paramIdent(decl *ast.FuncDecl, i int) *ast.Ident {
	for _, field := range decl.Type.Params.List {
		for _, name := range field.Names {
			if i == 0 {
				return name
			}
			i--
		}
		if len(field.Names) == 0 {
			i--
		}
	}
	return nil
}

// resultOutlivesCall reports whether the value the call at cur returns is
// kept in a struct field, directly (c.cmd = exec.Command(…)) or through a
// local variable: a long-lived object (a subprocess that serves later
// requests), which the request that creates it must not end.
func (c *checker) resultOutlivesCall(cur inspector.Cursor) bool {
	kind, index := cur.ParentEdge()
	if kind != edge.AssignStmt_Rhs || index != 0 {
		return false
	}
	lhs := ast.Unparen(cur.Parent().Node().(*ast.AssignStmt).Lhs[0])
	if code.IsField(c.pass.TypesInfo, lhs) {
		return true
	}
	id, ok := lhs.(*ast.Ident)
	if !ok {
		return false
	}
	v := c.pass.TypesInfo.ObjectOf(id)
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		for as := range fn.Preorder((*ast.AssignStmt)(nil)) {
			assign := as.Node().(*ast.AssignStmt)
			for i, r := range assign.Rhs {
				if rid, ok := ast.Unparen(r).(*ast.Ident); ok && v != nil && c.pass.TypesInfo.Uses[rid] == v &&
					i < len(assign.Lhs) && code.IsField(c.pass.TypesInfo, assign.Lhs[i]) {
					return true
				}
			}
		}
		return false
	}
	return false
}
