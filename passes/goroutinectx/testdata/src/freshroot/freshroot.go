// Goroutines that start from a new root context while one is available.
package freshroot

import (
	"context"
	stdctx "context"
	"net/http"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

func process(ctx context.Context, n int) {}

func literal(ctx context.Context) {
	go func() { // want `^goroutine starts from context.Background\(\), severing the trace: detach with context.WithoutCancel\(ctx\) to keep it$`
		process(context.Background(), 1)
	}()
}

func call(ctx context.Context) {
	go process(context.TODO(), 1) // want `goroutine starts from context.TODO\(\)`
}

// One finding, one fix for all the roots.
func several(ctx context.Context) {
	go func() { // want `starts from context.Background\(\)`
		tctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		process(tctx, 1)
		process(context.TODO(), 2)
	}()
}

func request(w http.ResponseWriter, r *http.Request) {
	go process(context.Background(), 1) // want `detach with context.WithoutCancel\(r.Context\(\)\) to keep it`
}

func aliased(ctx context.Context) {
	go process(stdctx.Background(), 1) // want `starts from context.Background\(\)`
}

func groups(ctx context.Context) {
	var g errgroup.Group
	g.Go(func() error { process(context.Background(), 1); return nil }) // want `starts from context.Background\(\)`
	var wg sync.WaitGroup
	wg.Go(func() { process(context.TODO(), 1) })                     // want `starts from context.TODO\(\)`
	g.TryGo(func() error { process(context.TODO(), 1); return nil }) // want `starts from context.TODO\(\)`
}

// The fix detaches from the context available where the root stands.
func innerContext(ctx context.Context) {
	go func() { // want `starts from context.Background\(\)`
		f := func(inner context.Context) { process(context.Background(), 1) }
		f(nil)
	}()
}

// No fix where the context's name is shadowed.
func shadowedName(ctx context.Context) {
	go func(ctx string) { // want `starts from context.Background\(\)`
		_ = ctx
		process(context.Background(), 1)
	}("x")
}

// Negatives.

// A goroutine that inherits is request-scoped code: its roots are ctxsever's.
func inherits(ctx context.Context) {
	go func() {
		process(ctx, 1)
		process(context.Background(), 2)
	}()
}

// A goroutine that detaches has chosen.
func detaches(ctx context.Context) {
	go func() {
		process(context.WithoutCancel(ctx), 1)
		process(context.Background(), 2)
	}()
}

func noContext() {
	go process(context.Background(), 1)
}
