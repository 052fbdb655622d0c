package slogattrs

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/obslint/obslint/internal/code"
	"github.com/obslint/obslint/internal/ctxapi"
)

// keyList is the value of the -require flag: the attribute keys a slog
// call that passes no context must carry.
type keyList struct{ keys []string }

func (l *keyList) String() string { return strings.Join(l.keys, ",") }

// Set parses a comma-separated list, trimming spaces around keys and
// ignoring empty entries and repeats.
func (l *keyList) Set(s string) error {
	var keys []string
	for _, key := range strings.Split(s, ",") {
		key = strings.TrimSpace(key)
		if key == "" || slices.Contains(keys, key) {
			continue
		}
		if i := strings.IndexFunc(key, malformedKeyRune); i >= 0 {
			return fmt.Errorf("key %q contains %q: give key names separated by commas, as in trace_id,span_id", key, key[i:i+1])
		}
		keys = append(keys, key)
	}
	l.keys = keys
	return nil
}

// malformedKeyRune reports whether r betrays a list written the wrong
// way: keys separated by spaces or semicolons, quoted, or given values.
func malformedKeyRune(r rune) bool {
	return strings.ContainsRune(" \t\n\r;=\"'`", r)
}

// attrKeys is what is known of the attribute keys a call or a logger
// carries.
type attrKeys struct {
	names   map[string]bool
	unknown bool // some key could not be read: any key may be present
}

// missing returns the required keys that ks does not hold.
func (ks attrKeys) missing(required []string) []string {
	var missing []string
	for _, key := range required {
		if !ks.names[key] {
			missing = append(missing, key)
		}
	}
	return missing
}

// addArgs adds the keys of slog's key/value-or-Attr arguments. A key it
// cannot read — not constant, behind an interface, spread with ... —
// makes the set unknown; mismatched pairs are go vet's slog check.
func (c *checker) addArgs(ks *attrKeys, args []ast.Expr, spread bool) {
	if spread {
		ks.unknown = true
		return
	}
	for i := 0; i < len(args); i++ {
		arg := args[i]
		t := c.pass.TypesInfo.TypeOf(arg)
		switch {
		case isString(t):
			c.addKey(ks, arg)
			i++ // the value
		case ctxapi.IsNamedOrPointer(t, slogPath, "Attr"):
			c.addAttr(ks, arg)
		default:
			ks.unknown = true
			return
		}
	}
}

// isString reports whether t is string itself: slog takes a value of a
// named string type for a value, not a key.
func isString(t types.Type) bool {
	b, ok := types.Unalias(t).(*types.Basic)
	return ok && (b.Kind() == types.String || b.Kind() == types.UntypedString)
}

// addKey adds the constant string key, or makes the set unknown.
func (c *checker) addKey(ks *attrKeys, key ast.Expr) {
	v := c.pass.TypesInfo.Types[key].Value
	if v == nil || v.Kind() != constant.String {
		ks.unknown = true
		return
	}
	if ks.names == nil {
		ks.names = make(map[string]bool)
	}
	ks.names[constant.StringVal(v)] = true
}

// addAttr adds the key of a slog.Attr made by one of slog's constructors
// (slog.String(key, v)…) or written as a literal.
func (c *checker) addAttr(ks *attrKeys, attr ast.Expr) {
	switch attr := ast.Unparen(attr).(type) {
	case *ast.CallExpr:
		fn := ctxapi.Callee(c.pass.TypesInfo, attr)
		if fn != nil && ctxapi.IsFunc(fn, slogPath, fn.Name()) && len(attr.Args) > 0 && isString(c.pass.TypesInfo.TypeOf(attr.Args[0])) {
			c.addKey(ks, attr.Args[0])
			return
		}
	case *ast.CompositeLit:
		for i, elt := range attr.Elts {
			switch elt := elt.(type) {
			case *ast.KeyValueExpr:
				if id, ok := elt.Key.(*ast.Ident); ok && id.Name == "Key" {
					c.addKey(ks, elt.Value)
					return
				}
			default:
				if i == 0 {
					c.addKey(ks, elt)
					return
				}
			}
		}
	}
	ks.unknown = true
}

// loggerKeys adds the keys that the slog logger recv got through With(…)
// calls: on the expression itself, or on a value assigned earlier to the
// local variable it is. After WithGroup the keys are nested and unknown.
func (c *checker) loggerKeys(ks *attrKeys, recv ast.Expr, pos token.Pos) {
	c.chainCalls(recv, pos, func(sc call) {
		switch {
		case ctxapi.IsFunc(sc.fn, slogPath, "With"), ctxapi.IsMethod(sc.fn, slogPath, "Logger", "With"):
			c.addArgs(ks, sc.args, sc.expr.Ellipsis.IsValid())
		case ctxapi.IsMethod(sc.fn, slogPath, "Logger", "WithGroup"):
			ks.unknown = true
		}
	})
}

// assignment is a value assigned to a local variable.
type assignment struct {
	pos token.Pos // the assignment's
	rhs ast.Expr
}

// chainCalls calls visit for every call that may have made the value of
// e at pos: e itself and the calls of its receivers, and, for a local
// variable, the same for each value assigned to it before pos.
func (c *checker) chainCalls(e ast.Expr, pos token.Pos, visit func(call)) {
	seen := make(map[ast.Expr]bool)
	var walk func(e ast.Expr, pos token.Pos)
	walk = func(e ast.Expr, pos token.Pos) {
		switch e := ast.Unparen(e).(type) {
		case *ast.CallExpr:
			sc, ok := splitCall(c.pass.TypesInfo, e)
			if !ok {
				return
			}
			visit(sc)
			if sc.recv != nil {
				walk(sc.recv, pos)
			}
		case *ast.Ident:
			v, ok := c.pass.TypesInfo.Uses[e].(*types.Var)
			if !ok {
				return
			}
			for _, a := range c.assignmentsTo(v) {
				if a.pos < pos && !seen[a.rhs] {
					seen[a.rhs] = true
					walk(a.rhs, a.pos)
				}
			}
		}
	}
	walk(e, pos)
}

// assignmentsTo returns the values assigned to the local variable v, in
// source order. The index is built on first use.
func (c *checker) assignmentsTo(v *types.Var) []assignment {
	if c.assigns == nil {
		c.assigns = make(map[*types.Var][]assignment)
		for cur := range c.model.Inspector().Root().Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
			c.indexAssignments(cur.Node())
		}
	}
	return c.assigns[v]
}

func (c *checker) indexAssignments(n ast.Node) {
	for _, a := range code.Assignments(n) {
		id, ok := ast.Unparen(a.LHS).(*ast.Ident)
		if !ok || a.RHS == nil {
			continue
		}
		obj := c.pass.TypesInfo.Defs[id]
		if obj == nil {
			obj = c.pass.TypesInfo.Uses[id]
		}
		v, ok := obj.(*types.Var)
		if !ok || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
			continue // fields, and package variables: not "earlier in the same function"
		}
		c.assigns[v] = append(c.assigns[v], assignment{pos: n.Pos(), rhs: a.RHS})
	}
}
