// Package tracer is a stub of github.com/DataDog/dd-trace-go/v2/ddtrace/tracer
// for tests.
package tracer

import "context"

type Span struct{}

func (s *Span) SetTag(key string, value any) {}
func (s *Span) Finish(opts ...FinishOption)  {}

type SpanContext struct{}

type StartSpanConfig struct{}

type StartSpanOption func(cfg *StartSpanConfig)

type FinishConfig struct{}

type FinishOption func(cfg *FinishConfig)

type StartOption func(*config)

type config struct{}

type Tracer interface {
	StartSpan(operationName string, opts ...StartSpanOption) *Span
	Extract(carrier any) (*SpanContext, error)
	Inject(context *SpanContext, carrier any) error
	Flush()
	Stop()
}

func Start(opts ...StartOption) error { return nil }

func Stop() {}

func StartSpan(operationName string, opts ...StartSpanOption) *Span { return nil }

func StartSpanFromContext(ctx context.Context, operationName string, opts ...StartSpanOption) (*Span, context.Context) {
	return nil, ctx
}

func SpanFromContext(ctx context.Context) (*Span, bool) { return nil, false }

func ContextWithSpan(ctx context.Context, s *Span) context.Context { return ctx }
