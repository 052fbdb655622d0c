package config_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/config"
)

func names(as []*analysis.Analyzer) []string {
	var ns []string
	for _, a := range as {
		ns = append(ns, a.Name)
	}
	return ns
}

func TestFindWalksUp(t *testing.T) {
	root := t.TempDir()
	sub := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, config.FileName), []byte("disable: [ctxsever]\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	c, err := config.Find(sub)
	if err != nil {
		t.Fatal(err)
	}
	all, enabled, err := c.Analyzers()
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(names(enabled), "ctxsever") || !slices.Contains(names(all), "ctxsever") || len(enabled) != len(all)-1 {
		t.Errorf("enabled %v of %v, want all but ctxsever", names(enabled), names(all))
	}
}

func TestMergeAndSettings(t *testing.T) {
	file, err := config.ParseYAML("f.yml", []byte("disable: [ctxsever]\nsettings:\n  slogattrs:\n    require: [a, b]\n"))
	if err != nil {
		t.Fatal(err)
	}
	editor, err := config.ParseJSON("editor", []byte(`{"enable": ["slogattrs"]}`))
	if err != nil {
		t.Fatal(err)
	}
	_, enabled, err := file.Merge(editor).Analyzers()
	if err != nil {
		t.Fatal(err)
	}
	if len(enabled) != 1 || enabled[0].Name != "slogattrs" {
		t.Fatalf("enabled %v, want slogattrs", names(enabled))
	}
	if got := enabled[0].Flags.Lookup("require").Value.String(); got != "a,b" {
		t.Errorf("slogattrs.require = %q, want a,b", got)
	}
}

func TestErrors(t *testing.T) {
	for _, tc := range []struct{ yaml, want string }{
		{"enable: [nosuch]\n", `f.yml: enable: no pass "nosuch"; the passes are ctxsever`},
		{"settings:\n  ctxsever:\n    x: 1\n", `f.yml: settings.ctxsever: no setting "x"`},
		{"settings:\n  slogattrs:\n    require: [[a]]\n", `f.yml: settings.slogattrs.require: list element 1`},
		{"bogus: 1\n", `field bogus not found`},
	} {
		if _, err := config.ParseYAML("f.yml", []byte(tc.yaml)); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: %v, want an error containing %q", tc.yaml, err, tc.want)
		}
	}
	if c, err := config.ParseYAML("f.yml", nil); err != nil || len(c.Enable)+len(c.Disable)+len(c.Settings) != 0 {
		t.Errorf("empty file: %+v, %v; want the zero Config", c, err)
	}
	if _, err := config.ParseJSON("editor", []byte(`{"enabled": []}`)); err == nil || !strings.Contains(err.Error(), "editor") {
		t.Errorf("unknown key from the editor: %v, want an error naming the source", err)
	}
}
