package goroutinectx_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/passes/goroutinectx"
)

// Launchers beside go, errgroup and WaitGroup.Go: time.AfterFunc,
// context.AfterFunc, sourcegraph/conc, and a project's own helpers,
// known across packages by their facts.
func TestLaunchers(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), goroutinectx.Analyzer, "launchers")
}

// A goroutine that runs a function making its own root starts from it.
func TestRootedCallee(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), goroutinectx.Analyzer, "rootedcallee")
}
