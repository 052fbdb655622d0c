package reqscope

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/obslint/obslint/internal/code"
	"github.com/obslint/obslint/internal/ctxapi"
)

// Provenance says where an available context was born.
type Provenance int

const (
	// Unknown: some callers are not visible (an exported function of a
	// library). A caller may pass a request's context: judged as Request.
	Unknown Provenance = iota
	// Request: the context of a request being served (a handler's, an
	// RPC method's, one a span start or a propagator returned), or one
	// derived from it.
	Request
	// Lifecycle: the lifetime of a process, a command or a long-lived
	// component (a root made in main or where no context was available,
	// signal.NotifyContext, a context stored in a field, a Start(ctx) or a
	// loop that runs until its context is done).
	Lifecycle
)

func (p Provenance) String() string {
	switch p {
	case Request:
		return "request"
	case Lifecycle:
		return "lifecycle"
	}
	return "unknown"
}

// origin is what the model knows of where a context was born.
type origin struct {
	prov    Provenance
	cancels bool // can be cancelled or has a deadline
}

// join combines the origins of the contexts a parameter receives at its
// call sites: a request anywhere makes it a request's.
func join(a, b origin) origin {
	switch {
	case a.prov == Request || b.prov == Request:
		return origin{prov: Request}
	case a.prov == Unknown || b.prov == Unknown:
		return origin{prov: Unknown}
	}
	return origin{prov: Lifecycle, cancels: a.cancels || b.cancels}
}

// funcInfo is what provenance needs of a function that has a context
// parameter.
type funcInfo struct {
	node   ast.Node         // *ast.FuncDecl or *ast.FuncLit
	obj    *types.Func      // nil for literals
	params []*types.Var     // all parameters, in order
	cur    inspector.Cursor // the function
	calls  []*ast.CallExpr  // visible static calls of obj
	closed bool             // every caller is visible and calls it directly
}

