// Command obslint runs obslint's passes: standalone (obslint ./...), or as
// go vet's analysis tool (go vet -vettool=$(which obslint) ./...). Two
// subcommands run the same passes for other consumers: `obslint lsp`, a
// language server for editors, and `obslint sarif ./...`, a SARIF log for
// GitHub code scanning.
package main

import (
	"flag"
	"os"
	"runtime/debug"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/obslint/obslint/internal/suite"
)

func main() {
	// go vet runs the tool with flags or a .cfg file, never these words.
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case "lsp":
			os.Exit(serveLSP(os.Args[2:]))
		case "sarif":
			os.Exit(writeSARIF(os.Args[2:]))
		}
	}
	multichecker.Main(suite.Analyzers()...)
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

// version is obslint's module version, "(devel)" when built in a checkout.
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok {
		return info.Main.Version
	}
	return ""
}
