package reqscope

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/obslint/obslint/internal/code"
	"github.com/obslint/obslint/internal/ctxapi"
)

// Launch is a goroutine launched where a context is available. The
// goroutinectx pass judges its context choice; the code it runs belongs
// to that pass until it uses the request context.
type Launch struct {
	Node  ast.Node         // *ast.GoStmt, or the launching *ast.CallExpr (g.Go(f), time.AfterFunc(d, f), safeGo(f))
	Pos   token.Pos        // the go keyword or the launcher's name: where findings go
	End   token.Pos        // the end of the keyword or name
	Func  ast.Expr         // the launched function (a *ast.FuncLit, or any function value)
	Ctx   *Context         // the context available at the launch
	Refs  []Ref            // uses of the request context (or one derived from it) made outside-in
	Roots []*ast.CallExpr  // context.Background() and context.TODO() calls in the launch
	cur   inspector.Cursor // the launch node
	Bound bool             // uses an object bound to the request context, or its launcher waits for it only until the context is done
}

// Ref is a use, inside a launch, of a variable declared outside it that
// carries the request context.
type Ref struct {
	Ident    *ast.Ident
	Detached bool       // the use goes through context.WithoutCancel
	Origin   *types.Var // the context or provider parameter the context derives from
	Handoff  bool       // a provider (such as *http.Request) handed whole to a call, not its Context()
}

// Inherits reports whether the goroutine runs on the request context
// (or one derived from it and still cancelled with it).
func (l *Launch) Inherits() bool {
	for _, r := range l.Refs {
		if !r.Detached {
			return true
		}
	}
	return false
}

// Detaches reports whether the goroutine uses the request context only
// through context.WithoutCancel.
func (l *Launch) Detaches() bool {
	return len(l.Refs) > 0 && !l.Inherits()
}

// Cursor returns the cursor of the launch node.
func (l *Launch) Cursor() inspector.Cursor { return l.cur }

// Lit returns the launched function literal, or nil.
func (l *Launch) Lit() *ast.FuncLit {
	lit, _ := ast.Unparen(l.Func).(*ast.FuncLit)
	return lit
}

// Launches returns every launch in the package, in source order.
func (m *Model) Launches() []*Launch { return m.order }

// LaunchOf returns the launch made by n (a go statement or a .Go call), or nil.
func (m *Model) LaunchOf(n ast.Node) *Launch { return m.launches[n] }

// Owner returns the launch whose goroutine owns the code at cur: the
// innermost enclosing launch that does not inherit the request context.
// Code so owned is judged by goroutinectx alone.
func (m *Model) Owner(cur inspector.Cursor) *Launch {
	for c := range cur.Enclosing((*ast.GoStmt)(nil), (*ast.CallExpr)(nil)) {
		if l := m.launches[c.Node()]; l != nil && m.owns(l) {
			return l
		}
	}
	return nil
}

// launched returns the function call runs on a new goroutine, if call
// launches one: the effects analysis and the model share package
// launch's one answer.
func (m *Model) launched(call *ast.CallExpr) (ast.Expr, bool) {
	return m.effects.Launched(call)
}

func (m *Model) addLaunch(cur inspector.Cursor) {
	ctx := m.At(cur)
	if ctx == nil {
		return
	}
	l := &Launch{Node: cur.Node(), Ctx: ctx, cur: cur}
	switch n := cur.Node().(type) {
	case *ast.GoStmt:
		l.Pos, l.End, l.Func = n.Go, n.Go+token.Pos(len("go")), n.Call.Fun
	case *ast.CallExpr:
		l.Func, _ = m.launched(n)
		var name ast.Node = n.Fun
		if id := code.FuncIdent(n.Fun); id != nil {
			name = id
		}
		l.Pos, l.End = name.Pos(), name.End()
	}
	m.collectUses(l)
	m.collectBound(l)
	m.launches[l.Node] = l
	m.order = append(m.order, l)
}

