// Package driver loads packages with go/packages and runs analyzers on
// them with the public go/analysis/checker: the one analysis path of
// obslint's standalone command, its SARIF writer and its language server.
// (go vet -vettool runs the passes through unitchecker instead, one
// package at a time.)
//
// Only the packages the patterns match, the roots, are analyzed, and
// facts flow only among them. The roots are parsed and type-checked
// from source; their dependencies' types come from export data. The
// multichecker instead loads every dependency, all of the standard
// library, from source as soon as one analyzer declares facts, and runs
// the fact analyzers on all of it: several times the cost of loading,
// for facts obslint's passes do not need, since they classify the
// standard library and other dependencies by their API (internal/ctxapi).
// A root that imports another root sees its source-checked types (see
// rootsOnly), so facts about the user's own packages reach their users.
package driver

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/token"
	"os/exec"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// A Finding is a diagnostic, the analyzer that reported it and the
// package it reported it in.
type Finding struct {
	Analyzer *analysis.Analyzer
	Package  *packages.Package
	analysis.Diagnostic
}

// Result is the outcome of one run.
type Result struct {
	Fset     *token.FileSet
	Packages []*packages.Package // the packages the patterns matched
	// Findings are those in the packages matched, by position, without
	// the duplicates of a file analyzed in a package and its test variant.
	Findings []Finding
	// Errors are the load, parse and type errors of the packages and
	// their dependencies, and the errors of their modules. Passes that
	// need well-typed code did not run on a package with errors.
	Errors []PackageError
	// Failures are the errors of analyzers that failed on well-typed packages.
	Failures []error
	// Graph is the checker's graph of actions on the packages matched
	// (on copies, whose Imports are only other packages matched), each
	// root's diagnostics in position order.
	Graph *checker.Graph
}

// A PackageError is an error in a package or its module.
type PackageError struct {
	Package *packages.Package
	packages.Error
}

// Options tune a run.
type Options struct {
	// Sequential runs every analysis in the calling goroutine, so that
	// the caller can recover from an analyzer's panic.
	Sequential bool
	// NoTestFindings says that the analyzers report nothing in test
	// files and generated files, as obslint's passes do not
	// (internal/suppress). The analyzers then skip the packages that
	// could only repeat the findings of others: those whose files are all
	// test files, generated files or files of another package analyzed.
	// With cfg.Tests, those are the test variants: p [p.test], whose
	// other files are p's, p_test [p.test] and the generated p.test.
	// Their errors are still reported.
	NoTestFindings bool
}

// LoadMode is the go/packages mode of every run: syntax and types of the
// packages analyzed, and their dependencies' types from export data
// (from source when cfg has an Overlay, which go/packages takes to
// invalidate export data).
const LoadMode = packages.LoadSyntax | packages.NeedModule | packages.NeedForTest

