package propagation

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// vars knows, for the variables whose every use is in the package (locals
// and unexported package variables), the values assigned to them and
// their uses, so that a handler, client or option list held in a variable
// is judged by what the package does with it.
type vars struct {
	info   *types.Info
	values map[*types.Var][]ast.Expr // nil entry: assigned in a way we cannot read
	uses   map[*types.Var][]inspector.Cursor
}

func newVars(info *types.Info, root inspector.Cursor) *vars {
	vs := &vars{info: info, values: make(map[*types.Var][]ast.Expr), uses: make(map[*types.Var][]inspector.Cursor)}
	for cur := range root.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.Ident)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			vs.pair(n.Lhs, n.Rhs)
		case *ast.ValueSpec:
			lhs := make([]ast.Expr, len(n.Names))
			for i, id := range n.Names {
				lhs[i] = id
			}
			vs.pair(lhs, n.Values)
		case *ast.Ident:
			if v, ok := info.Uses[n].(*types.Var); ok && vs.local(v) {
				vs.uses[v] = append(vs.uses[v], cur)
			}
		}
	}
	return vs
}

func (vs *vars) pair(lhs, rhs []ast.Expr) {
	for i, l := range lhs {
		id, ok := ast.Unparen(l).(*ast.Ident)
		if !ok {
			continue
		}
		v := vs.varOf(id)
		if v == nil {
			continue
		}
		if len(lhs) == len(rhs) {
			vs.values[v] = append(vs.values[v], rhs[i])
		} else if len(rhs) > 0 {
			vs.values[v] = append(vs.values[v], nil) // one of several results
		}
	}
}

func (vs *vars) varOf(id *ast.Ident) *types.Var {
	obj := vs.info.Defs[id]
	if obj == nil {
		obj = vs.info.Uses[id]
	}
	v, _ := obj.(*types.Var)
	if v == nil || !vs.local(v) {
		return nil
	}
	return v
}

// local reports whether every use of v is in this package: a local
// variable or an unexported package-level one (not a field, nor a parameter,
// whose value comes from elsewhere).
func (vs *vars) local(v *types.Var) bool {
	if v.IsField() || v.Pkg() == nil {
		return false
	}
	if v.Parent() == v.Pkg().Scope() {
		return !v.Exported()
	}
	return v.Kind() == types.LocalVar
}

// variable returns the variable e refers to, if vars tracks it.
func (vs *vars) variable(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := vs.info.Uses[id].(*types.Var)
	if v == nil || !vs.local(v) {
		return nil
	}
	return v
}
