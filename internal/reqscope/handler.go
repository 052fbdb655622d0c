package reqscope

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/obslint/obslint/internal/ctxapi"
)

// Handler returns the request handler whose body holds cur, and its
// parameter that carries the request context: the innermost enclosing
// function (declaration or literal) that is an HTTP handler (an
// http.ResponseWriter and a *http.Request parameter), a web framework's
// handler or middleware (gin, echo, fiber), a Connect handler, a gRPC
// interceptor or a method of a gRPC service. The request's context is
// cancelled when the handler returns.
func (m *Model) Handler(cur inspector.Cursor) (fn inspector.Cursor, req *types.Var, ok bool) {
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		var ftype *ast.FuncType
		var recv *ast.FieldList
		switch n := fn.Node().(type) {
		case *ast.FuncDecl:
			ftype, recv = n.Type, n.Recv
		case *ast.FuncLit:
			ftype = n.Type
		}
		if req, ok := m.handlerRequest(ftype); ok {
			return fn, req, req != nil
		}
		if m.frameworkHandler(ftype, recv) {
			req := m.requestCarrier(fn.Node())
			return fn, req, req != nil
		}
	}
	return inspector.Cursor{}, nil, false
}

// frameworkHandler reports whether a function handles a request for a
// framework: it has a parameter of one of the frameworks' request types,
// or it is a method of a gRPC service.
func (m *Model) frameworkHandler(ftype *ast.FuncType, recv *ast.FieldList) bool {
	for _, field := range ftype.Params.List {
		if t := m.info.TypeOf(field.Type); t != nil && ctxapi.FrameworkRequest(t) {
			return true
		}
	}
	if recv != nil && len(recv.List) == 1 {
		t := m.info.TypeOf(recv.List[0].Type)
		return t != nil && ctxapi.IsGRPCServer(t)
	}
	return false
}

// requestCarrier returns the parameter that carries a framework handler's
// request context: its context.Context (a Connect handler, a gRPC method
// or interceptor) or one that implements it (gin's *Context), else the
// first parameter with a context accessor (echo's Context, a gRPC
// stream), or nil.
func (m *Model) requestCarrier(fn ast.Node) *types.Var {
	if cands := m.params[fn]; len(cands) > 0 {
		return cands[0].Var // contexts come first
	}
	return nil
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
