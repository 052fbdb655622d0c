// Package opentracing is a stub of github.com/opentracing/opentracing-go
// for tests.
package opentracing

import "context"

type Span interface {
	Finish()
	SetTag(key string, value interface{}) Span
}

type SpanContext interface{}

type StartSpanOptions struct{}

type StartSpanOption interface {
	Apply(*StartSpanOptions)
}

type Tracer interface {
	StartSpan(operationName string, opts ...StartSpanOption) Span
	Inject(sm SpanContext, format interface{}, carrier interface{}) error
	Extract(format interface{}, carrier interface{}) (SpanContext, error)
}

type NoopTracer struct{}

func (n NoopTracer) StartSpan(operationName string, opts ...StartSpanOption) Span { return nil }
func (n NoopTracer) Inject(sp SpanContext, format interface{}, carrier interface{}) error {
	return nil
}
func (n NoopTracer) Extract(format interface{}, carrier interface{}) (SpanContext, error) {
	return nil, nil
}

func GlobalTracer() Tracer { return NoopTracer{} }

func StartSpan(operationName string, opts ...StartSpanOption) Span { return nil }

func StartSpanFromContext(ctx context.Context, operationName string, opts ...StartSpanOption) (Span, context.Context) {
	return nil, ctx
}

func StartSpanFromContextWithTracer(ctx context.Context, tracer Tracer, operationName string, opts ...StartSpanOption) (Span, context.Context) {
	return nil, ctx
}

func SpanFromContext(ctx context.Context) Span { return nil }

func ContextWithSpan(ctx context.Context, span Span) context.Context { return ctx }

type spanReference struct{ parent SpanContext }

func (spanReference) Apply(*StartSpanOptions) {}

func ChildOf(sc SpanContext) StartSpanOption { return spanReference{sc} }

func SetGlobalTracer(tracer Tracer) {}
