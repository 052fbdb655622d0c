// Package suppress implements obslint's suppression directives, the same
// in every driver (standalone, go vet, golangci-lint, nogo):
//
//	//nolint:ctxsever,goroutinectx // reason   (golangci-lint's syntax; "all" and bare //nolint too)
//	//lint:ignore ctxsever reason              (staticcheck's syntax; the reason is required)
//	//lint:file-ignore ctxsever reason         (the whole file)
//
// A directive covers its own line. Written alone on its line it also
// covers the whole statement or declaration that follows; written after
// code, the whole statement it ends the first line of.
// Passes report through a Reporter, which also drops findings in test
// files and generated files.
package suppress

import (
	"go/ast"
	"go/token"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Analyzer indexes the suppression directives of a package once for all passes.
var Analyzer = &analysis.Analyzer{
	Name:             "obslintdirectives",
	Doc:              "indexes //nolint and //lint:ignore directives for obslint's passes",
	Run:              index,
	ResultType:       reflect.TypeFor[*Index](),
	RunDespiteErrors: true,
}

// Index holds the directives of a package, by file.
type Index struct {
	files map[*token.File]*fileIndex
}

type fileIndex struct {
	test, generated bool
	directives      []directive
}

type directive struct {
	pos       token.Pos
	from, to  int      // lines covered, inclusive
	checks    []string // nil: all checks
	file      bool     // lint:file-ignore
	malformed string   // why the directive is ignored, if it is
}

func (d directive) names(check string) bool {
	if d.checks == nil {
		return true
	}
	for _, c := range d.checks {
		if c == check || c == "all" {
			return true
		}
	}
	return false
}

func index(pass *analysis.Pass) (any, error) {
	ix := &Index{files: make(map[*token.File]*fileIndex)}
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.Pos())
		if tf == nil {
			continue
		}
		// Positions in cgo's output map back to the user's file through
		// //line directives: judge the file the user wrote, which cgo's
		// "Code generated" header does not describe.
		source := pass.Fset.Position(f.Package).Filename
		fi := &fileIndex{
			test:      strings.HasSuffix(source, "_test.go"),
			generated: ast.IsGenerated(f) && source == tf.Name(),
		}
		for _, group := range f.Comments {
			for _, c := range group.List {
				if d, ok := parse(c.Text); ok {
					d.pos = c.Pos()
					fi.directives = append(fi.directives, d)
				}
			}
		}
		if len(fi.directives) > 0 {
			coverNodes(tf, f, fi.directives)
		}
		ix.files[tf] = fi
	}
	return ix, nil
}

// parse recognises a directive comment.
func parse(text string) (directive, bool) {
	switch {
	case strings.HasPrefix(text, "//lint:ignore ") || text == "//lint:ignore":
		return parseLintIgnore(strings.TrimPrefix(text, "//lint:ignore"), false), true
	case strings.HasPrefix(text, "//lint:file-ignore ") || text == "//lint:file-ignore":
		return parseLintIgnore(strings.TrimPrefix(text, "//lint:file-ignore"), true), true
	}
	body := strings.TrimLeft(strings.TrimPrefix(text, "//"), " ")
	if !strings.HasPrefix(body, "nolint") || strings.HasPrefix(text, "/*") {
		return directive{}, false
	}
	rest := strings.TrimPrefix(body, "nolint")
	switch {
	case rest == "" || rest[0] == ' ' || rest[0] == '\t':
		return directive{}, true // bare //nolint: every check
	case rest[0] != ':':
		return directive{}, false
	}
	list := rest[1:]
	if i := strings.IndexAny(list, " \t"); i >= 0 {
		list = list[:i]
	}
	var checks []string
	for _, name := range strings.Split(list, ",") {
		if name = strings.TrimSpace(name); name != "" {
			checks = append(checks, name)
		}
	}
	if checks == nil {
		return directive{}, false
	}
	return directive{checks: checks}, true
}

func parseLintIgnore(rest string, file bool) directive {
	fields := strings.Fields(rest)
	d := directive{file: file}
	if len(fields) == 0 {
		d.malformed = "names no check"
		return d
	}
	d.checks = strings.Split(fields[0], ",")
	if len(fields) < 2 {
		d.malformed = "gives no reason"
	}
	return d
}

