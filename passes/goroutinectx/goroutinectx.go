package goroutinectx

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"go/version"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/obslint/obslint/internal/analyzerdoc"
	"github.com/obslint/obslint/internal/code"
	"github.com/obslint/obslint/internal/ctxapi"
	"github.com/obslint/obslint/internal/effects"
	"github.com/obslint/obslint/internal/reqscope"
	"github.com/obslint/obslint/internal/suppress"
)

//go:embed doc.go
var doc string

// Analyzer reports goroutines launched without an explicit context choice.
var Analyzer = New()

// New returns a new instance of the analyzer. Drivers that build analyzers
// more than once (golangci-lint) configure each instance through its
// Flags: -strict judges goroutines under lifetime contexts too.
func New() *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:     "goroutinectx",
		Doc:      analyzerdoc.MustExtract(doc, "goroutinectx"),
		URL:      "https://github.com/obslint/obslint#goroutinectx",
		Requires: []*analysis.Analyzer{inspect.Analyzer, reqscope.Analyzer, effects.Analyzer, suppress.Analyzer},
	}
	strict := a.Flags.Bool("strict", false, "judge goroutines launched under lifetime contexts (a Start(ctx), a command's) as under a request's")
	a.Run = func(pass *analysis.Pass) (any, error) { return run(pass, *strict) }
	return a
}

// verdict is what goroutinectx found about a launch.
type verdict int

const (
	silent    verdict = iota
	freshRoot         // starts from context.Background() or TODO()
	noChoice          // neither inherits nor detaches, and does context-relevant work
	trapped           // inherits the request context of a handler that does not wait for it
)

type checker struct {
	pass     *analysis.Pass
	model    *reqscope.Model
	effects  *effects.Result
	report   *suppress.Reporter
	verdicts map[*reqscope.Launch]verdict
	strict   bool
}

func run(pass *analysis.Pass, strict bool) (any, error) {
	c := &checker{
		strict:   strict,
		pass:     pass,
		model:    pass.ResultOf[reqscope.Analyzer].(*reqscope.Model),
		effects:  pass.ResultOf[effects.Analyzer].(*effects.Result),
		report:   suppress.NewReporter(pass),
		verdicts: make(map[*reqscope.Launch]verdict),
	}
	// Launches come in source order, so an enclosing launch is judged
	// before the launches in its function literal.
	for _, l := range c.model.Launches() {
		c.verdicts[l] = c.judge(l)
	}
	c.checkGinContexts()
	return nil, nil
}

// judge reports what l lacks, if anything, and returns the verdict.
func (c *checker) judge(l *reqscope.Launch) verdict {
	switch {
	case l.Inherits():
		if c.enclosedBy(l, trapped) {
			return silent // the enclosing goroutine's finding covers this one
		}
		if ref, ok := c.unwaitedRequestContext(l); ok {
			c.reportTrap(l, ref)
			return trapped
		}
		return silent
	case l.Detaches(), l.Bound:
		return silent
	}
	traced := c.strict || l.Ctx.CarriesTrace()
	if roots := c.ownRoots(l); len(roots) > 0 && (traced || l.Ctx.GovernsWork() && c.workOf(l).effects&effects.IO != 0) {
		// Under a lifetime context a fresh root loses no trace, only the
		// cancellation of work that a cancellable lifetime governs.
		c.reportFreshRoot(l, roots)
		return freshRoot
	}
	if traced && c.checkRootedCallee(l) {
		return freshRoot
	}
	if !traced {
		return silent
	}
	if c.enclosedBy(l, noChoice, freshRoot) {
		// The enclosing goroutine's finding covers this one's work: its
		// fix (inherit, or detach from the available context) gives this
		// goroutine a context to use.
		return silent
	}
	if w := c.workOf(l); w.effects&^effects.LogCall != 0 {
		// A goroutine that only logs needs no choice: its log calls are
		// slogattrs's to judge.
		c.reportNoChoice(l, w)
		return noChoice
	}
	return silent
}

