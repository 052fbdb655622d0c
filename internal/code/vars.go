package code

import (
	"go/ast"
	"go/types"
)

// BaseVar returns the variable at the root of x, x.f or x.f.g, or nil.
func BaseVar(info *types.Info, e ast.Expr) *types.Var {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			v, _ := info.ObjectOf(x).(*types.Var)
			return v
		case *ast.SelectorExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// IsField reports whether e selects a struct field (s.f).
func IsField(info *types.Info, e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	s := info.Selections[sel]
	return s != nil && s.Kind() == types.FieldVal
}

// IsPackageVar reports whether v is a package-level variable.
func IsPackageVar(v *types.Var) bool {
	return v != nil && v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
}
