package driver

import (
	"bufio"
	"fmt"
	"go/token"
	"io"
	"os"
	"strings"
)

// PrintErrors prints the errors in the packages and the analyzers'
// failures, one a line, and names the packages the passes skipped
// because of errors. It returns how many errors and failures it printed.
func (r *Result) PrintErrors(w io.Writer) int {
	for _, e := range r.Errors {
		if e.Pos == "" || e.Pos == "-" {
			fmt.Fprintln(w, e.Msg)
		} else {
			fmt.Fprintln(w, e)
		}
	}
	for _, f := range r.Failures {
		fmt.Fprintln(w, f)
	}
	var skipped []string
	for _, p := range r.Packages {
		if p.IllTyped {
			skipped = append(skipped, p.ID)
		}
	}
	if len(skipped) > 0 {
		fmt.Fprintf(w, "obslint: not analyzed because of errors: %s\n", strings.Join(skipped, ", "))
	}
	return len(r.Errors) + len(r.Failures)
}

// PrintText prints the findings as the multichecker does:
// "file:line:col: message", then each related position and message on a
// line of its own, the message indented by a tab. If contextLines is not
// negative, each position is followed by its lines of source, and as
// many lines before and after.
func (r *Result) PrintText(w io.Writer, contextLines int) error {
	out := bufio.NewWriter(w)
	src := make(map[string][]string)
	print := func(pos, end token.Pos, message string) {
		posn := r.Fset.Position(pos)
		fmt.Fprintf(out, "%s: %s\n", posn, message)
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
		print(f.Pos, f.End, f.Message)
		for _, rel := range f.Related {
			print(rel.Pos, rel.End, "\t"+rel.Message)
		}
	}
	return out.Flush()
}

// PrintJSON prints the findings, and the errors of the analyses, in the
// multichecker's JSON form: {package ID: {analyzer: [diagnostic…] or
// {"error": message}}}.
func (r *Result) PrintJSON(w io.Writer) error {
	return r.Graph.PrintJSON(w)
}
