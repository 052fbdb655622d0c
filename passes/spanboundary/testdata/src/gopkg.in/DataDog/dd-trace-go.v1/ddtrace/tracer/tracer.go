// Package tracer is a stub of gopkg.in/DataDog/dd-trace-go.v1/ddtrace/tracer
// for tests.
package tracer

import (
	"context"

	"gopkg.in/DataDog/dd-trace-go.v1/ddtrace"
)

type Span = ddtrace.Span

type StartSpanOption = ddtrace.StartSpanOption

type StartOption func(*config)

type config struct{}

func Start(opts ...StartOption) {}

func Stop() {}

func StartSpan(operationName string, opts ...StartSpanOption) Span { return nil }

func StartSpanFromContext(ctx context.Context, operationName string, opts ...ddtrace.StartSpanOption) (ddtrace.Span, context.Context) {
	return nil, ctx
}

func SpanFromContext(ctx context.Context) (ddtrace.Span, bool) { return nil, false }

func ContextWithSpan(ctx context.Context, s ddtrace.Span) context.Context { return ctx }
