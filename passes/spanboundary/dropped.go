package spanboundary

import (
	"fmt"
	"go/ast"
	"go/printer"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/ctxapi"
)

// checkDropped reports f, which accepts a context, if it does I/O
// without it: the context parameter is blank, unnamed, or never used.
// Where the parameter is named, the calls of f's own body that
// ctxsever reports where a context is available (a sibling, a network
// call, a root passed on) are left to it: one defect, one finding.
func (c *checker) checkDropped(f *funcIO) {
	var field *ast.Field
	var param *types.Var
	for _, fl := range f.decl.Type.Params.List {
		if !ctxapi.IsContext(c.pass.TypesInfo.TypeOf(fl.Type)) {
			continue
		}
		if len(fl.Names) == 0 {
			field = fl
			continue
		}
		for _, name := range fl.Names {
			v, _ := c.pass.TypesInfo.Defs[name].(*types.Var)
			if name.Name != "_" && v != nil && c.uses(f, v) {
				return // it passes a context on; which one is ctxsever's to judge
			}
			if field == nil {
				field, param = fl, v
			}
		}
	}
	if field == nil {
		return
	}
	named := param != nil && param.Name() != "_"
	if named && f.io.direct && f.io.through == "" {
		return
	}
	remedy := "name it and pass it on"
	if named {
		remedy = "pass " + param.Name() + " on"
	}
	d := analysis.Diagnostic{
		Pos: field.Pos(), End: field.End(),
		Message: fmt.Sprintf("%s accepts a context but drops it: %s without it (%s); %s",
			apiName(f.fn), strings.TrimPrefix(f.io.kind(), "does "), f.io, remedy),
	}
	if fix, ok := c.passContextFix(f, field, param); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	c.report.Report(d)
}

// uses reports whether f's body refers to v.
func (c *checker) uses(f *funcIO, v *types.Var) bool {
	for cur := range f.cur.Preorder((*ast.Ident)(nil)) {
		if c.pass.TypesInfo.Uses[cur.Node().(*ast.Ident)] == v {
			return true
		}
	}
	return false
}

// passContextFix returns the fix that names the context parameter (ctx,
// if it is blank) and passes it to every call of f's body that does I/O:
// instead of a root (context.Background()), through a call's context
// sibling (db.Query → db.QueryContext), or through a net.Dialer
// (net.Dial). There is none if a call cannot be so rewritten (http.Get,
// a helper that takes no context) or the parameter is unnamed.
func (c *checker) passContextFix(f *funcIO, field *ast.Field, param *types.Var) (analysis.SuggestedFix, bool) {
	if param == nil {
		return analysis.SuggestedFix{}, false
	}
	name := param.Name()
	var edits []analysis.TextEdit
	if name == "_" {
		name = "ctx"
		if c.declaresOrUses(f, name) {
			return analysis.SuggestedFix{}, false
		}
		id := field.Names[indexOfBlank(field)]
		edits = append(edits, analysis.TextEdit{Pos: id.Pos(), End: id.End(), NewText: []byte(name)})
	}
	for _, s := range f.steps {
		if p, _ := f.stepPath(c.pass.TypesInfo, s, c.byFunc); p == nil {
			continue
		}
		e, ok := c.passContext(s.call, name)
		if !ok {
			return analysis.SuggestedFix{}, false
		}
		edits = append(edits, e...)
	}
	return analysis.SuggestedFix{
		Message:   "Pass " + name + " to the calls that do I/O",
		TextEdits: edits,
	}, true
}

func indexOfBlank(field *ast.Field) int {
	for i, id := range field.Names {
		if id.Name == "_" {
			return i
		}
	}
	return 0
}

// declaresOrUses reports whether name appears as an identifier in f.
func (c *checker) declaresOrUses(f *funcIO, name string) bool {
	for cur := range f.cur.Preorder((*ast.Ident)(nil)) {
		if cur.Node().(*ast.Ident).Name == name {
			return true
		}
	}
	return false
}

// passContext returns the edits that make call use the context named
// name, or false.
func (c *checker) passContext(call *ast.CallExpr, name string) ([]analysis.TextEdit, bool) {
	info := c.pass.TypesInfo
	var edits []analysis.TextEdit
	for _, arg := range call.Args {
		if a, ok := ast.Unparen(arg).(*ast.CallExpr); ok && ctxapi.IsRoot(info, a) {
			edits = append(edits, analysis.TextEdit{Pos: arg.Pos(), End: arg.End(), NewText: []byte(name)})
		}
	}
	if edits != nil {
		return edits, true
	}
	fn := ctxapi.Callee(info, call)
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if fn == nil || !ok {
		return nil, false
	}
	if sib := ctxapi.Sibling(fn); sib != nil {
		return []analysis.TextEdit{
			{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte(sib.Name())},
			insertArg(call, name),
		}, true
	}
	if net, ok := ctxapi.Network(fn); ok && net.Dial {
		return dialContext(c.pass.Fset, call, sel, name)
	}
	return nil, false
}

// insertArg inserts name as call's first argument.
func insertArg(call *ast.CallExpr, name string) analysis.TextEdit {
	if len(call.Args) == 0 {
		return analysis.TextEdit{Pos: call.Rparen, End: call.Rparen, NewText: []byte(name)}
	}
	return analysis.TextEdit{Pos: call.Args[0].Pos(), End: call.Args[0].Pos(), NewText: []byte(name + ", ")}
}

// dialContext rewrites net.Dial(n, a) to (&net.Dialer{}).DialContext(ctx,
// n, a) and net.DialTimeout(n, a, t) to (&net.Dialer{Timeout:
// t}).DialContext(ctx, n, a).
func dialContext(fset *token.FileSet, call *ast.CallExpr, sel *ast.SelectorExpr, name string) ([]analysis.TextEdit, bool) {
	text := func(e ast.Expr) string {
		var b strings.Builder
		printer.Fprint(&b, fset, e)
		return b.String()
	}
	pkg, ok := sel.X.(*ast.Ident)
	if !ok || call.Ellipsis != token.NoPos {
		return nil, false
	}
	dialer := "&" + pkg.Name + ".Dialer{}"
	args := call.Args
	if sel.Sel.Name == "DialTimeout" {
		if len(args) != 3 {
			return nil, false
		}
		dialer = "&" + pkg.Name + ".Dialer{Timeout: " + text(args[2]) + "}"
		args = args[:2]
	}
	if len(args) != 2 {
		return nil, false
	}
	rewritten := "(" + dialer + ").DialContext(" + name + ", " + text(args[0]) + ", " + text(args[1]) + ")"
	return []analysis.TextEdit{{Pos: call.Pos(), End: call.End(), NewText: []byte(rewritten)}}, true
}
