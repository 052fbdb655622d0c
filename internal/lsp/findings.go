package lsp

import (
	"cmp"
	"fmt"
	"go/token"
	"os"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/driver"
	"github.com/obslint/obslint/internal/utf16pos"
)

// fileFindings are the findings published for a file, in the form the
// protocol needs them: diagnostics, and the quick fixes of each.
type fileFindings struct {
	dir      string // the package directory whose analysis found them
	uri      string
	version  *int32 // of the buffer analyzed; nil when the file was read from disk
	findings []finding
}

type finding struct {
	diagnostic Diagnostic
	fixes      []fix
}

type fix struct {
	title string
	edit  WorkspaceEdit
}

func (ff *fileFindings) params() PublishDiagnosticsParams {
	diags := make([]Diagnostic, len(ff.findings))
	for i, f := range ff.findings {
		diags[i] = f.diagnostic
	}
	return PublishDiagnosticsParams{URI: ff.uri, Version: ff.version, Diagnostics: diags}
}

// findingsByFile converts the findings of an analysis of the package in
// dir, with docs as overlays, for each file of the package; files without
// findings have an empty list, which clears their diagnostics. It returns
// warnings for the findings it cannot place.
func findingsByFile(dir string, res *driver.Result, docs map[string]document) (map[string]*fileFindings, []string) {
	files := make(map[string]*fileFindings)
	texts := &texts{docs: docs, disk: make(map[string][]byte)}
	for _, pkg := range res.Packages {
		for _, path := range pkg.GoFiles {
			ff := &fileFindings{dir: dir, uri: texts.uri(path), findings: []finding{}}
			if doc, ok := docs[path]; ok {
				ff.version = &doc.version
			}
			files[path] = ff
		}
	}
	var warnings []string
	for _, f := range res.Findings {
		tf := res.Fset.File(f.Pos)
		if tf == nil || files[tf.Name()] == nil {
			continue // not in a file of the package as the user wrote it (cgo)
		}
		rng, err := texts.rangeOf(tf, f.Pos, f.End)
		if err != nil {
			warnings = append(warnings, fmt.Sprintf("obslint: %s finding dropped: %v", f.Analyzer.Name, err))
			continue
		}
		d := Diagnostic{
			Range:    rng,
			Severity: severityWarning,
			Code:     f.Analyzer.Name,
			Source:   "obslint",
			Message:  f.Message,
		}
		if href := cmp.Or(f.URL, f.Analyzer.URL); href != "" {
			d.CodeDescription = &codeDescription{Href: href}
		}
		for _, rel := range f.Related {
			loc, err := texts.location(res.Fset, rel.Pos, rel.End)
			if err != nil {
				warnings = append(warnings, fmt.Sprintf("obslint: %s related information dropped: %v", f.Analyzer.Name, err))
				continue
			}
			d.RelatedInformation = append(d.RelatedInformation, DiagnosticRelatedInformation{Location: loc, Message: rel.Message})
		}
		found := finding{diagnostic: d}
		for _, sf := range f.SuggestedFixes {
			edit, err := texts.workspaceEdit(res.Fset, sf.TextEdits)
			if err != nil {
				warnings = append(warnings, fmt.Sprintf("obslint: %s fix dropped: %v", f.Analyzer.Name, err))
				continue
			}
			found.fixes = append(found.fixes, fix{title: cmp.Or(sf.Message, "fix: "+f.Message), edit: edit})
		}
		ff := files[tf.Name()]
		ff.findings = append(ff.findings, found)
	}
	return files, warnings
}

// texts gives the text an analysis parsed: the buffer of an open file,
// the disk's otherwise.
type texts struct {
	docs map[string]document
	disk map[string][]byte
}

func (t *texts) uri(path string) string {
	if doc, ok := t.docs[path]; ok {
		return doc.uri
	}
	return pathToURI(path)
}

func (t *texts) text(path string) ([]byte, error) {
	if doc, ok := t.docs[path]; ok {
		return doc.text, nil
	}
	if text, ok := t.disk[path]; ok {
		return text, nil
	}
	text, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	t.disk[path] = text
	return text, nil
}

func (t *texts) rangeOf(tf *token.File, pos, end token.Pos) (Range, error) {
	if !end.IsValid() {
		end = pos
	}
	text, err := t.text(tf.Name())
	if err != nil {
		return Range{}, err
	}
	start, err := utf16pos.Of(tf, text, pos)
	if err != nil {
		return Range{}, err
	}
	stop, err := utf16pos.Of(tf, text, end)
	if err != nil {
		return Range{}, err
	}
	return Range{Start: position(start), End: position(stop)}, nil
}

func (t *texts) location(fset *token.FileSet, pos, end token.Pos) (Location, error) {
	tf := fset.File(pos)
	if tf == nil {
		return Location{}, fmt.Errorf("position %d is in no file", pos)
	}
	rng, err := t.rangeOf(tf, pos, end)
	if err != nil {
		return Location{}, err
	}
	return Location{URI: t.uri(tf.Name()), Range: rng}, nil
}

func position(p utf16pos.Position) Position {
	return Position{Line: p.Line, Character: p.Column}
}

func (t *texts) workspaceEdit(fset *token.FileSet, edits []analysis.TextEdit) (WorkspaceEdit, error) {
	changes := make(map[string][]TextEdit)
	for _, e := range edits {
		tf := fset.File(e.Pos)
		if tf == nil {
			return WorkspaceEdit{}, fmt.Errorf("edit at an unknown position")
		}
		rng, err := t.rangeOf(tf, e.Pos, e.End)
		if err != nil {
			return WorkspaceEdit{}, err
		}
		uri := t.uri(tf.Name())
		changes[uri] = append(changes[uri], TextEdit{Range: rng, NewText: string(e.NewText)})
	}
	return WorkspaceEdit{Changes: changes}, nil
}
