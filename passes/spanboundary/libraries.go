package spanboundary

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/appmodule"
)

// roles decides which packages are libraries. By default a package is
// a library unless it is application code (appmodule.IsApplication:
// package main, or a package of a module that builds a command) or an
// instrumentation package (named otel…, whose job is creating spans).
// The -lib patterns name libraries whatever the defaults say; the -app
// patterns name applications whatever -lib says.
type roles struct {
	app, lib []pattern
}

// parseRoles parses the values of the flags -app and -lib, whose full
// names, for errors, are -<analyzer>.app and -<analyzer>.lib.
func parseRoles(analyzer, app, lib string) (roles, error) {
	var r roles
	var err error
	if r.app, err = parsePatterns(app); err != nil {
		return roles{}, fmt.Errorf("-%s.app: %v", analyzer, err)
	}
	if r.lib, err = parsePatterns(lib); err != nil {
		return roles{}, fmt.Errorf("-%s.lib: %v", analyzer, err)
	}
	return r, nil
}

// library reports whether the package with import path path is a
// library; byDefault answers when no pattern names it.
func (r roles) library(path string, byDefault func() bool) bool {
	switch {
	case matchAny(r.app, path):
		return false
	case matchAny(r.lib, path):
		return true
	}
	return byDefault()
}

func defaultLibrary(pass *analysis.Pass) bool {
	return !strings.HasPrefix(pass.Pkg.Name(), "otel") && !appmodule.IsApplication(pass)
}

// pattern is an import path pattern, as the go command writes them: a
// path for that package alone, or a path followed by "/..." for it and
// every package below it; "..." alone matches every package.
type pattern struct {
	path string
	tree bool
}

func (p pattern) match(path string) bool {
	switch {
	case !p.tree:
		return path == p.path
	case p.path == "":
		return true
	}
	return path == p.path || strings.HasPrefix(path, p.path+"/")
}

func matchAny(ps []pattern, path string) bool {
	for _, p := range ps {
		if p.match(path) {
			return true
		}
	}
	return false
}

// patternsFlag is the value of -app or -lib, as given. Set rejects
// malformed patterns, so that a command line fails at once; run parses
// the value again, for drivers that set flags and ignore the error.
type patternsFlag struct{ value string }

func (f *patternsFlag) String() string { return f.value }

func (f *patternsFlag) Set(value string) error {
	f.value = value
	_, err := parsePatterns(value)
	return err
}

// parsePatterns parses comma-separated patterns.
func parsePatterns(list string) ([]pattern, error) {
	var ps []pattern
	for _, s := range strings.Split(list, ",") {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		p, err := parsePattern(s)
		if err != nil {
			return nil, fmt.Errorf("malformed pattern %q: %v", s, err)
		}
		ps = append(ps, p)
	}
	return ps, nil
}

func parsePattern(s string) (pattern, error) {
	p := pattern{path: s}
	elems := strings.Split(s, "/")
	if elems[len(elems)-1] == "..." {
		elems = elems[:len(elems)-1]
		p = pattern{path: strings.Join(elems, "/"), tree: true}
	}
	for _, elem := range elems {
		switch {
		case elem == "":
			return pattern{}, errors.New("empty path element")
		case strings.Contains(elem, "..."):
			return pattern{}, errors.New(`"..." may only be the last path element`)
		}
	}
	return p, nil
}
