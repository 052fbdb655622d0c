package spanboundary

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/obslint/obslint/internal/ctxapi"
	"github.com/obslint/obslint/internal/effects"
)

// NetworkIO is the fact that a function does network I/O (or runs a
// subprocess) a context would govern, whether or not it takes a context:
// whoever calls it without passing a context does that I/O without one.
type NetworkIO struct {
	Via        string // the call in the function's package doing it: "http.Get", "(*sql.DB).Query"
	Subprocess bool   // Via runs a subprocess (exec.Command): I/O, but not over the network
	// Param, if not 0, is the (1-based) parameter all of the I/O goes
	// through (if bs != nil { bs.Put(…) }): a call that passes a literal
	// nil for it does none.
	Param int
}

func (*NetworkIO) AFact() {}

func (f *NetworkIO) String() string {
	s := "network I/O via " + f.Via
	if f.Subprocess {
		s = "subprocess via " + f.Via
	}
	if f.Param > 0 {
		s += fmt.Sprintf(" through parameter %d", f.Param)
	}
	return s
}

// funcIO says whether a function declared in the package does I/O a
// context would govern, and how.
type funcIO struct {
	decl   *ast.FuncDecl
	cur    inspector.Cursor
	fn     *types.Func
	params []*types.Var // fn's parameters, to tell which one a call goes through
	steps  []step       // calls in the body that may lead to I/O, in source order
	io     *ioPath      // nil: no I/O
}

// step is a call that does I/O — itself, or in another package that
// says so by a fact — named by op, or a call of a function of this
// package (callee), which does I/O if its own steps do.
type step struct {
	call       *ast.CallExpr
	op         string
	subprocess bool
	direct     bool // op is judged by its API in the body (a sibling, a network call, a root passed)
	param      int  // the callee's parameter all its I/O goes through (from its fact), or 0
	through    int  // the parameter of the calling function the call is made on (bs.Put), or 0
	callee     *types.Func
}

// ioPath is how a function reaches I/O: by op, a call written in this
// package, in its own body or in the function of this package named by
// through, which it calls.
type ioPath struct {
	op, through string
	subprocess  bool
	direct      bool // op is a call of the function's own body judged by its API
	param       int  // the function's parameter all of the I/O goes through, or 0
}

func (p *ioPath) String() string {
	if p.through == "" {
		return p.op
	}
	return p.op + " via " + p.through
}

// kind names what p does, for messages.
func (p *ioPath) kind() string {
	if p.subprocess {
		return "runs a subprocess"
	}
	return "does network I/O"
}