// coverNodes sets the lines each directive covers.
func coverNodes(tf *token.File, f *ast.File, ds []directive) {
	line := func(p token.Pos) int { return tf.Line(p) }
	type target struct {
		line  int  // start line of the nodes the directive extends to
		alone bool // the directive stands on a line of its own
	}
	targets := make([]target, len(ds))
	for i, d := range ds {
		l := line(d.pos)
		ds[i].from, ds[i].to = l, l
		targets[i] = target{line: l, alone: true}
	}
	// A directive is alone unless some node ends on its line before it.
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			return false
		}
		if _, ok := n.(*ast.File); ok {
			return true
		}
		if _, ok := n.(*ast.CommentGroup); ok {
			return false
		}
		endLine := line(n.End())
		for i, d := range ds {
			if targets[i].alone && endLine == targets[i].line && n.End() <= d.pos {
				targets[i].alone = false
			}
		}
		return true
	})
	for i := range ds {
		if targets[i].alone {
			targets[i].line = line(commentGroupEnd(f, ds[i].pos)) + 1
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			return false
		}
		switch n.(type) {
		case *ast.File:
			return true
		case *ast.CommentGroup, *ast.Comment:
			return false
		}
		start, end := line(n.Pos()), line(n.End())
		for i := range ds {
			if start == targets[i].line && end > ds[i].to {
				ds[i].to = end
			}
		}
		return true
	})
	for i := range ds {
		if targets[i].alone && ds[i].to < targets[i].line {
			ds[i].to = targets[i].line
		}
	}
}

// commentGroupEnd returns the end of the comment group holding pos, so
// that a directive followed by more comment lines still reaches the code.
func commentGroupEnd(f *ast.File, pos token.Pos) token.Pos {
	for _, g := range f.Comments {
		if g.Pos() <= pos && pos < g.End() {
			return g.End()
		}
	}
	return pos
}

// Reporter reports one pass's diagnostics, dropping those suppressed by a
// directive and those in test or generated files.
type Reporter struct {
	pass *analysis.Pass
	ix   *Index
}

// NewReporter returns the pass's reporter. It reports, under the pass's
// name, every malformed //lint:ignore directive whose first named check is
// the pass: one finding a directive, whichever passes it names. A
// directive that names no check, or names another tool's check first, is
// that tool's to report (staticcheck's syntax).
func NewReporter(pass *analysis.Pass) *Reporter {
	r := &Reporter{pass: pass, ix: pass.ResultOf[Analyzer].(*Index)}
	name := pass.Analyzer.Name
	for _, fi := range r.ix.files {
		if fi.test || fi.generated {
			continue
		}
		for _, d := range fi.directives {
			if d.malformed != "" && len(d.checks) > 0 && d.checks[0] == name {
				pass.Reportf(d.pos, "lint:ignore directive %s and suppresses nothing; write //lint:ignore %s <reason>", d.malformed, name)
			}
		}
	}
	return r
}

// Report reports d unless it is suppressed.
func (r *Reporter) Report(d analysis.Diagnostic) {
	if !r.Suppressed(d.Pos) {
		r.pass.Report(d)
	}
}

// Reportf reports a diagnostic at pos unless it is suppressed.
func (r *Reporter) Reportf(pos token.Pos, format string, args ...any) {
	if !r.Suppressed(pos) {
		r.pass.Reportf(pos, format, args...)
	}
}

// Suppressed reports whether a finding of this pass at pos is not to be
// shown. Passes may ask before doing costly work for a finding.
func (r *Reporter) Suppressed(pos token.Pos) bool {
	tf := r.pass.Fset.File(pos)
	fi := r.ix.files[tf]
	if fi == nil {
		return false
	}
	if fi.test || fi.generated {
		return true
	}
	line := tf.Line(pos)
	name := r.pass.Analyzer.Name
	for _, d := range fi.directives {
		if d.malformed != "" || !d.names(name) {
			continue
		}
		if d.file || (d.from <= line && line <= d.to) {
			return true
		}
	}
	return false
}
