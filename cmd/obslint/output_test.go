package main_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Each line names its pass, as golangci-lint prints it, with the path
// relative to the working directory.
func TestTextNamesPassAndRelativePath(t *testing.T) {
	sever := filepath.Join(testdata(t, "e2e"), "sever")
	_, stderr, code := runSplit(t, sever, "./...")
	if code != 3 {
		t.Errorf("exit %d, want 3:\n%s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(lines) != len(severFindings) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(severFindings), stderr)
	}
	for _, line := range lines {
		if !strings.HasPrefix(line, "sever.go:") || !strings.HasSuffix(line, " (ctxsever)") {
			t.Errorf("line %q: want it to start with sever.go: and end with (ctxsever)", line)
		}
	}

	// Related information is on lines of its own, under the same pass.
	_, stderr, _ = runSplit(t, factsModule(t), "./...")
	want := "handler/handler.go:14:5: \twork the context governs"
	if !strings.Contains(stderr, want) || strings.Count(stderr, "(goroutinectx)\n") != 2 {
		t.Errorf("goroutinectx's finding and related line, each ending (goroutinectx), want %q:\n%s", want, stderr)
	}
}

// A type error is printed once, relative to the working directory, and
// the passes skipped are named; -json carries the errors instead of
// entries for the passes or their helper analyzers.
func TestTypeErrors(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("testdata", "typeerror"))
	if err != nil {
		t.Fatal(err)
	}
	const typeErr = `broken.go:6:14: cannot use "not a number" (untyped string constant) as int value`
	stdout, stderr, code := runSplit(t, dir, "./...")
	if code != 1 || stdout != "" {
		t.Errorf("exit %d, standard output %q; want 1 and nothing", code, stdout)
	}
	if n := strings.Count(stderr, "cannot use"); n != 1 || !strings.HasPrefix(stderr, typeErr) ||
		!strings.Contains(stderr, "obslint: not analyzed because of errors: example.com/typeerror") {
		t.Errorf("want the type error once, starting with %q, and the package skipped:\n%s", typeErr, stderr)
	}

	stdout, stderr, code = runSplit(t, dir, "-json", "./...")
	if code != 1 || stderr != "" {
		t.Errorf("-json: exit %d, standard error %q; want 1 and nothing", code, stderr)
	}
	var tree map[string]map[string][]struct{ Posn, Message string }
	if err := json.Unmarshal([]byte(stdout), &tree); err != nil {
		t.Fatalf("-json output: %v\n%s", err, stdout)
	}
	errs := tree["example.com/typeerror"]["typecheck"]
	if len(tree) != 1 || len(tree["example.com/typeerror"]) != 1 || len(errs) != 1 ||
		!strings.HasSuffix(errs[0].Posn, "broken.go:6:14") || !strings.HasPrefix(errs[0].Message, "cannot use") {
		t.Errorf("-json: want only the type error under typecheck, got:\n%s", stdout)
	}
}

// Outside a module, the go command's reason is kept.
func TestOutsideModule(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "x.go"), []byte("package x\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := runSplit(t, dir, ".")
	if code != 1 || !strings.Contains(stderr, "go.mod file not found") {
		t.Errorf("exit %d, want 1 and go's reason (go.mod file not found):\n%s", code, stderr)
	}
}

// -fix applies the fixes, analyzes again and reports what remains in the
// same run: here the Sprintf message its fix to slog.InfoContext keeps.
func TestFixReportsWhatRemains(t *testing.T) {
	dir := t.TempDir()
	copyDir(t, filepath.Join("testdata", "partialfix"), dir)
	_, stderr, code := runSplit(t, dir, "-fix", "./...")
	want := "handler.go:11:2: slog.InfoContext builds its message with fmt.Sprintf"
	if code != 3 || strings.Count(strings.TrimSpace(stderr), "\n") != 0 || !strings.HasPrefix(stderr, want) {
		t.Errorf("-fix: exit %d, want 3 and the one remaining finding %q:\n%s", code, want, stderr)
	}
	got, err := os.ReadFile(filepath.Join(dir, "handler.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(got), "slog.InfoContext(ctx, fmt.Sprintf(") {
		t.Errorf("fix not applied:\n%s", got)
	}
	stdout, _, code := runSplit(t, dir, "-fix", "-json", "./...")
	if code != 3 || !strings.Contains(stdout, `"slogattrs"`) {
		t.Errorf("-fix -json with a finding left: exit %d, want 3 and it in the JSON:\n%s", code, stdout)
	}
}

// -tags, and GOFLAGS=-tags, select the files analyzed, in every command.
func TestBuildTags(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("testdata", "tags"))
	if err != nil {
		t.Fatal(err)
	}
	const finding = "integration.go:11:12: http.Get takes no context"
	if _, stderr, code := runSplit(t, dir, "./..."); code != 0 || stderr != "" {
		t.Errorf("without tags: exit %d, want 0 and nothing:\n%s", code, stderr)
	}
	if _, stderr, code := runSplit(t, dir, "-tags=integration", "./..."); code != 3 || !strings.HasPrefix(stderr, finding) {
		t.Errorf("-tags=integration: exit %d, want 3 and %q:\n%s", code, finding, stderr)
	}
	t.Setenv("GOFLAGS", "-tags=integration")
	if _, stderr, code := runSplit(t, dir, "./..."); code != 3 || !strings.HasPrefix(stderr, finding) {
		t.Errorf("GOFLAGS=-tags=integration: exit %d, want 3 and %q:\n%s", code, finding, stderr)
	}
}