// enclosedBy reports whether l is launched in the code of an enclosing
// launch judged one of vs.
func (c *checker) enclosedBy(l *reqscope.Launch, vs ...verdict) bool {
	for cur := range l.Cursor().Parent().Enclosing((*ast.GoStmt)(nil), (*ast.CallExpr)(nil)) {
		if outer := c.model.LaunchOf(cur.Node()); outer != nil && slices.Contains(vs, c.verdicts[outer]) {
			return true
		}
	}
	return false
}

// ownRoots returns the context roots of l that belong to l itself rather
// than to a goroutine launched inside it, which is judged on its own.
func (c *checker) ownRoots(l *reqscope.Launch) []inspector.Cursor {
	var roots []inspector.Cursor
	for _, root := range l.Roots {
		cur, ok := l.Cursor().FindNode(root)
		if ok && c.innermostLaunch(cur) == l {
			roots = append(roots, cur)
		}
	}
	return roots
}

func (c *checker) innermostLaunch(cur inspector.Cursor) *reqscope.Launch {
	for enc := range cur.Enclosing((*ast.GoStmt)(nil), (*ast.CallExpr)(nil)) {
		if l := c.model.LaunchOf(enc.Node()); l != nil {
			return l
		}
	}
	return nil
}

// startsFresh reports whether l is judged a fresh root, without judging it.
func (c *checker) startsFresh(l *reqscope.Launch) bool {
	return !l.Inherits() && !l.Detaches() && len(c.ownRoots(l)) > 0
}

// work is the context-relevant work of a launched goroutine.
type work struct {
	effects effects.Effects // all of it
	at      ast.Node        // the first call (or function value) that does some
	first   effects.Effects // what that call does
}

// workOf returns the work of the code l runs: the body of its function
// literal, or the launched function. The arguments of a go statement are
// evaluated by the launching goroutine and do not count.
func (c *checker) workOf(l *reqscope.Launch) work {
	if lit := l.Lit(); lit != nil {
		cur, ok := l.Cursor().FindNode(lit)
		if !ok {
			return work{}
		}
		return c.literalWork(cur)
	}
	if stmt, ok := l.Node.(*ast.GoStmt); ok {
		// A callee that takes a context counts even when handed nil or a
		// struct field's context: the call does ContextCall work.
		e := c.effects.Call(stmt.Call)
		return work{effects: e, at: stmt.Call, first: e}
	}
	e, _ := c.effects.Value(l.Func) // unknown function values do no known work
	return work{effects: e, at: l.Func, first: e}
}

// literalWork returns the work of a launched literal's body, leaving out
// goroutines launched in it that start from a fresh root: their finding
// names the defect, and fixing it makes this goroutine detach too.
func (c *checker) literalWork(lit inspector.Cursor) work {
	var w work
	lit.Inspect([]ast.Node{(*ast.GoStmt)(nil), (*ast.CallExpr)(nil)}, func(cur inspector.Cursor) bool {
		if inner := c.model.LaunchOf(cur.Node()); inner != nil && c.startsFresh(inner) {
			return false
		}
		if call, ok := cur.Node().(*ast.CallExpr); ok {
			e := c.effects.Call(call)
			if e&^effects.LogCall != 0 && w.at == nil {
				w.at, w.first = call, e
			}
			w.effects |= e
		}
		return true
	})
	return w
}

// workKinds names the kinds of context-relevant work, most telling first.
var workKinds = []struct {
	effect effects.Effects
	what   string
}{
	{effects.NetworkCall, "a network call that takes no context"},
	{effects.SiblingCall, "a call that has a context-taking sibling"},
	{effects.SpanStart, "a span start"},
	{effects.LogCall, "a log call"},
	{effects.ContextCall, "a call that takes a context"},
}

func (c *checker) reportNoChoice(l *reqscope.Launch, w work) {
	ctx := l.Ctx.Expr()
	d := analysis.Diagnostic{
		Pos: l.Pos,
		End: launchEnd(l),
		Message: fmt.Sprintf("goroutine launched without an explicit context choice: pass %s (or a context derived from it) to inherit, or context.WithoutCancel(%s) to detach",
			ctx, ctx),
	}
	for _, kind := range workKinds {
		if w.first&kind.effect != 0 {
			d.Related = []analysis.RelatedInformation{{
				Pos: w.at.Pos(), End: w.at.End(),
				Message: "work the context governs, directly or in the functions it calls: " + kind.what + c.workName(w.at),
			}}
			break
		}
	}
	c.report.Report(d)
}

