package profiling_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/passes/profiling"
)

func TestProfiling(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), profiling.Analyzer, "rates", "exposed", "loopback")
}

func TestStrict(t *testing.T) {
	a := profiling.New()
	if err := a.Flags.Set("strict", "true"); err != nil {
		t.Fatal(err)
	}
	if got := profiling.Analyzer.Flags.Lookup("strict").Value.String(); got != "false" {
		t.Errorf("configuring an instance from New changed Analyzer's -strict to %s", got)
	}
	analysistest.Run(t, analysistest.TestData(), a, "service", "profiled", "cli")
}
