// Provenance and indirect choices: goroutines under a lifetime context
// need no trace choice; goroutines bound to the request's context through
// an object, a CancelFunc, a field or their launcher's select have chosen.
package main

import (
	"context"
	"net/http"
	"os"
	"os/signal"
	"time"

	"go.opentelemetry.io/otel/trace"
)

func fetch(ctx context.Context, url string) error { return nil }

func main() {
	ctx := context.Background()
	daemon(ctx)
	sigCtx, stop := signal.NotifyContext(ctx, os.Interrupt)
	defer stop()
	command(sigCtx)
	http.HandleFunc("/", handle)
}

// Under the process's root: nothing to inherit, nothing to cancel.
func daemon(ctx context.Context) {
	go func() {
		_, _ = http.Get("http://example.com")
	}()
	go func() {
		_ = fetch(context.Background(), "u")
	}()
}

// Under a cancellable command: a fresh root escapes the cancellation.
func command(ctx context.Context) {
	go func() { // want `goroutine starts from context.Background\(\)`
		_ = fetch(context.Background(), "u")
	}()
	go func() { // no trace to lose: no choice needed
		_, _ = http.Get("http://example.com")
	}()
}

type watcher struct{ events chan int }

func (w *watcher) Next() int { return <-w.events }

func watch(ctx context.Context) *watcher { return &watcher{} }

type server struct {
	ctx    context.Context
	cancel context.CancelFunc
}

func (s *server) loop() { _ = fetch(s.ctx, "u") }

func handle(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()

	// An object bound to the request's context.
	wt := watch(ctx)
	go func() {
		_ = wt.Next()
		_, _ = http.Get("http://example.com")
	}()

	// The CancelFunc of a context derived from the request's.
	cctx, cancel := context.WithCancel(ctx)
	_ = cctx
	go func() {
		defer cancel()
		_, _ = http.Get("http://example.com")
	}()

	// A receiver field assigned the request's context before the launch.
	s := &server{}
	s.ctx = ctx
	go s.loop()

	// Bounded by the launcher: it waits for done or the request's end.
	done := make(chan struct{})
	go func() {
		_, _ = http.Get("http://example.com")
		close(done)
	}()
	select {
	case <-done:
	case <-ctx.Done():
	}

	// No choice at all.
	go func() { // want `goroutine launched without an explicit context choice: pass r.Context\(\)`
		_, _ = http.Get("http://example.com")
	}()
	time.Sleep(time.Millisecond)
}

// A root linked to the request's span is a choice, like WithoutCancel.
func linked(ctx context.Context, tracer trace.Tracer) {
	bg, span := tracer.Start(context.Background(), "async", trace.WithLinks(trace.LinkFromContext(ctx)))
	go func() {
		defer span.End()
		_ = fetch(bg, "u")
	}()
}

var _ = linked

type subscriber struct {
	ctx context.Context
	out chan int
}

func (s *subscriber) run() { _ = fetch(s.ctx, "u") }

// A value built around the request's context, handed to the goroutine.
func subscribe(ctx context.Context) {
	s := &subscriber{ctx: ctx, out: make(chan int)}
	go func(s *subscriber) {
		s.run()
		_, _ = http.Get("http://example.com")
	}(s)
}

type message struct{ ctx context.Context }

func (m *message) Context() context.Context { return m.ctx }

func handleMessage(m *message) { _ = fetch(m.Context(), "u") }

// A consumed message carries a context of its own.
func consumeMessages(ctx context.Context, msgs <-chan *message) {
	for msg := range msgs {
		go handleMessage(msg)
	}
	go func() { // want `without an explicit context choice`
		_, _ = http.Get("http://example.com")
	}()
}

// A client's Context() is the client's lifetime, not a request's.
type KafkaClient struct{ ctx context.Context }

func (k *KafkaClient) Context() context.Context { return k.ctx }

func pingInBackground(client *KafkaClient) {
	go func() {
		_, _ = http.Get("http://broker.example")
	}()
}

var _ = pingInBackground

// A watchdog helper that runs its function on a goroutine with the
// context it is given.
func withWatchdog(ctx context.Context, run func(context.Context) error) error {
	done := make(chan error, 1)
	go func() { done <- run(ctx) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

func discover(ctx context.Context) error { return fetch(ctx, "u") }

func useWatchdog(ctx context.Context) error { return withWatchdog(ctx, discover) }

var _ = useWatchdog
