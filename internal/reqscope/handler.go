package reqscope

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/obslint/obslint/internal/ctxapi"
)

// Handler returns the HTTP handler whose body holds cur, and its request
// parameter: the innermost enclosing function (declaration or literal)
// with an http.ResponseWriter and a *http.Request parameter. The request's
// context is cancelled when the handler returns.
func (m *Model) Handler(cur inspector.Cursor) (fn inspector.Cursor, req *types.Var, ok bool) {
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		var ftype *ast.FuncType
		switch n := fn.Node().(type) {
		case *ast.FuncDecl:
			ftype = n.Type
		case *ast.FuncLit:
			ftype = n.Type
		}
		if req, ok := m.handlerRequest(ftype); ok {
			return fn, req, req != nil
		}
	}
	return inspector.Cursor{}, nil, false
}

// handlerRequest reports whether a function has an http.ResponseWriter
// and a *http.Request parameter, and returns the latter's variable (nil
// if it is unnamed).
func (m *Model) handlerRequest(ftype *ast.FuncType) (req *types.Var, ok bool) {
	var writer, request bool
	for _, field := range ftype.Params.List {
		t := m.info.TypeOf(field.Type)
		switch {
		case t == nil:
		case isResponseWriter(t):
			writer = true
		case isRequestPointer(t):
			request = true
			if len(field.Names) > 0 && field.Names[0].Name != "_" {
				req, _ = m.info.Defs[field.Names[0]].(*types.Var)
			}
		}
	}
	return req, writer && request
}

func isResponseWriter(t types.Type) bool {
	_, ptr := types.Unalias(t).(*types.Pointer)
	return !ptr && ctxapi.IsNamedOrPointer(t, "net/http", "ResponseWriter")
}

func isRequestPointer(t types.Type) bool {
	_, ptr := types.Unalias(t).(*types.Pointer)
	return ptr && ctxapi.IsNamedOrPointer(t, "net/http", "Request")
}
