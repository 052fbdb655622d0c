package slogattrs

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/obslint/obslint/internal/analyzerdoc"
	"github.com/obslint/obslint/internal/appmodule"
	"github.com/obslint/obslint/internal/ctxapi"
	"github.com/obslint/obslint/internal/reqscope"
	"github.com/obslint/obslint/internal/suppress"
	"github.com/obslint/obslint/internal/tracing"
)

//go:embed doc.go
var doc string

// Analyzer reports log calls that lose structure or trace correlation.
var Analyzer = New()

// New returns a new instance of the analyzer. Drivers that build analyzers
// more than once (golangci-lint) configure each instance through its
// Flags: -require lists the attribute keys (trace_id,span_id) that slog
// calls passing no context must carry.
func New() *analysis.Analyzer {
	var required keyList
	a := &analysis.Analyzer{
		Name:     "slogattrs",
		Doc:      analyzerdoc.MustExtract(doc, "slogattrs"),
		URL:      "https://github.com/obslint/obslint#slogattrs",
		Requires: []*analysis.Analyzer{inspect.Analyzer, reqscope.Analyzer, suppress.Analyzer, tracing.Analyzer},
	}
	a.Flags.Var(&required, "require", "comma-separated attribute `keys` (trace_id,span_id) that slog calls passing no context must carry")
	strict := a.Flags.Bool("strict", false, "judge log calls under lifetime contexts (a Start(ctx), a command's) as under a request's")
	a.Run = func(pass *analysis.Pass) (any, error) {
		return run(pass, slices.Clone(required.keys), *strict)
	}
	return a
}

type checker struct {
	pass     *analysis.Pass
	model    *reqscope.Model
	report   *suppress.Reporter
	required []string
	strict   bool
	untraced bool                        // an application module that requires no tracing API
	assigns  map[*types.Var][]assignment // built on first use
}

func run(pass *analysis.Pass, required []string, strict bool) (any, error) {
	c := &checker{
		strict:   strict,
		untraced: appmodule.Untraced(pass),
		pass:     pass,
		model:    pass.ResultOf[reqscope.Analyzer].(*reqscope.Model),
		report:   suppress.NewReporter(pass),
		required: required,
	}
	for cur := range c.model.Inspector().Root().Preorder((*ast.CallExpr)(nil)) {
		sc, ok := splitCall(pass.TypesInfo, cur.Node().(*ast.CallExpr))
		if !ok {
			continue
		}
		if out, ok := ctxapi.SlogOutputOf(sc.fn); ok {
			c.checkSlog(cur, sc, out)
		} else if remedy, ok := unstructured(pass.TypesInfo, sc); ok {
			c.checkUnstructured(cur, sc, remedy)
		} else if logger, ok := ctxapi.PrintfLoggerOf(sc.fn); ok {
			c.checkPrintf(cur, sc, logger)
		} else if ctxapi.LogWrapper(sc.fn) {
			c.checkWrapper(cur, sc)
		}
	}
	c.checkHandlers()
	return nil, nil
}

// available returns the context available at cur for the rules that need
// one: nil where none is, or where a goroutine that has not chosen its
// context owns the code.
func (c *checker) available(cur inspector.Cursor) *reqscope.Context {
	if ctx := c.model.Judge(cur); ctx != nil && c.traced(ctx) {
		return ctx
	}
	return nil
}

// traced reports whether a log line written under ctx could join a
// request's trace: ctx is a request's or of unknown provenance, in a
// program that may trace (not an application whose module requires no
// tracing API).
func (c *checker) traced(ctx *reqscope.Context) bool {
	return c.strict || !c.untraced && ctx.CarriesTrace()
}

// finding gathers a call's defects, so that a call gets one diagnostic.
type finding struct {
	defects, remedies []string
	fixes             []analysis.SuggestedFix
}

func (f *finding) add(defect, remedy string) {
	f.defects = append(f.defects, defect)
	f.remedies = append(f.remedies, remedy)
}

func (c *checker) reportFinding(sc call, f finding) {
	if len(f.defects) == 0 {
		return
	}
	c.report.Report(analysis.Diagnostic{
		Pos:            sc.expr.Pos(),
		End:            sc.expr.End(),
		Message:        fmt.Sprintf("%s %s: %s", ctxapi.FuncName(sc.fn), strings.Join(f.defects, " and "), strings.Join(f.remedies, "; ")),
		SuggestedFixes: f.fixes,
	})
}

