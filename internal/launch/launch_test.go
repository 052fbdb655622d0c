package launch_test

import (
	"go/ast"
	"go/types"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/obslint/obslint/internal/code"
	"github.com/obslint/obslint/internal/launch"
)

// describe reports each launcher call and the function it launches.
var describe = &analysis.Analyzer{
	Name:     "describe",
	Doc:      "reports launch sites",
	Requires: []*analysis.Analyzer{inspect.Analyzer, launch.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		sites := pass.ResultOf[launch.Analyzer].(*launch.Sites)
		in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		for cur := range in.Root().Preorder((*ast.CallExpr)(nil)) {
			call := cur.Node().(*ast.CallExpr)
			if f, ok := sites.Launched(call); ok {
				pass.Reportf(code.FuncIdent(call.Fun).Pos(), "launches %s", types.ExprString(f))
			}
		}
		return nil, nil
	},
}

// The facts of a package's launchers, and launch sites through them in
// another package, beside the launchers known by their API.
func TestLaunch(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), launch.Analyzer, "helpers")
	analysistest.Run(t, analysistest.TestData(), describe, "user")
}
