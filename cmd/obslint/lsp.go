package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/config"
	"github.com/obslint/obslint/internal/lsp"
)

// serveLSP runs `obslint lsp [flags]`: a language server on standard input
// and output, beside gopls.
func serveLSP(args []string) int {
	fs := flag.NewFlagSet("obslint lsp", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: obslint lsp [flags]\n\n"+
			"Serves obslint's diagnostics and quick fixes to an editor over LSP on\n"+
			"standard input and output, beside gopls. It takes the main command's\n"+
			"flags that select and configure passes (-NAME, -NAME=false,\n"+
			"-NAME.FLAG) and -tags. Flags:\n")
		fs.PrintDefaults()
	}
	// A mistake in the project file is shown in the editor when it
	// connects (see configureLSP); until then, the defaults.
	all, enabled, err := new(config.Config).Analyzers()
	if err != nil {
		fmt.Fprintf(os.Stderr, "obslint lsp: %v\n", err)
		return 1
	}
	pf := newPassFlags(fs, all)
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "obslint lsp: unexpected arguments %q: the editor tells the server which files to analyze\n", fs.Args())
		return exitUsage
	}
	var set []*flag.Flag // on the command line: they override the settings
	fs.Visit(func(f *flag.Flag) { set = append(set, f) })
	opts := lsp.Options{
		Version:    version(),
		Debounce:   150 * time.Millisecond, // diagnostics arrive in typing pauses of a second
		BuildFlags: pf.buildFlags(),
		Configure: func(root string, settings json.RawMessage) ([]*analysis.Analyzer, error) {
			return configureLSP(root, settings, set)
		},
	}
	// The protocol owns standard output: anything else printing there
	// would corrupt it, so it goes to standard error instead.
	out := os.Stdout
	os.Stdout = os.Stderr
	err = lsp.Serve(context.Background(), stdio{out}, pf.selected(all, enabled), opts)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, lsp.ErrExitWithoutShutdown):
		return 1
	}
	fmt.Fprintf(os.Stderr, "obslint lsp: %v\n", err)
	return 1
}

// configureLSP returns the passes the language server runs in the
// workspace root: configured by the project file found from root, then
// the editor's settings, then the flags set on the command line.
func configureLSP(root string, settings json.RawMessage, set []*flag.Flag) ([]*analysis.Analyzer, error) {
	file, err := config.Find(cmp.Or(root, "."))
	if err != nil {
		return nil, err
	}
	editor, err := config.ParseJSON("the editor's obslint settings", settings)
	if err != nil {
		return nil, err
	}
	all, enabled, err := file.Merge(editor).Analyzers()
	if err != nil {
		return nil, err
	}
	fs := flag.NewFlagSet("obslint lsp", flag.ContinueOnError)
	pf := newPassFlags(fs, all)
	for _, f := range set {
		if err := fs.Set(f.Name, f.Value.String()); err != nil {
			return nil, fmt.Errorf("-%s: %v", f.Name, err)
		}
	}
	return pf.selected(all, enabled), nil
}

// stdio is the server's connection: standard input, and standard output
// as it was before main redirected os.Stdout.
type stdio struct{ out *os.File }

func (stdio) Read(p []byte) (int, error)    { return os.Stdin.Read(p) }
func (s stdio) Write(p []byte) (int, error) { return s.out.Write(p) }
func (s stdio) Close() error                { return errors.Join(os.Stdin.Close(), s.out.Close()) }
