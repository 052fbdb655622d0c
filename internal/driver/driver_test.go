package driver_test

import (
	"context"
	"errors"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/obslint/obslint/internal/driver"
)

type fact struct{}

func (*fact) AFact() {}

func TestLoadMode(t *testing.T) {
	plain := &analysis.Analyzer{Name: "plain", Doc: "plain"}
	withFacts := &analysis.Analyzer{Name: "facts", Doc: "facts", FactTypes: []analysis.Fact{new(fact)}}
	requiresFacts := &analysis.Analyzer{Name: "requires", Doc: "requires", Requires: []*analysis.Analyzer{plain, withFacts}}
	for _, tc := range []struct {
		analyzers []*analysis.Analyzer
		allSyntax bool
	}{
		{[]*analysis.Analyzer{plain}, false},
		{[]*analysis.Analyzer{plain, withFacts}, true},
		// Facts of a required analyzer come from the dependencies' syntax too.
		{[]*analysis.Analyzer{requiresFacts}, true},
	} {
		mode := driver.LoadMode(tc.analyzers)
		if got := mode&packages.NeedDeps != 0; got != tc.allSyntax {
			t.Errorf("LoadMode(%v) = %v: dependencies' syntax %v, want %v", tc.analyzers, mode, got, tc.allSyntax)
		}
		if mode&packages.LoadSyntax != packages.LoadSyntax {
			t.Errorf("LoadMode(%v) = %v lacks LoadSyntax", tc.analyzers, mode)
		}
	}
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	plain := &analysis.Analyzer{Name: "plain", Doc: "plain", Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	if _, err := driver.Run(ctx, packages.Config{}, []*analysis.Analyzer{plain}, driver.Options{}, "."); !errors.Is(err, context.Canceled) {
		t.Errorf("Run with a cancelled context: %v, want %v", err, context.Canceled)
	}
}
