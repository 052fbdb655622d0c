package goroutinectx

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/obslint/obslint/internal/code"
	"github.com/obslint/obslint/internal/ctxapi"
	"github.com/obslint/obslint/internal/reqscope"
)

// checkGinContexts reports goroutines that use a handler's *gin.Context
// itself: gin recycles the Context once the handler returns, and
// documents that a goroutine may only use a copy, made by c.Copy()
// before it starts.
func (c *checker) checkGinContexts() {
	var copies map[*types.Var]bool
	for _, l := range c.model.Launches() {
		if copies == nil {
			copies = c.ginCopies()
		}
		if uses := c.ginContextUses(l, copies); len(uses) > 0 {
			c.reportGinContext(l, uses)
		}
	}
}

// ginCopies returns the variables of the package declared from a
// *gin.Context's Copy().
func (c *checker) ginCopies() map[*types.Var]bool {
	copies := make(map[*types.Var]bool)
	for cur := range c.model.Inspector().Root().Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
		for _, a := range code.Assignments(cur.Node()) {
			id, ok := ast.Unparen(a.LHS).(*ast.Ident)
			call, isCall := ast.Unparen(a.RHS).(*ast.CallExpr)
			if !ok || !isCall || !ctxapi.IsMethod(ctxapi.Callee(c.pass.TypesInfo, call), ginPath, "Context", "Copy") {
				continue
			}
			if v, ok := c.pass.TypesInfo.Defs[id].(*types.Var); ok {
				copies[v] = true
			}
		}
	}
	return copies
}

const ginPath = "github.com/gin-gonic/gin"

// ginContextUses returns the uses, in the code l runs, of *gin.Context
// variables declared outside it, other than copies.
func (c *checker) ginContextUses(l *reqscope.Launch, copies map[*types.Var]bool) []*ast.Ident {
	start, end := l.Node.Pos(), l.Node.End()
	var uses []*ast.Ident
	for cur := range l.Cursor().Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
		if !ok || (start <= v.Pos() && v.Pos() < end) || copies[v] || !isGinContext(v.Type()) {
			continue
		}
		uses = append(uses, id)
	}
	return uses
}

func isGinContext(t types.Type) bool {
	_, ptr := types.Unalias(t).(*types.Pointer)
	return ptr && ctxapi.IsNamedOrPointer(t, ginPath, "Context")
}

func (c *checker) reportGinContext(l *reqscope.Launch, uses []*ast.Ident) {
	first := uses[0]
	name := first.Name
	c.report.Report(analysis.Diagnostic{
		Pos: first.Pos(),
		End: first.End(),
		Message: fmt.Sprintf("goroutine uses the handler's *gin.Context %s, which gin reuses once the handler returns: use a copy made before the launch (%sCp := %s.Copy())",
			name, name, name),
		SuggestedFixes: c.ginCopyFix(l, uses),
	})
}

// ginCopyFix declares nameCp := name.Copy() before the statement that
// launches l and makes l use it. It offers nothing when the goroutine
// uses more than one *gin.Context, when the launch is not a statement of
// a block (if g.Go(…); …), or when the new name is taken.
func (c *checker) ginCopyFix(l *reqscope.Launch, uses []*ast.Ident) []analysis.SuggestedFix {
	obj := c.pass.TypesInfo.Uses[uses[0]]
	for _, id := range uses[1:] {
		if c.pass.TypesInfo.Uses[id] != obj {
			return nil
		}
	}
	stmt, ok := statementOf(l.Cursor())
	if !ok {
		return nil
	}
	cp := obj.Name() + "Cp"
	if c.nameTaken(l.Cursor(), cp) {
		return nil
	}
	indent := c.indentation(stmt.Node())
	edits := []analysis.TextEdit{{
		Pos:     stmt.Node().Pos(),
		End:     stmt.Node().Pos(),
		NewText: fmt.Appendf(nil, "%s := %s.Copy()\n%s", cp, obj.Name(), indent),
	}}
	for _, id := range uses {
		edits = append(edits, analysis.TextEdit{Pos: id.Pos(), End: id.End(), NewText: []byte(cp)})
	}
	return []analysis.SuggestedFix{{
		Message:   fmt.Sprintf("copy %s before the launch", obj.Name()),
		TextEdits: edits,
	}}
}

// statementOf returns the statement that holds the launch at cur, if it
// is a statement of a block or of a case clause: the go statement, or
// the expression statement of a launcher call.
func statementOf(cur inspector.Cursor) (inspector.Cursor, bool) {
	if cur.ParentEdgeKind() == edge.ExprStmt_X {
		cur = cur.Parent()
	}
	switch cur.ParentEdgeKind() {
	case edge.BlockStmt_List, edge.CaseClause_Body, edge.CommClause_Body:
		return cur, true
	}
	return inspector.Cursor{}, false
}

// nameTaken reports whether name is declared where the launch at cur
// stands or used inside it.
func (c *checker) nameTaken(cur inspector.Cursor, name string) bool {
	for id := range cur.Preorder((*ast.Ident)(nil)) {
		if id.Node().(*ast.Ident).Name == name {
			return true
		}
	}
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		var ftype *ast.FuncType
		switch n := fn.Node().(type) {
		case *ast.FuncDecl:
			ftype = n.Type
		case *ast.FuncLit:
			ftype = n.Type
		}
		if scope := c.pass.TypesInfo.Scopes[ftype]; scope != nil {
			if inner := scope.Innermost(cur.Node().Pos()); inner != nil {
				if _, obj := inner.LookupParent(name, cur.Node().Pos()); obj != nil {
					return true
				}
			}
		}
		break
	}
	return false
}

// indentation returns the white space that precedes n on its line.
func (c *checker) indentation(n ast.Node) string {
	tf := c.pass.Fset.File(n.Pos())
	src, err := c.pass.ReadFile(tf.Name())
	if err != nil {
		return "\t"
	}
	offset := tf.Offset(n.Pos())
	lineStart := tf.Offset(tf.LineStart(tf.Line(n.Pos())))
	prefix := src[lineStart:offset]
	if len(bytes.TrimLeft(prefix, " \t")) != 0 {
		return "\t"
	}
	return string(prefix)
}
