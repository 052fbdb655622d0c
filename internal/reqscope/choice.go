package reqscope

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/obslint/obslint/internal/code"
	"github.com/obslint/obslint/internal/ctxapi"
	"github.com/obslint/obslint/internal/effects"
)

// markBound records the variables bound to a request context without
// holding it: an object a call returned when given the context
// (w := d.Watch(ctx)), the CancelFunc of a context derived from it, and a
// variable whose field was assigned the context (s.ctx = ctx). A
// goroutine that uses one runs under that context, indirectly.
func (m *Model) markBound(assigns []ast.Node) {
	for _, n := range assigns {
		for _, a := range code.Assignments(n) {
			if a.RHS == nil {
				continue
			}
			if sel, ok := ast.Unparen(a.LHS).(*ast.SelectorExpr); ok {
				if c, ok := m.carries(a.RHS); ok && !c.provider && !c.detached {
					if base := code.BaseVar(m.info, sel.X); base != nil {
						m.bound[base] = true
					}
				}
				continue
			}
			v := m.assignedVar(a.LHS)
			if v == nil || ctxapi.IsContext(v.Type()) || !boundable(v.Type()) {
				continue
			}
			if _, carries := m.carriers[v]; carries {
				continue
			}
			if m.literalHoldsContext(a.RHS) {
				m.bound[v] = true // s := &subscriber{ctx: ctx, …}
				continue
			}
			call, ok := ast.Unparen(a.RHS).(*ast.CallExpr)
			if !ok {
				continue
			}
			for _, arg := range call.Args {
				if c, ok := m.carries(arg); ok && !c.detached {
					m.bound[v] = true
					break
				}
			}
		}
	}
}

// literalHoldsContext reports whether e is a composite literal (or its
// address) with an element that carries the request context.
func (m *Model) literalHoldsContext(e ast.Expr) bool {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return false
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			elt = kv.Value
		}
		if c, ok := m.carries(elt); ok && !c.provider && !c.detached {
			return true
		}
	}
	return false
}

// boundable reports whether a value of type t can stay bound to the
// context it was made with: not an error or a plain value.
func boundable(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Basic:
		return false
	case *types.Interface:
		return !types.Identical(t, types.Universe.Lookup("error").Type())
	}
	return true
}

// collectBound records whether l uses, from outside, a variable bound to
// the request context, or is awaited by its launcher only until the
// request's context is done.
func (m *Model) collectBound(l *Launch) {
	start, end := l.Node.Pos(), l.Node.End()
	var signals []*types.Var
	l.cur.Inspect(nil, func(c inspector.Cursor) bool {
		switch n := c.Node().(type) {
		case *ast.Ident:
			v, ok := m.info.Uses[n].(*types.Var)
			if !ok || start <= v.Pos() && v.Pos() < end {
				return true
			}
			_, carrier := m.carriers[v]
			if m.bound[v] || !carrier && ctxapi.Provider(v.Type()) != nil {
				// Bound to the request's context, or carrying a context
				// of its own (a consumed message's msg.Context()).
				l.Bound = true
			}
		case *ast.SendStmt:
			if v := identVar(m.info, n.Chan); v != nil {
				signals = append(signals, v)
			}
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && id.Name == "close" && len(n.Args) == 1 {
				if _, builtin := m.info.Uses[id].(*types.Builtin); builtin {
					if v := identVar(m.info, n.Args[0]); v != nil {
						signals = append(signals, v)
					}
				}
			}
		}
		return true
	})
	if !l.Bound && len(signals) > 0 {
		l.Bound = m.awaitedUntilDone(l, signals)
	}
	if !l.Bound {
		l.Bound = m.launcherGetsContext(l)
	}
}

// launcherGetsContext reports whether l is a call of a launcher that is
// handed the request's context beside the function it runs
// (runWithWatchdog(ctx, discover), which calls discover(ctx, …) in its
// goroutine). context.AfterFunc's context is the trigger, not the
// callback's.
func (m *Model) launcherGetsContext(l *Launch) bool {
	call, ok := l.Node.(*ast.CallExpr)
	if !ok || ctxapi.IsFunc(ctxapi.Callee(m.info, call), "context", "AfterFunc") {
		return false
	}
	for _, arg := range call.Args {
		if arg == l.Func {
			continue
		}
		if c, ok := m.carries(arg); ok && !c.provider && !c.detached {
			return true
		}
	}
	return false
}

// awaitedUntilDone reports whether, after l, its launcher selects on one
// of the goroutine's signal channels and on the request context's Done:
// the goroutine's work is bounded by the request.
func (m *Model) awaitedUntilDone(l *Launch, signals []*types.Var) bool {
	var fn inspector.Cursor
	for f := range l.cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		fn = f
		break
	}
	if !fn.Valid() {
		return false
	}
	for sel := range fn.Preorder((*ast.SelectStmt)(nil)) {
		if sel.Node().Pos() < l.Node.End() {
			continue
		}
		signalled, done := false, false
		for cc := range sel.Preorder((*ast.CommClause)(nil)) {
			comm := cc.Node().(*ast.CommClause).Comm
			if v := m.receivedFrom(comm); v != nil {
				for _, s := range signals {
					signalled = signalled || s == v
				}
			}
			if m.receivesDone(comm) {
				done = true
			}
		}
		if signalled && done {
			return true
		}
	}
	return false
}

// receivedFrom returns the channel variable stmt receives from.
func (m *Model) receivedFrom(stmt ast.Stmt) *types.Var {
	if ch := code.Received(stmt); ch != nil {
		return identVar(m.info, ch)
	}
	return nil
}

func identVar(info *types.Info, e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := info.Uses[id].(*types.Var)
	return v
}

// owns reports whether l's goroutine owns its code, for the ownership
// rule of Owner: it does not run under the request context, and it does
// work a context governs beyond logging (a goroutine that only logs is
// left to slogattrs) or starts from a root of its own.
func (m *Model) owns(l *Launch) bool {
	if l.Inherits() || l.Bound {
		return false
	}
	if len(l.Roots) > 0 {
		return true
	}
	w := m.WorkOf(l)
	return w == 0 || w&^effects.LogCall != 0
}

// WorkOf returns the context-relevant work of the code l runs: the body
// of its function literal, or the launched function.
func (m *Model) WorkOf(l *Launch) effects.Effects {
	if lit := l.Lit(); lit != nil {
		var w effects.Effects
		for c := range l.cur.Preorder((*ast.CallExpr)(nil)) {
			if c.Node().Pos() >= lit.Pos() {
				w |= m.effects.Call(c.Node().(*ast.CallExpr))
			}
		}
		return w
	}
	if stmt, ok := l.Node.(*ast.GoStmt); ok {
		return m.effects.Call(stmt.Call)
	}
	w, _ := m.effects.Value(l.Func)
	return w
}
