package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/obslint/obslint/internal/lsp"
	"github.com/obslint/obslint/internal/suite"
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
	analyzers := suite.Analyzers()
	pf := newPassFlags(fs, analyzers)
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "obslint lsp: unexpected arguments %q: the editor tells the server which files to analyze\n", fs.Args())
		return exitUsage
	}
	// The protocol owns standard output: anything else printing there
	// would corrupt it, so it goes to standard error instead.
	out := os.Stdout
	os.Stdout = os.Stderr
	opts := lsp.Options{Version: version(), Debounce: 100 * time.Millisecond, BuildFlags: pf.buildFlags()}
	err := lsp.Serve(context.Background(), stdio{out}, pf.selected(analyzers), opts)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, lsp.ErrExitWithoutShutdown):
		return 1
	}
	fmt.Fprintf(os.Stderr, "obslint lsp: %v\n", err)
	return 1
}

// stdio is the server's connection: standard input, and standard output
// as it was before main redirected os.Stdout.
type stdio struct{ out *os.File }

func (stdio) Read(p []byte) (int, error)    { return os.Stdin.Read(p) }
func (s stdio) Write(p []byte) (int, error) { return s.out.Write(p) }
func (s stdio) Close() error                { return errors.Join(os.Stdin.Close(), s.out.Close()) }
