package spanboundary

import (
	"errors"
	"fmt"
	"go/types"
	"strings"
)

// roles decides which packages are libraries. By default every package
// is, except package main, packages with an "internal" or "cmd" element
// in their import path, and instrumentation packages (named otel…). The
// -lib patterns name libraries whatever the defaults say; the -app
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

func (r roles) library(pkg *types.Package) bool {
	switch {
	case matchAny(r.app, pkg.Path()):
		return false
	case matchAny(r.lib, pkg.Path()):
		return true
	}
	return defaultLibrary(pkg)
}

func defaultLibrary(pkg *types.Package) bool {
	if pkg.Name() == "main" || strings.HasPrefix(pkg.Name(), "otel") {
		return false
	}
	for _, elem := range strings.Split(pkg.Path(), "/") {
		if elem == "internal" || elem == "cmd" {
			return false
		}
	}
	return true
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
