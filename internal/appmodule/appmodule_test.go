package appmodule

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// write creates the files of a module tree under a temporary directory.
func write(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, content := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestFind(t *testing.T) {
	for _, tc := range []struct {
		name        string
		files       map[string]string
		application bool
	}{
		{"main in the root", map[string]string{"main.go": "package main"}, true},
		{"main under cmd", map[string]string{"cmd/svc/server/main.go": "package main"}, true},
		{"main just below the root", map[string]string{"app/main.go": "// Command app.\npackage main"}, true},
		{"no main", map[string]string{"lib.go": "package x"}, false},
		{"examples", map[string]string{"examples/hello/main.go": "package main", "example/main.go": "package main"}, false},
		{"deeper", map[string]string{"plugin/example/clock/main.go": "package main"}, false},
		{"underscored and hidden", map[string]string{"_tools/main.go": "package main", ".ci/main.go": "package main"}, false},
		{"a generator", map[string]string{"gen.go": "//go:build ignore\n\npackage main"}, false},
		{"a test", map[string]string{"main_test.go": "package main"}, false},
		{"a nested module", map[string]string{"tools/go.mod": "module example.com/m/tools", "tools/main.go": "package main"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.files["go.mod"] = "module example.com/m // the module\n\ngo 1.26\n"
			tc.files["x/x.go"] = "package x"
			root := write(t, tc.files)
			m, ok := Find(filepath.Join(root, "x"), "example.com/m/x")
			if !ok {
				t.Fatal("module not found")
			}
			if m.Root != root || m.Path != "example.com/m" || m.Application != tc.application {
				t.Errorf("Find = %+v, want root %s, path example.com/m, application %v", m, root, tc.application)
			}
		})
	}
}

// A package whose place below go.mod does not spell its import path
// (GOPATH mode under an unrelated module, vendored code) has no module.
func TestFindMismatch(t *testing.T) {
	root := write(t, map[string]string{
		"go.mod":                              "module \"example.com/outer\"\n",
		"testdata/src/example.com/lib/lib.go": "package lib",
		"vendor/example.com/dep/dep.go":       "package dep",
	})
	for dir, path := range map[string]string{
		"testdata/src/example.com/lib": "example.com/lib",
		"vendor/example.com/dep":       "example.com/dep",
	} {
		if m, ok := Find(filepath.Join(root, dir), path); ok {
			t.Errorf("Find(%s, %s) = %+v, want no module", dir, path, m)
		}
	}
	if m, ok := Find(filepath.Join(runtime.GOROOT(), "src", "net", "http"), "net/http"); !ok || !m.Standard() {
		t.Errorf("Find(GOROOT/src/net/http) = %+v, %v; want the standard library", m, ok)
	}
	if m, ok := Find(root, "example.com/outer"); !ok || m.Path != "example.com/outer" {
		t.Errorf("Find(root) = %+v, %v; want module example.com/outer", m, ok)
	}
}
