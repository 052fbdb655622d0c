package analyzerdoc

import (
	"strings"
	"testing"
)

const sample = `// Package demo does things.
//
// # Analyzer demo
//
// demo: reports things
//
// Longer text.
//
// # Other
//
// Not part of it.
package demo
`

func TestExtract(t *testing.T) {
	got, err := Extract(sample, "demo")
	if err != nil {
		t.Fatal(err)
	}
	if want := "reports things\n\nLonger text."; got != want {
		t.Errorf("Extract = %q, want %q", got, want)
	}
}

func TestExtractErrors(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"missing heading", sample, `no heading "# Analyzer other"`},
		{"no doc", "package demo\n", "no package doc comment"},
		{"bad summary", strings.Replace(sample, "demo: reports", "reports", 1), `does not start with "demo: "`},
		{"not go", "}{", "doc.go:"},
	} {
		name := "demo"
		if tc.name == "missing heading" {
			name = "other"
		}
		_, err := Extract(tc.src, name)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want it to contain %q", tc.name, err, tc.want)
		}
	}
}
