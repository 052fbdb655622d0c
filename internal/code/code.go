// Package code holds general helpers about Go syntax that know nothing of
// particular APIs, the way staticcheck keeps analysis/code apart from its
// knowledge of libraries. Knowledge of APIs lives in package ctxapi.
package code

import (
	"go/ast"
	"go/token"
)

// Assignment is one left-hand side of an assignment or declaration and
// the value it receives.
type Assignment struct {
	LHS ast.Expr
	RHS ast.Expr // nil for "var x T": the zero value
}

// Assignments pairs each left-hand side of n, an *ast.AssignStmt with =
// or :=, or an *ast.ValueSpec, with the value it receives; for a tuple
// assignment from one call every side receives the call.
func Assignments(n ast.Node) []Assignment {
	var lhs, rhs []ast.Expr
	switch n := n.(type) {
	case *ast.AssignStmt:
		if n.Tok != token.ASSIGN && n.Tok != token.DEFINE {
			return nil
		}
		lhs, rhs = n.Lhs, n.Rhs
	case *ast.ValueSpec:
		for _, name := range n.Names {
			lhs = append(lhs, name)
		}
		rhs = n.Values
	}
	as := make([]Assignment, len(lhs))
	for i, l := range lhs {
		as[i].LHS = l
		switch {
		case len(lhs) == len(rhs):
			as[i].RHS = rhs[i]
		case len(rhs) == 1:
			as[i].RHS = rhs[0]
		}
	}
	return as
}

// Received returns the channel a statement receives from: ch in "<-ch",
// "v := <-ch" or "v, ok = <-ch" (as in a select's case), or nil.
func Received(stmt ast.Stmt) ast.Expr {
	var x ast.Expr
	switch s := stmt.(type) {
	case *ast.ExprStmt:
		x = s.X
	case *ast.AssignStmt:
		if len(s.Rhs) == 1 {
			x = s.Rhs[0]
		}
	}
	recv, ok := ast.Unparen(x).(*ast.UnaryExpr)
	if !ok || recv.Op != token.ARROW {
		return nil
	}
	return recv.X
}
