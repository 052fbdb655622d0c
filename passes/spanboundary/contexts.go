package spanboundary

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/obslint/obslint/internal/ctxapi"
)

// receiverCarriesContext reports whether fn is a method whose receiver
// carries a context.
func receiverCarriesContext(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	return recv != nil && ctxapi.CarriesContext(recv.Type())
}

// fixedByInterface reports whether fn is a method by which its receiver's
// type implements an interface, declared in the package or in one it
// imports, whose method of that name takes no context (net/rpc's
// services, io.Writer, a project's Reporter): the signature is not the
// method's to change.
func fixedByInterface(pkg *types.Package, fn *types.Func) bool {
	recv := fn.Signature().Recv()
	if recv == nil {
		return false
	}
	named := ctxapi.NamedOf(recv.Type())
	if named == nil || named.TypeParams().Len() > 0 {
		return false
	}
	ptr := types.NewPointer(named)
	for _, p := range append([]*types.Package{pkg}, pkg.Imports()...) {
		scope := p.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() || (p != pkg && !tn.Exported()) {
				continue
			}
			t, ok := tn.Type().(*types.Named)
			if !ok || t.TypeParams().Len() > 0 {
				continue
			}
			iface, ok := t.Underlying().(*types.Interface)
			if !ok || !declares(iface, fn.Name()) {
				continue
			}
			if types.Implements(named, iface) || types.Implements(ptr, iface) {
				return true
			}
		}
	}
	return false
}

// rpcMethod reports whether fn has the shape net/rpc serves, in a
// package that imports net/rpc: an exported method of two parameters,
// the second a pointer, with an error result. net/rpc finds such methods
// by reflection, not through an interface, and passes no context.
func rpcMethod(pkg *types.Package, fn *types.Func) bool {
	sig := fn.Signature()
	if sig.Recv() == nil || sig.Params().Len() != 2 || sig.Results().Len() != 1 || !isError(sig.Results().At(0).Type()) {
		return false
	}
	if _, ok := types.Unalias(sig.Params().At(1).Type()).(*types.Pointer); !ok {
		return false
	}
	for _, imp := range pkg.Imports() {
		if imp.Path() == "net/rpc" {
			return true
		}
	}
	return false
}

func declares(iface *types.Interface, name string) bool {
	for m := range iface.Methods() {
		if m.Name() == name {
			return true
		}
	}
	return false
}

// ioInterfaceMethod reports whether fn is a method whose name and
// signature are those of io.Closer, io.Reader, io.Writer, io.ReaderFrom or
// io.WriterTo: its type presumably implements that interface, which
// leaves no room for a context parameter, even where the package does
// not import io.
func ioInterfaceMethod(fn *types.Func) bool {
	sig := fn.Signature()
	if sig.Recv() == nil {
		return false
	}
	p, r := sig.Params(), sig.Results()
	switch fn.Name() {
	case "Close":
		return p.Len() == 0 && r.Len() == 1 && isError(r.At(0).Type())
	case "Read", "Write":
		return p.Len() == 1 && isByteSlice(p.At(0).Type()) &&
			r.Len() == 2 && isBasic(r.At(0).Type(), types.Int) && isError(r.At(1).Type())
	case "ReadFrom", "WriteTo":
		iface := "Reader"
		if fn.Name() == "WriteTo" {
			iface = "Writer"
		}
		return p.Len() == 1 && ctxapi.IsNamedOrPointer(p.At(0).Type(), "io", iface) &&
			r.Len() == 2 && isBasic(r.At(0).Type(), types.Int64) && isError(r.At(1).Type())
	}
	return false
}

func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

func isBasic(t types.Type, kind types.BasicKind) bool {
	b, ok := types.Unalias(t).(*types.Basic)
	return ok && b.Kind() == kind
}

func isByteSlice(t types.Type) bool {
	s, ok := types.Unalias(t).(*types.Slice)
	return ok && isBasic(s.Elem(), types.Byte)
}

// enclosingFunc returns the function declaration around cur.
func enclosingFunc(cur inspector.Cursor) (inspector.Cursor, bool) {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		return c, true
	}
	return inspector.Cursor{}, false
}
