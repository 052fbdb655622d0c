package slogattrs_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/passes/slogattrs"
)

// Handlers of web and RPC frameworks, against stubs of their APIs.
func TestFrameworks(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), slogattrs.Analyzer, "frameworks")
}
