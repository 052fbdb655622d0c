// Command obslint runs obslint's passes: standalone (obslint ./...), or as
// go vet's analysis tool (go vet -vettool=$(which obslint) ./...).
package main

import (
	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/obslint/obslint/internal/suite"
)

func main() {
	multichecker.Main(suite.Analyzers()...)
}
