package golangci_test

// End-to-end: a real golangci-lint, built from testdata/golangci/custom-gcl
// (what `golangci-lint custom` would generate), run with
// .golangci.example.yml on the module testdata/golangci/target.

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/golangci/plugin-module-register/register"
	"go.yaml.in/yaml/v3"

	_ "github.com/obslint/obslint/plugin/golangci"

	"github.com/obslint/obslint/internal/customgcl"
	"github.com/obslint/obslint/internal/suite"
)

// golangciVersion is the golangci-lint that testdata/golangci/custom-gcl pins.
const golangciVersion = customgcl.Version

var (
	repoRoot       = filepath.Join("..", "..")
	wrapperDir     = filepath.Join(repoRoot, "testdata", "golangci", "custom-gcl")
	targetDir      = filepath.Join(repoRoot, "testdata", "golangci", "target")
	targetPkgDir   = filepath.Join(targetDir, "orders")
	exampleConfig  = filepath.Join(repoRoot, ".golangci.example.yml")
	customGCLBuild struct {
		once sync.Once
		dir  string // removed by TestMain
		bin  string
		err  error
	}
)

func TestMain(m *testing.M) {
	code := m.Run()
	if customGCLBuild.dir != "" {
		os.RemoveAll(customGCLBuild.dir)
	}
	os.Exit(code)
}

// customGCL returns the custom golangci-lint, building it on first use.
// The build goes through the Go build cache: minutes when cold, about a
// second when warm.
func customGCL(t *testing.T) string {
	t.Helper()
	if os.Getenv("OBSLINT_LONG") != "1" {
		t.Skip("builds golangci-lint " + golangciVersion + " (minutes on a cold build cache); set OBSLINT_LONG=1 to run it, as .ci/run does")
	}
	b := &customGCLBuild
	b.once.Do(func() {
		start := time.Now()
		b.bin, b.err = buildCustomGCL(t)
		t.Logf("built golangci-lint %s with obslint's plugins in %v", golangciVersion, time.Since(start).Round(100*time.Millisecond))
	})
	if b.err != nil {
		t.Fatal(b.err)
	}
	return b.bin
}

// buildCustomGCL builds the wrapper module (see customgcl.Build).
func buildCustomGCL(t *testing.T) (string, error) {
	dir, err := os.MkdirTemp("", "obslint-custom-gcl-")
	if err != nil {
		return "", err
	}
	customGCLBuild.dir = dir
	ctx := context.Background()
	if deadline, ok := t.Deadline(); ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithDeadline(ctx, deadline.Add(-time.Minute))
		defer cancel()
	}
	bin, stale, err := customgcl.Build(ctx, wrapperDir, dir)
	if stale {
		t.Logf("%s is out of date with obslint's dependencies: run go mod tidy in %s", filepath.Join(wrapperDir, "go.mod"), wrapperDir)
	}
	return bin, err
}

// registered returns the names of the passes in the suite, hence the
// plugins the custom binary has.
func registered() []string {
	var names []string
	for _, p := range suite.Passes() {
		names = append(names, p.Name)
	}
	return names
}

// loadExample decodes .golangci.example.yml.
func loadExample(t *testing.T) map[string]any {
	t.Helper()
	data, err := os.ReadFile(exampleConfig)
	if err != nil {
		t.Fatal(err)
	}
	var cfg map[string]any
	if err := yaml.Unmarshal(data, &cfg); err != nil {
		t.Fatalf("%s: %v", exampleConfig, err)
	}
	return cfg
}

// lookup returns the value at a path of mapping keys, or nil.
func lookup(v any, keys ...string) any {
	for _, k := range keys {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[k]
	}
	return v
}

// TestExampleConfig checks .golangci.example.yml against the suite: every
// pass is enabled and configured as a module plugin, shows each of its
// flags as a setting, and its settings are accepted by the plugin.
func TestExampleConfig(t *testing.T) {
	cfg := loadExample(t)
	if v := lookup(cfg, "version"); v != "2" {
		t.Errorf("%s: version %v, want \"2\"", exampleConfig, v)
	}
	enabled, _ := lookup(cfg, "linters", "enable").([]any)
	for _, p := range suite.Passes() {
		if !slices.Contains(enabled, any(p.Name)) {
			t.Errorf("%s: linters.enable lacks %s", exampleConfig, p.Name)
		}
		custom := lookup(cfg, "linters", "settings", "custom", p.Name)
		if typ := lookup(custom, "type"); typ != "module" {
			t.Errorf("%s: linters.settings.custom.%s.type is %v, want module", exampleConfig, p.Name, typ)
		}
		settings := lookup(custom, "settings")
		shown, _ := settings.(map[string]any)
		p.New().Flags.VisitAll(func(f *flag.Flag) {
			if _, ok := shown[f.Name]; !ok {
				t.Errorf("%s: linters.settings.custom.%s.settings does not show the %s flag", exampleConfig, p.Name, f.Name)
			}
		})
		newPlugin, err := register.GetPlugin(p.Name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := newPlugin(settings); err != nil {
			t.Errorf("%s: settings of %s: %v", exampleConfig, p.Name, err)
		}
	}
}

// runConfig writes cfg, keeping only the plugins the suite has so far
// (the example enables all of obslint's passes), and returns its path.
func runConfig(t *testing.T, cfg map[string]any) string {
	t.Helper()
	linters := cfg["linters"].(map[string]any)
	var enabled []any
	for _, name := range linters["enable"].([]any) {
		if slices.Contains(registered(), name.(string)) {
			enabled = append(enabled, name)
		} else {
			t.Logf("%s is not in internal/suite yet: left out of the run", name)
		}
	}
	linters["enable"] = enabled
	custom := lookup(linters, "settings", "custom").(map[string]any)
	for name := range custom {
		if !slices.Contains(registered(), name) {
			delete(custom, name)
		}
	}
	data, err := yaml.Marshal(cfg)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), ".golangci.yml")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// runGCL runs `custom-gcl run ./...` in the target module as a user does,
