package ctxsever_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/passes/ctxsever"
)

func TestCtxsever(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), ctxsever.Analyzer,
		"sever", "siblings", "netcalls", "suppressed", "lifetime", "provenance", "testsupport", "library")
}

// TestApplicationModule: in an application module, a component's
// lifecycle methods run under a lifetime context.
func TestApplicationModule(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "service"), ctxsever.Analyzer, "./...")
}
