package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// .obslint.yml, found from the working directory, selects and configures
// the passes of the command and of sarif; flags override it; a mistake in
// it names the file and the valid names.
func TestProjectConfigFile(t *testing.T) {
	dir := t.TempDir()
	copyDir(t, factsModule(t), dir)
	write := func(text string) {
		if err := os.WriteFile(filepath.Join(dir, ".obslint.yml"), []byte(text), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	write("enable: [slogattrs]\nsettings:\n  slogattrs:\n    require: [trace_id]\n")
	const required = "handler/handler.go:21:2: slog.Info lacks the required attributes trace_id"
	sub := filepath.Join(dir, "handler") // found by walking up
	if _, stderr, code := runSplit(t, sub, "./..."); code != 3 || !strings.HasPrefix(stderr, "handler.go:21:2: slog.Info lacks the required attributes trace_id") ||
		strings.Contains(stderr, "goroutinectx") {
		t.Errorf("with .obslint.yml: exit %d, want 3 and slogattrs's finding only:\n%s", code, stderr)
	}
	if stdout, _, code := runSplit(t, dir, "sarif", "./..."); code != 0 || !strings.Contains(stdout, "lacks the required attributes trace_id") {
		t.Errorf("sarif with .obslint.yml: exit %d, want 0 and slogattrs's finding:\n%s", code, stdout)
	}
	if _, stderr, code := runSplit(t, dir, "-slogattrs.require=", "./..."); code != 0 {
		t.Errorf("-slogattrs.require= overriding the file: exit %d, want 0:\n%s", code, stderr)
	}
	if _, stderr, code := runSplit(t, dir, "-goroutinectx", "./..."); code != 3 || !strings.Contains(stderr, "(goroutinectx)") || strings.Contains(stderr, required) {
		t.Errorf("-goroutinectx overriding enable: exit %d, want 3 and goroutinectx's finding only:\n%s", code, stderr)
	}

	for _, tc := range []struct{ text, want string }{
		{"enable: [slogatrs]\n", `.obslint.yml: enable: no pass "slogatrs"; the passes are ctxsever, goroutinectx, `},
		{"settings:\n  slogattrs:\n    requires: [x]\n", `.obslint.yml: settings.slogattrs: no setting "requires"; slogattrs's settings are `},
		{"disabled: [ctxsever]\n", `field disabled not found`},
	} {
		write(tc.text)
		if _, stderr, code := runSplit(t, dir, "./..."); code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf(".obslint.yml %q: exit %d, want 2 and %q:\n%s", tc.text, code, tc.want, stderr)
		}
	}
}
