package goroutinectx_test

import (
	"fmt"
	"go/token"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/passes/goroutinectx"
)

func TestGoroutinectx(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), goroutinectx.Analyzer,
		"inherit", "freshroot", "nochoice", "trap", "noctx", "suppressed", "nested")
}

// A module older than go1.21 has no context.WithoutCancel to fix with.
func TestGo120(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, filepath.Join(analysistest.TestData(), "go120"), goroutinectx.Analyzer, "./...")
}

// The findings point at what they are about: the work, the roots, the
// context handed over.
func TestRelated(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), goroutinectx.Analyzer, "related")
	var got []string
	for _, r := range results {
		for _, d := range r.Diagnostics {
			line := func(p token.Pos) int { return r.Pass.Fset.Position(p).Line }
			for _, rel := range d.Related {
				got = append(got, fmt.Sprintf("%d: %d: %s", line(d.Pos), line(rel.Pos), rel.Message))
			}
		}
	}
	want := []string{
		"12: 15: work the context governs, directly or in the functions it calls: a network call that takes no context (http.Get)",
		"17: 18: context.Background() here",
		"17: 19: context.TODO() here",
		"21: 21: the request context is handed to the goroutine's work here",
	}
	if !slices.Equal(got, want) {
		t.Errorf("related information:\ngot  %q\nwant %q", got, want)
	}
}

func TestProvenance(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), goroutinectx.Analyzer, "provenance")
}