// Run loads the packages that patterns match, with cfg's Dir, Env,
// BuildFlags, Overlay and Tests, and runs analyzers on them. It fails only
// when the packages cannot be listed or ctx is done; errors in the
// packages are in the Result. The checker itself cannot be interrupted:
// cancelling ctx stops the load, and Run discards the analysis of a run
// cancelled meanwhile.
func Run(ctx context.Context, cfg packages.Config, analyzers []*analysis.Analyzer, opts Options, patterns ...string) (*Result, error) {
	cfg.Context = ctx
	cfg.Mode = LoadMode
	pkgs, err := packages.Load(&cfg, patterns...)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err != nil {
		return nil, err
	}
	if len(pkgs) == 0 {
		return nil, noPackages(cfg, patterns)
	}
	roots := rootsOnly(pkgs)
	loaded := make(map[*packages.Package]*packages.Package, len(pkgs)) // by copy
	for i, root := range roots {
		loaded[root] = pkgs[i]
	}
	if opts.NoTestFindings {
		// The other roots are still analyzed for the facts of those that
		// import them.
		roots = withFindings(roots)
	}
	graph, err := checker.Analyze(analyzers, roots, &checker.Options{Sequential: opts.Sequential})
	if err != nil {
		return nil, err // the analyzers are invalid: a programming error
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r := &Result{Fset: pkgs[0].Fset, Packages: pkgs, Graph: graph, Errors: loadErrors(pkgs)}
	for _, act := range graph.Roots {
		switch {
		case act.Err != nil && !act.Package.IllTyped:
			r.Failures = append(r.Failures, fmt.Errorf("%s: %v", act, act.Err))
		case act.Err == nil:
			slices.SortStableFunc(act.Diagnostics, func(a, b analysis.Diagnostic) int {
				return r.comparePos(a.Pos, b.Pos)
			})
			for _, d := range act.Diagnostics {
				r.Findings = append(r.Findings, Finding{Analyzer: act.Analyzer, Package: loaded[act.Package], Diagnostic: d})
			}
		}
	}
	r.sortFindings()
	return r, nil
}

// sortFindings orders the findings by position, analyzer and message,
// each once.
func (r *Result) sortFindings() {
	slices.SortStableFunc(r.Findings, func(a, b Finding) int {
		return cmp.Or(
			r.comparePos(a.Pos, b.Pos),
			cmp.Compare(a.Analyzer.Name, b.Analyzer.Name),
			cmp.Compare(a.Message, b.Message),
			r.comparePos(a.End, b.End))
	})
	r.Findings = slices.CompactFunc(r.Findings, r.sameFinding)
}

// rootsOnly returns copies of the roots, in order, whose imports are only the
// (copies of the) roots they import: the checker analyzes the imports of
// a package for the facts of its analyzers, and the other imports are
// neither to be analyzed nor, loaded from export data, analyzable.
//
// go/packages type-checks a root before the roots that import it and
// gives them its *types.Package (also through packages that are not
// roots, which it then loads from source), so a fact about one root's
// object is found by another root under the same object.
func rootsOnly(pkgs []*packages.Package) []*packages.Package {
	copies := make(map[*packages.Package]*packages.Package, len(pkgs))
	for _, p := range pkgs {
		c := *p
		copies[p] = &c
	}
	roots := make([]*packages.Package, len(pkgs))
	for i, p := range pkgs {
		c := copies[p]
		c.Imports = make(map[string]*packages.Package)
		for path, imp := range p.Imports {
			if root, ok := copies[imp]; ok {
				c.Imports[path] = root
			}
		}
		roots[i] = c
	}
	return roots
}

// withFindings returns the packages of pkgs that can have findings in
// files no other has (see Options.NoTestFindings): packages first, then
// their test variants, are kept if they have a file that is not a test
// file, not generated and not a file of a package kept.
func withFindings(pkgs []*packages.Package) []*packages.Package {
	covered := make(map[string]bool)
	var kept []*packages.Package
	for _, variants := range []bool{false, true} {
		for _, p := range pkgs {
			if (p.ForTest != "") != variants {
				continue
			}
			own := false
			for _, f := range p.Syntax {
				name := p.Fset.File(f.FileStart).Name()
				own = own || !strings.HasSuffix(name, "_test.go") && !covered[name] && !ast.IsGenerated(f)
			}
			if own {
				kept = append(kept, p)
				for _, f := range p.Syntax {
					covered[p.Fset.File(f.FileStart).Name()] = true
				}
			}
		}
	}
	return kept
}

// loadErrors returns the errors of pkgs and their dependencies,
// dependencies first, each once: a file's errors are those of its
// package and of the package's test variant. The go command's report of
// a failed compilation ("# pkg" and the compiler's errors) is left out
// when the package's own parse or type errors say the same.
func loadErrors(pkgs []*packages.Package) []PackageError {
	var errs []PackageError
	seen := make(map[packages.Error]bool)
	modules := make(map[*packages.Module]bool)
	for p := range packages.Postorder(pkgs) {
		checked := slices.ContainsFunc(p.Errors, func(e packages.Error) bool {
			return e.Kind == packages.ParseError || e.Kind == packages.TypeError
		})
		for _, e := range p.Errors {
			compiler := e.Kind == packages.ListError && strings.HasPrefix(e.Msg, "# ")
			if !seen[e] && !(checked && compiler) {
				seen[e] = true
				errs = append(errs, PackageError{p, e})
			}
		}
		if m := p.Module; m != nil && m.Error != nil && !modules[m] {
			modules[m] = true
			errs = append(errs, PackageError{p, packages.Error{Msg: m.Error.Err, Kind: packages.ListError}})
		}
	}
	return errs
}

// noPackages explains why patterns matched no packages in the go
// command's own words ("go.mod file not found …"), which go/packages
// does not pass on.
func noPackages(cfg packages.Config, patterns []string) error {
	args := append([]string{"list", "-e", "-f", "{{.ImportPath}}"}, cfg.BuildFlags...)
	cmd := exec.CommandContext(cfg.Context, "go", append(append(args, "--"), patterns...)...)
	cmd.Dir, cmd.Env = cfg.Dir, cfg.Env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil || stderr.Len() > 0 {
		if reason := strings.TrimSpace(stderr.String()); reason != "" {
			return errors.New(reason)
		}
	}
	return fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
}

// comparePos orders positions by file name and offset: a file analyzed
// in a package and in its test variant is parsed twice, at different
// token.Pos.
func (r *Result) comparePos(a, b token.Pos) int {
	pa, pb := r.Fset.PositionFor(a, false), r.Fset.PositionFor(b, false)
	return cmp.Or(cmp.Compare(pa.Filename, pb.Filename), cmp.Compare(pa.Offset, pb.Offset))
}

func (r *Result) sameFinding(a, b Finding) bool {
	return a.Analyzer == b.Analyzer && a.Message == b.Message &&
		r.comparePos(a.Pos, b.Pos) == 0 && r.comparePos(a.End, b.End) == 0
}