// collectUses records the launch's uses of outside variables carrying the
// request context, and its context roots: in the whole go statement (its
// arguments are the goroutine's), in the launched function of a launcher
// call (context.AfterFunc's context is not the callback's).
func (m *Model) collectUses(l *Launch) {
	start, end := l.Node.Pos(), l.Node.End()
	code := l.cur
	if _, ok := l.Node.(*ast.CallExpr); ok {
		code, _ = l.cur.FindNode(l.Func)
	}
	code.Inspect(nil, func(c inspector.Cursor) bool {
		switch n := c.Node().(type) {
		case *ast.CallExpr:
			if ctxapi.IsRoot(m.info, n) {
				l.Roots = append(l.Roots, n)
			}
		case *ast.Ident:
			v, ok := m.info.Uses[n].(*types.Var)
			if !ok || (start <= v.Pos() && v.Pos() < end) {
				return true
			}
			carrier, ok := m.carriers[v]
			if !ok {
				return true
			}
			handoff := false
			switch {
			case carrier.provider:
				use := m.providerUse(c)
				if use == noUse {
					return true
				}
				handoff = use == handedOff
			case !ctxapi.IsContext(v.Type()) && !usedAsContext(c):
				return true
			}
			l.Refs = append(l.Refs, Ref{
				Ident:    n,
				Detached: carrier.detached || m.inWithoutCancel(c),
				Origin:   carrier.origin,
				Handoff:  handoff,
			})
		}
		return true
	})
}

// providerUsage says how a provider variable is used.
type providerUsage int

const (
	noUse     providerUsage = iota // not for its context (r.URL)
	contextOf                      // as the receiver of Context()
	handedOff                      // handed to a call, which may take its context
)

// providerUse says whether the provider variable at c is used for its
// context: through its accessor (r.Context(), c.Request().Context()), or
// handed to a call.
func (m *Model) providerUse(c inspector.Cursor) providerUsage {
	parent := c.Parent()
	switch p := parent.Node().(type) {
	case *ast.SelectorExpr:
		// The accessor is at most two calls long.
		up := parent
		for range 2 {
			up = up.Parent()
			call, ok := up.Node().(*ast.CallExpr)
			if !ok {
				break
			}
			if ctxapi.AccessedContext(m.info, call) == c.Node() {
				return contextOf
			}
			if up = up.Parent(); !is[*ast.SelectorExpr](up.Node()) {
				break
			}
		}
	case *ast.CallExpr:
		for _, a := range p.Args {
			if a == c.Node() {
				return handedOff
			}
		}
	}
	return noUse
}

// inWithoutCancel reports whether the expression at c is (part of) the
// argument of a context.WithoutCancel call.
func (m *Model) inWithoutCancel(c inspector.Cursor) bool {
	for p := c.Parent(); p.Valid(); p = p.Parent() {
		switch n := p.Node().(type) {
		case *ast.CallExpr:
			if ctxapi.IsWithoutCancel(m.info, n) {
				return true
			}
			if sig := signatureOf(m.info, n); !ctxapi.ReturnsContext(sig) && !returnsProvider(sig) {
				return false
			}
		case *ast.SelectorExpr, *ast.ParenExpr:
		default:
			return false
		}
	}
	return false
}

// usedAsContext reports whether the variable at c, of a type that
// implements context.Context and has other methods besides (gin's
// *Context), is used as a context: not the receiver of one of its other
// methods or fields (c.Param("id") does not use the context).
func usedAsContext(c inspector.Cursor) bool {
	sel, ok := c.Parent().Node().(*ast.SelectorExpr)
	if !ok || sel.X != c.Node() {
		return true
	}
	switch sel.Sel.Name {
	case "Deadline", "Done", "Err", "Value":
		return true
	}
	return false
}

func is[T ast.Node](n ast.Node) bool {
	_, ok := n.(T)
	return ok
}

func signatureOf(info *types.Info, call *ast.CallExpr) *types.Signature {
	if t := info.TypeOf(call.Fun); t != nil {
		if sig, ok := t.Underlying().(*types.Signature); ok {
			return sig
		}
	}
	return types.NewSignatureType(nil, nil, nil, nil, nil, false)
}