// computeProvenance sets the provenance of every context and provider
// parameter: handler shapes and command types first, then, for functions
// whose callers are all visible, what every call site passes, to a
// fixpoint; then the shapes of lifecycle functions in application code.
func (m *Model) computeProvenance(funcs []inspector.Cursor, calls []*ast.CallExpr, application bool) {
	infos := make(map[*types.Func]*funcInfo)
	var order []*funcInfo
	for _, cur := range funcs {
		cands := m.params[cur.Node()]
		if len(cands) == 0 {
			continue
		}
		fi := &funcInfo{node: cur.Node(), cur: cur}
		var ftype *ast.FuncType
		switch n := cur.Node().(type) {
		case *ast.FuncDecl:
			ftype = n.Type
			fi.obj, _ = m.info.Defs[n.Name].(*types.Func)
		case *ast.FuncLit:
			ftype = n.Type
		}
		for _, field := range ftype.Params.List {
			if len(field.Names) == 0 {
				fi.params = append(fi.params, nil)
			}
			for _, name := range field.Names {
				v, _ := m.info.Defs[name].(*types.Var)
				fi.params = append(fi.params, v)
			}
		}
		if fi.obj != nil {
			infos[fi.obj] = fi
		}
		order = append(order, fi)
		m.initialProvenance(fi, cands)
	}

	// Which functions are called only directly, where this package sees.
	direct := make(map[*ast.Ident]bool)
	for _, call := range calls {
		if id := code.FuncIdent(call.Fun); id != nil {
			if fn, ok := m.info.Uses[id].(*types.Func); ok {
				if fi := infos[fn.Origin()]; fi != nil {
					fi.calls = append(fi.calls, call)
					direct[id] = true
				}
			}
		}
	}
	mainPkg := m.pkg.Name() == "main"
	for _, fi := range infos {
		fi.closed = len(fi.calls) > 0 && (mainPkg || !fi.obj.Exported())
	}
	for id, obj := range m.info.Uses {
		if fn, ok := obj.(*types.Func); ok && !direct[id] {
			if fi := infos[fn.Origin()]; fi != nil {
				fi.closed = false // used as a value: called from where we cannot see
			}
		}
	}

	// Closed functions start as lifecycle and lose it when a call site
	// passes anything else.
	for _, fi := range order {
		if fi.closed {
			for _, c := range m.params[fi.node] {
				if c.Prov == Unknown {
					c.Prov = Lifecycle
				}
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for _, fi := range order {
			if !fi.closed {
				continue
			}
			for _, c := range m.params[fi.node] {
				if c.Provider || c.Prov == Request {
					continue
				}
				index := indexOf(fi.params, c.Var)
				o := origin{prov: Lifecycle}
				for _, call := range fi.calls {
					if index < 0 || index >= len(call.Args) || call.Ellipsis.IsValid() && index >= len(call.Args)-1 {
						o = origin{prov: Unknown}
						break
					}
					o = join(o, m.originOf(call.Args[index]))
				}
				if o.prov != c.Prov || o.cancels && !c.Cancellable {
					c.Prov, c.Cancellable = o.prov, c.Cancellable || o.cancels
					changed = true
				}
			}
		}
	}

	for _, fi := range order {
		for _, c := range m.params[fi.node] {
			if c.Provider || c.Prov != Unknown || fi.closed {
				continue
			}
			if m.lifecycleShape(fi, c, application) {
				c.Prov = Lifecycle
			}
		}
		for _, c := range m.params[fi.node] {
			if !c.Provider && m.readsDone(fi.cur, c.Var) {
				c.Cancellable = true
			}
		}
	}
}

// initialProvenance classifies the parameters of fn by its signature: the
// context of a function that serves a request (it has a request-carrying
// parameter such as *http.Request) is the request's; a command's or a
// long-lived component's (a *kgo.Client's Context()) is a lifetime; a function literal handed to a call with a context takes that
// context's provenance (retry.Do(ctx, func(ctx context.Context) …)).
func (m *Model) initialProvenance(fi *funcInfo, cands []*Context) {
	serves, command := false, false
	for _, p := range fi.params {
		if p == nil {
			continue
		}
		switch {
		case ctxapi.CommandType(p.Type()), ctxapi.ComponentType(p.Type()):
			command = true // a command's or a component's lifetime
		case !ctxapi.IsContext(p.Type()) && ctxapi.CarriesRequest(p.Type()):
			serves = true
		}
	}
	for _, c := range cands {
		switch {
		case command:
			c.Prov = Lifecycle
		case serves:
			c.Prov = Request
		}
	}
	if serves || command {
		return
	}
	if _, ok := fi.node.(*ast.FuncLit); ok {
		if call, ok := fi.cur.Parent().Node().(*ast.CallExpr); ok {
			o, found := origin{prov: Lifecycle}, false
			for _, arg := range call.Args {
				if t := m.info.TypeOf(arg); t != nil && ctxapi.IsContext(t) {
					o, found = join(o, m.originOf(arg)), true
				}
			}
			if found {
				for _, c := range cands {
					c.Prov, c.Cancellable = o.prov, o.cancels
				}
			}
		}
	}
}

// lifecycleShape reports whether, in application code, fn is shaped like
// the entry of a long-lived component: named Start, Run, Serve… (and not
// serving a request), or looping until its context is done.
func (m *Model) lifecycleShape(fi *funcInfo, c *Context, application bool) bool {
	if !application {
		return false
	}
	if fi.obj != nil && ctxapi.LifecycleName(fi.obj.Name()) {
		return true
	}
	return m.loopsUntilDone(fi.cur, c.Var)
}

// loopsUntilDone reports whether the function at fn runs a loop that ends
// when v (or a context derived from it) is done.
func (m *Model) loopsUntilDone(fn inspector.Cursor, v *types.Var) bool {
	for loop := range fn.Preorder((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil)) {
		for cc := range loop.Preorder((*ast.CommClause)(nil)) {
			if m.receivesDoneOf(cc.Node().(*ast.CommClause).Comm, v) {
				return true
			}
		}
	}
	return false
}

// readsDone reports whether the function at fn asks v, or a context
// derived from it, whether it is done: Done(), Err() or Deadline().
func (m *Model) readsDone(fn inspector.Cursor, v *types.Var) bool {
	for cur := range fn.Preorder((*ast.SelectorExpr)(nil)) {
		sel := cur.Node().(*ast.SelectorExpr)
		switch sel.Sel.Name {
		case "Done", "Err", "Deadline":
			if m.derivesFrom(sel.X, v) {
				return true
			}
		}
	}
	return false
}

func (m *Model) receivesDoneOf(stmt ast.Stmt, v *types.Var) bool {
	x := doneReceived(stmt)
	return x != nil && m.derivesFrom(x, v)
}

// derivesFrom reports whether e is v or a context variable derived from it.
func (m *Model) derivesFrom(e ast.Expr, v *types.Var) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	u, ok := m.info.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	if u == v {
		return true
	}
	c, ok := m.carriers[u]
	return ok && c.origin == v
}

// originOf returns where the context e yields was born, as far as this
// package can tell.
func (m *Model) originOf(e ast.Expr) origin {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if m.info.Types[e].IsNil() {
			return origin{prov: Lifecycle}
		}
		v, ok := m.info.Uses[e].(*types.Var)
		if !ok {
			return origin{}
		}
		if c, ok := m.carriers[v]; ok {
			o := m.paramOrigin(c.origin)
			o.cancels = o.cancels || c.cancels
			return o
		}
		if o, ok := m.lifetimes[v]; ok {
			return o
		}
		if code.IsPackageVar(v) {
			return origin{prov: Lifecycle}
		}
	case *ast.SelectorExpr:
		if sel := m.info.Selections[e]; sel != nil && sel.Kind() == types.FieldVal {
			return origin{prov: Lifecycle} // a component's stored lifetime context
		}
		if v, ok := m.info.Uses[e.Sel].(*types.Var); ok && code.IsPackageVar(v) {
			return origin{prov: Lifecycle}
		}
	case *ast.CallExpr:
		return m.callOrigin(e)
	}
	return origin{}
}

