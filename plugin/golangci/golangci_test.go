package golangci

import (
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/suite"
)

// fakePass has one flag of each kind a pass may declare.
func fakePass() suite.Pass {
	newFake := func() *analysis.Analyzer {
		a := &analysis.Analyzer{Name: "fake", Doc: "fake", Run: func(*analysis.Pass) (any, error) { return nil, nil }}
		a.Flags.String("require", "", "comma-separated keys")
		a.Flags.Bool("strict", false, "a boolean")
		a.Flags.Int("max", 0, "a number")
		return a
	}
	return suite.Pass{Name: "fake", New: newFake, Analyzer: newFake()}
}

// build runs the plugin's constructor on YAML-like raw settings, as
// golangci-lint does, and builds its analyzer.
func build(t *testing.T, p suite.Pass, raw any) (*analysis.Analyzer, error) {
	t.Helper()
	lp, err := newPlugin(p)(raw)
	if err != nil {
		return nil, err
	}
	as, err := lp.BuildAnalyzers()
	if err != nil {
		t.Fatalf("BuildAnalyzers after a successful constructor: %v", err)
	}
	if len(as) != 1 {
		t.Fatalf("BuildAnalyzers returned %d analyzers, want 1", len(as))
	}
	return as[0], nil
}

func TestSettingsSetFlags(t *testing.T) {
	for _, tc := range []struct {
		name string
		raw  any
		want map[string]string // flag values
	}{
		{"no settings", nil, map[string]string{"require": "", "strict": "false", "max": "0"}},
		{"empty settings", map[string]any{}, map[string]string{"require": ""}},
		{"list joined with commas", map[string]any{"require": []any{"trace_id", "span_id"}}, map[string]string{"require": "trace_id,span_id"}},
		{"empty list", map[string]any{"require": []any{}}, map[string]string{"require": ""}},
		{"null", map[string]any{"require": nil}, map[string]string{"require": ""}},
		{"string as written", map[string]any{"require": "trace_id, span_id"}, map[string]string{"require": "trace_id, span_id"}},
		{"boolean", map[string]any{"strict": true}, map[string]string{"strict": "true"}},
		{"number", map[string]any{"max": 3}, map[string]string{"max": "3"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := build(t, fakePass(), tc.raw)
			if err != nil {
				t.Fatal(err)
			}
			for name, want := range tc.want {
				if got := a.Flags.Lookup(name).Value.String(); got != want {
					t.Errorf("flag %s = %q, want %q", name, got, want)
				}
			}
		})
	}
}

func TestSettingsErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		raw  any
		want []string // substrings of the error
	}{
		{"misspelled key", map[string]any{"requir": []any{"trace_id"}},
			[]string{`unknown setting "requir"`, "obslint's fake", "known settings: max, require, strict"}},
		{"mapping value", map[string]any{"require": map[string]any{"a": "b"}},
			[]string{`setting "require" of obslint's fake`, "not a mapping"}},
		{"nested list", map[string]any{"require": []any{[]any{"a"}}},
			[]string{`setting "require" of obslint's fake`, "list element 1", "not a nested list"}},
		{"value the flag rejects", map[string]any{"strict": "maybe"},
			[]string{`setting "strict" of obslint's fake`, `invalid value "maybe"`}},
		{"not a mapping", []any{"require"},
			[]string{"decoding settings"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := build(t, fakePass(), tc.raw)
			if err == nil {
				t.Fatal("no error")
			}
			for _, want := range tc.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not contain %q", err, want)
				}
			}
		})
	}
}

func TestPassWithoutFlagsRejectsEverySetting(t *testing.T) {
	p := fakePass()
	p.New = func() *analysis.Analyzer { return &analysis.Analyzer{Name: "bare"} }
	_, err := build(t, p, map[string]any{"bogus": 1})
	if want := `unknown setting "bogus": obslint's bare has no settings`; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error = %v, want it to contain %q", err, want)
	}
}

// TestFreshInstances checks that settings configure a new analyzer each
// time and never the pass's shared instance, which the command-line flags
// configure.
func TestFreshInstances(t *testing.T) {
	p := fakePass()
	lp, err := newPlugin(p)(map[string]any{"require": []any{"trace_id"}})
	if err != nil {
		t.Fatal(err)
	}
	first, _ := lp.BuildAnalyzers()
	second, _ := lp.BuildAnalyzers()
	if first[0] == second[0] {
		t.Error("BuildAnalyzers returned the same instance twice")
	}
	if err := first[0].Flags.Set("require", "changed"); err != nil {
		t.Fatal(err)
	}
	if got := second[0].Flags.Lookup("require").Value.String(); got != "trace_id" {
		t.Errorf("second instance's require = %q after changing the first, want trace_id", got)
	}
	if got := p.Analyzer.Flags.Lookup("require").Value.String(); got != "" {
		t.Errorf("shared instance's require = %q, want it untouched", got)
	}
	other, err := build(t, p, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := other.Flags.Lookup("require").Value.String(); got != "" {
		t.Errorf("another plugin instance's require = %q, want the default", got)
	}
}

func TestEveryPassRegistered(t *testing.T) {
	for _, p := range suite.Passes() {
		newPlugin, err := register.GetPlugin(p.Name)
		if err != nil {
			t.Errorf("%s: %v", p.Name, err)
			continue
		}
		lp, err := newPlugin(nil)
		if err != nil {
			t.Errorf("%s without settings: %v", p.Name, err)
			continue
		}
		if mode := lp.GetLoadMode(); mode != register.LoadModeTypesInfo {
			t.Errorf("%s: load mode %q, want %q", p.Name, mode, register.LoadModeTypesInfo)
		}
		as, err := lp.BuildAnalyzers()
		if err != nil || len(as) != 1 || as[0].Name != p.Name {
			t.Errorf("%s: BuildAnalyzers() = %v, %v; want one analyzer named %s", p.Name, as, err, p.Name)
		}
	}
}
