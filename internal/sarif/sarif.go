// Package sarif writes obslint's findings as a SARIF 2.1.0 log, the
// format of GitHub code scanning: one rule per pass, with its
// documentation; one result per finding, with its location, its related
// locations and its suggested fixes.
//
// Locations are relative to a root directory (uriBaseId %SRCROOT%, which
// originalUriBaseIds resolves) so that code scanning can match them to the
// repository; files outside the root keep absolute file URIs. Lines and
// columns are 1-based and columns count UTF-16 code units, the SARIF
// default, which the log states with columnKind.
package sarif

import (
	"fmt"
	"go/token"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/driver"
	"github.com/obslint/obslint/internal/utf16pos"
)

// Tool describes the tool that wrote the log.
type Tool struct {
	Name, Version, InformationURI string
}

// srcRoot is the uriBaseId of locations under the root directory.
const srcRoot = "%SRCROOT%"

// Write writes the SARIF log of res, an analysis by analyzers, to w, with
// locations relative to root, an absolute directory.
func Write(w io.Writer, res *driver.Result, analyzers []*analysis.Analyzer, tool Tool, root string) error {
	report, err := Log(res, analyzers, tool, root)
	if err != nil {
		return err
	}
	if err := report.PrettyWrite(w); err != nil {
		return err
	}
	_, err = io.WriteString(w, "\n")
	return err
}

// Log returns the SARIF log of res; see Write.
func Log(res *driver.Result, analyzers []*analysis.Analyzer, tool Tool, root string) (*sarif.Report, error) {
	run := sarif.NewRunWithInformationURI(tool.Name, tool.InformationURI)
	if tool.Version != "" {
		run.Tool.Driver.WithVersion(tool.Version)
	}
	run.WithColumnKind("utf16CodeUnits")
	run.WithOriginalUriBaseIds(map[string]sarif.ArtifactLocation{
		srcRoot: *sarif.NewArtifactLocation().WithURI(dirURI(root)),
	})

	ruleIndex := make(map[*analysis.Analyzer]int)
	for i, a := range analyzers {
		ruleIndex[a] = i
		rule := run.AddRule(a.Name).
			WithDescription(summary(a.Doc)).
			WithFullDescription(sarif.NewMultiformatMessageString().WithText(a.Doc)).
			WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(sarif.LevelWarning))
		if a.URL != "" {
			rule.WithHelpURI(a.URL)
		}
	}

	locate := &locator{fset: res.Fset, root: root, texts: make(map[string][]byte)}
	for _, f := range res.Findings {
		index, ok := ruleIndex[f.Analyzer]
		if !ok {
			return nil, fmt.Errorf("finding of %s, which is not among the analyzers", f.Analyzer.Name)
		}
		loc, region, err := locate.region(f.Pos, f.End)
		if err != nil {
			return nil, fmt.Errorf("%s finding: %v", f.Analyzer.Name, err)
		}
		result := sarif.NewRuleResult(f.Analyzer.Name).
			WithRuleIndex(index).
			WithLevel(sarif.LevelWarning).
			WithMessage(sarif.NewTextMessage(f.Message)).
			AddLocation(sarif.NewLocationWithPhysicalLocation(
				sarif.NewPhysicalLocation().WithArtifactLocation(loc).WithRegion(region)))
		for i, rel := range f.Related {
			loc, region, err := locate.region(rel.Pos, rel.End)
			if err != nil {
				return nil, fmt.Errorf("%s related information: %v", f.Analyzer.Name, err)
			}
			result.AddRelatedLocation(sarif.NewLocationWithPhysicalLocation(
				sarif.NewPhysicalLocation().WithArtifactLocation(loc).WithRegion(region)).
				WithID(i + 1).
				WithMessage(sarif.NewTextMessage(rel.Message)))
		}
		for _, sf := range f.SuggestedFixes {
			fix, err := locate.fix(sf)
			if err != nil {
				return nil, fmt.Errorf("%s fix: %v", f.Analyzer.Name, err)
			}
			result.AddFixe(fix)
		}
		run.AddResult(result)
	}

	return sarif.NewReport().AddRun(run), nil
}

// summary is the first line of an analyzer's Doc.
func summary(doc string) string {
	line, _, _ := strings.Cut(doc, "\n")
	return line
}

// locator turns positions into artifact locations and regions.
type locator struct {
	fset  *token.FileSet
	root  string
	texts map[string][]byte
}

func (l *locator) region(pos, end token.Pos) (*sarif.ArtifactLocation, *sarif.Region, error) {
	if !end.IsValid() {
		end = pos
	}
	tf := l.fset.File(pos)
	if tf == nil {
		return nil, nil, fmt.Errorf("position %d is in no file", pos)
	}
	text, ok := l.texts[tf.Name()]
	if !ok {
		var err error
		if text, err = os.ReadFile(tf.Name()); err != nil {
			return nil, nil, err
		}
		l.texts[tf.Name()] = text
	}
	start, err := utf16pos.Of(tf, text, pos)
	if err != nil {
		return nil, nil, err
	}
	stop, err := utf16pos.Of(tf, text, end)
	if err != nil {
		return nil, nil, err
	}
	region := sarif.NewRegion().
		WithStartLine(start.Line + 1).WithStartColumn(start.Column + 1).
		WithEndLine(stop.Line + 1).WithEndColumn(stop.Column + 1)
	return l.artifact(tf.Name()), region, nil
}

// artifact locates a file relative to the root, or absolutely when it is
// outside.
func (l *locator) artifact(path string) *sarif.ArtifactLocation {
	rel, err := filepath.Rel(l.root, path)
	if err != nil || !filepath.IsLocal(rel) {
		return sarif.NewArtifactLocation().WithURI(fileURI(path))
	}
	return sarif.NewArtifactLocation().
		WithURI((&url.URL{Path: filepath.ToSlash(rel)}).String()).
		WithURIBaseID(srcRoot)
}

// fix converts a suggested fix: its edits, by file, as replacements.
func (l *locator) fix(sf analysis.SuggestedFix) (*sarif.Fix, error) {
	fix := sarif.NewFix().WithDescription(sarif.NewTextMessage(sf.Message))
	changes := make(map[string]*sarif.ArtifactChange)
	for _, e := range sf.TextEdits {
		loc, region, err := l.region(e.Pos, e.End)
		if err != nil {
			return nil, err
		}
		change := changes[*loc.URI]
		if change == nil {
			change = sarif.NewArtifactChange().WithArtifactLocation(loc)
			changes[*loc.URI] = change
			fix.AddArtifactChange(change)
		}
		change.AddReplacement(sarif.NewReplacement().
			WithDeletedRegion(region).
			WithInsertedContent(sarif.NewArtifactContent().WithText(string(e.NewText))))
	}
	return fix, nil
}

func fileURI(path string) string {
	path = filepath.ToSlash(path)
	if !strings.HasPrefix(path, "/") {
		path = "/" + path // C:/x on Windows
	}
	return (&url.URL{Scheme: "file", Path: path}).String()
}

// dirURI is the file URI of a directory, with the final slash that makes
// relative URIs resolve inside it.
func dirURI(dir string) string {
	return strings.TrimSuffix(fileURI(dir), "/") + "/"
}
