// Command floor is a multichecker with one analyzer that does nothing: its
// cost is the cost of loading and type-checking, the floor obslint is
// measured against (bench/run.sh).
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"
)

var noop = &analysis.Analyzer{
	Name: "noop",
	Doc:  "does nothing; measures the load and type-check floor",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() { multichecker.Main(noop) }
