package spanboundary

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/obslint/obslint/internal/analyzerdoc"
	"github.com/obslint/obslint/internal/appmodule"
	"github.com/obslint/obslint/internal/ctxapi"
	"github.com/obslint/obslint/internal/reqscope"
	"github.com/obslint/obslint/internal/suppress"
)

//go:embed doc.go
var doc string

// Analyzer reports library packages that start spans or do network I/O
// without accepting a context.
var Analyzer = New()

// New returns a new instance of the analyzer, configured by its Flags
// -app and -lib (import path patterns of packages to treat as
// applications or libraries) and -strict (report every span start),
// which are read anew by every run.
func New() *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:      "spanboundary",
		Doc:       analyzerdoc.MustExtract(doc, "spanboundary"),
		URL:       "https://github.com/obslint/obslint#spanboundary",
		Requires:  []*analysis.Analyzer{inspect.Analyzer, reqscope.Analyzer, suppress.Analyzer},
		FactTypes: []analysis.Fact{new(NetworkIO)},
	}
	var app, lib patternsFlag
	var strict bool
	a.Flags.Var(&app, "app", `comma-separated import path patterns ("x" or "x/...") of application packages, which are not judged; wins over -lib`)
	a.Flags.Var(&lib, "lib", `comma-separated import path patterns ("x" or "x/...") of library packages, whatever their module says`)
	a.Flags.BoolVar(&strict, "strict", false, "also report libraries' spans started from the caller's context, not only new roots and tracing setup")
	a.Run = func(pass *analysis.Pass) (any, error) {
		r, err := parseRoles(pass.Analyzer.Name, app.value, lib.value)
		if err != nil {
			return nil, err
		}
		run(pass, r, strict)
		return nil, nil
	}
	return a
}

type checker struct {
	pass   *analysis.Pass
	model  *reqscope.Model
	report *suppress.Reporter
	module *appmodule.Module       // nil outside a module
	silent map[*ast.FuncDecl]bool  // functions the pass leaves alone
	byFunc map[*types.Func]*funcIO // the package's functions, by findIO
}

func run(pass *analysis.Pass, r roles, strict bool) {
	c := &checker{
		pass:   pass,
		model:  pass.ResultOf[reqscope.Analyzer].(*reqscope.Model),
		report: suppress.NewReporter(pass),
		silent: make(map[*ast.FuncDecl]bool),
	}
	if m, ok := appmodule.Of(pass); ok {
		if m.Standard() {
			// The standard library is judged by its API (siblings, network
			// calls, context parameters), the same way in every driver,
			// whether or not the driver analyses it.
			return
		}
		c.module = &m
	}
	funcs := c.findIO()
	for _, f := range funcs {
		if f.io != nil {
			pass.ExportObjectFact(f.fn, &NetworkIO{Via: f.io.op, Subprocess: f.io.subprocess, Param: f.io.param})
		}
	}
	if !r.library(pass.Pkg.Path(), func() bool { return defaultLibrary(pass) }) {
		return
	}
	for cur := range c.model.Inspector().Root().Preorder((*ast.CallExpr)(nil)) {
		c.checkTracing(cur, strict)
	}
	for _, f := range funcs {
		if f.io == nil || c.silentAt(f.cur) {
			continue
		}
		if takesContext(f.fn) {
			c.checkDropped(f)
		} else {
			c.checkExported(f)
		}
	}
}

// silentAt reports whether the code at cur is in a function the pass
// leaves alone: a test helper, or a lifecycle API that owns its context.
func (c *checker) silentAt(cur inspector.Cursor) bool {
	fn, ok := enclosingFunc(cur)
	if !ok {
		return false
	}
	decl := fn.Node().(*ast.FuncDecl)
	silent, ok := c.silent[decl]
	if !ok {
		obj, _ := c.pass.TypesInfo.Defs[decl.Name].(*types.Func)
		silent = obj != nil && ctxapi.TestHelper(obj) || reqscope.LifecycleAPI(c.pass.TypesInfo, fn)
		c.silent[decl] = silent
	}
	return silent
}

// takesContext reports whether fn has a context.Context parameter.
func takesContext(fn *types.Func) bool {
	return contextParam(fn) != nil
}

// contextParam returns fn's first context.Context parameter, or nil.
func contextParam(fn *types.Func) *types.Var {
	for v := range fn.Signature().Params().Variables() {
		if ctxapi.IsContext(v.Type()) {
			return v
		}
	}
	return nil
}

// checkExported reports f if it is part of the package's API, has no
// context to pass on and could take one, yet does I/O.
func (c *checker) checkExported(f *funcIO) {
	if !exportedAPI(f.fn) || c.contextAvailable(f) || receiverCarriesContext(f.fn) ||
		ctxapi.Sibling(f.fn) != nil || ioInterfaceMethod(f.fn) || fixedByInterface(c.pass.Pkg, f.fn) || rpcMethod(c.pass.Pkg, f.fn) {
		return
	}
	c.report.Report(analysis.Diagnostic{
		Pos: f.decl.Name.Pos(), End: f.decl.Name.End(),
		Message: fmt.Sprintf("exported %s %s without a context (%s): accept a context.Context first parameter and pass it on",
			apiName(f.fn), f.io.kind(), f.io),
	})
}

// contextAvailable reports whether f's body has a context available, or
// a parameter carries one.
func (c *checker) contextAvailable(f *funcIO) bool {
	return c.model.At(f.cur.ChildAt(edge.FuncDecl_Body, -1)) != nil ||
		hasContextParam(f.fn.Signature())
}

// exportedAPI reports whether fn is an exported function or an exported
// method of an exported type.
func exportedAPI(fn *types.Func) bool {
	if !fn.Exported() {
		return false
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return true
	}
	named := ctxapi.NamedOf(recv.Type())
	return named != nil && named.Obj().Exported()
}

// apiName names fn as the package's users see it: Fetch, Client.Fetch.
func apiName(fn *types.Func) string {
	if recv := fn.Signature().Recv(); recv != nil {
		return ctxapi.NamedOf(recv.Type()).Obj().Name() + "." + fn.Name()
	}
	return fn.Name()
}
