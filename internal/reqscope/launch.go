package reqscope

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/obslint/obslint/internal/ctxapi"
)

// LaunchKind says how a goroutine is launched.
type LaunchKind int

const (
	GoStmt      LaunchKind = iota + 1 // go f(…)
	GroupGo                           // (*errgroup.Group).Go or TryGo
	WaitGroupGo                       // (*sync.WaitGroup).Go
)

// Launch is a goroutine launched where a context is available. The
// goroutinectx pass judges its context choice; the code it runs belongs
// to that pass until it uses the request context.
type Launch struct {
	Kind  LaunchKind
	Node  ast.Node         // *ast.GoStmt, or the *ast.CallExpr of .Go
	Pos   token.Pos        // the go keyword or the Go selector: where findings go
	Group ast.Expr         // the errgroup or WaitGroup, for .Go launches
	Func  ast.Expr         // the launched function (a *ast.FuncLit, or any function value)
	Args  []ast.Expr       // arguments of a go statement's call
	Ctx   *Context         // the context available at the launch
	Refs  []Ref            // uses of the request context (or one derived from it) made outside-in
	Roots []*ast.CallExpr  // context.Background() and context.TODO() calls in the launch
	cur   inspector.Cursor // the launch node
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
		if l := m.launches[c.Node()]; l != nil && !l.Inherits() {
			return l
		}
	}
	return nil
}

// launchKindOf returns the kind of call if it is a .Go launch, else 0.
func launchKindOf(info *types.Info, call *ast.CallExpr) LaunchKind {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || (sel.Sel.Name != "Go" && sel.Sel.Name != "TryGo") {
		return 0
	}
	fn := ctxapi.Callee(info, call)
	switch {
	case ctxapi.IsMethod(fn, "golang.org/x/sync/errgroup", "Group", "Go"),
		ctxapi.IsMethod(fn, "golang.org/x/sync/errgroup", "Group", "TryGo"):
		return GroupGo
	case ctxapi.IsMethod(fn, "sync", "WaitGroup", "Go"):
		return WaitGroupGo
	}
	return 0
}

func (m *Model) addLaunch(cur inspector.Cursor) {
	ctx := m.At(cur)
	if ctx == nil {
		return
	}
	l := &Launch{Node: cur.Node(), Ctx: ctx, cur: cur}
	switch n := cur.Node().(type) {
	case *ast.GoStmt:
		l.Kind, l.Pos, l.Func, l.Args = GoStmt, n.Go, n.Call.Fun, n.Call.Args
	case *ast.CallExpr:
		sel := ast.Unparen(n.Fun).(*ast.SelectorExpr)
		l.Kind, l.Pos, l.Group = launchKindOf(m.info, n), sel.Sel.Pos(), sel.X
		if len(n.Args) > 0 {
			l.Func = n.Args[len(n.Args)-1]
		}
	}
	m.collectUses(l)
	m.launches[l.Node] = l
	m.order = append(m.order, l)
}

// collectUses records the launch's uses of outside variables carrying the
// request context, and its context roots.
func (m *Model) collectUses(l *Launch) {
	start, end := l.Node.Pos(), l.Node.End()
	l.cur.Inspect(nil, func(c inspector.Cursor) bool {
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
			if carrier.provider {
				use := providerUse(c)
				if use == noUse {
					return true
				}
				handoff = use == handedOff
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

// providerUse says whether the provider variable at c is used for its context.
func providerUse(c inspector.Cursor) providerUsage {
	parent := c.Parent()
	switch p := parent.Node().(type) {
	case *ast.SelectorExpr:
		if p.X == c.Node() && p.Sel.Name == "Context" {
			if call, ok := parent.Parent().Node().(*ast.CallExpr); ok && call.Fun == p {
				return contextOf
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
			if !ctxapi.ReturnsContext(signatureOf(m.info, n)) && !isProviderContextCall(n) {
				return false
			}
		case *ast.SelectorExpr, *ast.ParenExpr:
		default:
			return false
		}
	}
	return false
}

func isProviderContextCall(call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Context" && len(call.Args) == 0
}

func signatureOf(info *types.Info, call *ast.CallExpr) *types.Signature {
	if t := info.TypeOf(call.Fun); t != nil {
		if sig, ok := t.Underlying().(*types.Signature); ok {
			return sig
		}
	}
	return types.NewSignatureType(nil, nil, nil, nil, nil, false)
}