func (c *checker) checkSlog(cur inspector.Cursor, sc call, out ctxapi.SlogOutput) {
	var f finding
	if c.model.Owner(cur) == nil {
		c.checkCorrelation(cur, sc, out, &f)
	}
	if how := c.messageBuilder(cur, sc.arg(out.Msg)); how != "" {
		f.add("builds its message with "+how, "keep the message constant and pass the values as attributes")
	}
	c.reportFinding(sc, f)
}

// checkCorrelation adds the defect of a slog call that can be joined to
// its trace neither through the context nor through the required keys.
func (c *checker) checkCorrelation(cur inspector.Cursor, sc call, out ctxapi.SlogOutput, f *finding) {
	switch ctx := c.model.At(cur); {
	case ctx != nil && !c.traced(ctx):
		// A lifetime context carries no trace to correlate with.
	case ctx != nil && out.Ctx < 0:
		if c.carriesRequired(sc, out) {
			return // correlated through its attributes
		}
		f.add("drops the available context "+ctx.Expr(),
			fmt.Sprintf("call %s(%s, …) so the handler can correlate the trace", contextForm(sc.fn), ctx.Expr()))
		f.fixes = c.contextFix(sc, ctx)
	case ctx == nil && !c.passesContext(sc, out):
		if missing, known := c.missingKeys(sc, out); len(missing) > 0 && known {
			f.add("lacks the required attributes "+strings.Join(missing, ", "),
				"add them as attributes of the call or of its logger with With(…)")
		}
	}
}

// carriesRequired reports whether keys are required and the call or its
// logger may carry them all.
func (c *checker) carriesRequired(sc call, out ctxapi.SlogOutput) bool {
	missing, _ := c.missingKeys(sc, out)
	return len(c.required) > 0 && len(missing) == 0
}

// missingKeys returns the required keys that neither the call nor its
// logger may carry, and whether all the keys they carry are known.
func (c *checker) missingKeys(sc call, out ctxapi.SlogOutput) (missing []string, known bool) {
	if len(c.required) == 0 {
		return nil, false
	}
	var ks attrKeys
	if attrs := out.Msg + 1; attrs < len(sc.args) {
		c.addArgs(&ks, sc.args[attrs:], sc.expr.Ellipsis.IsValid())
	}
	if sc.recv != nil {
		c.loggerKeys(&ks, sc.recv, sc.expr.Pos())
	}
	return ks.missing(c.required), !ks.unknown
}

// passesContext reports whether a slog call hands the handler a context
// that may hold a span: any but nil, context.Background() and context.TODO().
func (c *checker) passesContext(sc call, out ctxapi.SlogOutput) bool {
	arg := sc.arg(out.Ctx)
	if arg == nil || c.pass.TypesInfo.Types[arg].IsNil() {
		return false
	}
	root, ok := ast.Unparen(arg).(*ast.CallExpr)
	return !ok || !ctxapi.IsRoot(c.pass.TypesInfo, root)
}

// contextForm names the Context form of a slog output as the remedy
// calls it: slog.InfoContext, or InfoContext on a logger.
func contextForm(fn *types.Func) string {
	if fn.Signature().Recv() == nil {
		return fn.Pkg().Name() + "." + fn.Name() + "Context"
	}
	return fn.Name() + "Context"
}

// contextFix calls the Context form of the callee with ctx first,
// keeping the receiver.
func (c *checker) contextFix(sc call, ctx *reqscope.Context) []analysis.SuggestedFix {
	name := sc.fn.Name() + "Context"
	id := calleeIdent(sc.expr)
	if id == nil || len(sc.args) == 0 {
		return nil
	}
	if _, ok := ctxapi.SlogOutputOf(c.lookup(sc, name)); !ok {
		return nil // a type embedding *slog.Logger has its own InfoContext
	}
	return []analysis.SuggestedFix{{
		Message: fmt.Sprintf("call %s with %s", name, ctx.Expr()),
		TextEdits: []analysis.TextEdit{
			{Pos: id.Pos(), End: id.End(), NewText: []byte(name)},
			{Pos: sc.args[0].Pos(), End: sc.args[0].Pos(), NewText: []byte(ctx.Expr() + ", ")},
		},
	}}
}

