package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/obslint/obslint/internal/suite"
)

// sarifLog is the part of a SARIF log the tests check.
type sarifLog struct {
	Runs []struct {
		ColumnKind         string
		OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
		Tool               struct {
			Driver struct {
				Name  string
				Rules []struct {
					ID               string
					HelpURI          string
					ShortDescription struct{ Text string }
				}
			}
		}
		Results []struct {
			RuleID    string
			RuleIndex int
			Message   struct{ Text string }
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation artifactLocation
					Region           region
				}
			}
			Fixes []struct {
				Description     struct{ Text string }
				ArtifactChanges []struct {
					ArtifactLocation artifactLocation
					Replacements     []struct {
						DeletedRegion   region
						InsertedContent struct{ Text string }
					}
				}
			}
		}
	}
}

type artifactLocation struct {
	URI       string
	URIBaseID string `json:"uriBaseId"`
}

type region struct {
	StartLine, StartColumn, EndLine, EndColumn int
}

func TestSARIF(t *testing.T) {
	bin := obslintBinary(t)
	dir, err := filepath.Abs(filepath.Join("testdata", "lsptest"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "sarif", "./...")
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("obslint sarif: %v (exit 0 expected with findings)\n%s", err, stderr.Bytes())
	}
	validateSARIF(t, out)

	var log sarifLog
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(log.Runs))
	}
	run := log.Runs[0]
	if run.ColumnKind != "utf16CodeUnits" {
		t.Errorf("columnKind %q, want utf16CodeUnits", run.ColumnKind)
	}
	if got, want := run.OriginalURIBaseIDs["%SRCROOT%"].URI, "file://"+filepath.ToSlash(dir)+"/"; got != want {
		t.Errorf("%%SRCROOT%% is %q, want %q", got, want)
	}

	rules := run.Tool.Driver.Rules
	passes := suite.Passes()
	if len(rules) != len(passes) {
		t.Fatalf("%d rules, want one per pass (%d)", len(rules), len(passes))
	}
	for i, p := range passes {
		summary, _, _ := strings.Cut(p.Analyzer.Doc, "\n")
		if r := rules[i]; r.ID != p.Name || r.HelpURI != p.Analyzer.URL || r.ShortDescription.Text != summary {
			t.Errorf("rule %d is %+v, want id %s, helpUri %s, shortDescription %q", i, r, p.Name, p.Analyzer.URL, summary)
		}
	}

	// Columns are 1-based UTF-16 code units: "context.Background()" starts
	// at byte column 35 of line 8, after é, ö and 🌍, but at column 31.
	background := region{StartLine: 8, StartColumn: 31, EndLine: 8, EndColumn: 51}
	todo := region{StartLine: 9, StartColumn: 14, EndLine: 9, EndColumn: 28}
	var got []region
	for _, r := range run.Results {
		if r.RuleID != "ctxsever" {
			continue // other passes' findings are not this test's
		}
		if rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("result of %s has ruleIndex %d, the rule of %s", r.RuleID, r.RuleIndex, rules[r.RuleIndex].ID)
		}
		if len(r.Locations) != 1 {
			t.Fatalf("result %q has %d locations, want 1", r.Message.Text, len(r.Locations))
		}
		loc := r.Locations[0].PhysicalLocation
		if want := (artifactLocation{URI: "handler.go", URIBaseID: "%SRCROOT%"}); loc.ArtifactLocation != want {
			t.Errorf("result at %+v, want %+v", loc.ArtifactLocation, want)
		}
		got = append(got, loc.Region)
		if len(r.Fixes) != 1 || len(r.Fixes[0].ArtifactChanges) != 1 || len(r.Fixes[0].ArtifactChanges[0].Replacements) != 1 {
			t.Fatalf("result %q: want one fix with one replacement, got %+v", r.Message.Text, r.Fixes)
		}
		fix := r.Fixes[0]
		change := fix.ArtifactChanges[0]
		if repl := change.Replacements[0]; fix.Description.Text != "use ctx" || change.ArtifactLocation != loc.ArtifactLocation ||
			repl.DeletedRegion != loc.Region || repl.InsertedContent.Text != "ctx" {
			t.Errorf("result %q: fix %+v, want %q replacing the finding with ctx", r.Message.Text, fix, "use ctx")
		}
	}
	if want := []region{background, todo}; len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("ctxsever results at %+v, want %+v", got, want)
	}
}

