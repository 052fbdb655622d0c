package golangci

import (
	"go/ast"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// Related information is folded into the one diagnostic golangci-lint
// turns into an issue.
func TestRelatedInMessage(t *testing.T) {
	related := &analysis.Analyzer{
		Name: "related",
		Doc:  "reports each function with related information at its name",
		Run: func(pass *analysis.Pass) (any, error) {
			for _, f := range pass.Files {
				for _, decl := range f.Decls {
					if fn, ok := decl.(*ast.FuncDecl); ok {
						pass.Report(analysis.Diagnostic{
							Pos:     fn.Pos(),
							Message: "finding",
							Related: []analysis.RelatedInformation{{Pos: fn.Name.Pos(), Message: "the name"}},
						})
					}
				}
			}
			return nil, nil
		},
	}
	dir := t.TempDir()
	src := "package p\n\nfunc F() {} // want `^finding; p.go:3: the name$`\n"
	if err := os.MkdirAll(filepath.Join(dir, "src", "p"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "src", "p", "p.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, r := range analysistest.Run(t, dir, withRelatedInMessage(related), "p") {
		for _, d := range r.Diagnostics {
			if len(d.Related) > 0 {
				t.Errorf("diagnostic %q keeps its related information", d.Message)
			}
		}
	}
}
