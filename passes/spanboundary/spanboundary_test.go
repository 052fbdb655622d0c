package spanboundary_test

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/passes/spanboundary"
)

func TestSpanboundary(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), spanboundary.Analyzer,
		"example.com/lib", "example.com/lib/internal/store", "example.com/remote", "example.com/caller",
		"example.com/tool", "example.com/cmd/helpers", "example.com/internalize",
		"example.com/otelwidget", "example.com/hotelier", "example.com/suppressed",
		"example.com/svc/...")
}

// TestLibraryModule runs the pass on a library module's packages, whose
// fixes pass the context a function accepts and drops.
func TestLibraryModule(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), spanboundary.Analyzer, "example.com/kit/...")
}

// TestStrict reports spans started from the caller's context too.
func TestStrict(t *testing.T) {
	t.Parallel()
	a := spanboundary.New()
	set(t, a.Flags.Set, "strict", "true")
	analysistest.Run(t, analysistest.TestData(), a, "strict/...")
}

// TestStdLogging runs the pass on the logging packages themselves:
// slog.Info and (*slog.Logger).Info log through an unexported method
// that takes a context, and are log calls, not network I/O.
// (GOROOT's files carry no expectations: only diagnostics count here,
// not the facts their functions rightly get.)
func TestStdLogging(t *testing.T) {
	t.Parallel()
	var rec recorder
	analysistest.Run(&rec, analysistest.TestData(), spanboundary.Analyzer, "log/slog", "log")
	for _, err := range rec.errs {
		if strings.Contains(err, "unexpected diagnostic") {
			t.Error(err)
		}
	}
}

func TestFlags(t *testing.T) {
	t.Parallel()
	a := spanboundary.New()
	set(t, a.Flags.Set, "app", "flags/lib, flags/internal/y")
	set(t, a.Flags.Set, "lib", "flags/internal/...")
	analysistest.Run(t, analysistest.TestData(), a, "flags/...")
	if v := spanboundary.Analyzer.Flags.Lookup("app").Value.String(); v != "" {
		t.Errorf("configuring a new instance changed the shared Analyzer's -app to %q", v)
	}
}

func TestMalformedPattern(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ flag, value, want string }{
		{"app", "flags//lib", `malformed pattern "flags//lib": empty path element`},
		{"lib", "flags/.../lib", `malformed pattern "flags/.../lib": "..." may only be the last path element`},
	} {
		a := spanboundary.New()
		// The command line fails at once…
		if err := a.Flags.Set(tc.flag, tc.value); err == nil || err.Error() != tc.want {
			t.Errorf("Set(%q, %q) = %v, want %q", tc.flag, tc.value, err, tc.want)
		}
		// …and a driver that ignores the error gets it from the run.
		// (The package has no imports, whose runs would fail first.)
		var rec recorder
		analysistest.Run(&rec, analysistest.TestData(), a, "flags/noimports")
		if want := "-spanboundary." + tc.flag + ": " + tc.want; !strings.Contains(rec.String(), want) {
			t.Errorf("-%s=%s: got errors %q, want one containing %q", tc.flag, tc.value, rec.String(), want)
		}
	}
}

func set(t *testing.T, setFlag func(name, value string) error, name, value string) {
	t.Helper()
	if err := setFlag(name, value); err != nil {
		t.Fatal(err)
	}
}

// recorder collects the errors analysistest reports.
type recorder struct{ errs []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func (r *recorder) String() string { return strings.Join(r.errs, "\n") }
