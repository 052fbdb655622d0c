// Package ctxapi knows which APIs carry, create or lose a context.Context:
// the context types themselves, context roots, context siblings
// (Query → QueryContext) and the network calls that cannot take a context.
// Every pass asks it instead of matching names, so that all of them agree
// on what severs a context.
package ctxapi

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// IsContext reports whether t is context.Context.
func IsContext(t types.Type) bool {
	return isNamed(t, "context", "Context")
}

// isNamed reports whether t (not a pointer to it) is the named type pkg.name.
func isNamed(t types.Type, pkg, name string) bool {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	obj := named.Obj()
	return obj.Pkg() != nil && obj.Pkg().Path() == pkg && obj.Name() == name
}

// IsNamedOrPointer reports whether t is pkg.name or *pkg.name.
func IsNamedOrPointer(t types.Type, pkg, name string) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	return isNamed(t, pkg, name)
}

// Provider returns the method Context() context.Context of t, or nil.
// Types of package testing are not providers: t.Context() is cancelled
// before Cleanup functions run, so it is no substitute for a root context.
func Provider(t types.Type) *types.Func {
	if IsContext(t) {
		return nil
	}
	if named := NamedOf(t); named != nil && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "testing" {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "Context")
	fn, ok := obj.(*types.Func)
	if !ok {
		return nil
	}
	sig := fn.Signature()
	if sig.Params().Len() != 0 || sig.Results().Len() != 1 || !IsContext(sig.Results().At(0).Type()) {
		return nil
	}
	return fn
}

// NamedOf returns the named type of t or of *t, or nil.
func NamedOf(t types.Type) *types.Named {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	named, _ := t.(*types.Named)
	return named
}

// Callee returns the function or method called by call, or nil for calls
// of function values, conversions and builtins.
func Callee(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn
}

// IsFunc reports whether fn is the package-level function pkg.name.
func IsFunc(fn *types.Func, pkg, name string) bool {
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == pkg && fn.Name() == name &&
		fn.Signature().Recv() == nil
}

// IsMethod reports whether fn is the method name of the named type
// pkg.typ (through a pointer or not), or of an interface type pkg.typ.
func IsMethod(fn *types.Func, pkg, typ, name string) bool {
	if fn == nil || fn.Name() != name {
		return false
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return false
	}
	named := NamedOf(recv.Type())
	if named == nil {
		return false
	}
	obj := named.Origin().Obj()
	return obj.Pkg() != nil && obj.Pkg().Path() == pkg && obj.Name() == typ
}

// IsRoot reports whether call is context.Background() or context.TODO().
func IsRoot(info *types.Info, call *ast.CallExpr) bool {
	fn := Callee(info, call)
	return IsFunc(fn, "context", "Background") || IsFunc(fn, "context", "TODO")
}

// IsWithoutCancel reports whether call is context.WithoutCancel(…).
func IsWithoutCancel(info *types.Info, call *ast.CallExpr) bool {
	return IsFunc(Callee(info, call), "context", "WithoutCancel")
}

// TakesContext reports whether fn has a context.Context parameter.
func TakesContext(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	params := fn.Signature().Params()
	for i := range params.Len() {
		if IsContext(params.At(i).Type()) {
			return true
		}
	}
	return false
}

// ReturnsContext reports whether sig has a context.Context result.
func ReturnsContext(sig *types.Signature) bool {
	results := sig.Results()
	for i := range results.Len() {
		if IsContext(results.At(i).Type()) {
			return true
		}
	}
	return false
}

// siblingSuffixes are the names a context-taking variant of F goes by:
// FContext and FWithContext (the standard library's), FCtx and FWithCtx
// (Do/DoCtx, Query/QueryCtx in many clients).
var siblingSuffixes = []string{"Context", "WithContext", "Ctx", "WithCtx"}

// Sibling returns the context-taking variant of fn: FContext,
// FWithContext, FCtx or FWithCtx in the same package (functions) or
// method set (methods),
// whose first parameter is a context.Context and whose other parameters
// and results are F's. A trailing variadic parameter beyond F's is
// allowed (the AWS SDK's request options): calling the sibling with F's
// arguments after the context compiles and means the same.
// Packages log and log/slog are left to the slogattrs pass.
func Sibling(fn *types.Func) *types.Func {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	switch fn.Pkg().Path() {
	case "log", "log/slog", "context":
		return nil
	}
	if strings.HasSuffix(fn.Name(), "Context") || strings.HasSuffix(fn.Name(), "Ctx") {
		return nil
	}
	fn = fn.Origin()
	sig := fn.Signature()
	if sig.TypeParams().Len() > 0 || (sig.Recv() != nil && sig.RecvTypeParams().Len() > 0) {
		return nil // siblings of generic code cannot be compared by identity
	}
	for _, suffix := range siblingSuffixes {
		sib := lookupSibling(fn, fn.Name()+suffix)
		if sib != nil && siblingSignature(sig, sib.Signature()) {
			return sib
		}
	}
	return nil
}

