package ctxsever_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/passes/ctxsever"
)

func TestCtxsever(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), ctxsever.Analyzer,
		"sever", "siblings", "netcalls", "suppressed", "lifetime", "provenance", "testsupport", "library")
}
