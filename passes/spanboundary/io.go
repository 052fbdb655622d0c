package spanboundary

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/obslint/obslint/internal/ctxapi"
	"github.com/obslint/obslint/internal/effects"
)

// funcIO says whether a function declared in the package does network
// I/O a context would govern, and how.
type funcIO struct {
	decl  *ast.FuncDecl
	cur   inspector.Cursor
	fn    *types.Func
	steps []step  // calls in the body that may lead to I/O, in source order
	io    *ioPath // nil: no I/O
}

// step is a call that does network I/O — itself, or in another package
// that says so by a fact — named by op, or a call of a function of this
// package (callee), which does I/O if its own steps do.
type step struct {
	op     string
	callee *types.Func
}

// ioPath is how a function reaches network I/O: by op, a call written in
// this package, in its own body or in the function of this package named
// by through, which it calls.
type ioPath struct {
	op, through string
}

func (p *ioPath) String() string {
	if p.through == "" {
		return p.op
	}
	return p.op + " via " + p.through
}

// findIO returns the functions declared in the package, in source order,
// with the network I/O each does: by its own calls, through functions of
// the package it calls, and through other packages' functions that carry
// a NoContextIO fact.
func findIO(pass *analysis.Pass, in *inspector.Inspector) []*funcIO {
	var funcs []*funcIO
	byFunc := make(map[*types.Func]*funcIO)
	for cur := range in.Root().Preorder((*ast.FuncDecl)(nil)) {
		decl := cur.Node().(*ast.FuncDecl)
		fn, ok := pass.TypesInfo.Defs[decl.Name].(*types.Func)
		if !ok || decl.Body == nil || logOrSpan(fn) {
			continue
		}
		f := &funcIO{decl: decl, cur: cur, fn: fn, steps: bodySteps(pass, cur)}
		funcs = append(funcs, f)
		byFunc[fn] = f
	}
	for changed := true; changed; {
		changed = false
		for _, f := range funcs {
			if f.io == nil {
				f.io = f.resolve(byFunc)
				changed = changed || f.io != nil
			}
		}
	}
	return funcs
}

// logOrSpan reports whether fn is itself a log call or a span start, as
// callStep judges its callers' calls of it: slog's own Info, which logs
// through an unexported method that takes a context, does no network I/O.
func logOrSpan(fn *types.Func) bool {
	if _, ok := ctxapi.SlogOutputOf(fn); ok || ctxapi.StdLogFamily(fn) != "" {
		return true
	}
	_, ok := ctxapi.SpanStart(fn)
	return ok
}

// bodySteps returns the steps of the function at cur: the calls it makes
// while it runs. Code that runs later is not the function's: goroutines
// it launches (they may outlive it: a constructor's background worker),
// and function literals with a context or a Context() provider of their
// own (handlers it registers), whose I/O their own context governs.
func bodySteps(pass *analysis.Pass, cur inspector.Cursor) []step {
	var steps []step
	launched := make(map[*ast.CallExpr]bool)
	filter := []ast.Node{(*ast.GoStmt)(nil), (*ast.FuncLit)(nil), (*ast.CallExpr)(nil)}
	cur.Inspect(filter, func(c inspector.Cursor) bool {
		switch n := c.Node().(type) {
		case *ast.GoStmt:
			launched[n.Call] = true // its arguments are still evaluated here
		case *ast.FuncLit:
			if call, ok := c.Parent().Node().(*ast.CallExpr); ok && launched[call] && call.Fun == n {
				return false
			}
			sig, ok := pass.TypesInfo.TypeOf(n).(*types.Signature)
			return ok && !hasContextParam(sig)
		case *ast.CallExpr:
			if launched[n] {
				return true
			}
			if s, ok := callStep(pass, n); ok {
				steps = append(steps, s)
			}
		}
		return true
	})
	return steps
}

// hasContextParam reports whether sig takes a context.Context, or a
// value that carries the request's: *http.Request, a web framework's
// handler context (gin's *Context, echo's Context).
func hasContextParam(sig *types.Signature) bool {
	params := sig.Params()
	for i := range params.Len() {
		if ctxapi.CarriesRequest(params.At(i).Type()) {
			return true
		}
	}
	return false
}

// resolve returns how f reaches I/O, preferring a call of its own body
// to one through a function of the package, or nil if it does not yet.
func (f *funcIO) resolve(byFunc map[*types.Func]*funcIO) *ioPath {
	for _, s := range f.steps {
		if s.callee == nil {
			return &ioPath{op: s.op}
		}
	}
	for _, s := range f.steps {
		if g := byFunc[s.callee]; g != nil && g.io != nil {
			return &ioPath{op: g.io.op, through: ctxapi.FuncName(s.callee)}
		}
	}
	return nil
}

// callStep classifies call. Network I/O is, as ctxsever and effects see
// it, a call of a function that has a context sibling, of a network call
// that cannot take a context, or of a function that takes a
// context.Context — except log calls and span starts, which may take one
// for the trace but do no network I/O.
func callStep(pass *analysis.Pass, call *ast.CallExpr) (step, bool) {
	e := effects.Direct(pass.TypesInfo, call)
	switch {
	case e&(effects.LogCall|effects.SpanStart) != 0:
		return step{}, false // not followed either: slog.Info logs through a context-taking method
	case e&effects.IO != 0:
		return step{op: callName(pass.TypesInfo, call)}, true
	}
	fn := ctxapi.Callee(pass.TypesInfo, call)
	if fn == nil {
		return step{}, false
	}
	fn = fn.Origin()
	if fn.Pkg() == pass.Pkg {
		return step{callee: fn}, true
	}
	if pass.ImportObjectFact(fn, new(NoContextIO)) {
		return step{op: ctxapi.FuncName(fn)}, true
	}
	return step{}, false
}