// calleeIdent returns the identifier naming the callee: f in f(…) and x.f(…).
func calleeIdent(call *ast.CallExpr) *ast.Ident {
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		return fun
	case *ast.SelectorExpr:
		return fun.Sel
	}
	return nil
}

// lookup returns the function name of the callee's package, or the
// method name of its receiver's type, or nil.
func (c *checker) lookup(sc call, name string) *types.Func {
	if sc.fn.Signature().Recv() == nil {
		fn, _ := sc.fn.Pkg().Scope().Lookup(name).(*types.Func)
		return fn
	}
	sel := ast.Unparen(sc.expr.Fun).(*ast.SelectorExpr) // splitCall checked it
	obj, _, _ := types.LookupFieldOrMethod(c.pass.TypesInfo.Selections[sel].Recv(), true, sc.fn.Pkg(), name)
	fn, _ := obj.(*types.Func)
	return fn
}

// messageBuilder names how msg is built from values — fmt.Sprintf, or
// string concatenation — or returns "" for a message that is constant or
// not built in the call.
//
// A message whose only values are fields of the method's receiver
// (s.name + ": error cleaning queues") names the component, fixed when it
// was built: it groups as well as a constant one.
func (c *checker) messageBuilder(cur inspector.Cursor, msg ast.Expr) string {
	if msg == nil || c.pass.TypesInfo.Types[msg].Value != nil {
		return ""
	}
	recv := c.receiver(cur)
	perCall := func(e ast.Expr) bool { return c.isValue(e) && !c.componentField(e, recv) }
	switch msg := ast.Unparen(msg).(type) {
	case *ast.BinaryExpr:
		if msg.Op == token.ADD && slices.ContainsFunc(concatenated(msg), perCall) {
			return "string concatenation"
		}
	case *ast.CallExpr:
		fn := ctxapi.Callee(c.pass.TypesInfo, msg)
		if isSprint(fn) && (msg.Ellipsis.IsValid() || slices.ContainsFunc(msg.Args, perCall)) {
			return ctxapi.FuncName(fn)
		}
	}
	return ""
}

// concatenated returns the operands of a chain of string concatenations.
func concatenated(e ast.Expr) []ast.Expr {
	if bin, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && bin.Op == token.ADD {
		return append(concatenated(bin.X), concatenated(bin.Y)...)
	}
	return []ast.Expr{e}
}

// receiver returns the receiver of the method enclosing cur, or nil.
func (c *checker) receiver(cur inspector.Cursor) *types.Var {
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		decl := fn.Node().(*ast.FuncDecl)
		if decl.Recv == nil || len(decl.Recv.List) == 0 || len(decl.Recv.List[0].Names) == 0 {
			return nil
		}
		v, _ := c.pass.TypesInfo.Defs[decl.Recv.List[0].Names[0]].(*types.Var)
		return v
	}
	return nil
}

// componentField reports whether e is a field of recv (s.name, s.cfg.Name):
// part of the component, not of the call.
func (c *checker) componentField(e ast.Expr, recv *types.Var) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok || recv == nil {
		return false
	}
	if s := c.pass.TypesInfo.Selections[sel]; s == nil || s.Kind() != types.FieldVal {
		return false
	}
	switch x := ast.Unparen(sel.X).(type) {
	case *ast.Ident:
		return c.pass.TypesInfo.Uses[x] == recv
	case *ast.SelectorExpr:
		return c.componentField(x, recv)
	}
	return false
}

func isSprint(fn *types.Func) bool {
	return ctxapi.IsFunc(fn, "fmt", "Sprint") || ctxapi.IsFunc(fn, "fmt", "Sprintf") || ctxapi.IsFunc(fn, "fmt", "Sprintln")
}

// isValue reports whether e is not a constant.
func (c *checker) isValue(e ast.Expr) bool {
	return c.pass.TypesInfo.Types[e].Value == nil
}

func (c *checker) checkUnstructured(cur inspector.Cursor, sc call, remedy string) {
	if sc.fn.Pkg().Path() == "fmt" && commandPackage(c.pass.Pkg) {
		// A command's messages on standard error are its user
		// interface, not log lines.
		return
	}
	ctx := c.available(cur)
	if ctx == nil {
		return
	}
	what := ctxapi.FuncName(sc.fn)
	if sc.fn.Pkg().Path() == "fmt" {
		what += " to os.Stderr"
	}
	c.report.Report(analysis.Diagnostic{
		Pos: sc.expr.Pos(),
		End: sc.expr.End(),
		Message: fmt.Sprintf("%s writes an unstructured line without the available context %s: use slog with the context (%s)",
			what, ctx.Expr(), fmt.Sprintf(remedy, ctx.Expr())),
	})
}

