package lsp

import "slices"

// codeActions returns the quick fixes of the findings the client asks
// about: those among the context's diagnostics, or without any, those in
// the requested range.
func (s *server) codeActions(p codeActionParams) []CodeAction {
	actions := []CodeAction{}
	if len(p.Context.Only) > 0 && !slices.Contains(p.Context.Only, quickFix) && !slices.Contains(p.Context.Only, "") {
		return actions
	}
	path, ok := goFile(p.TextDocument.URI)
	if !ok {
		return actions
	}
	var ours []contextDiagnostic
	for _, d := range p.Context.Diagnostics {
		if d.Source == "obslint" {
			ours = append(ours, d)
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	ff := s.published[path]
	if ff == nil || s.stale(path, ff) {
		return actions
	}
	for _, f := range ff.findings {
		if len(ours) > 0 && !slices.ContainsFunc(ours, f.diagnostic.sameFinding) ||
			len(ours) == 0 && !f.diagnostic.Range.overlaps(p.Range) {
			continue
		}
		for _, fx := range f.fixes {
			actions = append(actions, CodeAction{
				Title:       fx.title,
				Kind:        quickFix,
				Diagnostics: []Diagnostic{f.diagnostic},
				IsPreferred: len(f.fixes) == 1,
				Edit:        fx.edit,
			})
		}
	}
	return actions
}

// stale reports whether the buffer of path has changed since the analysis
// that found ff: the ranges of its fixes would edit the wrong text.
func (s *server) stale(path string, ff *fileFindings) bool {
	doc := s.docs[path]
	if doc == nil || ff.version == nil {
		return doc != nil || ff.version != nil
	}
	return doc.version != *ff.version
}

// sameFinding reports whether the client's diagnostic c is d. Columns are
// not compared: Neovim 0.7 sends byte columns back.
func (d Diagnostic) sameFinding(c contextDiagnostic) bool {
	return c.Code == any(d.Code) && c.Message == d.Message && c.Range.Start.Line == d.Range.Start.Line
}
