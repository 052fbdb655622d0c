package code

import "go/ast"

// FuncIdent returns the identifier that names the function e denotes: f
// in f, pkg.f and x.m, also instantiated (f[T], pkg.f[T, U]); nil for
// any other expression. For a call, FuncIdent(call.Fun) names its callee.
func FuncIdent(e ast.Expr) *ast.Ident {
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.IndexExpr:
		e = x.X
	case *ast.IndexListExpr:
		e = x.X
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return x
	case *ast.SelectorExpr:
		return x.Sel
	}
	return nil
}
