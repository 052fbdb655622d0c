// Goroutines that choose: they inherit the available context (or one
// derived from it) or detach from it. All silent.
package inherit

import (
	"context"
	"log"
	"net/http"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

func fetch(ctx context.Context, url string) error { return nil }

func process(ctx context.Context, n int) { log.Printf("%d", n) }

type key struct{}

func passed(ctx context.Context) {
	go process(ctx, 1)
	go func() {
		_ = fetch(ctx, "u")
	}()
	go func(c context.Context) {
		_ = fetch(c, "u")
	}(ctx)
}

func derived(ctx context.Context) {
	tctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	go process(tctx, 1)
	vctx := context.WithValue(tctx, key{}, 1)
	go func() { _ = fetch(vctx, "u") }()
	go process(context.WithValue(ctx, key{}, 2), 2)
}

func errgroups(ctx context.Context, urls []string) error {
	g, gctx := errgroup.WithContext(ctx)
	for _, u := range urls {
		g.Go(func() error { return fetch(gctx, u) })
	}
	g.TryGo(func() error { return fetch(gctx, "x") })
	return g.Wait()
}

func waitGroupGo(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { process(ctx, 1) })
	wg.Wait()
}

// A request's context, through the request or a variable.
func request(r *http.Request) {
	go process(r.Context(), 1)
	ctx := r.Context()
	go func() { _ = fetch(ctx, "u") }()
}

// Derived through any function returning a context from one.
func withSpan(ctx context.Context) context.Context { return ctx }

func derivedByCall(ctx context.Context) {
	sctx := withSpan(ctx)
	go process(sctx, 1)
}

// Shadowing by a context derived from the request's is still the request's.
func shadowed(ctx context.Context) {
	if true {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		go process(ctx, 1)
	}
}

// Watching the context is using it.
func watching(ctx context.Context, ch chan int) {
	go func() {
		select {
		case <-ctx.Done():
		case v := <-ch:
			log.Print(v)
		}
	}()
}

// Detaching.

func detached(ctx context.Context) {
	go process(context.WithoutCancel(ctx), 1)
	dctx := context.WithoutCancel(ctx)
	go func() { _ = fetch(dctx, "u") }()
	go func() {
		tctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
		defer cancel()
		_ = fetch(tctx, "u")
	}()
}

func reassignedDetached(ctx context.Context) {
	ctx = context.WithoutCancel(ctx)
	go process(ctx, 1)
}
