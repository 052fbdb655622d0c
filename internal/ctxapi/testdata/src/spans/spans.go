// Package spans calls span starts, and look-alikes that are none. It
// compiles against the stubs and against the real APIs.
package spans

import (
	"context"

	"github.com/opentracing/opentracing-go"
	octrace "go.opencensus.io/trace"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace"
	"go.opentelemetry.io/otel/trace/embedded"
	"go.opentelemetry.io/otel/trace/noop"
)

func openTelemetry(ctx context.Context, t trace.Tracer, tp trace.TracerProvider) {
	t.Start(ctx, "a")                                    // want "OpenTelemetry"
	otel.Tracer("x").Start(ctx, "b")                     // want "OpenTelemetry"
	tp.Tracer("x").Start(ctx, "c")                       // want "OpenTelemetry"
	noop.NewTracerProvider().Tracer("x").Start(ctx, "d") // want "OpenTelemetry"
	noop.Tracer{}.Start(ctx, "e")                        // want "OpenTelemetry"
	(&own{}).Start(ctx, "f")                             // want "OpenTelemetry"
	ownGeneric[int]{}.Start(ctx, "g")                    // want "OpenTelemetry"
	var e extended
	e.Start(ctx, "h") // want "OpenTelemetry"
	var s starter
	s.Start(ctx, "i") // want "OpenTelemetry"
	constrained(ctx, noop.Tracer{})

	trace.SpanFromContext(ctx).End()
	lookalike{}.Start(ctx, "x")
	job{}.Start(ctx, "x")
}

func constrained[T trace.Tracer](ctx context.Context, t T) {
	t.Start(ctx, "x") // want "OpenTelemetry"
}

// Implementations of trace.Tracer.
type own struct{ embedded.Tracer }

func (*own) Start(ctx context.Context, name string, opts ...trace.SpanStartOption) (context.Context, trace.Span) {
	return ctx, trace.SpanFromContext(ctx)
}

type ownGeneric[T any] struct{ embedded.Tracer }

func (ownGeneric[T]) Start(ctx context.Context, name string, opts ...trace.SpanStartOption) (context.Context, trace.Span) {
	return ctx, trace.SpanFromContext(ctx)
}

// Interfaces holding tracers.
type extended interface {
	trace.Tracer
	Flush()
}

type starter interface {
	Start(ctx context.Context, spanName string, opts ...trace.SpanStartOption) (context.Context, trace.Span)
}

// Start's signature without implementing trace.Tracer.
type lookalike struct{}

func (lookalike) Start(ctx context.Context, spanName string, opts ...trace.SpanStartOption) (context.Context, trace.Span) {
	return ctx, trace.SpanFromContext(ctx)
}

// Another Start.
type job struct{}

func (job) Start(ctx context.Context, name string) error { return nil }

func openCensus(ctx context.Context, parent octrace.SpanContext) {
	octrace.StartSpan(ctx, "a")                         // want "OpenCensus"
	octrace.StartSpanWithRemoteParent(ctx, "b", parent) // want "OpenCensus"
	octrace.FromContext(ctx)
	octrace.NewContext(ctx, nil)
}

func openTracing(ctx context.Context, t opentracing.Tracer) {
	opentracing.StartSpan("a")                              // want "OpenTracing"
	opentracing.StartSpanFromContext(ctx, "b")              // want "OpenTracing"
	opentracing.StartSpanFromContextWithTracer(ctx, t, "c") // want "OpenTracing"
	opentracing.GlobalTracer().StartSpan("d")               // want "OpenTracing"
	t.StartSpan("e")                                        // want "OpenTracing"
	opentracing.NoopTracer{}.StartSpan("f")                 // want "OpenTracing"
	(&otTracer{}).StartSpan("g")                            // want "OpenTracing"
	otLookalike{}.StartSpan("x")
	opentracing.SpanFromContext(ctx)
	opentracing.ContextWithSpan(ctx, nil)
}

// An implementation of opentracing.Tracer.
type otTracer struct{ opentracing.NoopTracer }

func (*otTracer) StartSpan(operationName string, opts ...opentracing.StartSpanOption) opentracing.Span {
	return nil
}

// StartSpan's signature without implementing opentracing.Tracer.
type otLookalike struct{}

func (otLookalike) StartSpan(operationName string, opts ...opentracing.StartSpanOption) opentracing.Span {
	return nil
}

// The package's own span starts are no tracing API's.
func StartSpan(ctx context.Context, name string) context.Context { return ctx }

func local(ctx context.Context) {
	StartSpan(ctx, "x")
}
