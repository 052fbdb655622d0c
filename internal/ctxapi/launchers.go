package ctxapi

import "go/types"

// launcher is an API that runs one of its function arguments on a new
// goroutine (or later, after the caller may have returned).
type launcher struct {
	pkg, typ, name string // typ is "" for a package-level function
	arg            int    // the index of the launched function; -1 for the last
}

// launchers are the APIs known to run a function argument on a goroutine
// of their own. A project's own helpers are recognised by their facts
// (see package launch).
var launchers = []launcher{
	{"golang.org/x/sync/errgroup", "Group", "Go", -1},
	{"golang.org/x/sync/errgroup", "Group", "TryGo", -1},
	{"sync", "WaitGroup", "Go", -1},
	{"time", "", "AfterFunc", 1},
	{"context", "", "AfterFunc", 1},
	{"github.com/sourcegraph/conc", "WaitGroup", "Go", 0},
	{"github.com/sourcegraph/conc/pool", "Pool", "Go", 0},
	{"github.com/sourcegraph/conc/pool", "ErrorPool", "Go", 0},
	{"github.com/sourcegraph/conc/pool", "ContextPool", "Go", 0},
	{"github.com/sourcegraph/conc/pool", "ResultPool", "Go", 0},
	{"github.com/sourcegraph/conc/pool", "ResultErrorPool", "Go", 0},
	{"github.com/sourcegraph/conc/pool", "ResultContextPool", "Go", 0},
	{"github.com/sourcegraph/conc/stream", "Stream", "Go", 0},
}

// LaunchedArg returns the index of the argument that fn runs on a new
// goroutine, if fn is a launcher the project knows by its API: errgroup's
// Go and TryGo, sync.WaitGroup's Go, time.AfterFunc and context.AfterFunc
// (whose callbacks run when the caller may have returned),
// sourcegraph/conc's WaitGroup.Go and its pools' and stream's Go.
func LaunchedArg(fn *types.Func) (int, bool) {
	if fn == nil || fn.Pkg() == nil {
		return 0, false
	}
	fn = fn.Origin()
	params := fn.Signature().Params().Len()
	for _, l := range launchers {
		if l.typ == "" && IsFunc(fn, l.pkg, l.name) || l.typ != "" && IsMethod(fn, l.pkg, l.typ, l.name) {
			if l.arg == -1 {
				return params - 1, true
			}
			return l.arg, true
		}
	}
	return 0, false
}
