// Package launch decides where goroutines are launched: go statements,
// the launchers ctxapi knows by their API (errgroup, WaitGroup.Go,
// time.AfterFunc, context.AfterFunc, sourcegraph/conc), and any function
// that runs one of its function parameters on a new goroutine, such as a
// project's own safeGo(fn) helper, known across packages by a Fact. The
// request-scope model and the effects analysis both ask it, so that they
// agree on what a launch is.
package launch

import (
	"fmt"
	"go/ast"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/obslint/obslint/internal/appmodule"
	"github.com/obslint/obslint/internal/ctxapi"
)

// Fact marks a function that runs its function parameter number Param
// (from 0) on a new goroutine: its call sites are launch sites.
type Fact struct{ Param int }

func (*Fact) AFact() {}

func (f *Fact) String() string { return fmt.Sprintf("launches(%d)", f.Param) }

// Analyzer finds the launchers of a package and answers launch queries.
var Analyzer = &analysis.Analyzer{
	Name:       "obslintlaunch",
	Doc:        "finds the functions that run a function parameter on a new goroutine, for obslint's passes",
	Run:        run,
	Requires:   []*analysis.Analyzer{inspect.Analyzer},
	ResultType: reflect.TypeFor[*Sites](),
	FactTypes:  []analysis.Fact{new(Fact)},
}

// Sites answers, for one package, which calls launch a goroutine.
type Sites struct {
	info      *types.Info
	launchers map[*types.Func]int // this package's launchers and other packages' (from facts): the launched parameter
}

func run(pass *analysis.Pass) (any, error) {
	s := &Sites{info: pass.TypesInfo, launchers: make(map[*types.Func]int)}
	// Import the facts of every other package's function this package
	// names: the result is read concurrently by several passes and must
	// not change.
	for _, obj := range pass.TypesInfo.Uses {
		if fn, ok := obj.(*types.Func); ok && fn.Pkg() != pass.Pkg {
			var fact Fact
			if pass.ImportObjectFact(fn.Origin(), &fact) {
				s.launchers[fn.Origin()] = fact.Param
			}
		}
	}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	var decls []inspector.Cursor
	for cur := range in.Root().Preorder((*ast.FuncDecl)(nil)) {
		if cur.Node().(*ast.FuncDecl).Body != nil {
			decls = append(decls, cur)
		}
	}
	// Dependencies are judged by their API in every driver (see
	// appmodule.IsDependency).
	export := !appmodule.IsDependency(pass)
	// A helper may launch through another helper of the package.
	for changed := true; changed; {
		changed = false
		for _, cur := range decls {
			fn, ok := pass.TypesInfo.Defs[cur.Node().(*ast.FuncDecl).Name].(*types.Func)
			if !ok {
				continue
			}
			if _, done := s.launchers[fn]; done {
				continue
			}
			if i, ok := s.launchedParam(fn, cur); ok {
				s.launchers[fn] = i
				if export {
					pass.ExportObjectFact(fn, &Fact{Param: i})
				}
				changed = true
			}
		}
	}
	return s, nil
}

// launchedParam returns the index of a function parameter of fn that its
// body launches: uses in a go statement, or in the function a launcher
// call runs.
func (s *Sites) launchedParam(fn *types.Func, decl inspector.Cursor) (int, bool) {
	params := fn.Signature().Params()
	funcParams := make(map[*types.Var]int)
	for i := range params.Len() {
		if _, ok := params.At(i).Type().Underlying().(*types.Signature); ok {
			funcParams[params.At(i)] = i
		}
	}
	if len(funcParams) == 0 {
		return 0, false
	}
	found, index := false, 0
	decl.Inspect([]ast.Node{(*ast.GoStmt)(nil), (*ast.CallExpr)(nil)}, func(c inspector.Cursor) bool {
		if found {
			return false
		}
		var launched ast.Node
		switch n := c.Node().(type) {
		case *ast.GoStmt:
			launched = n
		case *ast.CallExpr:
			if f, ok := s.Launched(n); ok {
				launched = f
			}
		}
		if launched == nil {
			return true
		}
		ast.Inspect(launched, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && !found {
				if v, ok := s.info.Uses[id].(*types.Var); ok {
					index, found = funcParams[v]
				}
			}
			return !found
		})
		return !found
	})
	return index, found
}

// Launched returns the function that call runs on a new goroutine, if
// call is a launch: a call of a launcher known by its API or of a
// function that runs its parameter on a goroutine (this package's, or
// another's by its Fact).
func (s *Sites) Launched(call *ast.CallExpr) (ast.Expr, bool) {
	fn := ctxapi.Callee(s.info, call)
	if fn == nil {
		return nil, false
	}
	i, ok := ctxapi.LaunchedArg(fn)
	if !ok {
		i, ok = s.launchers[fn.Origin()]
	}
	if !ok {
		return nil, false
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if selection := s.info.Selections[sel]; selection != nil && selection.Kind() == types.MethodExpr {
			i++ // (*errgroup.Group).Go(g, f): the receiver comes first
		}
	}
	if i >= len(call.Args) {
		return nil, false
	}
	return call.Args[i], true
}
