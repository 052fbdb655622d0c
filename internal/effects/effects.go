// Package effects computes, for every function of a package, the
// context-relevant work it does, directly or through the functions it
// calls: calls that take a context, calls that have a context sibling,
// network calls that cannot take one, log calls and span starts.
// goroutinectx asks it whether a goroutine does work its context governs;
// spanboundary whether a library function does network I/O.
// Knowledge of other packages' functions travels as a Fact.
package effects

import (
	"go/ast"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/obslint/obslint/internal/appmodule"
	"github.com/obslint/obslint/internal/code"
	"github.com/obslint/obslint/internal/ctxapi"
	"github.com/obslint/obslint/internal/launch"
)

// Effects is a set of kinds of context-relevant work.
type Effects uint8

const (
	ContextCall Effects = 1 << iota // calls a function that takes a context.Context
	SiblingCall                     // calls a function that has a context sibling
	NetworkCall                     // makes a network call that cannot take a context
	LogCall                         // logs through package log or log/slog
	SpanStart                       // starts a tracing span
	RootedWork                      // does work a context governs under a context root it made itself

	// IO is the work a context governs as network I/O.
	IO = ContextCall | SiblingCall | NetworkCall
)

var names = []string{"ctxcall", "sibling", "network", "log", "span", "rooted"}

func (e Effects) String() string {
	var parts []string
	for i, name := range names {
		if e&(1<<i) != 0 {
			parts = append(parts, name)
		}
	}
	if parts == nil {
		return "none"
	}
	return strings.Join(parts, "|")
}

// Fact records the effects of a function for packages that call it.
type Fact struct{ Effects Effects }

func (*Fact) AFact() {}

func (f *Fact) String() string { return "effects(" + f.Effects.String() + ")" }

// Analyzer computes the effects of a package's functions.
var Analyzer = &analysis.Analyzer{
	Name:       "obslinteffects",
	Doc:        "computes the context-relevant work each function does, for obslint's passes",
	Run:        run,
	Requires:   []*analysis.Analyzer{inspect.Analyzer, launch.Analyzer},
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(Fact)},
}

// Result answers effects queries for one package.
type Result struct {
	info    *types.Info
	funcs   map[*types.Func]Effects // this package's functions, transitively
	imports map[*types.Func]Effects // other packages' functions, from facts
	sites   *launch.Sites           // where goroutines are launched
	pass    *analysis.Pass          // used during run only
}

func run(pass *analysis.Pass) (any, error) {
	r := &Result{
		info:    pass.TypesInfo,
		funcs:   make(map[*types.Func]Effects),
		imports: make(map[*types.Func]Effects),
		sites:   pass.ResultOf[launch.Analyzer].(*launch.Sites),
		pass:    pass,
	}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	calls := make(map[*types.Func][]*types.Func) // same-package static calls
	for cur := range in.Root().Preorder((*ast.FuncDecl)(nil)) {
		decl := cur.Node().(*ast.FuncDecl)
		fn, ok := pass.TypesInfo.Defs[decl.Name].(*types.Func)
		if !ok || decl.Body == nil {
			continue
		}
		rooted := ctxapi.RootedVars(pass.TypesInfo, cur)
		var own Effects
		cur.Inspect([]ast.Node{(*ast.GoStmt)(nil), (*ast.CallExpr)(nil)}, func(c inspector.Cursor) bool {
			call, ok := c.Node().(*ast.CallExpr)
			if !ok {
				return false
			}
			if _, launches := r.Launched(call); launches {
				// Work a function hands to goroutines is not its own:
				// the launch is judged where it happens.
				return false
			}
			e := r.direct(call)
			if e&ContextCall != 0 && rootedCall(pass.TypesInfo, call, rooted) {
				// The function chose its context itself (a root it made):
				// no caller's context reaches, or could reach, this call.
				// A goroutine that runs it starts from a fresh root.
				e = e&^ContextCall | RootedWork
			}
			own |= e
			if callee := ctxapi.Callee(pass.TypesInfo, call); callee != nil {
				callee = callee.Origin()
				if callee.Pkg() == pass.Pkg {
					calls[fn] = append(calls[fn], callee)
				} else {
					own |= r.imported(callee)
				}
			}
			return true
		})
		r.funcs[fn] = own
	}
	// Import the facts of every other package's function this package
	// names — called in a package-level initialiser, or used as a value
	// (g.Go(pkg.Work)) — so that In and Func can answer for them: the
	// result is read concurrently by several passes and must not change.
	for _, obj := range pass.TypesInfo.Uses {
		if fn, ok := obj.(*types.Func); ok && fn.Pkg() != pass.Pkg {
			r.imported(fn.Origin())
		}
	}
	for changed := true; changed; {
		changed = false
		for fn, callees := range calls {
			for _, callee := range callees {
				if e := r.funcs[fn] | r.funcs[callee]; e != r.funcs[fn] {
					r.funcs[fn] = e
					changed = true
				}
			}
		}
	}
	// Dependencies (the standard library, the module cache) are judged by
	// their API (ctxapi) in every driver: only go vet and golangci-lint
	// would see facts about them.
	if !appmodule.IsDependency(pass) {
		for fn, e := range r.funcs {
			if e != 0 {
				pass.ExportObjectFact(fn, &Fact{Effects: e})
			}
		}
	}
	r.pass = nil
	return r, nil
}

