package spanboundary

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/obslint/obslint/internal/code"
	"github.com/obslint/obslint/internal/ctxapi"
)

// carriesContext reports whether a value of type t gives its holder a
// context: it carries the request by ctxapi.CarriesRequest
// (context.Context, a type that implements or provides one, a
// framework's handler context), or it is a struct with a field, promoted
// or not, that does (an options struct with a Ctx field, a receiver that
// keeps the context it works under).
func carriesContext(t types.Type) bool {
	return ctxapi.CarriesRequest(t) || contextField(t, 3)
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
		if ctxapi.CarriesRequest(field.Type()) || (field.Embedded() && contextField(field.Type(), depth-1)) {
			return true
		}
	}
	return false
}

// receiverCarriesContext reports whether fn is a method whose receiver
// carries a context.
func receiverCarriesContext(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	return recv != nil && carriesContext(recv.Type())
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

// testSupport reports whether fn is a test helper: it takes a value of
// package testing (testing.TB, *testing.T…). Test-support packages
// serve tests, which have no caller to take a context or a trace from.
func testSupport(fn *types.Func) bool {
	for v := range fn.Signature().Params().Variables() {
		named := ctxapi.NamedOf(v.Type())
		if named != nil && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "testing" {
			return true
		}
	}
	return false
}

// lifecycle reports whether the function at cur owns a long-lived
// context rather than serving a caller: it stores a context made from a
// root in a field or package variable (s.ctx, s.cancel =
// context.WithCancel(context.Background())), or runs a loop that ends
// when a channel is closed or sent on (for { select { case <-s.stop:
// return … } }). Its callers start or stop a component; they have no
// request context to give it.
//
// The shapes are recognised here, in the function's own syntax; the
// request-scope model's provenance (internal/reqscope) is to answer the
// question for every pass.
func lifecycle(info *types.Info, cur inspector.Cursor) bool {
	roots := ctxapi.RootedVars(info, cur)
	for c := range cur.Preorder((*ast.AssignStmt)(nil), (*ast.ForStmt)(nil)) {
		switch n := c.Node().(type) {
		case *ast.AssignStmt:
			for _, a := range code.Assignments(n) {
				if a.RHS != nil && longLived(info, a.LHS) && ctxapi.Rooted(info, a.RHS, roots) {
					return true
				}
			}
		case *ast.ForStmt:
			if n.Cond == nil && loopsUntilReceive(n.Body) {
				return true
			}
		}
	}
	return false
}

// longLived reports whether lhs outlives the function: a field, or a
// package-level variable.
func longLived(info *types.Info, lhs ast.Expr) bool {
	switch lhs := ast.Unparen(lhs).(type) {
	case *ast.SelectorExpr:
		_, field := info.Selections[lhs]
		return field
	case *ast.Ident:
		v, ok := info.Uses[lhs].(*types.Var)
		return ok && v.Parent() != nil && v.Parent() == v.Pkg().Scope()
	}
	return false
}

// loopsUntilReceive reports whether a loop body selects on a receive
// whose case leaves the loop.
func loopsUntilReceive(body *ast.BlockStmt) bool {
	for _, stmt := range body.List {
		sel, ok := stmt.(*ast.SelectStmt)
		if !ok {
			continue
		}
		for _, clause := range sel.Body.List {
			cc := clause.(*ast.CommClause)
			if receives(cc.Comm) && leaves(cc.Body) {
				return true
			}
		}
	}
	return false
}

func receives(comm ast.Stmt) bool { return code.Received(comm) != nil }

// leaves reports whether stmts end in a return or an unlabelled break.
func leaves(stmts []ast.Stmt) bool {
	if len(stmts) == 0 {
		return false
	}
	switch s := stmts[len(stmts)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		return s.Tok == token.BREAK || s.Tok == token.GOTO
	}
	return false
}

// enclosingFunc returns the function declaration around cur.
func enclosingFunc(cur inspector.Cursor) (inspector.Cursor, bool) {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		return c, true
	}
	return inspector.Cursor{}, false
}
