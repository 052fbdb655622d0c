package golangci

import (
	"fmt"
	"path/filepath"

	"golang.org/x/tools/go/analysis"
)

// withRelatedInMessage returns a copy of a whose diagnostics carry their
// related information in the message, after the finding's own text:
// golangci-lint reports each related position as an issue of its own,
// named "<linter>(related information)", so that one finding would count,
// and need suppressing, twice.
func withRelatedInMessage(a *analysis.Analyzer) *analysis.Analyzer {
	w := *a
	w.Run = func(pass *analysis.Pass) (any, error) {
		report := pass.Report
		pass.Report = func(d analysis.Diagnostic) {
			for _, rel := range d.Related {
				posn := pass.Fset.Position(rel.Pos)
				d.Message += fmt.Sprintf("; %s:%d: %s", filepath.Base(posn.Filename), posn.Line, rel.Message)
			}
			d.Related = nil
			report(d)
		}
		return a.Run(pass)
	}
	return &w
}
