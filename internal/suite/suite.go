// Package suite lists obslint's passes, for every driver that runs them
// all: the command (standalone and under go vet), the golangci-lint
// plugin, the language server and the SARIF writer.
package suite

import (
	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/passes/ctxsever"
	"github.com/obslint/obslint/passes/goroutinectx"
	"github.com/obslint/obslint/passes/profiling"
	"github.com/obslint/obslint/passes/propagation"
	"github.com/obslint/obslint/passes/slogattrs"
	"github.com/obslint/obslint/passes/spanboundary"
)

// Pass is one of obslint's passes.
type Pass struct {
	Name string
	// New returns a fresh, unconfigured instance; configure it through its Flags.
	New func() *analysis.Analyzer
	// Analyzer is the package's shared instance, configured by command-line flags.
	Analyzer *analysis.Analyzer
}

// Passes returns obslint's passes in a stable order.
func Passes() []Pass {
	return []Pass{
		{"ctxsever", ctxsever.New, ctxsever.Analyzer},
		{"goroutinectx", goroutinectx.New, goroutinectx.Analyzer},
		{"slogattrs", slogattrs.New, slogattrs.Analyzer},
		{"spanboundary", spanboundary.New, spanboundary.Analyzer},
		{"propagation", propagation.New, propagation.Analyzer},
		{"profiling", profiling.New, profiling.Analyzer},
	}
}

// Analyzers returns the shared instances of all passes.
func Analyzers() []*analysis.Analyzer {
	var as []*analysis.Analyzer
	for _, p := range Passes() {
		as = append(as, p.Analyzer)
	}
	return as
}
