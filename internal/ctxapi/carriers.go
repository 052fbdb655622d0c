package ctxapi

import "go/types"

// CarriesContext reports whether a value of type t gives its holder a
// context: it carries the request by CarriesRequest
// (context.Context, a type that implements or provides one, a
// framework's handler context), or it is a struct with a field, promoted
// or not, that does (an options struct with a Ctx field, a receiver that
// keeps the context it works under).
func CarriesContext(t types.Type) bool {
	return CarriesRequest(t) || contextField(t, 3)
}

// contextField reports whether t, or the struct *t points to, has a
// field that carries a context, looking depth levels of embedded structs
// deep.
func contextField(t types.Type, depth int) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || depth == 0 {
		return false
	}
	for field := range st.Fields() {
		if CarriesRequest(field.Type()) || (field.Embedded() && contextField(field.Type(), depth-1)) {
			return true
		}
	}
	return false
}

// TestHelper reports whether fn is a test helper: it takes a value of
// package testing (testing.TB, *testing.T…). Test-support packages
// serve tests, which have no caller to take a context or a trace from.
func TestHelper(fn *types.Func) bool {
	for v := range fn.Signature().Params().Variables() {
		named := NamedOf(v.Type())
		if named != nil && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "testing" {
			return true
		}
	}
	return false
}
