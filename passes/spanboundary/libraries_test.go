package spanboundary

import (
	"go/types"
	"testing"
)

func TestPatterns(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		match   []string
		noMatch []string
	}{
		{"example.com/x", []string{"example.com/x"}, []string{"example.com/x/y", "example.com/xy", "example.com"}},
		{"example.com/x/...", []string{"example.com/x", "example.com/x/y/z"}, []string{"example.com/xy", "example.com"}},
		{"...", []string{"example.com/x", "fmt"}, nil},
	} {
		p, err := parsePattern(tc.pattern)
		if err != nil {
			t.Fatalf("parsePattern(%q): %v", tc.pattern, err)
		}
		for _, path := range tc.match {
			if !p.match(path) {
				t.Errorf("%q does not match %q", tc.pattern, path)
			}
		}
		for _, path := range tc.noMatch {
			if p.match(path) {
				t.Errorf("%q matches %q", tc.pattern, path)
			}
		}
	}
}

func TestMalformedPatterns(t *testing.T) {
	for _, s := range []string{"a//b", "/a", "a/", "/...", "a/.../b", "a/b...", "...a"} {
		if _, err := parsePattern(s); err == nil {
			t.Errorf("parsePattern(%q) succeeded, want an error", s)
		}
	}
	ps, err := parsePatterns(" a/... , b,")
	if err != nil || len(ps) != 2 {
		t.Errorf(`parsePatterns(" a/... , b,") = %v, %v; want two patterns`, ps, err)
	}
}

func TestRoles(t *testing.T) {
	r, err := parseRoles("spanboundary", "example.com/lib/app", "example.com/internal/...,example.com/lib/...")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path, name string
		library    bool
	}{
		{"example.com/lib", "lib", true},
		{"example.com/lib/app", "app", false},      // -app wins over -lib
		{"example.com/internal/db", "db", true},    // -lib wins over the defaults
		{"example.com/x/internal/db", "db", false}, // an internal element
		{"example.com/cmd/tool", "tool", false},    // a cmd element
		{"example.com/tool", "main", false},        // package main
		{"example.com/otelfoo", "otelfoo", false},  // instrumentation
		{"example.com/otel/foo", "foo", true},      // the name counts, not the path
		{"example.com/internalize", "internalize", true},
		{"example.com/commands", "commands", true},
	} {
		if got := r.library(types.NewPackage(tc.path, tc.name)); got != tc.library {
			t.Errorf("library(%s, package %s) = %v, want %v", tc.path, tc.name, got, tc.library)
		}
	}
}