func (r *Result) imported(fn *types.Func) Effects {
	e, ok := r.imports[fn]
	if !ok {
		var fact Fact
		if r.pass.ImportObjectFact(fn, &fact) {
			e = fact.Effects
		}
		r.imports[fn] = e
	}
	return e
}

// Launched returns the function that call runs on a new goroutine, if
// call launches one (see package launch): the one answer to "is this a
// launch site" for the effects analysis and the request-scope model.
func (r *Result) Launched(call *ast.CallExpr) (ast.Expr, bool) {
	return r.sites.Launched(call)
}

// rootedCall reports whether every context argument of call is nil or a
// context made from a root.
func rootedCall(info *types.Info, call *ast.CallExpr, rooted map[*types.Var]bool) bool {
	sawContext := false
	for _, arg := range call.Args {
		t := info.TypeOf(arg)
		if t == nil {
			continue
		}
		if info.Types[arg].IsNil() {
			continue
		}
		if !ctxapi.IsContext(t) {
			continue
		}
		sawContext = true
		if !ctxapi.Rooted(info, arg, rooted) {
			return false
		}
	}
	return sawContext
}

func (r *Result) direct(call *ast.CallExpr) Effects { return Direct(r.info, call) }

// Direct returns the work call does itself, not counting its callee's
// body. Passes that follow calls their own way (spanboundary, with its
// own fact) classify each call with it, so that all passes agree.
func Direct(info *types.Info, call *ast.CallExpr) Effects {
	fn := ctxapi.Callee(info, call)
	if fn == nil {
		// A call of a function value still takes a context if its type says so.
		if sig, ok := typeOf(info, call.Fun).(*types.Signature); ok && takesContext(sig) && !ctxapi.ReturnsContext(sig) {
			return ContextCall
		}
		return 0
	}
	// A log call or a span start is that, whatever else it takes: the
	// context slog.InfoContext or Tracer.Start takes is not I/O.
	if isLogCall(fn) {
		return LogCall
	}
	if _, ok := ctxapi.SpanStart(fn); ok {
		return SpanStart
	}
	var e Effects
	sig := fn.Signature()
	if fn.Pkg() != nil && fn.Pkg().Path() != "context" && usesContextParam(fn) && !ctxapi.ReturnsContext(sig) {
		// A function that returns a context (errgroup.WithContext,
		// metadata.NewOutgoingContext) derives one: plumbing, not work.
		e |= ContextCall
	}
	if ctxapi.LogWrapper(fn) {
		// Trace(msg, args...) beside TraceContext(ctx, msg, args...).
		return LogCall
	}
	if ctxapi.Sibling(fn) != nil {
		e |= SiblingCall
	}
	if _, ok := ctxapi.Network(fn); ok {
		e |= NetworkCall
	}
	return e
}

// usesContextParam reports whether fn has a context.Context parameter its
// body can use: named and not blank. Interface methods count whatever
// their parameter names, which only document.
func usesContextParam(fn *types.Func) bool {
	sig := fn.Signature()
	abstract := sig.Recv() != nil && types.IsInterface(sig.Recv().Type())
	params := sig.Params()
	for i := range params.Len() {
		p := params.At(i)
		if ctxapi.IsContext(p.Type()) && (abstract || (p.Name() != "" && p.Name() != "_")) {
			return true
		}
	}
	return false
}

func typeOf(info *types.Info, e ast.Expr) types.Type {
	if t := info.TypeOf(e); t != nil {
		return t.Underlying()
	}
	return nil
}

func takesContext(sig *types.Signature) bool {
	params := sig.Params()
	for i := range params.Len() {
		if ctxapi.IsContext(params.At(i).Type()) {
			return true
		}
	}
	return false
}

// isLogCall reports whether fn writes a log record through package log or
// log/slog (functions and *Logger methods; not constructors or attributes).
func isLogCall(fn *types.Func) bool {
	_, slog := ctxapi.SlogOutputOf(fn)
	return slog || ctxapi.StdLogFamily(fn) != ""
}

// Func returns the effects of fn: computed for this package's functions,
// from facts for functions of packages this one calls.
func (r *Result) Func(fn *types.Func) Effects {
	if fn == nil {
		return 0
	}
	fn = fn.Origin()
	if e, ok := r.funcs[fn]; ok {
		return e
	}
	return r.imports[fn]
}

// Call returns the effects of call: its own and its callee's.
func (r *Result) Call(call *ast.CallExpr) Effects {
	return r.direct(call) | r.Func(ctxapi.Callee(r.info, call))
}

// Value returns the effects of calling the function value e when e names
// a function or method (work, pkg.Work, s.Work, (*S).Work, Work[int]);
// ok is false for any other value (a literal, a variable), whose callee
// is not known statically.
func (r *Result) Value(e ast.Expr) (_ Effects, ok bool) {
	id := code.FuncIdent(e)
	if id == nil {
		return 0, false
	}
	fn, ok := r.info.Uses[id].(*types.Func)
	if !ok {
		return 0, false
	}
	return r.Func(fn), true
}
