package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"runtime/trace"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/obslint/obslint/internal/driver"
)

// Exit codes, as the multichecker's.
const (
	exitClean    = 0
	exitErrors   = 1 // errors in the packages, analyzers or fixes
	exitUsage    = 2
	exitFindings = 3
)

// standaloneFlags are the flags of `obslint [flags] packages`.
type standaloneFlags struct {
	*passFlags
	json       bool
	context    int
	fix, diff  bool
	tests      bool
	cpuProfile string
	memProfile string
	traceFile  string
	version    bool
}

func newStandaloneFlags(fs *flag.FlagSet, analyzers []*analysis.Analyzer) *standaloneFlags {
	f := &standaloneFlags{passFlags: newPassFlags(fs, analyzers)}
	fs.BoolVar(&f.json, "json", false, "emit JSON output (exit codes as for text)")
	fs.IntVar(&f.context, "c", -1, "display offending line with this many lines of context")
	fs.BoolVar(&f.fix, "fix", false, "apply the suggested fixes, then report the findings that remain")
	fs.BoolVar(&f.diff, "diff", false, "with -fix, don't update the files, but print a unified diff")
	fs.BoolVar(&f.tests, "test", true, "load test files too, for their errors (passes report nothing in test files)")
	fs.StringVar(&f.cpuProfile, "cpuprofile", "", "write CPU profile to this file")
	fs.StringVar(&f.memProfile, "memprofile", "", "write memory profile to this file")
	fs.StringVar(&f.traceFile, "trace", "", "write trace log to this file")
	fs.BoolVar(&f.version, "version", false, "print version and exit")
	fs.Var((*versionFlag)(&f.version), "V", "print version and exit (-V=full: go vet's form)")
	fs.Bool("flags", false, "print analyzer flags in JSON (for go vet)") // true goes to unitchecker (see main)
	return f
}

// versionFlag is -V. go vet's -V=full goes to unitchecker (see main).
type versionFlag bool

func (v *versionFlag) IsBoolFlag() bool { return true }
func (v *versionFlag) String() string   { return "" }
func (v *versionFlag) Set(s string) error {
	if s != "true" {
		return errors.New("use -V, or go vet's -V=full")
	}
	*v = true
	return nil
}

// standalone runs `obslint [flags] packages` and returns the exit code.
func standalone(args []string) int {
	analyzers, enabled, err := projectAnalyzers()
	if err != nil {
		fmt.Fprintf(os.Stderr, "obslint: %v\n", err)
		return exitUsage
	}
	fs := flag.NewFlagSet("obslint", flag.ContinueOnError)
	fs.Usage = func() { standaloneUsage(fs) }
	f := newStandaloneFlags(fs, analyzers)
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	if f.version {
		fmt.Println(versionLine())
		return exitClean
	}
	switch {
	case fs.NArg() == 0:
		fs.Usage()
		return exitErrors
	case fs.Arg(0) == "help":
		return help(os.Stdout, fs, analyzers, fs.Args()[1:])
	}
	stop, err := profile(f)
	if err != nil {
		fmt.Fprintf(os.Stderr, "obslint: %v\n", err)
		return exitErrors
	}
	code := analyze(f, f.selected(analyzers, enabled), fs.Args())
	if err := stop(); err != nil {
		fmt.Fprintf(os.Stderr, "obslint: %v\n", err)
		code = max(code, exitErrors)
	}
	return code
}

// fixRounds bounds how often -fix applies fixes and analyzes again: a
// fix can leave a finding that has a fix of its own, or a fix skipped
// for a conflict can apply once the other is in the file.
const fixRounds = 3

// analyze runs analyzers on the packages patterns match, applies their
// fixes if asked, and reports as the flags ask. Every form exits with
// exitFindings if findings remain, exitErrors if a package has errors.
func analyze(f *standaloneFlags, analyzers []*analysis.Analyzer, patterns []string) int {
	cfg := packages.Config{Tests: f.tests, BuildFlags: f.buildFlags()}
	run := func() (*driver.Result, bool) {
		res, err := driver.Run(context.Background(), cfg, analyzers, driver.Options{NoTestFindings: true}, patterns...)
		if err != nil {
			fmt.Fprintf(os.Stderr, "obslint: %v\n", err)
			return nil, false
		}
		return res, true
	}
	res, ok := run()
	if !ok {
		return exitErrors
	}
	if f.fix {
		opts := driver.FixOptions{}
		if f.diff {
			opts.Diff = os.Stdout
		}
		for range fixRounds {
			applied, err := res.ApplyFixes(opts)
			if err != nil {
				fmt.Fprintf(os.Stderr, "obslint: %v\n", err)
				return exitErrors
			}
			if f.diff || applied == 0 {
				break
			}
			if res, ok = run(); !ok {
				return exitErrors
			}
		}
	}
	code := exitClean
	switch {
	case len(res.Errors) > 0 || len(res.Failures) > 0:
		code = exitErrors
	case len(res.Findings) > 0:
		code = exitFindings
	}
	switch {
	case f.fix && f.diff:
		// The diff is the output; the exit code tells of the findings.
		res.PrintErrors(os.Stderr)
	case f.json:
		// The errors are in the JSON.
		if err := res.PrintJSON(os.Stdout); err != nil {
			fmt.Fprintf(os.Stderr, "obslint: %v\n", err)
			return exitErrors
		}
	default:
		res.PrintErrors(os.Stderr)
		if err := res.PrintText(os.Stderr, f.context); err != nil {
			return exitErrors
		}
	}
	return code
}