func (m *Model) callOrigin(call *ast.CallExpr) origin {
	if c, ok := m.callCarries(call); ok {
		o := m.paramOrigin(c.origin)
		o.cancels = o.cancels || c.cancels
		return o
	}
	if o, ok := m.rootOrigin(call); ok {
		return o
	}
	if ctxapi.ContinuesTrace(ctxapi.Callee(m.info, call)) {
		return origin{prov: Request}
	}
	return origin{}
}

// rootOrigin reports whether call yields a context made from a root, not
// from a request: context.Background(), a derivation of a lifetime
// context, signal.NotifyContext, a command's Context().
func (m *Model) rootOrigin(call *ast.CallExpr) (origin, bool) {
	if ctxapi.IsRoot(m.info, call) {
		return origin{prov: Lifecycle}, true
	}
	fn := ctxapi.Callee(m.info, call)
	if d, ok := ctxapi.DerivationOf(fn); ok && len(call.Args) > 0 {
		o := m.originOf(call.Args[0])
		if o.prov != Lifecycle {
			return origin{}, false
		}
		o.cancels = o.cancels || d.Cancels
		return o, true
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Context" && len(call.Args) == 0 {
		if t := m.info.TypeOf(sel.X); t != nil && ctxapi.CommandType(t) {
			return origin{prov: Lifecycle}, true
		}
	}
	return origin{}, false
}

// paramOrigin returns the origin of a context or provider parameter.
func (m *Model) paramOrigin(v *types.Var) origin {
	if c := m.paramContext[v]; c != nil {
		return origin{prov: c.Prov, cancels: c.Cancellable}
	}
	return origin{}
}

// markLifetimes records the local context variables that hold a context
// made from a root rather than from a request, to a fixpoint.
func (m *Model) markLifetimes(assigns []ast.Node) {
	for changed := true; changed; {
		changed = false
		for _, n := range assigns {
			for _, a := range code.Assignments(n) {
				v := m.assignedVar(a.LHS)
				if v == nil || a.RHS == nil || !ctxapi.IsContext(v.Type()) {
					continue
				}
				if _, carries := m.carriers[v]; carries {
					continue
				}
				call, ok := ast.Unparen(a.RHS).(*ast.CallExpr)
				var o origin
				switch {
				case ok:
					o, ok = m.rootOrigin(call)
				default:
					o = m.originOf(a.RHS)
					ok = o.prov == Lifecycle
				}
				if !ok {
					continue
				}
				if old, seen := m.lifetimes[v]; !seen || o.cancels && !old.cancels {
					m.lifetimes[v] = o
					changed = true
				}
			}
		}
	}
}

func indexOf(vs []*types.Var, v *types.Var) int {
	for i, p := range vs {
		if p == v {
			return i
		}
	}
	return -1
}
