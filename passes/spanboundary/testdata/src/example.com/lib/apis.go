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
	_, s1 := octrace.StartSpan(context.TODO(), "a")              // want `library starts an OpenCensus span as a new root \(context\.TODO\(\)\), cutting the caller's trace: start it from the caller's context`
	_, s2 := octrace.StartSpanWithRemoteParent(ctx, "b", parent) // a child of the remote parent
	octrace.FromContext(ctx).AddAttributes()
	s1.End()
	s2.End()
}

func openTracing(ctx context.Context, t opentracing.Tracer, n opentracing.NoopTracer, own *ownOTTracer) {
	bg := context.Background()
	opentracing.StartSpanFromContext(ctx, "a")             // a child of the caller's span
	opentracing.StartSpanFromContextWithTracer(bg, t, "b") // want `starts an OpenTracing span as a new root \(bg\)`
	opentracing.StartSpan("c")                             // want `starts an OpenTracing span as a new root \(no parent\)`
	opentracing.GlobalTracer().StartSpan("d")              // want `starts an OpenTracing span`
	t.StartSpan("e", opentracing.ChildOf(nil))             // a child
	n.StartSpan("f")                                       // want `starts an OpenTracing span`
	own.StartSpan("g")                                     // want `starts an OpenTracing span`
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
	ddv1.Start()                        // want `library starts the global Datadog tracer \(tracer\.Start\): leave tracing setup to the application; accept a provider as an option`
	ddv1.StartSpan("a")                 // want `library starts a Datadog span as a new root \(no parent\)`
	ddv1.StartSpanFromContext(ctx, "b") // a child
	t1.StartSpan("c")                   // want `starts a Datadog span`
	ddv1.SpanFromContext(ctx)
	_ = ddv2.Start()                    // want `starts the global Datadog tracer`
	ddv2.StartSpan("d")                 // want `starts a Datadog span`
	ddv2.StartSpanFromContext(ctx, "e") // a child
	t2.StartSpan("f")                   // want `starts a Datadog span`
	if s, ok := ddv2.SpanFromContext(ctx); ok {
		s.SetTag("k", "v")
	}
}

// Server middleware: it continues the incoming trace, and starts a root
// only when the request carries none.
func Middleware(t opentracing.Tracer, carrier interface{}) opentracing.Span {
	parent, err := t.Extract("http_headers", carrier)
	if err != nil {
		return t.StartSpan("serve")
	}
	return t.StartSpan("serve", opentracing.ChildOf(parent))
}

// Without extraction, a parentless span cuts the caller's trace.
func Background(t opentracing.Tracer) opentracing.Span {
	return opentracing.StartSpan("background") // want `starts an OpenTracing span as a new root \(no parent\)`
}