// with a results cache of its own, and returns its output and exit code.
func runGCL(t *testing.T, config string) (stdout, stderr string, code int) {
	t.Helper()
	bin := customGCL(t)
	cmd := exec.Command(bin, "run", "--config", config, "--path-mode=abs", "./...")
	cmd.Dir = targetDir
	cmd.Env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+t.TempDir(), "GOWORK=off")
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		code = exit.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	return out.String(), errOut.String(), code
}

// A finding as golangci-lint prints it: file.go:9:9: message (ctxsever)
var findingLine = regexp.MustCompile(`(?m)^(\S+\.go):(\d+):(\d+): (.*) \(([\w-]+)\)$`)

type finding struct {
	file    string
	line    int
	message string
	linter  string
}

func parseFindings(out string) []finding {
	var fs []finding
	for _, m := range findingLine.FindAllStringSubmatch(out, -1) {
		line, _ := strconv.Atoi(m[2])
		fs = append(fs, finding{file: m[1], line: line, message: m[4], linter: m[5]})
	}
	return fs
}

// span is the lines of a function in the target.
type span struct {
	name     string
	from, to int
}

func (s span) contains(line int) bool { return s.from <= line && line <= s.to }

// targetFuncs returns the functions of the target file for pass: those
// expected to be reported, and those whose doc comment is //nolint:<pass>.
func targetFuncs(t *testing.T, pass string) (reported, suppressed []span) {
	t.Helper()
	file := filepath.Join(targetPkgDir, pass+".go")
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, file, nil, parser.ParseComments)
	if err != nil {
		t.Fatalf("%v: add a function %s reports and one with //nolint:%s", err, pass, pass)
	}
	for _, decl := range f.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok {
			continue
		}
		s := span{fn.Name.Name, fset.Position(fn.Pos()).Line, fset.Position(fn.End()).Line}
		if fn.Doc != nil && strings.HasPrefix(fn.Doc.List[0].Text, "//nolint:"+pass) {
			s.from = fset.Position(fn.Doc.Pos()).Line
			suppressed = append(suppressed, s)
		} else {
			reported = append(reported, s)
		}
	}
	if len(reported) == 0 || len(suppressed) == 0 {
		t.Fatalf("%s: want a function %s reports and one with //nolint:%s", file, pass, pass)
	}
	return reported, suppressed
}

// TestFindingsUnderPluginNames runs the example configuration on the
// target: each pass reports, under its own name, in every function of the
// target file named after it, except the one that carries //nolint:<pass>,
// and nowhere else.
func TestFindingsUnderPluginNames(t *testing.T) {
	stdout, stderr, code := runGCL(t, runConfig(t, loadExample(t)))
	t.Logf("golangci-lint output:\n%s%s", stdout, stderr)
	if code != 1 {
		t.Errorf("exit code %d, want 1 (findings)", code)
	}
	if strings.Contains(stdout, "(related information)") {
		t.Errorf("related information reported as issues of their own; want it in the finding's message")
	}
	findings := parseFindings(stdout)
	absPkg, err := filepath.Abs(targetPkgDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range findings {
		if !slices.Contains(registered(), f.linter) {
			t.Errorf("finding of %s, not one of obslint's plugins (fix the target): %s:%d: %s", f.linter, f.file, f.line, f.message)
		}
	}
	for _, pass := range registered() {
		reported, suppressed := targetFuncs(t, pass)
		file := filepath.Join(absPkg, pass+".go")
		found := make(map[string]bool) // by reported function
		for _, f := range findings {
			if f.linter != pass {
				continue
			}
			if f.file != file {
				t.Errorf("%s reported outside %s: %s:%d: %s", pass, file, f.file, f.line, f.message)
				continue
			}
			if slices.ContainsFunc(suppressed, func(s span) bool { return s.contains(f.line) }) {
				t.Errorf("//nolint:%s did not suppress %s:%d: %s", pass, f.file, f.line, f.message)
			}
			for _, s := range reported {
				if s.contains(f.line) {
					found[s.name] = true
				}
			}
		}
		for _, s := range reported {
			if !found[s.name] {
				t.Errorf("no finding of %s in %s (%s:%d) under its name: want a line %s:L:C: message (%s)",
					pass, s.name, filepath.Base(file), s.from, filepath.Base(file), pass)
			}
		}
	}
}

// TestMisspelledSetting gives each plugin a misspelled setting: golangci-lint
// must stop with exit code 3 and a message naming the plugin and the key.
func TestMisspelledSetting(t *testing.T) {
	for _, p := range suite.Passes() {
		t.Run(p.Name, func(t *testing.T) {
			key := "bogus"
			p.New().Flags.VisitAll(func(f *flag.Flag) {
				if key == "bogus" {
					key = f.Name[:len(f.Name)-1] // require → requir
				}
			})
			cfg := loadExample(t)
			custom := lookup(cfg, "linters", "settings", "custom", p.Name).(map[string]any)
			settings, _ := custom["settings"].(map[string]any)
			if settings == nil {
				settings = map[string]any{}
				custom["settings"] = settings
			}
			settings[key] = []any{"trace_id"}

			stdout, stderr, code := runGCL(t, runConfig(t, cfg))
			if code != 3 {
				t.Errorf("exit code %d, want 3 (failure)", code)
			}
			for _, want := range []string{"plugin(" + p.Name + ")", `unknown setting "` + key + `"`} {
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr does not name %s:\n%s%s", want, stdout, stderr)
				}
			}
		})
	}
}
