package suppress_test

import (
	"go/ast"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/internal/suppress"
)

// flagcall reports every call of a function named flag, through the
// reporter, so that the testdata shows which directives suppress it.
var flagcall = &analysis.Analyzer{
	Name:     "flagcall",
	Doc:      "reports calls of flag through suppress.Reporter",
	Requires: []*analysis.Analyzer{suppress.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		report := suppress.NewReporter(pass)
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "flag" {
						report.Reportf(call.Pos(), "flagged")
					}
				}
				return true
			})
		}
		return nil, nil
	},
}

func TestDirectives(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), flagcall, "directives", "gen")
}
