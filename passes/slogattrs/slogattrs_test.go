package slogattrs_test

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/passes/slogattrs"
)

func TestSlogattrs(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), slogattrs.Analyzer,
		"unstructured", "nocontext", "dynamic", "thirdparty", "suppressed", "example.com/cmd/tool", "example.com/amtool/cli", "provenance")
}

func TestRequire(t *testing.T) {
	a := slogattrs.New()
	if err := a.Flags.Set("require", " trace_id, ,span_id,trace_id "); err != nil {
		t.Fatal(err)
	}
	if got, want := a.Flags.Lookup("require").Value.String(), "trace_id,span_id"; got != want {
		t.Errorf("-require = %q, want %q", got, want)
	}
	if got := slogattrs.Analyzer.Flags.Lookup("require").Value.String(); got != "" {
		t.Errorf("configuring an instance from New changed Analyzer's -require to %q", got)
	}
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), a, "required")
}

func TestRequireMalformed(t *testing.T) {
	for value, want := range map[string]string{
		"trace_id span_id":  `key "trace_id span_id" contains " ": give key names separated by commas, as in trace_id,span_id`,
		"trace_id;span_id":  `key "trace_id;span_id" contains ";"`,
		`"trace_id"`:        `key "\"trace_id\"" contains "\""`,
		"trace_id=abc":      `key "trace_id=abc" contains "="`,
		"span_id,trace\tid": `key "trace\tid" contains "\t"`,
	} {
		a := slogattrs.New()
		err := a.Flags.Set("require", value)
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("-require=%q: got error %v, want %s", value, err, want)
		}
		if got := a.Flags.Lookup("require").Value.String(); got != "" {
			t.Errorf("-require=%q: a malformed value set -require to %q", value, got)
		}
	}
}

func TestRequireEmpty(t *testing.T) {
	a := slogattrs.New()
	for _, value := range []string{"trace_id", "", " , ,"} {
		if err := a.Flags.Set("require", value); err != nil {
			t.Fatalf("-require=%q: %v", value, err)
		}
	}
	if got := a.Flags.Lookup("require").Value.String(); got != "" {
		t.Errorf("-require=%q after setting it empty, want none", got)
	}
}

// TestModules: an application whose module requires no tracing API, or no
// log bridge, has no trace for its log lines to join.
func TestModules(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "untraced"), slogattrs.Analyzer, "./...")
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "traced"), slogattrs.Analyzer, "./...")
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "nobridge"), slogattrs.Analyzer, "./...")
}
