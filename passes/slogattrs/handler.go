package slogattrs

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/ctxapi"
	"github.com/obslint/obslint/internal/tracing"
)

// checkHandlers reports, in an application package of a program that
// traces, the handlers of the loggers it makes (slog.New) that never read
// the span from the context: log/slog's TextHandler and JSONHandler given
// to slog.New directly, and handler types whose Handle ignores its context.
// A library is left alone: the application picks the handler.
func (c *checker) checkHandlers() {
	prog, _ := c.pass.ResultOf[tracing.Analyzer].(*tracing.Program)
	if prog == nil || !prog.Traces() || !application(c.pass.Pkg) {
		return
	}
	var held handlerVars
	for cur := range c.model.Inspector().Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if !ctxapi.IsFunc(ctxapi.Callee(c.pass.TypesInfo, call), "log/slog", "New") || len(call.Args) != 1 {
			continue
		}
		h := ast.Unparen(call.Args[0])
		if v := c.localVar(h); v != nil {
			if held.values == nil {
				held = c.handlerVars()
			}
			if vals := held.values[v]; len(vals) == 1 && held.otherUses[v] == 0 {
				h = ast.Unparen(vals[0]) // h := slog.NewJSONHandler(…); slog.New(h)
			}
		}
		c.checkHandler(h, prog)
	}
}

func (c *checker) checkHandler(h ast.Expr, prog *tracing.Program) {
	if call, ok := h.(*ast.CallExpr); ok {
		fn := ctxapi.Callee(c.pass.TypesInfo, call)
		if ctxapi.IsFunc(fn, "log/slog", "NewJSONHandler") || ctxapi.IsFunc(fn, "log/slog", "NewTextHandler") {
			c.report.Report(analysis.Diagnostic{
				Pos: call.Pos(),
				End: call.End(),
				Message: ctxapi.FuncName(fn) + " never reads the span from the context, so log lines carry no trace id: " +
					"wrap it in a handler that does (otelslog, or one adding trace.SpanContextFromContext(ctx)'s ids)",
			})
			return
		}
	}
	if t := c.pass.TypesInfo.TypeOf(h); t != nil && !slogType(t) && prog.IgnoresContext(t) {
		c.report.Report(analysis.Diagnostic{
			Pos: h.Pos(),
			End: h.End(),
			Message: types.TypeString(t, types.RelativeTo(c.pass.Pkg)) + "'s Handle ignores its context, so log lines carry no trace id: " +
				"add the ids of trace.SpanContextFromContext(ctx) to the record",
		})
	}
}

// slogType reports whether t is one of log/slog's own types, which the
// rule for their constructors judges.
func slogType(t types.Type) bool {
	named := ctxapi.NamedOf(t)
	return named != nil && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "log/slog"
}

// application reports whether pkg belongs to an application rather than a
// library: package main, or a package under an "internal" or "cmd" path
// element.
func application(pkg *types.Package) bool {
	if pkg.Name() == "main" {
		return true
	}
	for _, elem := range strings.Split(pkg.Path(), "/") {
		if elem == "internal" || elem == "cmd" {
			return true
		}
	}
	return false
}

// localVar returns the local variable e refers to, or nil.
func (c *checker) localVar(e ast.Expr) *types.Var {
	id, ok := e.(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := c.pass.TypesInfo.Uses[id].(*types.Var)
	if v == nil || v.Kind() != types.LocalVar {
		return nil
	}
	return v
}

// handlerVars are the values assigned to local variables, and how often
// each is used other than as the handler of slog.New: a handler that is
// also handed elsewhere (a wrapper, a fan-out) is not judged.
type handlerVars struct {
	values    map[*types.Var][]ast.Expr
	otherUses map[*types.Var]int
}

func (c *checker) handlerVars() handlerVars {
	hv := handlerVars{values: make(map[*types.Var][]ast.Expr), otherUses: make(map[*types.Var]int)}
	info := c.pass.TypesInfo
	for cur := range c.model.Inspector().Root().Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.Ident)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if v, ok := info.Defs[id].(*types.Var); ok && len(n.Names) == len(n.Values) {
					hv.values[v] = append(hv.values[v], n.Values[i])
				}
			}
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				id, ok := l.(*ast.Ident)
				if !ok {
					continue
				}
				obj := info.Defs[id]
				if obj == nil {
					obj = info.Uses[id]
				}
				if v, ok := obj.(*types.Var); ok && len(n.Lhs) == len(n.Rhs) {
					hv.values[v] = append(hv.values[v], n.Rhs[i])
				} else if ok {
					hv.values[v] = append(hv.values[v], nil, nil) // not readable: never one value
				}
			}
		case *ast.Ident:
			v, ok := info.Uses[n].(*types.Var)
			if !ok {
				continue
			}
			if as, ok := cur.Parent().Node().(*ast.AssignStmt); ok && containsExpr(as.Lhs, n) {
				continue
			}
			if call, ok := cur.Parent().Node().(*ast.CallExpr); ok && len(call.Args) == 1 && call.Args[0] == n &&
				ctxapi.IsFunc(ctxapi.Callee(info, call), "log/slog", "New") {
				continue
			}
			hv.otherUses[v]++
		}
	}
	return hv
}

func containsExpr(list []ast.Expr, e ast.Expr) bool {
	for _, x := range list {
		if x == e {
			return true
		}
	}
	return false
}
