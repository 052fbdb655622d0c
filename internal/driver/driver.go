// Package driver runs analyzers over packages loaded with go/packages and
// the public go/analysis/checker, for obslint's drivers other than the
// multichecker: the language server and the SARIF writer.
package driver

import (
	"cmp"
	"context"
	"fmt"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// A Finding is a diagnostic and the analyzer that reported it.
type Finding struct {
	Analyzer *analysis.Analyzer
	analysis.Diagnostic
}

// Result is the outcome of one run.
type Result struct {
	Fset     *token.FileSet
	Packages []*packages.Package // the packages the patterns matched
	Findings []Finding           // in the packages matched, by position
	// Errors are the load, parse and type errors of the packages and
	// their dependencies. Passes that need well-typed code did not run on
	// a package with errors.
	Errors []packages.Error
	// Failures are the errors of analyzers that failed on well-typed packages.
	Failures []error
}

// Options tune a run.
type Options struct {
	// Sequential runs every analysis in the calling goroutine, so that
	// the caller can recover from an analyzer's panic.
	Sequential bool
}

// Run loads the packages that patterns match, with cfg's Dir, Env,
// BuildFlags, Overlay and Tests, and runs analyzers on them. It fails only
// when the packages cannot be listed or ctx is done; errors in the
// packages are in the Result. The checker itself cannot be interrupted:
// cancelling ctx stops the load, and Run discards the analysis of a run
// cancelled meanwhile.
func Run(ctx context.Context, cfg packages.Config, analyzers []*analysis.Analyzer, opts Options, patterns ...string) (*Result, error) {
	cfg.Context = ctx
	cfg.Mode = LoadMode(analyzers)
	pkgs, err := packages.Load(&cfg, patterns...)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err != nil {
		return nil, err
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	graph, err := checker.Analyze(analyzers, pkgs, &checker.Options{Sequential: opts.Sequential})
	if err != nil {
		return nil, err // the analyzers are invalid: a programming error
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r := &Result{Fset: pkgs[0].Fset, Packages: pkgs}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		r.Errors = append(r.Errors, p.Errors...)
	})
	for _, act := range graph.Roots {
		switch {
		case act.Err != nil && !act.Package.IllTyped:
			r.Failures = append(r.Failures, fmt.Errorf("%s: %v", act, act.Err))
		case act.Err == nil:
			for _, d := range act.Diagnostics {
				r.Findings = append(r.Findings, Finding{Analyzer: act.Analyzer, Diagnostic: d})
			}
		}
	}
	slices.SortStableFunc(r.Findings, func(a, b Finding) int {
		pa, pb := r.Fset.PositionFor(a.Pos, false), r.Fset.PositionFor(b.Pos, false)
		return cmp.Or(
			cmp.Compare(pa.Filename, pb.Filename),
			cmp.Compare(pa.Offset, pb.Offset),
			cmp.Compare(a.Analyzer.Name, b.Analyzer.Name))
	})
	return r, nil
}

// LoadMode is the go/packages mode analyzers need: syntax and types of
// the packages analyzed, and of all their dependencies when an analyzer
// (or one it requires) exchanges facts, since facts are computed from the
// dependencies' syntax.
func LoadMode(analyzers []*analysis.Analyzer) packages.LoadMode {
	mode := packages.LoadSyntax | packages.NeedModule
	if needFacts(analyzers, make(map[*analysis.Analyzer]bool)) {
		mode = packages.LoadAllSyntax | packages.NeedModule
	}
	return mode
}

func needFacts(analyzers []*analysis.Analyzer, seen map[*analysis.Analyzer]bool) bool {
	for _, a := range analyzers {
		if seen[a] {
			continue
		}
		seen[a] = true
		if len(a.FactTypes) > 0 || needFacts(a.Requires, seen) {
			return true
		}
	}
	return false
}
