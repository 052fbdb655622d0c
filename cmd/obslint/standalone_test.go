package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// runSplit runs the binary in dir and returns its standard output and
// error apart, and its exit code.
func runSplit(t *testing.T, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(obslintBinary(t), args...)
	cmd.Dir = dir
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		code = exit.ExitCode()
	default:
		t.Fatalf("running obslint %v: %v", args, err)
	}
	return out.String(), errOut.String(), code
}

func factsModule(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("testdata", "facts"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// goroutinectx learns from package jobs's facts that jobs.Report does
// network I/O, when jobs is among the packages named: facts flow among
// those only.
func TestFactsAmongPackagesNamed(t *testing.T) {
	bin := obslintBinary(t)
	r := run(t, factsModule(t), bin, "./...")
	if r.code != 3 {
		t.Errorf("exit code %d, want 3:\n%s", r.code, r.out)
	}
	assertFindings(t, r, []string{
		"handler/handler.go:14:2: goroutine launched without an explicit context choice",
		"handler/handler.go:14:5: \twork the context governs, directly or in the functions it calls: a network call",
		"jobs/jobs.go:7:6: exported Report does network I/O without a context",
	})

	alone := run(t, factsModule(t), bin, "./handler")
	if alone.code != 0 || alone.out != "" {
		t.Errorf("./handler alone: exit %d, output %q; want 0 and nothing, jobs's facts unknown", alone.code, alone.out)
	}
}

// -NAME runs only the passes named; -NAME=false all but those;
// -NAME.FLAG sets a pass's flag.
func TestAnalyzerFlags(t *testing.T) {
	bin := obslintBinary(t)
	e2e := testdata(t, "e2e")
	if r := run(t, e2e, bin, "-ctxsever", "./..."); r.code != 3 {
		t.Errorf("-ctxsever: exit %d, want 3:\n%s", r.code, r.out)
	} else {
		assertFindings(t, r, severFindings)
	}
	for _, args := range [][]string{{"-ctxsever=false", "./..."}, {"-goroutinectx", "-slogattrs", "./..."}} {
		if r := run(t, e2e, bin, args...); r.code != 0 || r.out != "" {
			t.Errorf("%s: exit %d, output %q; want 0 and nothing", args, r.code, r.out)
		}
	}

	r := run(t, factsModule(t), bin, "-slogattrs", "-slogattrs.require=trace_id", "./...")
	if r.code != 3 {
		t.Errorf("-slogattrs.require: exit %d, want 3:\n%s", r.code, r.out)
	}
	assertFindings(t, r, []string{"handler/handler.go:21:2: slog.Info lacks the required attributes trace_id"})
}

// -json prints the multichecker's JSON on standard output and exits as
// the text output does: 3 with findings.
func TestJSON(t *testing.T) {
	stdout, stderr, code := runSplit(t, testdata(t, "e2e"), "-json", "./...")
	if code != 3 || stderr != "" {
		t.Errorf("-json: exit %d, standard error %q; want 3 and nothing", code, stderr)
	}
	type edit struct {
		Filename   string
		Start, End int
		New        string
	}
	var tree map[string]map[string][]struct {
		Posn, End, Message string
		SuggestedFixes     []struct {
			Message string
			Edits   []edit
		} `json:"suggested_fixes"`
	}
	if err := json.Unmarshal([]byte(stdout), &tree); err != nil {
		t.Fatalf("-json output: %v\n%s", err, stdout)
	}
	diags := tree["example.com/e2e/sever"]["ctxsever"]
	if len(tree) != 1 || len(tree["example.com/e2e/sever"]) != 1 || len(diags) != len(severFindings) {
		t.Fatalf("-json: want the %d ctxsever findings of example.com/e2e/sever, got:\n%s", len(severFindings), stdout)
	}
	for i, want := range severFindings {
		posn, message, _ := strings.Cut(want, ": ")
		if d := diags[i]; !strings.HasSuffix(d.Posn, posn) || !strings.HasPrefix(d.Message, message) || !strings.Contains(d.End, "sever.go:") {
			t.Errorf("diagnostic %d is %+v, want it at %s: %s", i, d, posn, message)
		}
	}
	fix := diags[0].SuggestedFixes
	want := edit{Filename: filepath.Join(testdata(t, "e2e"), "sever", "sever.go"), Start: 252, End: 272, New: "r.Context()"}
	if len(fix) != 1 || fix[0].Message != "use r.Context()" || len(fix[0].Edits) != 1 || fix[0].Edits[0] != want {
		t.Errorf("fix of diagnostic 0 is %+v, want %q with the edit %+v", fix, "use r.Context()", want)
	}
}

// -fix -diff prints the fixes as a unified diff, leaves the files alone,
// and exits 3: the findings are still there.
func TestFixDiff(t *testing.T) {
	dir := t.TempDir()
	copyDir(t, testdata(t, "e2e"), dir)
	file := filepath.Join(dir, "sever", "sever.go")
	before, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runSplit(t, dir, "-fix", "-diff", "./sever")
	if code != 3 || stderr != "" {
		t.Errorf("-fix -diff: exit %d, standard error %q; want 3 and nothing", code, stderr)
	}
	for _, want := range []string{
		"--- " + file + " (old)\n+++ " + file + " (new)\n",
		"-\t_ = work(context.Background())\n+\t_ = work(r.Context())\n",
		"-\treturn net.Dial(\"tcp\", \"localhost:80\")\n+\treturn (&net.Dialer{}).DialContext(ctx, \"tcp\", \"localhost:80\")\n",
		"+\terr := db.QueryRowContext(ctx, \"SELECT count(*) FROM t\").Scan(&n)\n",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("diff lacks %q:\n%s", want, stdout)
		}
	}
	if after, _ := os.ReadFile(file); !bytes.Equal(after, before) {
		t.Errorf("-fix -diff changed %s", file)
	}
}

func TestVersionAndHelp(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{{"-V"}, {"-version"}, {"version"}} {
		if stdout, _, code := runSplit(t, dir, args...); code != 0 || !strings.HasPrefix(stdout, "obslint version ") {
			t.Errorf("%s: exit %d, output %q", args, code, stdout)
		}
	}
	stdout, _, code := runSplit(t, dir, "help")
	if code != 0 || !strings.Contains(stdout, "ctxsever") || !strings.Contains(stdout, "-fix") {
		t.Errorf("help: exit %d, output:\n%s", code, stdout)
	}
	stdout, _, code = runSplit(t, dir, "help", "slogattrs")
	if code != 0 || !strings.HasPrefix(stdout, "slogattrs: ") || !strings.Contains(stdout, "-slogattrs.require") {
		t.Errorf("help slogattrs: exit %d, output:\n%s", code, stdout)
	}
	_, stderr, code := runSplit(t, dir, "help", "nosuch")
	if code != 2 || !strings.Contains(stderr, `no pass "nosuch"; the passes are ctxsever, goroutinectx, `) {
		t.Errorf("help nosuch: exit %d, standard error:\n%s", code, stderr)
	}
	if _, stderr, code := runSplit(t, dir); code != 1 || !strings.Contains(stderr, "usage: obslint") {
		t.Errorf("no arguments: exit %d, standard error:\n%s", code, stderr)
	}
	for _, args := range [][]string{{"-h"}, {"-help"}, {"sarif", "-h"}, {"lsp", "-h"}} {
		if _, stderr, code := runSplit(t, dir, args...); code != 0 || !strings.Contains(stderr, "usage: obslint") {
			t.Errorf("%s: exit %d, want 0 and the usage; standard error:\n%s", args, code, stderr)
		}
	}
}

func TestProfiles(t *testing.T) {
	tmp := t.TempDir()
	files := []string{filepath.Join(tmp, "cpu"), filepath.Join(tmp, "mem"), filepath.Join(tmp, "trace")}
	_, stderr, code := runSplit(t, testdata(t, "e2e"), "-cpuprofile", files[0], "-memprofile", files[1], "-trace", files[2], "./clean")
	if code != 0 {
		t.Errorf("exit %d:\n%s", code, stderr)
	}
	for _, file := range files {
		if info, err := os.Stat(file); err != nil || info.Size() == 0 {
			t.Errorf("%s: %v, want a profile", file, err)
		}
	}
	bad := filepath.Join(tmp, "no", "such", "dir")
	if _, stderr, code := runSplit(t, testdata(t, "e2e"), "-cpuprofile", bad, "./clean"); code != 1 || !strings.Contains(stderr, "-cpuprofile: open "+bad) {
		t.Errorf("-cpuprofile in a missing directory: exit %d:\n%s", code, stderr)
	}
}
