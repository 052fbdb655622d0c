package spanboundary

import "testing"

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
		path       string
		defaultLib bool
		library    bool
	}{
		{"example.com/lib", false, true},         // -lib wins over the default
		{"example.com/lib/app", true, false},     // -app wins over -lib
		{"example.com/internal/db", false, true}, // -lib
		{"example.com/other", true, true},        // the default
		{"example.com/other", false, false},      // the default
	} {
		if got := r.library(tc.path, func() bool { return tc.defaultLib }); got != tc.library {
			t.Errorf("library(%s) with default library=%v = %v, want %v", tc.path, tc.defaultLib, got, tc.library)
		}
	}
}