func lookupSibling(fn *types.Func, name string) *types.Func {
	recv := fn.Signature().Recv()
	if recv == nil {
		sib, _ := fn.Pkg().Scope().Lookup(name).(*types.Func)
		return sib
	}
	obj, _, _ := types.LookupFieldOrMethod(recv.Type(), true, fn.Pkg(), name)
	sib, _ := obj.(*types.Func)
	return sib
}

func siblingSignature(f, sib *types.Signature) bool {
	fp, sp := f.Params(), sib.Params()
	if sp.Len() < 1 || !IsContext(sp.At(0).Type()) {
		return false
	}
	extra := sp.Len() - 1 - fp.Len()
	switch {
	case extra == 1 && sib.Variadic() && !f.Variadic():
	case extra == 0 && sib.Variadic() == f.Variadic():
	default:
		return false
	}
	for i := range fp.Len() {
		if !types.Identical(fp.At(i).Type(), sp.At(i+1).Type()) {
			return false
		}
	}
	return types.Identical(f.Results(), sib.Results())
}

// NetworkCall describes a network call that cannot take a context and
// has no sibling by name.
type NetworkCall struct {
	Remedy string // what to call instead
	Dial   bool   // net.Dial or net.DialTimeout: mechanically rewritable
}

// Network returns how to replace fn if it is a network call that takes
// no context and has no sibling by name.
func Network(fn *types.Func) (NetworkCall, bool) {
	switch {
	case fn == nil:
	case IsFunc(fn, "net/http", fn.Name()) || IsMethod(fn, "net/http", "Client", fn.Name()):
		switch fn.Name() {
		case "Get", "Head", "Post", "PostForm":
			return NetworkCall{Remedy: "http.NewRequestWithContext(ctx, …) and Do"}, true
		}
	case IsFunc(fn, "net", "Dial"), IsFunc(fn, "net", "DialTimeout"):
		return NetworkCall{Remedy: "(&net.Dialer{}).DialContext(ctx, …)", Dial: true}, true
	}
	return NetworkCall{}, false
}

// CarriesRequest reports whether a value of type t hands its holder a
// request context one way or another: it has a ContextAccessor, or holds
// the request in a Request field. Web frameworks' handler
// parameters are such types.
func CarriesRequest(t types.Type) bool {
	if _, ok := ContextAccessor(t); ok {
		return true
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "Request")
	field, ok := obj.(*types.Var)
	return ok && IsNamedOrPointer(field.Type(), "net/http", "Request")
}

// implementsContext reports whether t (or *t) has context.Context's
// methods: Deadline() (time.Time, bool), Done() <-chan struct{},
// Err() error and Value(any) any.
func implementsContext(t types.Type) bool {
	method := func(name string) *types.Signature {
		obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
		if fn, ok := obj.(*types.Func); ok {
			return fn.Signature()
		}
		return nil
	}
	deadline, done, err, value := method("Deadline"), method("Done"), method("Err"), method("Value")
	if deadline == nil || done == nil || err == nil || value == nil {
		return false
	}
	doneCh, ok := single(done).(*types.Chan)
	return deadline.Params().Len() == 0 && deadline.Results().Len() == 2 &&
		isNamed(deadline.Results().At(0).Type(), "time", "Time") &&
		done.Params().Len() == 0 && ok && doneCh.Dir() == types.RecvOnly &&
		err.Params().Len() == 0 && types.Identical(single(err), types.Universe.Lookup("error").Type()) &&
		value.Params().Len() == 1 && value.Results().Len() == 1
}

// single returns the type of sig's only result, or nil.
func single(sig *types.Signature) types.Type {
	if sig.Results().Len() != 1 {
		return nil
	}
	return sig.Results().At(0).Type()
}

// FuncName names fn as users write it in messages: http.Get,
// (*sql.DB).Query, (slog.Handler).Handle.
func FuncName(fn *types.Func) string {
	sig := fn.Signature()
	if sig.Recv() == nil {
		return fn.Pkg().Name() + "." + fn.Name()
	}
	recv := sig.Recv().Type()
	ptr := ""
	if p, ok := types.Unalias(recv).(*types.Pointer); ok {
		recv, ptr = p.Elem(), "*"
	}
	if named, ok := types.Unalias(recv).(*types.Named); ok && named.Obj().Pkg() != nil {
		return "(" + ptr + named.Obj().Pkg().Name() + "." + named.Obj().Name() + ")." + fn.Name()
	}
	return fn.Name()
}
