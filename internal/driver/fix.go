package driver

import (
	"bytes"
	"cmp"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/pmezard/go-difflib/difflib"
	"golang.org/x/tools/go/ast/astutil"
)

// FixOptions tune ApplyFixes.
type FixOptions struct {
	// Diff, if not nil, receives a unified diff of each file the fixes
	// change, and the files are left alone.
	Diff io.Writer
	// Log receives a line for each fix that is not applied.
	Log io.Writer
}

// An edit replaces the bytes [start, end) of a file.
type edit struct {
	start, end int
	new        string
}

// ApplyFixes applies the first suggested fix of each finding to the
// files, as the multichecker's -fix does, and returns how many it
// applied: a fix that would edit a generated file, or conflict with a
// fix already applied, is skipped whole and told of in opts.Log
// (identical edits, such as a fix and its duplicate in a test variant,
// do not conflict); imports the fixes leave unused are removed, and the
// files gofmt-ed. It fails if it could not write a file, after writing
// the others, or if a file has changed since the analysis, before
// writing any. The findings the skipped fixes leave are found by
// analyzing again.
func (r *Result) ApplyFixes(opts FixOptions) (applied int, err error) {
	log := opts.Log
	if log == nil {
		log = io.Discard
	}
	var (
		baseline  = make(map[string][]byte) // by file name
		accepted  = make(map[string][]edit) // by file name
		pkgs      = make(map[string]*types.Package)
		generated = make(map[*token.File]bool)
	)
	for _, f := range r.Findings {
		if len(f.SuggestedFixes) == 0 {
			continue
		}
		for _, file := range f.Package.Syntax {
			tf := r.Fset.File(file.FileStart)
			if _, ok := generated[tf]; !ok {
				generated[tf] = ast.IsGenerated(file)
			}
		}
		for _, alt := range f.SuggestedFixes[1:] {
			fmt.Fprintf(log, "%s: %s: ignoring alternative fix %q\n", r.Fset.Position(f.Pos), f.Analyzer.Name, alt.Message)
		}
		fix := f.SuggestedFixes[0]
		notApplied := func(why string) {
			fmt.Fprintf(log, "%s: %s: fix %q not applied: %s\n", r.Fset.Position(f.Pos), f.Analyzer.Name, fix.Message, why)
		}
		edits := make(map[string][]edit)
		for _, e := range fix.TextEdits {
			tf := r.Fset.File(e.Pos)
			if generated[tf] {
				edits = nil
				break
			}
			name := tf.Name()
			if _, ok := baseline[name]; !ok {
				data, err := os.ReadFile(name)
				if err != nil {
					edits = nil
					notApplied(err.Error())
					break
				}
				if len(data) != tf.Size() {
					return 0, fmt.Errorf("%s changed since it was analyzed (%d bytes, now %d): no fix applied", name, tf.Size(), len(data))
				}
				baseline[name] = data
			}
			end := e.End
			if !end.IsValid() {
				end = e.Pos
			}
			edits[name] = append(edits[name], edit{tf.Offset(e.Pos), tf.Offset(end), string(e.NewText)})
		}
		if edits == nil {
			continue // edits a generated file, or one that cannot be read
		}
		if conflicting(accepted, edits) {
			notApplied("it conflicts with another fix")
			continue
		}
		for name, es := range edits {
			for _, e := range es {
				if !slices.Contains(accepted[name], e) {
					accepted[name] = append(accepted[name], e)
				}
			}
			pkgs[name] = f.Package.Types
		}
		applied++
	}

	names := make([]string, 0, len(accepted))
	for name := range accepted {
		names = append(names, name)
	}
	slices.Sort(names)
	unwritten := 0
	for _, name := range names {
		fixed := applyEdits(baseline[name], accepted[name])
		if formatted, err := formatFixed(pkgs[name], fixed); err == nil {
			fixed = formatted
		}
		if opts.Diff != nil {
			if err := writeDiff(opts.Diff, name, baseline[name], fixed); err != nil {
				return applied, err
			}
			continue
		}
		if err := os.WriteFile(name, fixed, 0o666); err != nil {
			unwritten++
			fmt.Fprintln(log, err)
		}
	}
	if unwritten > 0 {
		return applied, fmt.Errorf("could not write %d of %d files: they lack their fixes", unwritten, len(names))
	}
	return applied, nil
}

// conflicting reports whether edits overlap the edits accepted so far in
// the same file (other than by being identical): their result would
// depend on the order of the fixes.
func conflicting(accepted, edits map[string][]edit) bool {
	for name, es := range edits {
		for _, e := range es {
			for _, a := range accepted[name] {
				if a == e {
					continue
				}
				overlap := a.start < e.end && e.start < a.end
				sameInsertion := a.start == a.end && e.start == e.end && a.start == e.start
				if overlap || sameInsertion {
					return true
				}
			}
		}
	}
	return false
}

// applyEdits returns src with edits, which do not overlap, applied.
func applyEdits(src []byte, edits []edit) []byte {
	edits = slices.Clone(edits)
	slices.SortFunc(edits, func(a, b edit) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end))
	})
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		out.Write(src[last:e.start])
		out.WriteString(e.new)
		last = e.end
	}
	out.Write(src[last:])
	return out.Bytes()
}

// formatFixed gofmts a fixed file of pkg, without the imports the fixes
// left unused.
func formatFixed(pkg *types.Package, src []byte) ([]byte, error) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	ast.SortImports(fset, file)
	removeUnusedImports(fset, pkg, file)
	var out bytes.Buffer
	if err := format.Node(&out, fset, file); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// removeUnusedImports removes the imports of file whose name no
// qualified identifier uses. The file type-checked before it was fixed,
// so each import was used then: one unused now was left so by a fix.
// (A local variable of the same name used with a selector keeps the
// import: removing it would need types, which the fixed file has not.)
func removeUnusedImports(fset *token.FileSet, pkg *types.Package, file *ast.File) {
	names := make(map[string]string) // import path to package name
	if pkg != nil {
		for _, imp := range pkg.Imports() {
			names[imp.Path()] = imp.Name()
		}
	}
	used := make(map[string]bool)
	for _, decl := range file.Decls {
		if gen, ok := decl.(*ast.GenDecl); ok && gen.Tok == token.IMPORT {
			continue
		}
		ast.Inspect(decl, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := sel.X.(*ast.Ident); ok {
					used[id.Name] = true
				}
			}
			return true
		})
	}
	for _, spec := range slices.Clone(file.Imports) {
		path, err := strconv.Unquote(spec.Path.Value)
		if err != nil || path == "C" {
			continue
		}
		explicit := ""
		if spec.Name != nil {
			explicit = spec.Name.Name
		}
		name := cmp.Or(explicit, names[path])
		switch name {
		case "", "_", ".":
			continue // a new import, or one used for its effects or unqualified
		}
		if !used[name] {
			astutil.DeleteNamedImport(fset, file, explicit, path)
		}
	}
}

// writeDiff writes the unified diff of a file from old to new.
func writeDiff(w io.Writer, name string, old, new []byte) error {
	return difflib.WriteUnifiedDiff(w, difflib.UnifiedDiff{
		A:        lines(old),
		B:        lines(new),
		FromFile: name + " (old)",
		ToFile:   name + " (new)",
		Context:  3,
	})
}

// lines splits text into lines, each with its newline; a last line
// without one gets one, since each line of a diff ends with a newline.
func lines(text []byte) []string {
	ls := strings.SplitAfter(string(text), "\n")
	if ls[len(ls)-1] == "" {
		return ls[:len(ls)-1]
	}
	ls[len(ls)-1] += "\n"
	return ls
}
