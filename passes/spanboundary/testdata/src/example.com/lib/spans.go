package lib

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/trace"
	"go.opentelemetry.io/otel/trace/embedded"
	"go.opentelemetry.io/otel/trace/noop"
)

var tracer = otel.Tracer("example.com/lib")

// Interface call through a package-level trace.Tracer.
func Get(ctx context.Context, key string) error {
	ctx, span := tracer.Start(ctx, "Get") // a child of the caller's span: the application decides by its TracerProvider
	defer span.End()
	return get(ctx, key)
}

func get(ctx context.Context, key string) error {
	_, span := otel.Tracer("lib").Start(context.Background(), "get", trace.WithSpanKind(1)) // want `library starts an OpenTelemetry span as a new root \(context\.Background\(\)\), cutting the caller's trace: start it from the caller's context`
	span.End()
	return nil
}

// What a library should do: enrich the caller's span.
func Put(ctx context.Context, key string) error {
	trace.SpanFromContext(ctx).SetAttributes(attribute.String("key", key))
	return nil
}

func viaProvider(ctx context.Context, tp trace.TracerProvider) {
	ctx, span := tp.Tracer("lib").Start(ctx, "x", trace.WithNewRoot()) // want `starts an OpenTelemetry span as a new root \(trace\.WithNewRoot\(\)\)`
	_, _ = ctx, span
}

// Concrete types that implement trace.Tracer.
func concrete(ctx context.Context) {
	noop.Tracer{}.Start(context.TODO(), "noop") // want `starts an OpenTelemetry span`
	var own ownTracer
	own.Start(context.TODO(), "own")                    // want `starts an OpenTelemetry span`
	start := noop.NewTracerProvider().Tracer("x").Start // a method value: not a call
	_ = start
}

type ownTracer struct{ embedded.Tracer }

func (*ownTracer) Start(ctx context.Context, name string, opts ...trace.SpanStartOption) (context.Context, trace.Span) {
	return ctx, trace.SpanFromContext(ctx)
}

// Interfaces that hold tracers: one embedding trace.Tracer, one with
// Start's exact signature.
type flushingTracer interface {
	trace.Tracer
	Flush()
}

type starter interface {
	Start(ctx context.Context, spanName string, opts ...trace.SpanStartOption) (context.Context, trace.Span)
}

func throughInterfaces(ctx context.Context, f flushingTracer, s starter) {
	root, cancel := context.WithCancel(context.Background())
	defer cancel()
	f.Start(root, "f") // want `starts an OpenTelemetry span`
	s.Start(root, "s") // want `starts an OpenTelemetry span`
	f.Start(ctx, "f")
}

// A look-alike that does not implement trace.Tracer (it cannot: it does
// not embed embedded.Tracer) and starts nothing.
type lookalike struct{}

func (lookalike) Start(ctx context.Context, spanName string, opts ...trace.SpanStartOption) (context.Context, trace.Span) {
	return ctx, trace.SpanFromContext(ctx)
}

// Methods named Start with other signatures.
type job struct{}

func (job) Start(ctx context.Context, name string) error { return nil }

type Start func(ctx context.Context, spanName string, opts ...trace.SpanStartOption) (context.Context, trace.Span)

func notSpans(ctx context.Context, start Start) {
	lookalike{}.Start(ctx, "x")
	job{}.Start(ctx, "x")
	start(ctx, "x")
	StartSpan(ctx, "x")
}

// The library's own StartSpan is no tracing API.
func StartSpan(ctx context.Context, name string) context.Context { return ctx }
