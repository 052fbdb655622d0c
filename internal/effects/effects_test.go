package effects_test

import (
	"go/ast"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/obslint/obslint/internal/effects"
)

// TestFacts checks the effects exported as facts, within a package and
// across packages.
func TestFacts(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), effects.Analyzer, "a", "b")
}

// probe reports, at each call probe(f), the effects the Result gives for
// f: In for a function literal, Value for a function value.
var probe = &analysis.Analyzer{
	Name:     "probe",
	Doc:      "reports the effects of the function given to each probe call",
	Requires: []*analysis.Analyzer{inspect.Analyzer, effects.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[effects.Analyzer].(*effects.Result)
		in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		for cur := range in.Root().Preorder((*ast.CallExpr)(nil)) {
			call := cur.Node().(*ast.CallExpr)
			if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "probe" || len(call.Args) != 1 {
				continue
			}
			arg := call.Args[0]
			if lit, ok := arg.(*ast.FuncLit); ok {
				var e effects.Effects
				for c := range cur.Child(lit).Preorder((*ast.CallExpr)(nil)) {
					e |= res.Call(c.Node().(*ast.CallExpr))
				}
				pass.Reportf(call.Pos(), "effects: %s", e)
			} else if e, ok := res.Value(arg); ok {
				pass.Reportf(call.Pos(), "effects: %s", e)
			} else {
				pass.Reportf(call.Pos(), "effects: unknown")
			}
		}
		return nil, nil
	},
}

// TestResult checks the answers the Result gives the passes, for
// literals and for function values of this and other packages.
func TestResult(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "c")
}
