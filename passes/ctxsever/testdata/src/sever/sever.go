package sever

import (
	"context"
	stdctx "context"
	"net/http"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

func work(ctx context.Context) error { return nil }

func handler(ctx context.Context) {
	_ = work(context.Background()) // want `context.Background\(\) severs the available context ctx: derive from it \(context.WithTimeout\(ctx, …\)\) or detach with context.WithoutCancel\(ctx\) to keep the trace`
	_ = work(context.TODO())       // want `context.TODO\(\) severs the available context ctx`
}

var errCanceled = stdctx.Canceled

func aliased(ctx context.Context) {
	_ = work(stdctx.Background()) // want `context.Background\(\) severs the available context ctx`
}

func provider(w http.ResponseWriter, r *http.Request) {
	_ = work(context.Background()) // want `context.Background\(\) severs the available context r.Context\(\)`
}

func preferContextParam(r *http.Request, ctx context.Context) {
	_ = work(context.Background()) // want `severs the available context ctx:`
}

func nested(ctx context.Context) {
	f := func() {
		_ = work(context.Background()) // want `severs the available context ctx:`
	}
	f()
	g := func(inner context.Context) {
		_ = work(context.Background()) // want `severs the available context inner:`
	}
	g(ctx)
}

func derivedShadow(ctx context.Context) {
	if true {
		ctx, cancel := context.WithTimeout(ctx, time.Second)
		defer cancel()
		_ = work(context.Background()) // want `severs the available context ctx:`
		_ = work(ctx)
	}
}

// Negatives.

func noContext() {
	_ = work(context.Background())
}

func main() {
	_ = work(context.Background())
}

func init() {
	_ = work(context.TODO())
}

var pkgLevel = work(context.Background())

func blankParam(_ context.Context) {
	_ = work(context.Background())
}

func shadowed(ctx context.Context) {
	func(ctx string) {
		_ = ctx
		_ = work(context.Background())
	}("x")
}

type notContext struct{}

func (notContext) Background() context.Context { return nil }
func (notContext) TODO() context.Context       { return nil }

func localBackground(ctx context.Context) {
	var c notContext
	_ = c.Background()
	_ = c.TODO()
}

func nilGuard(ctx context.Context) {
	if ctx == nil {
		ctx = context.Background()
	}
	_ = work(ctx)
}

func derived(ctx context.Context) {
	c, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	_ = work(c)
	_ = work(context.WithoutCancel(ctx))
}

func generic[T any](ctx context.Context, v T) T {
	_ = work(context.Background()) // want `severs the available context ctx:`
	return v
}

func genericNoCtx[T any](v T) T {
	_ = work(context.Background())
	return v
}

// Goroutines that do not use the context belong to goroutinectx.
func launches(ctx context.Context) {
	go func() {
		_ = work(context.Background())
	}()
	go work(context.Background())
	var g errgroup.Group
	g.Go(func() error { return work(context.TODO()) })
	var wg sync.WaitGroup
	wg.Go(func() { _ = work(context.Background()) })
}

// A goroutine that inherits the context is request-scoped code again.
func inheritingGoroutine(ctx context.Context) {
	go func() {
		_ = work(ctx)
		_ = work(context.Background()) // want `severs the available context ctx:`
	}()
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		_ = work(gctx)
		return work(context.TODO()) // want `context.TODO\(\) severs the available context ctx:`
	})
}

// After ctx is done, the fix detaches instead of reusing the cancelled context.
func shutdown(ctx context.Context, srv *http.Server) error {
	<-ctx.Done()
	sctx, cancel := context.WithTimeout(context.Background(), time.Second) // want `severs the available context ctx:`
	defer cancel()
	return srv.Shutdown(sctx)
}

func shutdownSelect(ctx context.Context, srv *http.Server, errc chan error) error {
	select {
	case <-ctx.Done():
		return srv.Shutdown(context.Background()) // want `severs the available context ctx:`
	case err := <-errc:
		return err
	}
}

// A returned closure runs after the function has returned: the context
// is not its own.
func shutdownHook(ctx context.Context) func() error {
	_ = work(ctx)
	return func() error {
		return work(context.Background())
	}
}

// A hand-made detached context chooses its parent deliberately.
type valuesOnly struct {
	context.Context
	values context.Context
}

func detachValues(ctx context.Context) context.Context {
	return &valuesOnly{Context: context.Background(), values: ctx}
}

func orBackground(ctx context.Context) context.Context {
	if ctx != nil {
		return ctx
	}
	return context.Background()
}

func orBackgroundElse(ctx context.Context) context.Context {
	if ctx != nil {
		_ = work(ctx)
	} else {
		ctx = context.TODO()
	}
	return ctx
}
