package profiling

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/obslint/obslint/internal/analyzerdoc"
	"github.com/obslint/obslint/internal/ctxapi"
	"github.com/obslint/obslint/internal/suppress"
	"github.com/obslint/obslint/internal/tracing"
)

//go:embed doc.go
var doc string

// Analyzer reports costly or exposed profiling, and, with -strict, services
// without profiling.
var Analyzer = New()

// New returns a new instance of the analyzer. Drivers that build analyzers
// more than once (golangci-lint) configure each instance through its
// Flags: -strict also reports service programs with no profiling.
func New() *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:      "profiling",
		Doc:       analyzerdoc.MustExtract(doc, "profiling"),
		URL:       "https://github.com/obslint/obslint#profiling",
		Requires:  []*analysis.Analyzer{inspect.Analyzer, suppress.Analyzer},
		FactTypes: []analysis.Fact{(*Fact)(nil)},
	}
	strict := a.Flags.Bool("strict", false, "also report service programs (package main serving HTTP or gRPC) with no profiling at all")
	a.Run = func(pass *analysis.Pass) (any, error) { return run(pass, *strict) }
	return a
}

// Fact records what a package, with what it imports, does for profiling.
// Commands (package main) are not imported, and export none.
type Fact struct {
	Module   string // the package's module path, "" when the driver does not say
	Pprof    bool   // net/http/pprof is in its imports
	Profiled bool   // a profiler is in its imports
	Serves   bool   // it, or a package of its module it imports, serves HTTP or gRPC
}

func (*Fact) AFact() {}

func (f *Fact) String() string {
	var s []string
	if f.Pprof {
		s = append(s, "pprof")
	}
	if f.Profiled {
		s = append(s, "profiled")
	}
	if f.Serves {
		s = append(s, "serves")
	}
	return "profiling: " + strings.Join(s, ", ")
}

// profilers are the packages whose import enables profiling.
var profilers = map[string]bool{
	"net/http/pprof":                             true,
	"runtime/pprof":                              true,
	"github.com/grafana/pyroscope-go":            true,
	"github.com/pyroscope-io/client/pyroscope":   true,
	"gopkg.in/DataDog/dd-trace-go.v1/profiler":   true,
	"github.com/DataDog/dd-trace-go/v2/profiler": true,
	"cloud.google.com/go/profiler":               true,
}

const (
	blockRate     = 10000 // ns blocked per sampled event
	mutexFraction = 100   // one contention event in mutexFraction
	mutexMin      = 10    // fractions below this record most events
)

type checker struct {
	pass   *analysis.Pass
	report *suppress.Reporter
	fact   Fact
}

func run(pass *analysis.Pass, strict bool) (any, error) {
	c := &checker{pass: pass, report: suppress.NewReporter(pass), fact: Fact{Module: modulePath(pass)}}
	c.importFacts()
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	var exposures []exposure
	for cur := range insp.Root().Preorder((*ast.CallExpr)(nil), (*ast.CompositeLit)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			c.checkRate(n)
			if c.serves(n) {
				c.fact.Serves = true
			}
			if e, ok := c.servesDefaultMux(n); ok {
				exposures = append(exposures, e)
			}
		case *ast.CompositeLit:
			if e, ok := c.defaultMuxServer(n); ok {
				exposures = append(exposures, e)
			}
		}
	}
	if c.fact.Pprof {
		for _, e := range exposures {
			c.checkExposure(e)
		}
	}
	if strict && pass.Pkg.Name() == "main" && c.fact.Serves && !c.fact.Profiled {
		if f := mainFile(pass); f != nil {
			c.report.Report(analysis.Diagnostic{Pos: f.Name.Pos(), End: f.Name.End(),
				Message: "this service has no profiling: start a continuous profiler (pyroscope, Datadog, Cloud Profiler) " +
					"or serve net/http/pprof on a localhost-only mux"})
		}
	}
	if pass.Pkg.Name() != "main" && (c.fact.Pprof || c.fact.Profiled || c.fact.Serves) {
		pass.ExportPackageFact(&c.fact)
	}
	return nil, nil
}

