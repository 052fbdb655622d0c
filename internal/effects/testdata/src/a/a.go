// Package a is a library whose functions' effects reach package b as facts.
package a

import (
	"context"
	"log"
	"net"

	"go.opentelemetry.io/otel/trace"
)

// Direct effects.

func Fetch(ctx context.Context, key string) error { return nil }

func UsesFetch() { _ = Fetch(nil, "k") } // want UsesFetch:"effects\\(ctxcall\\)"

func Load(key string) error { return nil }

func LoadContext(ctx context.Context, key string) error { return nil }

func UsesLoad() { _ = Load("k") } // want UsesLoad:"effects\\(sibling\\)"

// net.Dial is a network call by its API: the standard library is judged
// by its API in every driver, without facts.
func Dial() { _, _ = net.Dial("tcp", "x") } // want Dial:"effects\\(network\\)"

func Logs() { log.Printf("x") } // want Logs:"effects\\(log\\)"

func Span(t trace.Tracer) { _, _ = t.Start(nil, "s") } // want Span:"effects\\(span\\)"

// Transitive effects, through calls in this package (recursion included).

func viaLogs() { Logs() } // want viaLogs:"effects\\(log\\)"

func Outer() { viaLogs(); UsesLoad() } // want Outer:"effects\\(sibling\\|log\\)"

func Even(n int) { // want Even:"effects\\(log\\)"
	if n > 0 {
		Odd(n - 1)
	}
}

func Odd(n int) { // want Odd:"effects\\(log\\)"
	if n > 0 {
		Even(n - 1)
	}
	Logs()
}

// Methods and generics.

type Client struct{}

func (c *Client) Get(key string) error { return Fetch(nil, key) } // want Get:"effects\\(ctxcall\\)"

type Box[T any] struct{ v T }

func (b *Box[T]) Put(v T) { b.v = v; Logs() } // want Put:"effects\\(log\\)"

func Map[T any](v T) T { Logs(); return v } // want Map:"effects\\(log\\)"

// Work done in a closure counts for the function that holds it.
func Deferred() { // want Deferred:"effects\\(log\\)"
	defer func() { Logs() }()
}

// No effects: no fact.

func Pure(x int) int { return x * 2 }

func Locks(ch chan int) { close(ch) }

func UsesContextPackage(ctx context.Context) { <-ctx.Done(); _ = context.Cause(ctx) }

// A function that makes its own root decided its context itself: no
// caller's context could reach the call, but a goroutine that runs it
// starts from a fresh root.
func OwnRoot() { _ = Fetch(context.Background(), "k") } // want OwnRoot:"effects\\(rooted\\)"

func OwnDerivedRoot() { // want OwnDerivedRoot:"effects\\(rooted\\)"
	ctx, cancel := context.WithCancel(context.TODO())
	defer cancel()
	_ = Fetch(ctx, "k")
}

func StoredContext(s struct{ ctx context.Context }) { _ = Fetch(s.ctx, "k") } // want StoredContext:"effects\\(ctxcall\\)"

// Work handed to goroutines is judged at the launch, not here.
func Launches() {
	go Logs()
	go func() { _ = Load("k") }()
}

// A logging wrapper with a Context sibling logs; it does no I/O.
func Trace(msg string, args ...any)                             {}
func TraceContext(ctx context.Context, msg string, args ...any) {}

func UsesTrace() { Trace("x", "k", 1) } // want UsesTrace:"effects\\(log\\)"

// Deriving a context is plumbing, not work.
func WithTenant(ctx context.Context, id string) context.Context { return ctx }

func Derives() { _ = WithTenant(context.TODO(), "t") }

// Query has the same parameters as a log function but returns a result: I/O.
type DB struct{}

func (db *DB) Query(q string, args ...any) error                             { return nil }
func (db *DB) QueryContext(ctx context.Context, q string, args ...any) error { return nil }

func UsesQuery(db *DB) { _ = db.Query("q") } // want UsesQuery:"effects\\(sibling\\)"

// A context parameter the body cannot use makes no work of the call.
func ignores(context.Context) {}

func CallsIgnoring(ctx context.Context) { ignores(ctx) }
