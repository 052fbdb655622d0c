package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"

	"golang.org/x/tools/go/packages"

	"github.com/obslint/obslint/internal/driver"
	"github.com/obslint/obslint/internal/sarif"
)

// writeSARIF runs `obslint sarif [flags] packages`: the passes the flags
// select, as the main command's do, with the findings written as a SARIF
// log. Findings are not failures (code
// scanning wants the log); errors in the packages are, and no log is
// written then, since a partial log would close the alerts of the
// packages it misses.
func writeSARIF(args []string) int {
	fs := flag.NewFlagSet("obslint sarif", flag.ContinueOnError)
	out := fs.String("o", "", "write the log to `file` instead of standard output")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: obslint sarif [flags] packages\n\n"+
			"Writes obslint's findings in the packages (e.g. ./...) as a SARIF 2.1.0\n"+
			"log for GitHub code scanning, with paths relative to the current\n"+
			"directory. It takes the main command's flags that select and\n"+
			"configure passes (-NAME, -NAME=false, -NAME.FLAG) and -tags. Flags:\n")
		fs.PrintDefaults()
	}
	analyzers, enabled, err := projectAnalyzers()
	if err != nil {
		fmt.Fprintf(os.Stderr, "obslint sarif: %v\n", err)
		return exitUsage
	}
	pf := newPassFlags(fs, analyzers)
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	analyzers = pf.selected(analyzers, enabled)
	fail := func(format string, args ...any) int {
		fmt.Fprintf(os.Stderr, "obslint sarif: "+format+"\n", args...)
		return 1
	}
	root, err := os.Getwd()
	if err != nil {
		return fail("%v", err)
	}
	res, err := driver.Run(context.Background(), packages.Config{BuildFlags: pf.buildFlags()}, analyzers, driver.Options{NoTestFindings: true}, fs.Args()...)
	if err != nil {
		return fail("%v", err)
	}
	if res.PrintErrors(os.Stderr) > 0 {
		return fail("no log written because of the errors above")
	}
	var log bytes.Buffer
	tool := sarif.Tool{Name: "obslint", Version: version(), InformationURI: "https://github.com/obslint/obslint"}
	if err := sarif.Write(&log, res, analyzers, tool, root); err != nil {
		return fail("%v", err)
	}
	if *out == "" {
		_, err = os.Stdout.Write(log.Bytes())
	} else {
		err = os.WriteFile(*out, log.Bytes(), 0o666)
	}
	if err != nil {
		return fail("%v", err)
	}
	return 0
}