// findIO returns the functions declared in the package, in source order,
// with the I/O each does: by its own calls, through functions of the
// package it calls, and through other packages' functions that carry a
// NetworkIO fact.
func (c *checker) findIO() []*funcIO {
	var funcs []*funcIO
	byFunc := make(map[*types.Func]*funcIO)
	c.byFunc = byFunc
	for cur := range c.model.Inspector().Root().Preorder((*ast.FuncDecl)(nil)) {
		decl := cur.Node().(*ast.FuncDecl)
		fn, ok := c.pass.TypesInfo.Defs[decl.Name].(*types.Func)
		if !ok || decl.Body == nil || logOrSpan(fn) {
			continue
		}
		f := &funcIO{decl: decl, cur: cur, fn: fn}
		for v := range fn.Signature().Params().Variables() {
			f.params = append(f.params, v)
		}
		f.steps = c.bodySteps(f)
		funcs = append(funcs, f)
		byFunc[fn] = f
	}
	// A path only gets longer lists of live steps, and its parameter
	// only goes from one to none: a few rounds settle it.
	for range len(funcs) + 1 {
		changed := false
		for _, f := range funcs {
			io := f.resolve(c.pass.TypesInfo, byFunc)
			if (io == nil) != (f.io == nil) || (io != nil && *io != *f.io) {
				f.io = io
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	return funcs
}

// logOrSpan reports whether fn is itself a log call or a span start, as
// effects.Direct judges its callers' calls of it: slog's own Info, which
// logs through an unexported method that takes a context, does no I/O.
func logOrSpan(fn *types.Func) bool {
	if _, ok := ctxapi.SlogOutputOf(fn); ok || ctxapi.StdLogFamily(fn) != "" {
		return true
	}
	_, ok := ctxapi.SpanStart(fn)
	return ok
}

// bodySteps returns the steps of f: the calls it makes while it runs.
// Code that runs later is not the function's: goroutines it launches
// (they may outlive it: a constructor's background worker), and function
// literals with a context of their own (handlers it registers), whose
// I/O their own context governs.
func (c *checker) bodySteps(f *funcIO) []step {
	var steps []step
	launched := make(map[*ast.CallExpr]bool)
	filter := []ast.Node{(*ast.GoStmt)(nil), (*ast.FuncLit)(nil), (*ast.CallExpr)(nil)}
	f.cur.Inspect(filter, func(cur inspector.Cursor) bool {
		switch n := cur.Node().(type) {
		case *ast.GoStmt:
			launched[n.Call] = true // its arguments are still evaluated here
		case *ast.FuncLit:
			if call, ok := cur.Parent().Node().(*ast.CallExpr); ok && launched[call] && call.Fun == n {
				return false
			}
			sig, ok := c.pass.TypesInfo.TypeOf(n).(*types.Signature)
			return ok && !hasContextParam(sig)
		case *ast.CallExpr:
			if launched[n] {
				return true
			}
			if s, ok := c.callStep(n); ok {
				s.through = f.paramIndex(c.pass.TypesInfo, callTarget(n))
				steps = append(steps, s)
			}
		}
		return true
	})
	return steps
}

// hasContextParam reports whether sig has a parameter that carries a
// context (see carriesContext).
func hasContextParam(sig *types.Signature) bool {
	for v := range sig.Params().Variables() {
		if ctxapi.CarriesContext(v.Type()) {
			return true
		}
	}
	return false
}

// callTarget returns the value call is made on: x in x.M(…), f in f(…).
func callTarget(call *ast.CallExpr) ast.Expr {
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		return fun.X
	case *ast.Ident:
		return fun
	}
	return nil
}

// paramIndex returns the 1-based index of the parameter of f that e
// names, or 0.
func (f *funcIO) paramIndex(info *types.Info, e ast.Expr) int {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return 0
	}
	for i, p := range f.params {
		if info.Uses[id] == p {
			return i + 1
		}
	}
	return 0
}

// resolve returns how f reaches I/O, preferring a call of its own body
// to one through a function of the package, or nil if it does not yet.
// Calls that pass a literal nil for the parameter their callee's I/O
// goes through do none.
func (f *funcIO) resolve(info *types.Info, byFunc map[*types.Func]*funcIO) *ioPath {
	var own, via *ioPath
	param, live := 0, false
	for _, s := range f.steps {
		p, through := f.stepPath(info, s, byFunc)
		if p == nil {
			continue
		}
		switch {
		case !live:
			param = through
		case through != param:
			param = 0 // I/O through two parameters, or not through one
		}
		live = true
		if p.through == "" && own == nil {
			own = p
		} else if p.through != "" && via == nil {
			via = p
		}
	}
	io := own
	if io == nil {
		io = via
	}
	if io == nil {
		return nil
	}
	r := *io
	r.param = param
	return &r
}

// stepPath returns the I/O s does as seen from f, and the parameter of f
// it goes through, or nil if it does none.
func (f *funcIO) stepPath(info *types.Info, s step, byFunc map[*types.Func]*funcIO) (*ioPath, int) {
	param, op, subprocess, direct, through := s.param, s.op, s.subprocess, s.direct, ""
	if s.callee != nil {
		g := byFunc[s.callee]
		if g == nil || g.io == nil {
			return nil, 0
		}
		param, op, subprocess, through = g.io.param, g.io.op, g.io.subprocess, ctxapi.FuncName(s.callee)
	}
	if param == 0 {
		return &ioPath{op: op, through: through, subprocess: subprocess, direct: direct}, s.through
	}
	if param > len(s.call.Args) {
		return &ioPath{op: op, through: through, subprocess: subprocess}, s.through
	}
	arg := s.call.Args[param-1]
	if info.Types[arg].IsNil() {
		return nil, 0
	}
	return &ioPath{op: op, through: through, subprocess: subprocess}, f.paramIndex(info, arg)
}

// callStep classifies call. A call of a function of this package is
// followed. A call of another package's function does I/O if its fact
// says so; of a function of this module without such a fact, none: the
// analysis saw its body, and taking a context is not doing I/O. A
// function the analysis cannot see — the standard library, other
// modules, an interface method, a function value — is judged by its
// API, as effects.Direct sees it: a function that has a context
// sibling, a network call that cannot take a context, or a function
// that takes a context.Context and can fail; except log calls, span
// starts, waits (semaphore.Acquire, rate.Limiter.Wait) and in-memory
// work (httptest.NewRequest, http.NewRequest).
func (c *checker) callStep(call *ast.CallExpr) (step, bool) {
	info := c.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return step{}, false // a conversion, even to a func type that takes a context
	}
	e := effects.Direct(info, call)
	if e&(effects.LogCall|effects.SpanStart) != 0 {
		return step{}, false // not followed either: slog.Info logs through a context-taking method
	}
	fn := ctxapi.Callee(info, call)
	switch {
	case fn == nil:
		return c.apiStep(call, nil, e)
	case abstract(fn):
		return c.apiStep(call, fn, e)
	}
	fn = fn.Origin()
	if fn.Pkg() == c.pass.Pkg {
		return step{call: call, callee: fn}, true
	}
	var fact NetworkIO
	if c.pass.ImportObjectFact(fn, &fact) {
		return step{call: call, op: ctxapi.FuncName(fn), subprocess: fact.Subprocess, param: fact.Param}, true
	}
	if c.visible(fn.Pkg()) {
		return step{}, false
	}
	return c.apiStep(call, fn, e)
}

