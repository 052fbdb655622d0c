package suite_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestStandardLibrary runs obslint, built as users build it, over the
// standard library and over cmd (a module of its own), twice each: the
// suite must survive all of Go's own code — no panic, no analyzer
// failure — and say the same thing, byte for byte, every time.
//
// It takes minutes and gigabytes: it runs only with OBSLINT_LONG=1, as
// .ci/run sets it.
func TestStandardLibrary(t *testing.T) {
	if os.Getenv("OBSLINT_LONG") != "1" {
		t.Skip("runs obslint over GOROOT/src and GOROOT/src/cmd (tens of minutes on 2 cores); set OBSLINT_LONG=1 to run it, as .ci/run does")
	}
	bin := buildObslint(t)
	goroot := goEnv(t, "GOROOT")
	for _, dir := range []string{
		filepath.Join(goroot, "src"),
		filepath.Join(goroot, "src", "cmd"),
	} {
		// Sequentially: one run holds several gigabytes.
		first := runObslint(t, bin, dir)
		second := runObslint(t, bin, dir)
		for _, r := range []obslintRun{first, second} {
			r.check(t)
		}
		if !bytes.Equal(first.stdout, second.stdout) || !bytes.Equal(first.stderr, second.stderr) {
			t.Errorf("%s: two runs differ:\n%s", dir, firstDifference(first, second))
		}
		t.Logf("%s: exit %d, %d lines, %v and %v", dir, first.code, lines(first.stdout)+lines(first.stderr), first.took, second.took)
	}
}

// buildObslint builds cmd/obslint into a temporary directory.
func buildObslint(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "obslint")
	out, err := exec.Command("go", "build", "-o", bin, "github.com/obslint/obslint/cmd/obslint").CombinedOutput()
	if err != nil {
		t.Fatalf("building obslint: %v\n%s", err, out)
	}
	return bin
}

func goEnv(t *testing.T, name string) string {
	t.Helper()
	out, err := exec.Command("go", "env", name).Output()
	if err != nil {
		t.Fatalf("go env %s: %v", name, err)
	}
	return strings.TrimSpace(string(out))
}

type obslintRun struct {
	dir            string
	stdout, stderr []byte
	code           int
	took           time.Duration
}

// runObslint runs `obslint ./...` in dir, as a user would.
func runObslint(t *testing.T, bin, dir string) obslintRun {
	t.Helper()
	cmd := exec.Command(bin, "./...")
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	r := obslintRun{dir: dir, stdout: stdout.Bytes(), stderr: stderr.Bytes(), took: time.Since(start).Round(time.Second)}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		r.code = exit.ExitCode()
	case err != nil:
		t.Fatalf("running obslint in %s: %v", dir, err)
	}
	return r
}

// crashSigns are what a panic, an analyzer failure or a skipped analysis
// leave in the output of either driver. (goroutinectx's findings begin
// with "goroutine ": a stack trace's header has a number and a state.)
var crashSigns = []*regexp.Regexp{
	regexp.MustCompile(`panic:`),
	regexp.MustCompile(`goroutine \d+ \[`),
	regexp.MustCompile(`analysis skipped due to errors`),
	regexp.MustCompile(`failed prerequisites`),
	regexp.MustCompile(`internal error`),
}

// check fails unless r exited 0 (no findings) or 3 (findings) with no
// sign of a crash: 1 is an analyzer or load failure, 2 a usage error.
func (r obslintRun) check(t *testing.T) {
	t.Helper()
	if r.code != 0 && r.code != 3 {
		t.Errorf("%s: exit code %d, want 0 or 3:\n%s", r.dir, r.code, head(r.stderr, r.stdout))
	}
	for _, out := range [][]byte{r.stdout, r.stderr} {
		for _, sign := range crashSigns {
			if loc := sign.FindIndex(out); loc != nil {
				t.Errorf("%s: output contains %q:\n%s", r.dir, sign, head(out[max(0, loc[0]-500):]))
			}
		}
	}
}

// firstDifference shows the first line where two runs' outputs differ.
func firstDifference(a, b obslintRun) string {
	x := strings.Split(string(a.stdout)+string(a.stderr), "\n")
	y := strings.Split(string(b.stdout)+string(b.stderr), "\n")
	for i := range min(len(x), len(y)) {
		if x[i] != y[i] {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, x[i], y[i])
		}
	}
	return fmt.Sprintf("line counts differ: %d and %d", len(x), len(y))
}

// head returns the start of the concatenated outputs, enough to diagnose.
func head(outs ...[]byte) string {
	s := string(bytes.Join(outs, nil))
	if len(s) > 4000 {
		s = s[:4000] + "\n…"
	}
	return s
}

func lines(b []byte) int { return bytes.Count(b, []byte("\n")) }
