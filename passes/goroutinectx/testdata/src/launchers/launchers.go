// Launchers beside go, errgroup and WaitGroup.Go.
package launchers

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"example.com/gohelpers"
	"github.com/sourcegraph/conc"
	"github.com/sourcegraph/conc/pool"
)

func audit(ctx context.Context, what string) error { return nil }

// time.AfterFunc and context.AfterFunc run their callbacks after the
// handler may have returned.
func afterFunc(w http.ResponseWriter, r *http.Request) {
	time.AfterFunc(time.Second, func() { // want `goroutine inherits the request context of an HTTP handler that does not wait for it`
		_ = audit(r.Context(), "late")
	})
}

func contextAfterFunc(ctx context.Context) {
	stop := context.AfterFunc(ctx, func() { // want `goroutine launched without an explicit context choice: pass ctx`
		_, _ = http.Get("http://example.com/cancelled")
	})
	defer stop()
}

func contextAfterFuncDetached(ctx context.Context) {
	context.AfterFunc(ctx, func() {
		slog.InfoContext(context.WithoutCancel(ctx), "cancelled")
	})
}

// sourcegraph/conc.

func concWaitGroup(ctx context.Context) {
	var wg conc.WaitGroup
	wg.Go(func() { // want `goroutine launched without an explicit context choice`
		_, _ = http.Get("http://example.com/work")
	})
	wg.Wait()
}

func concPool(ctx context.Context) {
	p := pool.New().WithErrors()
	p.Go(func() error { // want `goroutine starts from context.Background\(\), severing the trace`
		return audit(context.Background(), "x")
	})
	_ = p.Wait()
}

// A project's own launchers, in this package and another.

func safeGo(f func()) {
	go f()
}

func ownLauncher(ctx context.Context) {
	safeGo(func() { // want `goroutine launched without an explicit context choice`
		_, _ = http.Get("http://example.com/work")
	})
	gohelpers.Go(func() { // want `goroutine launched without an explicit context choice`
		_, _ = http.Get("http://example.com/work")
	})
	gohelpers.Named("job", func() { // want `goroutine launched without an explicit context choice`
		_, _ = http.Get("http://example.com/work")
	})
	gohelpers.Go(func() {
		_ = audit(ctx, "inherits")
	})
}

// Negatives: a helper that runs its function on the caller's goroutine;
// launchers outside request scope.

func sameGoroutine(ctx context.Context) {
	gohelpers.Now(func() {
		_, _ = http.Get("http://example.com/work")
	})
}

func background() {
	safeGo(func() { slog.Info("working") })
	time.AfterFunc(time.Second, func() { slog.Info("tick") })
}
