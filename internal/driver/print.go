package driver

import (
	"bufio"
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// PrintErrors prints the errors in the packages and the analyzers'
// failures, one a line, with paths relative to the working directory,
// and names the packages the passes skipped because of errors. It
// returns how many errors and failures it printed.
func (r *Result) PrintErrors(w io.Writer) int {
	for _, e := range r.Errors {
		if e.Pos == "" || e.Pos == "-" {
			fmt.Fprintln(w, e.Msg)
		} else {
			fmt.Fprintf(w, "%s: %s\n", ShortPath(e.Pos), e.Msg)
		}
	}
	for _, f := range r.Failures {
		fmt.Fprintln(w, f)
	}
	if skipped := r.illTyped(); len(skipped) > 0 {
		fmt.Fprintf(w, "obslint: not analyzed because of errors: %s\n", strings.Join(skipped, ", "))
	}
	return len(r.Errors) + len(r.Failures)
}

func (r *Result) illTyped() []string {
	var ids []string
	for _, p := range r.Packages {
		if p.IllTyped {
			ids = append(ids, p.ID)
		}
	}
	return ids
}

// PrintText prints the findings as golangci-lint does:
// "file:line:col: message (pass)", with paths relative to the working
// directory, then each related position and message on a line of its
// own, the message indented by a tab. If contextLines is not negative,
// each position is followed by its lines of source, and as many lines
// before and after.
func (r *Result) PrintText(w io.Writer, contextLines int) error {
	out := bufio.NewWriter(w)
	src := make(map[string][]string)
	print := func(pos, end token.Pos, message, pass string) {
		posn := r.Fset.Position(pos)
		fmt.Fprintf(out, "%s: %s (%s)\n", ShortPath(posn.String()), message, pass)
		if contextLines < 0 {
			return
		}
		last := r.Fset.Position(end)
		if !last.IsValid() {
			last = posn
		}
		lines, ok := src[posn.Filename]
		if !ok {
			data, _ := os.ReadFile(posn.Filename)
			lines = strings.Split(string(data), "\n")
			src[posn.Filename] = lines
		}
		for i := posn.Line - contextLines; i <= last.Line+contextLines; i++ {
			if 1 <= i && i <= len(lines) {
				fmt.Fprintf(out, "%d\t%s\n", i, lines[i-1])
			}
		}
	}
	for _, f := range r.Findings {
		print(f.Pos, f.End, f.Message, f.Analyzer.Name)
		for _, rel := range f.Related {
			print(rel.Pos, rel.End, "\t"+rel.Message, f.Analyzer.Name)
		}
	}
	return out.Flush()
}

// ShortPath returns path ("file" or "file:line:col") relative to the
// working directory if the file is in it or below, as go vet prints
// paths; otherwise path unchanged.
func ShortPath(path string) string {
	wd, err := os.Getwd()
	if err != nil || !filepath.IsAbs(path) {
		return path
	}
	if rel, err := filepath.Rel(wd, path); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return rel
	}
	return path
}

// TypeCheckKey is the key under which PrintJSON puts a package's errors,
// as golangci-lint names them.
const TypeCheckKey = "typecheck"

// PrintJSON prints the findings in the multichecker's JSON form,
// {package ID: {analyzer: [diagnostic…]}}, with absolute paths. A
// package with errors has them under "typecheck", each as a diagnostic
// with a position (empty if unknown) and a message; an analyzer that
// failed on a well-typed package has {"error": message} instead of its
// diagnostics. Only the analyzers run, not their prerequisites, appear.
func (r *Result) PrintJSON(w io.Writer) error {
	tree := make(map[string]map[string]any)
	add := func(pkg, key string, value any) {
		if tree[pkg] == nil {
			tree[pkg] = make(map[string]any)
		}
		tree[pkg][key] = value
	}
	for _, f := range r.Findings {
		id := f.Package.ID
		diags, _ := tree[id][f.Analyzer.Name].([]jsonDiagnostic)
		add(id, f.Analyzer.Name, append(diags, r.jsonDiagnostic(f.Diagnostic)))
	}
	for _, e := range r.Errors {
		id := e.Package.ID
		errs, _ := tree[id][TypeCheckKey].([]jsonDiagnostic)
		add(id, TypeCheckKey, append(errs, jsonDiagnostic{Posn: e.Pos, Message: e.Msg}))
	}
	for _, act := range r.Graph.Roots {
		if act.Err != nil && !act.Package.IllTyped {
			add(act.Package.ID, act.Analyzer.Name, map[string]string{"error": act.Err.Error()})
		}
	}
	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}

// The JSON forms of the multichecker (x/tools' analysisflags).
type (
	jsonDiagnostic struct {
		Category       string        `json:"category,omitempty"`
		Posn           string        `json:"posn"`
		End            string        `json:"end,omitempty"`
		Message        string        `json:"message"`
		SuggestedFixes []jsonFix     `json:"suggested_fixes,omitempty"`
		Related        []jsonRelated `json:"related,omitempty"`
	}
	jsonFix struct {
		Message string     `json:"message"`
		Edits   []jsonEdit `json:"edits"`
	}
	jsonEdit struct {
		Filename string `json:"filename"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		New      string `json:"new"`
	}
	jsonRelated struct {
		Posn    string `json:"posn"`
		End     string `json:"end"`
		Message string `json:"message"`
	}
)

func (r *Result) jsonDiagnostic(d analysis.Diagnostic) jsonDiagnostic {
	j := jsonDiagnostic{
		Category: d.Category,
		Posn:     r.Fset.Position(d.Pos).String(),
		End:      r.position(d.End, d.Pos),
		Message:  d.Message,
	}
	for _, fix := range d.SuggestedFixes {
		jf := jsonFix{Message: fix.Message, Edits: []jsonEdit{}}
		for _, e := range fix.TextEdits {
			file := r.Fset.File(e.Pos)
			end := e.End
			if !end.IsValid() {
				end = e.Pos
			}
			jf.Edits = append(jf.Edits, jsonEdit{file.Name(), file.Offset(e.Pos), file.Offset(end), string(e.NewText)})
		}
		j.SuggestedFixes = append(j.SuggestedFixes, jf)
	}
	for _, rel := range d.Related {
		j.Related = append(j.Related, jsonRelated{r.Fset.Position(rel.Pos).String(), r.position(rel.End, rel.Pos), rel.Message})
	}
	return j
}

// position is end's position, or pos's if end is not valid.
func (r *Result) position(end, pos token.Pos) string {
	if !end.IsValid() {
		end = pos
	}
	return r.Fset.Position(end).String()
}