// importFacts learns from the package's imports: profilers and pprof from
// any, serving from those of its own module (a dependency's server is not
// the program's service).
func (c *checker) importFacts() {
	for _, f := range c.pass.Files {
		for _, spec := range f.Imports {
			path, _ := strconv.Unquote(spec.Path.Value)
			c.fact.Pprof = c.fact.Pprof || path == "net/http/pprof"
			c.fact.Profiled = c.fact.Profiled || profilers[path]
		}
	}
	for _, imp := range c.pass.Pkg.Imports() {
		var f Fact
		if c.pass.ImportPackageFact(imp, &f) {
			c.fact.Pprof = c.fact.Pprof || f.Pprof
			c.fact.Profiled = c.fact.Profiled || f.Profiled
			c.fact.Serves = c.fact.Serves || f.Serves && tracing.SameModule(c.pass, imp, f.Module)
		}
	}
}

func modulePath(pass *analysis.Pass) string {
	if pass.Module == nil {
		return ""
	}
	return pass.Module.Path
}

// checkRate reports runtime.SetBlockProfileRate and
// runtime.SetMutexProfileFraction with a small constant.
func (c *checker) checkRate(call *ast.CallExpr) {
	fn := ctxapi.Callee(c.pass.TypesInfo, call)
	var what, remedy string
	var limit, fix int64
	switch {
	case ctxapi.IsFunc(fn, "runtime", "SetBlockProfileRate"):
		what, remedy, limit, fix = "nearly every blocking event", "a rate", blockRate, blockRate
	case ctxapi.IsFunc(fn, "runtime", "SetMutexProfileFraction"):
		what, remedy, limit, fix = "most contention events", "a fraction", mutexMin, mutexFraction
	default:
		return
	}
	if len(call.Args) != 1 {
		return
	}
	arg := call.Args[0]
	value := c.pass.TypesInfo.Types[arg].Value
	if value == nil {
		return
	}
	n, ok := constant.Int64Val(constant.ToInt(value))
	if !ok || n <= 0 || n >= limit {
		return
	}
	c.report.Report(analysis.Diagnostic{
		Pos: call.Pos(),
		End: call.End(),
		Message: fmt.Sprintf("%s(%d) records %s, a CPU cost in production: use %s such as %d",
			ctxapi.FuncName(fn), n, what, remedy, fix),
		SuggestedFixes: []analysis.SuggestedFix{{
			Message:   fmt.Sprintf("use %s of %d", remedy, fix),
			TextEdits: []analysis.TextEdit{{Pos: arg.Pos(), End: arg.End(), NewText: []byte(strconv.FormatInt(fix, 10))}},
		}},
	})
}

// serves reports whether call serves HTTP or gRPC.
func (c *checker) serves(call *ast.CallExpr) bool {
	fn := ctxapi.Callee(c.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "net/http":
		return strings.HasPrefix(fn.Name(), "ListenAndServe") || strings.HasPrefix(fn.Name(), "Serve") && fn.Name() != "ServeHTTP" &&
			fn.Name() != "ServeContent" && fn.Name() != "ServeFile" && fn.Name() != "ServeFileFS"
	case "google.golang.org/grpc":
		return ctxapi.IsMethod(fn, "google.golang.org/grpc", "Server", "Serve")
	case "github.com/gin-gonic/gin":
		return ctxapi.IsMethod(fn, fn.Pkg().Path(), "Engine", "Run")
	case "github.com/labstack/echo/v4":
		return ctxapi.IsMethod(fn, fn.Pkg().Path(), "Echo", "Start")
	}
	return false
}

// exposure is a place that serves http.DefaultServeMux on a constant address.
type exposure struct {
	pos, end token.Pos
	addr     string
}

