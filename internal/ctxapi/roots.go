package ctxapi

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/obslint/obslint/internal/code"
)

// RootedVars returns the context variables of the function at cur that
// only ever hold a context the function made from a root:
// context.Background(), context.TODO(), or one derived from those.
func RootedVars(info *types.Info, cur inspector.Cursor) map[*types.Var]bool {
	assigned := make(map[*types.Var][]ast.Expr)
	for c := range cur.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
		for _, a := range code.Assignments(c.Node()) {
			id, ok := ast.Unparen(a.LHS).(*ast.Ident)
			if !ok {
				continue
			}
			if v, ok := info.ObjectOf(id).(*types.Var); ok && IsContext(v.Type()) {
				assigned[v] = append(assigned[v], a.RHS) // nil (var x T) is not a root
			}
		}
	}
	rooted := make(map[*types.Var]bool)
	for changed := true; changed; {
		changed = false
		for v, values := range assigned {
			if rooted[v] {
				continue
			}
			all := true
			for _, e := range values {
				if e == nil || !Rooted(info, e, rooted) {
					all = false
					break
				}
			}
			if all {
				rooted[v] = true
				changed = true
			}
		}
	}
	return rooted
}

// Rooted reports whether e is a context made from a root.
func Rooted(info *types.Info, e ast.Expr, rooted map[*types.Var]bool) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := info.Uses[e].(*types.Var)
		return ok && rooted[v]
	case *ast.CallExpr:
		if IsRoot(info, e) {
			return true
		}
		fn := Callee(info, e)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "context" {
			return false
		}
		// context.WithCancel(root) and the like derive from their first argument.
		return len(e.Args) > 0 && Rooted(info, e.Args[0], rooted)
	}
	return false
}
