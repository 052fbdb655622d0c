package lib

import (
	"context"

	ddv2 "github.com/DataDog/dd-trace-go/v2/ddtrace/tracer"
	"github.com/opentracing/opentracing-go"
	octrace "go.opencensus.io/trace"
	"gopkg.in/DataDog/dd-trace-go.v1/ddtrace"
	ddv1 "gopkg.in/DataDog/dd-trace-go.v1/ddtrace/tracer"
)

func openCensus(ctx context.Context, parent octrace.SpanContext) {
	_, s1 := octrace.StartSpan(ctx, "a")                         // want `library package starts an OpenCensus span: accept the caller's context and enrich its span \(trace\.FromContext\(ctx\)\) instead of creating one`
	_, s2 := octrace.StartSpanWithRemoteParent(ctx, "b", parent) // want `starts an OpenCensus span`
	octrace.FromContext(ctx).AddAttributes()
	s1.End()
	s2.End()
}

func openTracing(ctx context.Context, t opentracing.Tracer, n opentracing.NoopTracer, own *ownOTTracer) {
	opentracing.StartSpanFromContext(ctx, "a")              // want `library package starts an OpenTracing span: accept the caller's context and enrich its span \(opentracing\.SpanFromContext\(ctx\)\) instead of creating one`
	opentracing.StartSpanFromContextWithTracer(ctx, t, "b") // want `starts an OpenTracing span`
	opentracing.StartSpan("c")                              // want `starts an OpenTracing span`
	opentracing.GlobalTracer().StartSpan("d")               // want `starts an OpenTracing span`
	t.StartSpan("e")                                        // want `starts an OpenTracing span`
	n.StartSpan("f")                                        // want `starts an OpenTracing span`
	own.StartSpan("g")                                      // want `starts an OpenTracing span`
	opentracing.SpanFromContext(ctx).SetTag("k", "v")
	var w worker
	w.StartSpan("h")
}

// A concrete opentracing.Tracer.
type ownOTTracer struct{ opentracing.NoopTracer }

func (*ownOTTracer) StartSpan(operationName string, opts ...opentracing.StartSpanOption) opentracing.Span {
	return nil
}

// StartSpan with OpenTracing's signature on a type that is no Tracer.
type worker struct{}

func (worker) StartSpan(operationName string, opts ...opentracing.StartSpanOption) opentracing.Span {
	return nil
}

func datadog(ctx context.Context, t1 ddtrace.Tracer, t2 ddv2.Tracer) {
	ddv1.Start()
	ddv1.StartSpan("a")                 // want `library package starts a Datadog span: accept the caller's context and enrich its span \(tracer\.SpanFromContext\(ctx\)\) instead of creating one`
	ddv1.StartSpanFromContext(ctx, "b") // want `starts a Datadog span`
	t1.StartSpan("c")                   // want `starts a Datadog span`
	ddv1.SpanFromContext(ctx)
	_ = ddv2.Start()
	ddv2.StartSpan("d")                 // want `starts a Datadog span`
	ddv2.StartSpanFromContext(ctx, "e") // want `starts a Datadog span`
	t2.StartSpan("f")                   // want `starts a Datadog span`
	if s, ok := ddv2.SpanFromContext(ctx); ok {
		s.SetTag("k", "v")
	}
}
