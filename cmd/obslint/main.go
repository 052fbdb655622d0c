// Command obslint runs obslint's passes: standalone (obslint ./...), or as
// go vet's analysis tool (go vet -vettool=$(which obslint) ./...). Two
// subcommands run the same passes, with the same flags, for other
// consumers: `obslint lsp`, a language server for editors, and
// `obslint sarif ./...`, a SARIF log for GitHub code scanning.
//
// Standalone, obslint behaves as a multichecker (golang.org/x/tools'
// go/analysis/multichecker) does, with the same flags, output and exit
// codes, but analyzes only the packages named, with their dependencies'
// types from export data (see internal/driver).
package main

import (
	"cmp"
	"fmt"
	"os"
	"runtime/debug"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/obslint/obslint/internal/suite"
)

func main() {
	args := os.Args[1:]
	// go vet runs the tool with flags or a .cfg file, never these words.
	if len(args) > 0 {
		switch args[0] {
		case "lsp":
			os.Exit(serveLSP(args[1:]))
		case "sarif":
			os.Exit(writeSARIF(args[1:]))
		case "version":
			fmt.Println(versionLine())
			os.Exit(exitClean)
		}
	}
	if invokedByGoVet(args) {
		unitchecker.Main(suite.Analyzers()...)
	}
	os.Exit(standalone(args))
}

// invokedByGoVet reports whether go vet -vettool runs obslint: to ask for
// its version (-V=full) or its flags (-flags), or to analyze the one
// package a .cfg file describes, the last argument.
func invokedByGoVet(args []string) bool {
	for _, arg := range args {
		name, value, hasValue := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(arg, "-"), "-"), "=")
		if !strings.HasPrefix(arg, "-") {
			continue
		}
		switch name {
		case "V":
			if value == "full" {
				return true
			}
		case "flags":
			if on, err := strconv.ParseBool(value); !hasValue || err == nil && on {
				return true
			}
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// version is obslint's module version, "(devel)" when built in a checkout.
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok {
		return info.Main.Version
	}
	return ""
}

// versionLine is what `obslint version` prints: the module version, the
// commit a checkout's build was stamped with, and the Go toolchain.
func versionLine() string {
	line := "obslint version " + cmp.Or(version(), "unknown")
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" {
				line += " (" + s.Value + ")"
			}
		}
		line += " " + info.GoVersion
	}
	return line
}
