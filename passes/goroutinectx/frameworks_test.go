package goroutinectx_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/passes/goroutinectx"
)

// Handlers of web and RPC frameworks, against stubs of their APIs, and
// gin's rule that goroutines use a copy of the *gin.Context.
func TestFrameworks(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), goroutinectx.Analyzer, "frameworks", "gincopy")
}
