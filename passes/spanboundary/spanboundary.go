package spanboundary

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"

	"github.com/obslint/obslint/internal/analyzerdoc"
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
// applications or libraries), which are read anew by every run.
func New() *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:      "spanboundary",
		Doc:       analyzerdoc.MustExtract(doc, "spanboundary"),
		URL:       "https://github.com/obslint/obslint#spanboundary",
		Requires:  []*analysis.Analyzer{inspect.Analyzer, reqscope.Analyzer, suppress.Analyzer},
		FactTypes: []analysis.Fact{new(NoContextIO)},
	}
	var app, lib patternsFlag
	a.Flags.Var(&app, "app", `comma-separated import path patterns ("x" or "x/...") of applications, which may start spans; wins over -lib`)
	a.Flags.Var(&lib, "lib", `comma-separated import path patterns ("x" or "x/...") of libraries, whatever the defaults say`)
	a.Run = func(pass *analysis.Pass) (any, error) {
		r, err := parseRoles(pass.Analyzer.Name, app.value, lib.value)
		if err != nil {
			return nil, err
		}
		run(pass, r)
		return nil, nil
	}
	return a
}

// NoContextIO is the fact that a function does network I/O a context
// would govern, yet takes no context.Context: whoever calls it does that
// I/O without passing a context.
type NoContextIO struct {
	Via string // the call in the function's package doing the I/O: "http.Get", "(*sql.DB).Query"
}

func (*NoContextIO) AFact() {}

func (f *NoContextIO) String() string { return "network I/O without a context via " + f.Via }

type checker struct {
	pass   *analysis.Pass
	model  *reqscope.Model
	report *suppress.Reporter
}

func run(pass *analysis.Pass, r roles) {
	c := &checker{
		pass:   pass,
		model:  pass.ResultOf[reqscope.Analyzer].(*reqscope.Model),
		report: suppress.NewReporter(pass),
	}
	funcs := findIO(pass, c.model.Inspector())
	for _, f := range funcs {
		if f.io != nil && !ctxapi.TakesContext(f.fn) {
			pass.ExportObjectFact(f.fn, &NoContextIO{Via: f.io.op})
		}
	}
	if !r.library(pass.Pkg) {
		return
	}
	for cur := range c.model.Inspector().Root().Preorder((*ast.CallExpr)(nil)) {
		c.checkSpanStart(cur.Node().(*ast.CallExpr))
	}
	for _, f := range funcs {
		c.checkExported(f)
	}
}

func (c *checker) checkSpanStart(call *ast.CallExpr) {
	api, ok := ctxapi.SpanStart(ctxapi.Callee(c.pass.TypesInfo, call))
	if !ok {
		return
	}
	c.report.Report(analysis.Diagnostic{
		Pos: call.Pos(),
		End: call.End(),
		Message: fmt.Sprintf("library package starts %s %s span: accept the caller's context and enrich its span (%s) instead of creating one",
			article(api), api, ctxapi.SpanFromContext(api)),
	})
}

func article(word string) string {
	if strings.ContainsRune("AEIOU", rune(word[0])) {
		return "an"
	}
	return "a"
}

// checkExported reports f if it is part of the package's API, has no
// context to pass on and could take one, yet does network I/O.
func (c *checker) checkExported(f *funcIO) {
	if f.io == nil || !exportedAPI(f.fn) || c.contextAvailable(f) ||
		receiverCarriesContext(f.fn) || ctxapi.Sibling(f.fn) != nil || ioInterfaceMethod(f.fn) {
		return
	}
	c.report.Reportf(f.decl.Name.Pos(), "exported %s does network I/O without a context (%s): accept a context.Context first parameter and pass it on",
		apiName(f.fn), f.io)
}

// contextAvailable reports whether f's body has a context available, or
// f takes one it does not use (a parameter named "_" or unnamed, as an
// interface may require): such a function needs no new parameter.
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

// receiverCarriesContext reports whether fn is a method whose receiver
// carries a context: it has a Context() method (a request being built),
// or a context.Context field.
func receiverCarriesContext(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	if recv == nil {
		return false
	}
	if ctxapi.Provider(recv.Type()) != nil {
		return true
	}
	named := ctxapi.NamedOf(recv.Type())
	if named == nil {
		return false
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for field := range st.Fields() {
		if ctxapi.IsContext(field.Type()) {
			return true
		}
	}
	return false
}

// ioInterfaceMethod reports whether fn is a method whose name and
// signature are those of io.Closer, io.Reader, io.Writer, io.ReaderFrom or
// io.WriterTo: its type presumably implements that interface, which
// leaves no room for a context parameter.
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

// apiName names fn as the package's users see it: Fetch, Client.Fetch.
func apiName(fn *types.Func) string {
	if recv := fn.Signature().Recv(); recv != nil {
		return ctxapi.NamedOf(recv.Type()).Obj().Name() + "." + fn.Name()
	}
	return fn.Name()
}

// callName names the function call calls, or, for a call of a function
// value, the expression that yields it.
func callName(info *types.Info, call *ast.CallExpr) string {
	if fn := ctxapi.Callee(info, call); fn != nil {
		return ctxapi.FuncName(fn)
	}
	return types.ExprString(call.Fun)
}