// servesDefaultMux returns the exposure of http.ListenAndServe(addr, nil)
// and ListenAndServeTLS.
func (c *checker) servesDefaultMux(call *ast.CallExpr) (exposure, bool) {
	fn := ctxapi.Callee(c.pass.TypesInfo, call)
	handler := -1
	switch {
	case ctxapi.IsFunc(fn, "net/http", "ListenAndServe"):
		handler = 1
	case ctxapi.IsFunc(fn, "net/http", "ListenAndServeTLS"):
		handler = 3
	}
	if handler < 0 || len(call.Args) <= handler || !c.defaultMux(call.Args[handler]) {
		return exposure{}, false
	}
	addr, ok := c.stringConst(call.Args[0])
	return exposure{call.Pos(), call.Fun.End(), addr}, ok
}

// defaultMuxServer returns the exposure of an http.Server literal with a
// constant Addr that serves http.DefaultServeMux: its Handler is unset
// (and the package sets no http.Server's Handler later), nil or
// http.DefaultServeMux.
func (c *checker) defaultMuxServer(lit *ast.CompositeLit) (exposure, bool) {
	if t := c.pass.TypesInfo.TypeOf(lit); t == nil || !isNamed(t, "net/http", "Server") {
		return exposure{}, false
	}
	var addr, handler ast.Expr
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return exposure{}, false
		}
		switch key, _ := kv.Key.(*ast.Ident); {
		case key == nil:
		case key.Name == "Addr":
			addr = kv.Value
		case key.Name == "Handler":
			handler = kv.Value
		}
	}
	if handler == nil && c.setsServerHandler() || handler != nil && !c.defaultMux(handler) || addr == nil {
		return exposure{}, false
	}
	s, ok := c.stringConst(addr)
	return exposure{lit.Pos(), lit.Type.End(), s}, ok
}

// setsServerHandler reports whether the package assigns the Handler field
// of an http.Server.
func (c *checker) setsServerHandler() bool {
	for _, f := range c.pass.Files {
		found := false
		ast.Inspect(f, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok {
				return !found
			}
			for _, l := range as.Lhs {
				if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok && sel.Sel.Name == "Handler" {
					if t := c.pass.TypesInfo.TypeOf(sel.X); t != nil && ctxapi.IsNamedOrPointer(t, "net/http", "Server") {
						found = true
					}
				}
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// defaultMux reports whether e is nil or http.DefaultServeMux.
func (c *checker) defaultMux(e ast.Expr) bool {
	e = ast.Unparen(e)
	if c.pass.TypesInfo.Types[e].IsNil() {
		return true
	}
	sel, ok := e.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	v, ok := c.pass.TypesInfo.Uses[sel.Sel].(*types.Var)
	return ok && v.Pkg() != nil && v.Pkg().Path() == "net/http" && v.Name() == "DefaultServeMux"
}

func (c *checker) stringConst(e ast.Expr) (string, bool) {
	tv := c.pass.TypesInfo.Types[e]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

func (c *checker) checkExposure(e exposure) {
	if !public(e.addr) {
		return
	}
	c.report.Report(analysis.Diagnostic{
		Pos: e.pos,
		End: e.end,
		Message: fmt.Sprintf("net/http/pprof's handlers are on http.DefaultServeMux, served on %q beyond loopback: "+
			"serve pprof on its own mux bound to localhost", e.addr),
	})
}

// public reports whether a listening address reaches beyond loopback. An
// address that does not parse is not judged.
func public(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return false
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return false
	}
	return true
}

// mainFile returns the file that declares func main.
func mainFile(pass *analysis.Pass) *ast.File {
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "main" {
				return f
			}
		}
	}
	return nil
}

func isNamed(t types.Type, pkg, name string) bool {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	obj := named.Origin().Obj()
	return obj.Pkg() != nil && obj.Pkg().Path() == pkg && obj.Name() == name
}
