package goroutinectx

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/obslint/obslint/internal/ctxapi"
	"github.com/obslint/obslint/internal/reqscope"
)

const errgroupPath = "golang.org/x/sync/errgroup"

// unwaitedRequestContext returns the expression through which l hands the
// request context of its HTTP handler to its work, when the handler may
// return before the goroutine ends.
func (c *checker) unwaitedRequestContext(l *reqscope.Launch) (inspector.Cursor, bool) {
	handler, req, ok := c.model.Handler(l.Cursor())
	if !ok {
		return inspector.Cursor{}, false
	}
	ref, ok := c.requestContextUse(l, req)
	if !ok || c.waited(l, handler) {
		return inspector.Cursor{}, false
	}
	return ref, true
}

// requestContextUse returns the first use in l of the request's context
// (or one derived from it and not detached) that the goroutine hands to
// its work. A request handed whole to a call (go handle(w, r)) may not be
// used for its context, and a context only watched (ctx.Done(),
// ctx.Err()) is meant to end with the request: neither counts.
func (c *checker) requestContextUse(l *reqscope.Launch, req *types.Var) (inspector.Cursor, bool) {
	for _, ref := range l.Refs {
		if ref.Detached || ref.Handoff || ref.Origin != req {
			continue
		}
		id, ok := l.Cursor().FindByPos(ref.Ident.Pos(), ref.Ident.End())
		if !ok {
			continue
		}
		if use := c.contextOf(id); !c.watched(use) {
			return use, true
		}
	}
	return inspector.Cursor{}, false
}

// contextOf returns the expression that yields the context at a use of a
// carrier: its accessor call for a provider (r.Context(), c.UserContext()),
// the variable otherwise.
func (c *checker) contextOf(id inspector.Cursor) inspector.Cursor {
	// The accessor (r.Context(), c.Request().Context()) is at most two
	// calls long.
	cur := id
	for range 2 {
		if cur.ParentEdgeKind() != edge.SelectorExpr_X || cur.Parent().ParentEdgeKind() != edge.CallExpr_Fun {
			break
		}
		cur = cur.Parent().Parent()
		if ctxapi.AccessedContext(c.pass.TypesInfo, cur.Node().(ast.Expr)) == id.Node() {
			return cur
		}
	}
	return id
}

