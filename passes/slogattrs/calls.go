package slogattrs

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"github.com/obslint/obslint/internal/ctxapi"
)

const slogPath = "log/slog"

// call is a call split as its callee sees it: the receiver (nil for a
// function) and the arguments, a method expression's receiver moved out
// of them.
type call struct {
	expr *ast.CallExpr
	fn   *types.Func
	recv ast.Expr
	args []ast.Expr
}

// splitCall returns call as its callee sees it, or false for calls of
// function values, conversions and builtins.
func splitCall(info *types.Info, expr *ast.CallExpr) (call, bool) {
	fn := ctxapi.Callee(info, expr)
	if fn == nil {
		return call{}, false
	}
	c := call{expr: expr, fn: fn, args: expr.Args}
	if fn.Signature().Recv() == nil {
		return c, true
	}
	sel, ok := ast.Unparen(expr.Fun).(*ast.SelectorExpr)
	if !ok {
		return call{}, false
	}
	selection := info.Selections[sel]
	if selection == nil {
		return call{}, false
	}
	switch selection.Kind() {
	case types.MethodVal:
		c.recv = sel.X
	case types.MethodExpr:
		if len(expr.Args) == 0 {
			return call{}, false
		}
		c.recv, c.args = expr.Args[0], expr.Args[1:]
	}
	return c, true
}

// arg returns the i-th argument as the callee sees it, or nil.
func (c call) arg(i int) ast.Expr {
	if i < 0 || i >= len(c.args) {
		return nil
	}
	return c.args[i]
}

// stdLogRemedies maps the families of package log's printing functions
// to the slog call that replaces them, a format for the context.
var stdLogRemedies = map[string]string{
	"Print": stderrRemedy,
	"Fatal": "slog.ErrorContext(%s, msg, attrs…) before exiting",
	"Panic": "slog.ErrorContext(%s, msg, attrs…) before panicking",
}

const stderrRemedy = "slog.InfoContext(%s, msg, attrs…)"

// unstructured returns the slog call that replaces c, a format for the
// context, if c writes an unstructured log line: package log's printing
// functions and *log.Logger's methods, and fmt.Fprint* to os.Stderr.
func unstructured(info *types.Info, c call) (remedy string, ok bool) {
	if family := ctxapi.StdLogFamily(c.fn); family != "" {
		return stdLogRemedies[family], true
	}
	switch {
	case ctxapi.IsFunc(c.fn, "fmt", "Fprint"), ctxapi.IsFunc(c.fn, "fmt", "Fprintf"), ctxapi.IsFunc(c.fn, "fmt", "Fprintln"):
		return stderrRemedy, len(c.args) > 0 && isStderr(info, c.args[0])
	}
	return "", false
}

// isStderr reports whether e is the variable os.Stderr itself.
func isStderr(info *types.Info, e ast.Expr) bool {
	var id *ast.Ident
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	}
	v, ok := info.Uses[id].(*types.Var)
	return ok && v.Pkg() != nil && v.Pkg().Path() == "os" && v.Name() == "Stderr" && v.Parent() == v.Pkg().Scope()
}

// via returns the method that gives a printf-style logger a context,
// which the suggested fix inserts before the call, or "" if it has none.
func via(logger ctxapi.PrintfLogger) string {
	switch logger {
	case ctxapi.Logrus:
		return "WithContext"
	case ctxapi.ZerologEvent:
		return "Ctx"
	}
	return ""
}

// printfRemedy says how to make fn's printf-style call with the context ctx.
func printfRemedy(logger ctxapi.PrintfLogger, fn *types.Func, ctx string) string {
	switch logger {
	case ctxapi.ZapSugar:
		return fmt.Sprintf("log a constant message with %sw and the trace fields from %s", strings.TrimSuffix(fn.Name(), "f"), ctx)
	case ctxapi.Logrus:
		return fmt.Sprintf("log through an entry made WithContext(%s) so hooks can correlate the trace", ctx)
	}
	return fmt.Sprintf("add Ctx(%s) to the event so hooks can correlate the trace", ctx)
}