func TestSARIFOutputFile(t *testing.T) {
	bin := obslintBinary(t)
	file := filepath.Join(t.TempDir(), "obslint.sarif")
	cmd := exec.Command(bin, "sarif", "-o", file, "./...")
	cmd.Dir = filepath.Join("testdata", "lsptest")
	if out, err := cmd.CombinedOutput(); err != nil || len(out) > 0 {
		t.Fatalf("obslint sarif -o: %v, output %q; want exit 0 and no output", err, out)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	validateSARIF(t, data)
}

// TestSARIFErrors checks that a package with errors fails the command, with
// the errors on standard error and no log: a partial log would close the
// code scanning alerts of the packages it misses.
func TestSARIFErrors(t *testing.T) {
	bin := obslintBinary(t)
	file := filepath.Join(t.TempDir(), "obslint.sarif")
	for _, args := range [][]string{{"./..."}, {"-o", file, "./..."}} {
		cmd := exec.Command(bin, append([]string{"sarif"}, args...)...)
		cmd.Dir = filepath.Join("testdata", "typeerror")
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 1 {
			t.Errorf("obslint sarif %s: %v, want exit status 1", args, err)
		}
		for _, want := range []string{"broken.go:6:14", `cannot use "not a number"`, "no log written"} {
			if !strings.Contains(stderr.String(), want) {
				t.Errorf("obslint sarif %s: standard error lacks %q:\n%s", args, want, stderr.Bytes())
			}
		}
		if stdout.Len() > 0 {
			t.Errorf("obslint sarif %s wrote to standard output:\n%s", args, stdout.Bytes())
		}
	}
	if _, err := os.Stat(file); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("obslint sarif -o wrote %s despite errors", file)
	}
}

// validateSARIF validates a log against the SARIF 2.1.0 schema shipped,
// as a Go string, in the go-sarif module that writes it.
func validateSARIF(t *testing.T, log []byte) {
	t.Helper()
	schema := sarifSchema(t)
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(log))
	if err != nil {
		t.Fatalf("SARIF log is not JSON: %v", err)
	}
	if err := schema.Validate(inst); err != nil {
		t.Errorf("SARIF log does not conform to the SARIF 2.1.0 schema: %v\n%s", err, log)
	}
}

func sarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/owenrumney/go-sarif/v3").Output()
	if err != nil {
		t.Fatalf("go list -m github.com/owenrumney/go-sarif/v3: %v", err)
	}
	file := filepath.Join(strings.TrimSpace(string(out)), "pkg", "report", "v210", "sarif", "schema.go")
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var text string
	for _, decl := range f.Decls {
		if gen, ok := decl.(*ast.GenDecl); ok && gen.Tok == token.CONST {
			for _, spec := range gen.Specs {
				vs := spec.(*ast.ValueSpec)
				if len(vs.Names) == 1 && vs.Names[0].Name == "schema" && len(vs.Values) == 1 {
					if lit, ok := vs.Values[0].(*ast.BasicLit); ok {
						text, err = strconv.Unquote(lit.Value)
					}
				}
			}
		}
	}
	if text == "" || err != nil {
		t.Fatalf("%s: no const schema string (%v)", file, err)
	}
	doc, err := jsonschema.UnmarshalJSON(strings.NewReader(text))
	if err != nil {
		t.Fatalf("%s: schema: %v", file, err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	const url = "sarif-schema-2.1.0.json"
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile(url)
	if err != nil {
		t.Fatalf("compiling the SARIF schema: %v", err)
	}
	return schema
}

// TestSARIFSchemaRejects checks that validateSARIF's schema has teeth: a
// region starting on line 0 is not SARIF.
func TestSARIFSchemaRejects(t *testing.T) {
	bad := `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "obslint"}}, "results": [
		{"message": {"text": "m"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a.go"}, "region": {"startLine": 0}}}]}]}]}`
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(bad))
	if err != nil {
		t.Fatal(err)
	}
	if err := sarifSchema(t).Validate(inst); err == nil {
		t.Error("the schema accepts a region on line 0")
	}
}

// sarif takes the main command's pass selection: here goroutinectx only,
// whose related information becomes the result's relatedLocations.
func TestSARIFPassFlagsAndRelatedLocations(t *testing.T) {
	bin := obslintBinary(t)
	cmd := exec.Command(bin, "sarif", "-goroutinectx", "./...")
	cmd.Dir = factsModule(t)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("obslint sarif -goroutinectx: %v\n%s", err, stderr.Bytes())
	}
	validateSARIF(t, out)
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct{ Rules []struct{ ID string } }
			}
			Results []struct {
				RuleID           string
				RelatedLocations []struct {
					ID               int
					Message          struct{ Text string }
					PhysicalLocation struct {
						ArtifactLocation artifactLocation
						Region           region
					}
				}
			}
		}
	}
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if rules := run.Tool.Driver.Rules; len(rules) != 1 || rules[0].ID != "goroutinectx" {
		t.Errorf("rules %+v, want goroutinectx's only", rules)
	}
	if len(run.Results) != 1 || len(run.Results[0].RelatedLocations) != 1 {
		t.Fatalf("want one goroutinectx result with one related location:\n%s", out)
	}
	rel := run.Results[0].RelatedLocations[0]
	if !strings.HasPrefix(rel.Message.Text, "work the context governs") ||
		rel.PhysicalLocation.ArtifactLocation != (artifactLocation{URI: "handler/handler.go", URIBaseID: "%SRCROOT%"}) ||
		rel.PhysicalLocation.Region.StartLine != 14 {
		t.Errorf("related location %+v, want handler/handler.go:14: work the context governs…", rel)
	}

	cmd = exec.Command(bin, "sarif", "-slogattrs", "-slogattrs.require=trace_id", "./...")
	cmd.Dir = factsModule(t)
	if out, err := cmd.Output(); err != nil || !bytes.Contains(out, []byte("slog.Info lacks the required attributes trace_id")) {
		t.Errorf("sarif -slogattrs.require=trace_id: %v, want the finding the flag asks for:\n%s", err, out)
	}
}
