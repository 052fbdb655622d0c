package scope

import (
	"context"
	"net/http"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

func work(ctx context.Context) error  { return nil }
func handle(r *http.Request)          {}
func plain()                          {}
func pair(a, b context.Context) error { return nil }

func inherit(ctx context.Context) {
	go work(ctx) // want `launch inherits ctx=ctx refs=ctx<-ctx$`
	c, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	go func() { _ = work(c) }() // want `launch inherits ctx=ctx refs=c<-ctx$`
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error { return work(gctx) }) // want `launch inherits ctx=ctx refs=gctx<-ctx$`
	var wg sync.WaitGroup
	wg.Go(plain) // want `launch none ctx=ctx$`
}

func detach(ctx context.Context) {
	go work(context.WithoutCancel(ctx)) // want `launch detaches ctx=ctx refs=ctx<-ctx\(detached\)$`
	go work(context.Background())       // want `launch none ctx=ctx roots=1$`
}

// A variable ever reassigned a detached context counts as detached.
func reassigned(ctx context.Context) {
	ctx = context.WithoutCancel(ctx)
	go work(ctx) // want `launch detaches ctx=ctx refs=ctx<-ctx\(detached\)$`
}

func reassignedChain(ctx context.Context) {
	c := ctx
	c = context.WithoutCancel(c)
	c2, cancel := context.WithTimeout(c, time.Second)
	defer cancel()
	go work(c2) // want `launch detaches ctx=ctx refs=c2<-ctx\(detached\)$`
}

// A derived request takes its context from the argument, not the receiver.
func withContext(w http.ResponseWriter, r *http.Request, ctx context.Context) {
	r2 := r.WithContext(context.WithoutCancel(ctx))
	go handle(r2)                 // want `launch detaches ctx=ctx refs=r2<-ctx\(detached\)\(handoff\) handler=r$`
	go handle(r.WithContext(ctx)) // want `launch inherits ctx=ctx refs=ctx<-ctx handler=r$`
}

func provider(w http.ResponseWriter, r *http.Request) {
	go work(r.Context()) // want `launch inherits ctx=r.Context\(\) refs=r<-r handler=r$`
	go handle(r)         // want `launch inherits ctx=r.Context\(\) refs=r<-r\(handoff\) handler=r$`
	go func() {          // want `launch none ctx=r.Context\(\) handler=r$`
		_ = r.URL
	}()
	ctx := r.Context()
	func() {
		go work(ctx) // want `launch inherits ctx=r.Context\(\) refs=ctx<-r handler=r$`
	}()
	_ = pair(ctx, context.Background())
}

// The origin is the first carrying argument.
func origins(a context.Context, w http.ResponseWriter, r *http.Request) {
	go work(a) // want `launch inherits ctx=a refs=a<-a handler=r$`
}

// A handler built inside a function that has a context of its own.
func middleware(ctx context.Context) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		go work(ctx)         // want `launch inherits ctx=r.Context\(\) refs=ctx<-ctx handler=r$`
		go work(r.Context()) // want `launch inherits ctx=r.Context\(\) refs=r<-r handler=r$`
	}
}

// Not handlers: no ResponseWriter, or an unnamed request.
func notHandler(r *http.Request) {
	go work(r.Context()) // want `launch inherits ctx=r.Context\(\) refs=r<-r$`
}

func unnamedRequest(ctx context.Context, w http.ResponseWriter, _ *http.Request) {
	go work(ctx) // want `launch inherits ctx=ctx refs=ctx<-ctx$`
}

// No context available: no launch.
func noContext() {
	go work(context.Background())
}

func shadowed(ctx context.Context) {
	func(ctx string) {
		go work(context.Background())
	}("x")
}
