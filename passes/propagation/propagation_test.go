package propagation_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/passes/propagation"
)

func TestPropagation(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), propagation.Analyzer,
		"servers", "defaultmux", "defaultempty", "clients", "globaltransport", "grpcsvc", "routers",
		"untraced", "handextract", "program")
}
