package ctxapi

import (
	"go/ast"
	"go/types"
)

// Accessors of the request context that web frameworks' handler
// parameters offer, by the text that follows the parameter's name.
const (
	accessProvider = ".Context()"           // *http.Request, grpc.ServerStream
	accessFiber    = ".UserContext()"       // fiber's *Ctx
	accessEcho     = ".Request().Context()" // echo's Context
)

// ContextAccessor returns how a value of type t yields the request
// context it carries, as the text that follows the value's name in Go
// source: "" for a context.Context or a type that implements one (gin's
// *Context), ".Context()" for a provider (*http.Request), ".UserContext()"
// for a type with that method (fiber's *Ctx), and ".Request().Context()"
// for a type whose Request() returns the *http.Request (echo's Context).
// ok is false for any other type. Types of package testing carry no
// request context: t.Context() is cancelled before Cleanup functions run.
func ContextAccessor(t types.Type) (accessor string, ok bool) {
	switch {
	case IsContext(t):
		return "", true
	case inTesting(t):
		return "", false
	case implementsContext(t):
		return "", true
	case Provider(t) != nil:
		return accessProvider, true
	case nullaryMethod(t, "UserContext", IsContext):
		return accessFiber, true
	case nullaryMethod(t, "Request", isRequestPointer):
		return accessEcho, true
	}
	return "", false
}

func inTesting(t types.Type) bool {
	named := NamedOf(t)
	return named != nil && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "testing"
}

// nullaryMethod reports whether t has a method name() with one result
// for which result holds.
func nullaryMethod(t types.Type, name string, result func(types.Type) bool) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := fn.Signature()
	return sig.Params().Len() == 0 && sig.Results().Len() == 1 && result(sig.Results().At(0).Type())
}

func isRequestPointer(t types.Type) bool {
	_, ptr := types.Unalias(t).(*types.Pointer)
	return ptr && IsNamedOrPointer(t, "net/http", "Request")
}

// AccessedContext returns the value whose request context e yields
// through that value's accessor (r in r.Context(), c in c.UserContext()
// or c.Request().Context()), or nil if e is no such call.
func AccessedContext(info *types.Info, e ast.Expr) ast.Expr {
	var found ast.Expr
	suffix := ""
	for range 2 { // the longest accessor is two calls
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok || len(call.Args) != 0 {
			break
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			break
		}
		suffix = "." + sel.Sel.Name + "()" + suffix
		e = sel.X
		if t := info.TypeOf(e); t != nil {
			if acc, ok := ContextAccessor(t); ok && acc == suffix {
				found = e // c.Request().Context(): c rather than c.Request()
			}
		}
	}
	return found
}

// Request handler parameters of frameworks that are not net/http: the
// request context they carry is cancelled when the handler returns.
var frameworkRequests = []struct{ pkg, name string }{
	{"github.com/gin-gonic/gin", "Context"},
	{"github.com/labstack/echo/v4", "Context"},
	{"github.com/gofiber/fiber/v2", "Ctx"},
	{"connectrpc.com/connect", "Request"},
	{"google.golang.org/grpc", "UnaryServerInfo"},
	{"google.golang.org/grpc", "StreamServerInfo"},
}

// FrameworkRequest reports whether t is the request parameter of a web or
// RPC framework's handler, middleware or interceptor: gin's *Context,
// echo's Context, fiber's *Ctx, Connect's *Request[T], and the
// *UnaryServerInfo or *StreamServerInfo of a gRPC interceptor.
func FrameworkRequest(t types.Type) bool {
	named := NamedOf(t)
	if named == nil {
		return false
	}
	obj := named.Origin().Obj()
	if obj.Pkg() == nil {
		return false
	}
	for _, r := range frameworkRequests {
		if obj.Pkg().Path() == r.pkg && obj.Name() == r.name {
			return true
		}
	}
	return false
}

// IsGRPCServer reports whether recv, a method's receiver type, is a gRPC
// service implementation: a struct that embeds the generated
// Unimplemented…Server type, as protoc-gen-go-grpc requires.
func IsGRPCServer(recv types.Type) bool {
	named := NamedOf(recv)
	if named == nil {
		return false
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := range st.NumFields() {
		f := st.Field(i)
		if !f.Embedded() {
			continue
		}
		if emb := NamedOf(f.Type()); emb != nil && isUnimplementedServer(emb.Obj().Name()) {
			return true
		}
	}
	return false
}

func isUnimplementedServer(name string) bool {
	const prefix, suffix = "Unimplemented", "Server"
	return len(name) > len(prefix)+len(suffix) && name[:len(prefix)] == prefix && name[len(name)-len(suffix):] == suffix
}
