package goroutinectx

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/code"
	"github.com/obslint/obslint/internal/ctxapi"
	"github.com/obslint/obslint/internal/effects"
	"github.com/obslint/obslint/internal/reqscope"
)

// checkRootedCallee reports a goroutine that runs a function which makes
// its own context root for the work it does (go s.refresh(), where
// refresh calls context.WithTimeout(context.Background(), …)): like a
// root in the goroutine's own code, it severs the trace. It reports
// whether it did.
func (c *checker) checkRootedCallee(l *reqscope.Launch) bool {
	fn := c.rootedCallee(l)
	if fn == nil {
		return false
	}
	ctx := l.Ctx.Expr()
	d := analysis.Diagnostic{
		Pos: l.Pos,
		End: launchEnd(l),
		Message: fmt.Sprintf("goroutine runs %s, which starts from a context root of its own, severing the trace: pass it context.WithoutCancel(%s)",
			fn.Name(), ctx),
	}
	if root := c.rootIn(fn); root != nil {
		d.Related = []analysis.RelatedInformation{{
			Pos: root.Pos(), End: root.End(),
			Message: fmt.Sprintf("context.%s() here", ctxapi.Callee(c.pass.TypesInfo, root).Name()),
		}}
	}
	c.report.Report(d)
	return true
}

// rootedCallee returns the function l runs, directly (go s.refresh(),
// g.Go(s.refresh)) or from its literal, that does work a context governs
// under a root it made itself, or nil.
func (c *checker) rootedCallee(l *reqscope.Launch) *types.Func {
	rooted := func(fn *types.Func) bool { return c.effects.Func(fn)&effects.RootedWork != 0 }
	if lit := l.Lit(); lit != nil {
		var found *types.Func
		ast.Inspect(lit.Body, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && found == nil {
				if fn := ctxapi.Callee(c.pass.TypesInfo, call); fn != nil && rooted(fn) {
					found = fn
				}
			}
			return found == nil
		})
		return found
	}
	var fn *types.Func
	if stmt, ok := l.Node.(*ast.GoStmt); ok {
		fn = ctxapi.Callee(c.pass.TypesInfo, stmt.Call)
	} else if id := code.FuncIdent(l.Func); id != nil {
		fn, _ = c.pass.TypesInfo.Uses[id].(*types.Func)
	}
	if fn != nil && rooted(fn) {
		return fn
	}
	return nil
}

// rootIn returns the first context root in the body of fn, a function of
// this package, or nil.
func (c *checker) rootIn(fn *types.Func) *ast.CallExpr {
	for cur := range c.model.Inspector().Root().Preorder((*ast.FuncDecl)(nil)) {
		decl := cur.Node().(*ast.FuncDecl)
		if c.pass.TypesInfo.Defs[decl.Name] != fn || decl.Body == nil {
			continue
		}
		var root *ast.CallExpr
		ast.Inspect(decl.Body, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && root == nil && ctxapi.IsRoot(c.pass.TypesInfo, call) {
				root = call
			}
			return root == nil
		})
		return root
	}
	return nil
}
