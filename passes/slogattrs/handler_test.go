package slogattrs_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/passes/slogattrs"
)

func TestHandlers(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), slogattrs.Analyzer, "handlers", "handlersuntraced", "example.com/handlerlib")
}
