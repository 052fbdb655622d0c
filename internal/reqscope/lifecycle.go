package reqscope

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/obslint/obslint/internal/code"
	"github.com/obslint/obslint/internal/ctxapi"
)

// LifecycleAPI reports whether the function at cur owns a long-lived
// context rather than serving a caller: it stores a context made from a
// root in a field or package variable (s.ctx, s.cancel =
// context.WithCancel(context.Background())), or runs a loop that ends
// when a channel is closed or sent on (for { select { case <-s.stop:
// return … } }). Its callers start or stop a component; they have no
// request context to give it.
func LifecycleAPI(info *types.Info, cur inspector.Cursor) bool {
	roots := ctxapi.RootedVars(info, cur)
	for c := range cur.Preorder((*ast.AssignStmt)(nil), (*ast.ForStmt)(nil)) {
		switch n := c.Node().(type) {
		case *ast.AssignStmt:
			for _, a := range code.Assignments(n) {
				if a.RHS != nil && longLived(info, a.LHS) && ctxapi.Rooted(info, a.RHS, roots) {
					return true
				}
			}
		case *ast.ForStmt:
			if n.Cond == nil && loopsUntilReceive(n.Body) {
				return true
			}
		}
	}
	return false
}

// longLived reports whether lhs outlives the function: a field, or a
// package-level variable.
func longLived(info *types.Info, lhs ast.Expr) bool {
	switch lhs := ast.Unparen(lhs).(type) {
	case *ast.SelectorExpr:
		_, selected := info.Selections[lhs]
		return selected
	case *ast.Ident:
		v, _ := info.Uses[lhs].(*types.Var)
		return code.IsPackageVar(v)
	}
	return false
}

// loopsUntilReceive reports whether a loop body selects on a receive
// whose case leaves the loop.
func loopsUntilReceive(body *ast.BlockStmt) bool {
	for _, stmt := range body.List {
		sel, ok := stmt.(*ast.SelectStmt)
		if !ok {
			continue
		}
		for _, clause := range sel.Body.List {
			cc := clause.(*ast.CommClause)
			if code.Received(cc.Comm) != nil && leaves(cc.Body) {
				return true
			}
		}
	}
	return false
}

// leaves reports whether stmts end in a return or an unlabelled break.
func leaves(stmts []ast.Stmt) bool {
	if len(stmts) == 0 {
		return false
	}
	switch s := stmts[len(stmts)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		return s.Tok == token.BREAK || s.Tok == token.GOTO
	}
	return false
}