// apiStep judges a call of fn (nil: a function value) by its API. A
// call that only takes a context counts if it can fail: I/O reports
// errors, while what takes a context to read it (trace.SpanFromContext,
// metadata.FromIncomingContext) or to log returns none.
func (c *checker) apiStep(call *ast.CallExpr, fn *types.Func, e effects.Effects) (step, bool) {
	if e&effects.IO == 0 || inMemory(fn) || waits(fn) {
		return step{}, false
	}
	if e&effects.IO == effects.ContextCall && !returnsError(c.pass.TypesInfo.TypeOf(call.Fun)) {
		return step{}, false
	}
	op := types.ExprString(call.Fun)
	if fn != nil {
		op = ctxapi.FuncName(fn)
	}
	return step{call: call, op: op, subprocess: subprocess(fn), direct: true}, true
}

// abstract reports whether fn is an interface method: no body to see.
func abstract(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	return recv != nil && types.IsInterface(recv.Type())
}

// visible reports whether the analysis sees the functions of pkg, so that
// the absence of a fact means the absence of I/O: a package of the module
// being analysed. Other modules' and the standard library's packages are
// judged by their API, the same way in every driver.
func (c *checker) visible(pkg *types.Package) bool {
	return c.module != nil && c.module.Contains(pkg.Path())
}

// inMemory reports whether fn has a context sibling or takes a context,
// yet does its work in memory: package httptest builds requests for
// tests, and http.NewRequest builds one that its caller sends.
func inMemory(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil &&
		(fn.Pkg().Path() == "net/http/httptest" || ctxapi.IsFunc(fn, "net/http", "NewRequest"))
}

// waitFuncs take a context to stop waiting, not to do I/O.
var waitFuncs = []struct{ pkg, typ, name string }{
	{"golang.org/x/sync/semaphore", "Weighted", "Acquire"},
	{"golang.org/x/time/rate", "Limiter", "Wait"},
	{"golang.org/x/time/rate", "Limiter", "WaitN"},
}

func waits(fn *types.Func) bool {
	for _, w := range waitFuncs {
		if ctxapi.IsMethod(fn, w.pkg, w.typ, w.name) {
			return true
		}
	}
	return false
}

// subprocess reports whether fn is package os/exec's: exec.Command runs a
// program, which a context would stop, but is no network I/O.
func subprocess(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "os/exec"
}

// returnsError reports whether t is a signature with an error result.
func returnsError(t types.Type) bool {
	sig, ok := t.Underlying().(*types.Signature)
	if !ok {
		return false
	}
	for v := range sig.Results().Variables() {
		if isError(v.Type()) {
			return true
		}
	}
	return false
}