// profile starts the profiles and trace the flags ask for; stop writes them.
func profile(f *standaloneFlags) (_ func() error, err error) {
	var stops []func() error
	stop := func() error {
		var errs []error
		for _, s := range slices.Backward(stops) {
			errs = append(errs, s())
		}
		return errors.Join(errs...)
	}
	defer func() {
		if err != nil {
			stop()
		}
	}()
	if f.cpuProfile != "" {
		out, err := os.Create(f.cpuProfile)
		if err != nil {
			return nil, fmt.Errorf("-cpuprofile: %v", err)
		}
		if err := pprof.StartCPUProfile(out); err != nil {
			out.Close()
			return nil, fmt.Errorf("-cpuprofile: %v", err)
		}
		stops = append(stops, func() error { pprof.StopCPUProfile(); return out.Close() })
	}
	if f.traceFile != "" {
		out, err := os.Create(f.traceFile)
		if err != nil {
			return nil, fmt.Errorf("-trace: %v", err)
		}
		if err := trace.Start(out); err != nil {
			out.Close()
			return nil, fmt.Errorf("-trace: %v", err)
		}
		stops = append(stops, func() error {
			trace.Stop()
			fmt.Fprintf(os.Stderr, "obslint: to view the trace, run: go tool trace %s\n", f.traceFile)
			return out.Close()
		})
	}
	if f.memProfile != "" {
		out, err := os.Create(f.memProfile)
		if err != nil {
			return nil, fmt.Errorf("-memprofile: %v", err)
		}
		stops = append(stops, func() error {
			runtime.GC() // up-to-date statistics
			return errors.Join(pprof.WriteHeapProfile(out), out.Close())
		})
	}
	return stop, nil
}

func standaloneUsage(fs *flag.FlagSet) {
	fmt.Fprint(fs.Output(), `obslint checks context, logging and tracing hygiene in Go code.

usage: obslint [flags] packages       report findings
       obslint -fix [-diff] packages  apply the suggested fixes, report what remains
       obslint help [pass]            describe the passes, or one of them
       obslint version                print the version
       obslint lsp [flags]            serve diagnostics to an editor
       obslint sarif [flags] packages write a SARIF log for code scanning
       go vet -vettool=$(which obslint) [flags] packages

Exit status: 3 if there are findings (with -json and -fix too: those that
remain), 1 on errors in the packages or the analysis, 2 on a usage error,
0 otherwise.

Flags:
`)
	fs.PrintDefaults()
}

// help prints `obslint help`: the passes and the flags, or with names,
// the documentation and flags of those passes.
func help(w io.Writer, fs *flag.FlagSet, analyzers []*analysis.Analyzer, names []string) int {
	if len(names) == 0 {
		fmt.Fprintln(w, "obslint checks context, logging and tracing hygiene in Go code.\n\nPasses:")
		for _, a := range analyzers {
			summary, _, _ := strings.Cut(a.Doc, "\n")
			fmt.Fprintf(w, "    %-14s %s\n", a.Name, summary)
		}
		fmt.Fprintln(w, "\nAll passes run by default. To run some, use the -NAME flag for each;\n"+
			"-NAME=false runs all but those.\n\nFlags:")
		core := flag.NewFlagSet("", flag.ContinueOnError)
		fs.VisitAll(func(f *flag.Flag) {
			if !strings.Contains(f.Name, ".") {
				core.Var(f.Value, f.Name, f.Usage)
			}
		})
		core.SetOutput(w)
		core.PrintDefaults()
		fmt.Fprintln(w, "\nFor a pass's documentation and flags: obslint help NAME.")
		return exitClean
	}
	for _, name := range names {
		i := slices.IndexFunc(analyzers, func(a *analysis.Analyzer) bool { return a.Name == name })
		if i < 0 {
			var valid []string
			for _, a := range analyzers {
				valid = append(valid, a.Name)
			}
			fmt.Fprintf(os.Stderr, "obslint help: no pass %q; the passes are %s\n", name, strings.Join(valid, ", "))
			return exitUsage
		}
		a := analyzers[i]
		fmt.Fprintf(w, "%s: %s\n", a.Name, a.Doc)
		own := flag.NewFlagSet(a.Name, flag.ContinueOnError)
		a.Flags.VisitAll(func(f *flag.Flag) { own.Var(f.Value, a.Name+"."+f.Name, f.Usage) })
		if flagCount(own) > 0 {
			fmt.Fprintln(w, "\nFlags:")
			own.SetOutput(w)
			own.PrintDefaults()
		}
		if a.URL != "" {
			fmt.Fprintf(w, "\nMore: %s\n", a.URL)
		}
	}
	return exitClean
}

func flagCount(fs *flag.FlagSet) int {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n
}