func (c *checker) reportFreshRoot(l *reqscope.Launch, roots []inspector.Cursor) {
	first := roots[0].Node().(*ast.CallExpr)
	name := ctxapi.Callee(c.pass.TypesInfo, first).Name()
	ctx := l.Ctx.Expr()
	var related []analysis.RelatedInformation
	for _, root := range roots {
		call := root.Node().(*ast.CallExpr)
		related = append(related, analysis.RelatedInformation{
			Pos: call.Pos(), End: call.End(),
			Message: fmt.Sprintf("context.%s() here", ctxapi.Callee(c.pass.TypesInfo, call).Name()),
		})
	}
	c.report.Report(analysis.Diagnostic{
		Pos: l.Pos,
		End: launchEnd(l),
		Message: fmt.Sprintf("goroutine starts from context.%s(), severing the trace: detach with context.WithoutCancel(%s) to keep it",
			name, ctx),
		SuggestedFixes: c.detachFix(roots),
		Related:        related,
	})
}

// detachFix replaces every root with context.WithoutCancel of the context
// available where it stands. It offers nothing when a root has none in
// scope (its name shadowed) or the file's Go version predates
// context.WithoutCancel (go1.21).
func (c *checker) detachFix(roots []inspector.Cursor) []analysis.SuggestedFix {
	var edits []analysis.TextEdit
	var ctx string
	for _, root := range roots {
		avail := c.model.At(root)
		if avail == nil || !c.hasWithoutCancel(root) {
			return nil
		}
		call := root.Node().(*ast.CallExpr)
		if ctx == "" {
			ctx = avail.Expr()
		}
		edits = append(edits, analysis.TextEdit{
			Pos:     call.Pos(),
			End:     call.End(),
			NewText: fmt.Appendf(nil, "%sWithoutCancel(%s)", qualifier(call), avail.Expr()),
		})
	}
	return []analysis.SuggestedFix{{
		Message:   fmt.Sprintf("detach with context.WithoutCancel(%s)", ctx),
		TextEdits: edits,
	}}
}

func (c *checker) hasWithoutCancel(cur inspector.Cursor) bool {
	for file := range cur.Enclosing((*ast.File)(nil)) {
		v := c.pass.TypesInfo.FileVersions[file.Node().(*ast.File)]
		return v == "" || version.Compare(v, "go1.21") >= 0
	}
	return true
}

// qualifier returns "context." for a root written context.Background(),
// with the file's name for package context, or "" for a dot import.
func qualifier(call *ast.CallExpr) string {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if id, ok := sel.X.(*ast.Ident); ok {
			return id.Name + "."
		}
	}
	return ""
}

func (c *checker) reportTrap(l *reqscope.Launch, ref inspector.Cursor) {
	expr := ref.Node().(ast.Expr)
	c.report.Report(analysis.Diagnostic{
		Pos: l.Pos,
		End: launchEnd(l),
		Message: fmt.Sprintf("goroutine inherits the request context of an HTTP handler that does not wait for it, so the context is cancelled when the response is written: detach with context.WithoutCancel(%s)",
			types.ExprString(expr)),
		Related: []analysis.RelatedInformation{{
			Pos: expr.Pos(), End: expr.End(),
			Message: "the request context is handed to the goroutine's work here",
		}},
	})
}

// launchEnd returns the end of the go keyword or of the launcher's name.
func launchEnd(l *reqscope.Launch) token.Pos { return l.End }

// workName names the call (or function value) at which a goroutine's work
// was found, as " (store.Audit)", or "" when it has no static callee.
func (c *checker) workName(at ast.Node) string {
	var fn *types.Func
	switch n := at.(type) {
	case *ast.CallExpr:
		fn = ctxapi.Callee(c.pass.TypesInfo, n)
	case ast.Expr:
		if id := code.FuncIdent(n); id != nil {
			fn, _ = c.pass.TypesInfo.Uses[id].(*types.Func)
		}
	}
	if fn == nil || fn.Pkg() == nil {
		return ""
	}
	return " (" + ctxapi.FuncName(fn) + ")"
}
