package main_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// obslintBinary builds cmd/obslint once per test run.
func obslintBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "obslint-cli")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "obslint")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = errors.New(string(out))
		}
	})
	if buildErr != nil {
		t.Fatalf("building obslint: %v", buildErr)
	}
	return binPath
}

type result struct {
	out  string
	code int
}

func run(t *testing.T, dir, name string, args ...string) result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return result{buf.String(), 0}
	case errors.As(err, &exit):
		return result{buf.String(), exit.ExitCode()}
	}
	t.Fatalf("running %s %v: %v", name, args, err)
	return result{}
}

func testdata(t *testing.T, elem ...string) string {
	dir, err := filepath.Abs(filepath.Join(append([]string{"..", "..", "testdata"}, elem...)...))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

var severFindings = []string{
	"sever/sever.go:14:11: context.Background() severs the available context r.Context()",
	"sever/sever.go:19:9: (*sql.DB).QueryRow drops the available context ctx: call QueryRowContext(ctx, …)",
	"sever/sever.go:24:9: net.Dial takes no context",
}

func assertFindings(t *testing.T, r result, want []string) {
	t.Helper()
	var lines []string
	for _, line := range strings.Split(strings.TrimSpace(r.out), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			lines = append(lines, line)
		}
	}
	if len(lines) != len(want) {
		t.Fatalf("got %d findings, want %d:\n%s", len(lines), len(want), r.out)
	}
	for i, w := range want {
		if !strings.Contains(lines[i], w) {
			t.Errorf("finding %d = %q, want it to contain %q", i, lines[i], w)
		}
	}
	if strings.Contains(r.out, "panic") {
		t.Errorf("output mentions a panic:\n%s", r.out)
	}
}

func TestStandalone(t *testing.T) {
	bin := obslintBinary(t)
	r := run(t, testdata(t, "e2e"), bin, "./...")
	if r.code != 3 {
		t.Errorf("exit code %d, want 3 (findings):\n%s", r.code, r.out)
	}
	assertFindings(t, r, severFindings)

	clean := run(t, testdata(t, "e2e"), bin, "./clean")
	if clean.code != 0 || clean.out != "" {
		t.Errorf("clean package: exit %d, output %q; want 0 and nothing", clean.code, clean.out)
	}
}

func TestGoVetVettool(t *testing.T) {
	bin := obslintBinary(t)
	r := run(t, testdata(t, "e2e"), "go", "vet", "-vettool="+bin, "./...")
	if r.code == 0 {
		t.Errorf("go vet exited 0 on findings:\n%s", r.out)
	}
	assertFindings(t, r, severFindings)

	clean := run(t, testdata(t, "e2e"), "go", "vet", "-vettool="+bin, "./clean")
	if clean.code != 0 {
		t.Errorf("go vet on clean code: exit %d:\n%s", clean.code, clean.out)
	}
}

func TestFix(t *testing.T) {
	bin := obslintBinary(t)
	dir := t.TempDir()
	copyDir(t, testdata(t, "e2e"), dir)
	r := run(t, dir, bin, "-fix", "./sever")
	if strings.Contains(r.out, "panic") {
		t.Fatalf("obslint -fix panicked:\n%s", r.out)
	}
	if r.code != 0 || r.out != "" {
		t.Errorf("-fix fixed every finding, yet exited %d with output:\n%s", r.code, r.out)
	}
	got, err := os.ReadFile(filepath.Join(dir, "sever", "sever.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"_ = work(r.Context())",
		`db.QueryRowContext(ctx, "SELECT count(*) FROM t")`,
		`(&net.Dialer{}).DialContext(ctx, "tcp", "localhost:80")`,
		"return work(context.Background()) //nolint:ctxsever",
	} {
		if !strings.Contains(string(got), want) {
			t.Errorf("fixed file lacks %q:\n%s", want, got)
		}
	}
	again := run(t, dir, bin, "./sever")
	if again.code != 0 {
		t.Errorf("findings remain after -fix (exit %d):\n%s", again.code, again.out)
	}
}

func TestBadInput(t *testing.T) {
	bin := obslintBinary(t)
	dir := testdata(t, "badinput")
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"type error", []string{"./typeerror"}, "ctx.NoSuchMethod undefined"},
		{"syntax error", []string{"./syntaxerror"}, "expected ')'"},
		{"empty directory", []string{"./empty"}, "no Go files"},
		{"no matching packages", []string{"./nomatch/..."}, "nomatch"},
		{"unknown flag", []string{"-bogus", "./..."}, "flag provided but not defined: -bogus"},
		{"malformed flag value", []string{"-ctxsever=maybe", "./..."}, `invalid boolean value "maybe" for -ctxsever`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, dir, bin, tc.args...)
			if r.code == 0 {
				t.Errorf("exit code 0, want non-zero:\n%s", r.out)
			}
			if !strings.Contains(r.out, tc.want) {
				t.Errorf("output lacks %q:\n%s", tc.want, r.out)
			}
			if strings.Contains(r.out, "panic") || strings.Contains(r.out, "goroutine ") {
				t.Errorf("obslint panicked:\n%s", r.out)
			}
		})
	}
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		target := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