// watched reports whether the context at use is only the receiver of one
// of context.Context's own methods (Done, Err, Deadline, Value).
func (c *checker) watched(use inspector.Cursor) bool {
	if use.ParentEdgeKind() != edge.SelectorExpr_X {
		return false
	}
	fn, ok := c.pass.TypesInfo.Uses[use.Parent().Node().(*ast.SelectorExpr).Sel].(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == "context"
}

// waited reports whether the handler may wait for the goroutine l before
// it returns: later, it waits on, receives from or hands to other code a
// WaitGroup, errgroup or channel through which the goroutine may signal.
// Being unsure, it says yes.
func (c *checker) waited(l *reqscope.Launch, handler inspector.Cursor) bool {
	signals := c.signals(l)
	if len(signals) == 0 {
		return false
	}
	for _, region := range laterCode(l.Cursor(), handler) {
		if !l.Cursor().Contains(region) && c.waitsIn(region, l, signals) {
			return true
		}
	}
	return false
}

// signals returns the WaitGroups, errgroups and channels declared outside
// l that the goroutine may signal its end through: the group it is
// launched with, and every one it uses other than by receiving from it
// (wg.Done(), ch <- v, close(ch), or handing it to a call).
func (c *checker) signals(l *reqscope.Launch) map[*types.Var]bool {
	signals := make(map[*types.Var]bool)
	start, end := l.Node.Pos(), l.Node.End()
	for cur := range l.Cursor().Preorder((*ast.Ident)(nil)) {
		v := c.syncVar(cur.Node().(*ast.Ident))
		if v == nil || (start <= v.Pos() && v.Pos() < end) {
			continue
		}
		if !receives(operand(cur)) {
			signals[v] = true
		}
	}
	return signals
}

// laterCode returns the code of the handler that may run after the launch
// and before the handler returns: the statements that follow it in each
// enclosing block, the enclosing loops (run again for the next
// iteration), and the handler's deferred calls.
func laterCode(launch, handler inspector.Cursor) []inspector.Cursor {
	var regions []inspector.Cursor
	for cur := launch; cur.Valid() && cur != handler; cur = cur.Parent() {
		switch cur.Node().(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			regions = append(regions, cur)
		case *ast.CaseClause, *ast.CommClause:
			continue // the other clauses are not run after this one
		}
		if _, ok := cur.Node().(ast.Stmt); ok {
			for next, ok := cur.NextSibling(); ok; next, ok = next.NextSibling() {
				regions = append(regions, next)
			}
		}
	}
	for d := range handler.Preorder((*ast.DeferStmt)(nil)) {
		regions = append(regions, d)
	}
	return regions
}

// waitsIn reports whether the code of region, leaving out l itself, may
// wait for one of the signals.
func (c *checker) waitsIn(region inspector.Cursor, l *reqscope.Launch, signals map[*types.Var]bool) bool {
	found := false
	region.Inspect([]ast.Node{(*ast.GoStmt)(nil), (*ast.CallExpr)(nil), (*ast.Ident)(nil)}, func(cur inspector.Cursor) bool {
		if found || cur.Node() == l.Node {
			return false
		}
		if id, ok := cur.Node().(*ast.Ident); ok {
			if v := c.syncVar(id); v != nil && signals[v] && c.waitsOn(operand(cur), region) {
				found = true
			}
		}
		return !found
	})
	return found
}

// waitsOn reports whether the use of a WaitGroup, errgroup or channel at
// op may wait for a goroutine that signals through it: op.Wait(), a
// receive from op, or op handed to other code — which may wait on it —
// outside a goroutine (a goroutine's waiting does not hold the handler).
func (c *checker) waitsOn(op, region inspector.Cursor) bool {
	parent := op.Parent()
	switch op.ParentEdgeKind() {
	case edge.UnaryExpr_X:
		switch parent.Node().(*ast.UnaryExpr).Op {
		case token.ARROW:
			return true
		case token.AND:
			return !c.inGoroutine(op, region)
		}
	case edge.RangeStmt_X:
		return true
	case edge.SelectorExpr_X:
		fn, _ := c.pass.TypesInfo.Uses[parent.Node().(*ast.SelectorExpr).Sel].(*types.Func)
		return ctxapi.IsMethod(fn, "sync", "WaitGroup", "Wait") || ctxapi.IsMethod(fn, errgroupPath, "Group", "Wait")
	case edge.CallExpr_Args:
		if c.isBuiltin(parent.Node().(*ast.CallExpr)) {
			return false // close, len, cap
		}
		return !c.inGoroutine(op, region)
	case edge.SendStmt_Value, edge.AssignStmt_Rhs, edge.ValueSpec_Values,
		edge.CompositeLit_Elts, edge.KeyValueExpr_Value, edge.ReturnStmt_Results:
		return !c.inGoroutine(op, region)
	}
	return false
}

// inGoroutine reports whether op, within region, is code of a launched goroutine.
func (c *checker) inGoroutine(op, region inspector.Cursor) bool {
	for enc := range op.Enclosing((*ast.GoStmt)(nil), (*ast.CallExpr)(nil)) {
		if !region.Contains(enc) {
			break
		}
		if _, ok := enc.Node().(*ast.GoStmt); ok || c.model.LaunchOf(enc.Node()) != nil {
			return true
		}
	}
	return false
}

func (c *checker) isBuiltin(call *ast.CallExpr) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	_, builtin := c.pass.TypesInfo.Uses[id].(*types.Builtin)
	return builtin
}

// syncVar returns the variable or field id uses if it is a channel, a
// WaitGroup or an errgroup (or a pointer to one).
func (c *checker) syncVar(id *ast.Ident) *types.Var {
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	t := v.Type()
	if _, ok := t.Underlying().(*types.Chan); ok ||
		ctxapi.IsNamedOrPointer(t, "sync", "WaitGroup") || ctxapi.IsNamedOrPointer(t, errgroupPath, "Group") {
		return v
	}
	return nil
}

// operand returns the expression a variable's identifier stands for: the
// selector s.ch for a field, the identifier itself otherwise, out of parentheses.
func operand(id inspector.Cursor) inspector.Cursor {
	op := id
	if id.ParentEdgeKind() == edge.SelectorExpr_Sel {
		op = id.Parent()
	}
	for op.ParentEdgeKind() == edge.ParenExpr_X {
		op = op.Parent()
	}
	return op
}

// receives reports whether op is received from: <-op, or range op.
func receives(op inspector.Cursor) bool {
	switch op.ParentEdgeKind() {
	case edge.UnaryExpr_X:
		return op.Parent().Node().(*ast.UnaryExpr).Op == token.ARROW
	case edge.RangeStmt_X:
		return true
	}
	return false
}
