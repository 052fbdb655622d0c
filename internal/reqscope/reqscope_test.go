package reqscope_test

import (
	"fmt"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/internal/reqscope"
)

// describe reports, at each launch, what the model knows of it:
//
//	launch inherits|detaches|none ctx=<expr> [roots=N] [refs=name<-origin(flags)…] [handler=r]
var describe = &analysis.Analyzer{
	Name:     "describe",
	Doc:      "reports the request-scope model's view of each goroutine launch",
	Requires: []*analysis.Analyzer{reqscope.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		m := pass.ResultOf[reqscope.Analyzer].(*reqscope.Model)
		for _, l := range m.Launches() {
			pass.Reportf(l.Pos, "%s", describeLaunch(m, l))
		}
		return nil, nil
	},
}

func describeLaunch(m *reqscope.Model, l *reqscope.Launch) string {
	choice := "none"
	switch {
	case l.Inherits():
		choice = "inherits"
	case l.Detaches():
		choice = "detaches"
	}
	s := fmt.Sprintf("launch %s ctx=%s", choice, l.Ctx.Expr())
	if len(l.Roots) > 0 {
		s += fmt.Sprintf(" roots=%d", len(l.Roots))
	}
	if len(l.Refs) > 0 {
		var refs []string
		for _, r := range l.Refs {
			ref := r.Ident.Name + "<-" + originName(r.Origin)
			if r.Detached {
				ref += "(detached)"
			}
			if r.Handoff {
				ref += "(handoff)"
			}
			refs = append(refs, ref)
		}
		s += " refs=" + strings.Join(refs, ",")
	}
	if _, req, ok := m.Handler(l.Cursor()); ok {
		s += " handler=" + req.Name()
	}
	return s
}

func originName(v *types.Var) string {
	if v == nil {
		return "?"
	}
	return v.Name()
}

func TestModel(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), describe, "scope")
}