// commandPackage reports whether pkg is a command: package main, or a
// package under a "cmd" or "cli" path element (a command's
// implementation, as amtool's cli/).
func commandPackage(pkg *types.Package) bool {
	elems := strings.Split(pkg.Path(), "/")
	return pkg.Name() == "main" || slices.Contains(elems, "cmd") || slices.Contains(elems, "cli")
}

func (c *checker) checkPrintf(cur inspector.Cursor, sc call, logger ctxapi.PrintfLogger) {
	ctx := c.available(cur)
	if ctx == nil || c.gotContext(sc) {
		return
	}
	c.report.Report(analysis.Diagnostic{
		Pos:            sc.expr.Pos(),
		End:            sc.expr.End(),
		Message:        fmt.Sprintf("%s drops the available context %s: %s", ctxapi.FuncName(sc.fn), ctx.Expr(), printfRemedy(logger, sc.fn, ctx.Expr())),
		SuggestedFixes: c.viaFix(sc, via(logger), ctx),
	})
}

// gotContext reports whether the logger of a call got a context on its
// way: a call in its receiver chain takes a context, or a value with a
// Context() method (logrus.WithContext(ctx), event.Ctx(ctx), loggerFrom(r)).
func (c *checker) gotContext(sc call) bool {
	if sc.recv == nil {
		return false
	}
	got := false
	c.chainCalls(sc.recv, sc.expr.Pos(), func(link call) {
		for _, arg := range link.args {
			if t := c.pass.TypesInfo.TypeOf(arg); t != nil && (ctxapi.IsContext(t) || ctxapi.Provider(t) != nil) {
				got = true
			}
		}
	})
	return got
}

// viaFix inserts via(ctx) before the logging method, if via returns a
// logger that has it: logrus.WithContext(ctx).Infof, event.Ctx(ctx).Msgf.
func (c *checker) viaFix(sc call, via string, ctx *reqscope.Context) []analysis.SuggestedFix {
	id := calleeIdent(sc.expr)
	if via == "" || id == nil {
		return nil
	}
	if sel, ok := ast.Unparen(sc.expr.Fun).(*ast.SelectorExpr); ok && sc.recv != nil && sel.X != sc.recv {
		return nil // a method expression: (*logrus.Logger).Infof(l, …)
	}
	m := c.lookup(sc, via)
	if m == nil || m.Signature().Results().Len() != 1 {
		return nil
	}
	if obj, _, _ := types.LookupFieldOrMethod(m.Signature().Results().At(0).Type(), true, m.Pkg(), sc.fn.Name()); obj == nil {
		return nil
	}
	call := fmt.Sprintf("%s(%s)", via, ctx.Expr())
	return []analysis.SuggestedFix{{
		Message:   "log through " + call,
		TextEdits: []analysis.TextEdit{{Pos: id.Pos(), End: id.Pos(), NewText: []byte(call + ".")}},
	}}
}

// checkWrapper reports a call of a project's logging wrapper that has a
// Context form (Info beside InfoContext) where a context is available.
func (c *checker) checkWrapper(cur inspector.Cursor, sc call) {
	ctx := c.available(cur)
	sib := ctxapi.Sibling(sc.fn)
	if ctx == nil || sib == nil {
		return
	}
	d := analysis.Diagnostic{
		Pos:     sc.expr.Pos(),
		End:     sc.expr.End(),
		Message: fmt.Sprintf("%s drops the available context %s: call %s(%s, …) so the line joins the trace", ctxapi.FuncName(sc.fn), ctx.Expr(), sib.Name(), ctx.Expr()),
	}
	if id := calleeIdent(sc.expr); id != nil && len(sc.args) > 0 && len(sc.args) == len(sc.expr.Args) {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message: fmt.Sprintf("call %s with %s", sib.Name(), ctx.Expr()),
			TextEdits: []analysis.TextEdit{
				{Pos: id.Pos(), End: id.End(), NewText: []byte(sib.Name())},
				{Pos: sc.args[0].Pos(), End: sc.args[0].Pos(), NewText: []byte(ctx.Expr() + ", ")},
			},
		}}
	}
	c.report.Report(d)
}
