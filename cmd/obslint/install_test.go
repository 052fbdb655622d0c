package main_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The README's first screen: from a clone, `go install ./cmd/obslint`,
// then `obslint ./...` in the user's own module, outside obslint's.
func TestInstallFromClone(t *testing.T) {
	if testing.Short() {
		t.Skip("installs obslint with go install; not run with -short")
	}
	repo, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(filepath.Join(repo, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, rest, _ := strings.Cut(string(readme), "```sh\n")
	first, _, _ := strings.Cut(rest, "```")
	for _, want := range []string{"go install ./cmd/obslint", "obslint ./..."} {
		if !strings.Contains(first, want) {
			t.Errorf("the README's first commands lack %q:\n%s", want, first)
		}
	}

	gobin := t.TempDir()
	install := exec.Command("go", "install", "./cmd/obslint")
	install.Dir = repo
	install.Env = append(os.Environ(), "GOBIN="+gobin)
	if out, err := install.CombinedOutput(); err != nil {
		t.Fatalf("go install ./cmd/obslint: %v\n%s", err, out)
	}
	service := t.TempDir()
	copyDir(t, testdata(t, "e2e"), service)
	t.Setenv("PATH", gobin+string(os.PathListSeparator)+os.Getenv("PATH"))
	cmd := exec.Command("obslint", "./...")
	cmd.Dir = service
	out, err := cmd.CombinedOutput()
	if code := cmd.ProcessState.ExitCode(); code != 3 {
		t.Errorf("obslint ./... in a module of its own: exit %d (%v), want 3:\n%s", code, err, out)
	}
	assertFindings(t, result{string(out), 3}, severFindings)
}
