// Package analyzerdoc takes an analyzer's Doc from its package's doc.go,
// so that the command-line help and the package documentation are one
// text. It follows x/tools' convention:
//
//	// # Analyzer NAME
//	//
//	// NAME: SUMMARY
//	//
//	// Full description…
package analyzerdoc

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// Extract returns the section of doc.go's package comment for analyzer
// name, without the "NAME: " prefix of its summary line.
func Extract(content, name string) (string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		return "", fmt.Errorf("analyzer %s: doc.go: %v", name, err)
	}
	if f.Doc == nil {
		return "", fmt.Errorf("analyzer %s: doc.go has no package doc comment", name)
	}
	_, section, ok := strings.Cut(f.Doc.Text(), "\n# Analyzer "+name+"\n")
	if !ok {
		return "", fmt.Errorf("analyzer %s: doc.go has no heading %q", name, "# Analyzer "+name)
	}
	section, _, _ = strings.Cut(section, "\n# ")
	section = strings.TrimSpace(section)
	summary, ok := strings.CutPrefix(section, name+": ")
	if !ok {
		return "", fmt.Errorf("analyzer %s: doc.go section does not start with %q", name, name+": ")
	}
	return summary, nil
}

// MustExtract is Extract for package initialisation, where a malformed
// doc.go is a programming error.
func MustExtract(content, name string) string {
	doc, err := Extract(content, name)
	if err != nil {
		panic(err)
	}
	return doc
}
