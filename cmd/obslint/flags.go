package main

import (
	"errors"
	"flag"
	"fmt"
	"slices"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/config"
)

// passFlags are the flags of every command that runs the passes
// (standalone, sarif, lsp): -NAME to select passes, -NAME.FLAG for a
// pass's settings, -tags for the build.
type passFlags struct {
	enabled map[*analysis.Analyzer]*enableFlag
	tags    string
}

func newPassFlags(fs *flag.FlagSet, analyzers []*analysis.Analyzer) *passFlags {
	f := &passFlags{enabled: make(map[*analysis.Analyzer]*enableFlag)}
	for _, a := range analyzers {
		f.enabled[a] = new(enableFlag)
		fs.Var(f.enabled[a], a.Name, fmt.Sprintf("enable %q analysis", a.Name))
	}
	registerAnalyzerFlags(fs, analyzers)
	fs.StringVar(&f.tags, "tags", "", "comma-separated build tags, as go build's -tags (GOFLAGS=-tags=… works too)")
	return f
}

// selected returns the analyzers the -NAME flags select: those set true
// if any is, otherwise those enabled by default (by the project
// configuration) but those set false.
func (f *passFlags) selected(all, byDefault []*analysis.Analyzer) []*analysis.Analyzer {
	var on, notOff []*analysis.Analyzer
	for _, a := range all {
		e := f.enabled[a]
		if e.set && e.on {
			on = append(on, a)
		}
		if slices.Contains(byDefault, a) && (!e.set || e.on) {
			notOff = append(notOff, a)
		}
	}
	if len(on) > 0 {
		return on
	}
	return notOff
}

// projectAnalyzers returns fresh instances of all passes configured by
// the project configuration file found from the working directory, and
// those it enables. Command-line flags then override it.
func projectAnalyzers() (all, enabled []*analysis.Analyzer, err error) {
	cfg, err := config.Find(".")
	if err != nil {
		return nil, nil, err
	}
	return cfg.Analyzers()
}

// buildFlags are the go command's flags for loading packages.
func (f *passFlags) buildFlags() []string {
	if f.tags == "" {
		return nil
	}
	return []string{"-tags=" + f.tags}
}

// registerAnalyzerFlags adds each analyzer's flags to fs as -NAME.FLAG,
// as the multichecker does, so that passes are configured alike in every
// driver.
func registerAnalyzerFlags(fs *flag.FlagSet, analyzers []*analysis.Analyzer) {
	for _, a := range analyzers {
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
}

// enableFlag is a -NAME flag: a boolean that knows whether it was set.
type enableFlag struct{ set, on bool }

func (e *enableFlag) IsBoolFlag() bool { return true }
func (e *enableFlag) Get() any         { return !e.set || e.on }
func (e *enableFlag) String() string   { return strconv.FormatBool(e == nil || !e.set || e.on) }
func (e *enableFlag) Set(s string) error {
	on, err := strconv.ParseBool(s)
	if err != nil {
		return errors.New("want true or false") // flag adds: invalid boolean value "s" for -NAME
	}
	e.set, e.on = true, on
	return nil
}

// parseFlags parses args into fs and returns the exit code to stop with,
// if any: 0 for -h, 2 for a usage error (which fs has printed).
func parseFlags(fs *flag.FlagSet, args []string) (code int, stop bool) {
	err := fs.Parse(args)
	switch {
	case err == nil:
		return 0, false
	case errors.Is(err, flag.ErrHelp):
		return exitClean, true
	}
	return exitUsage, true
}
