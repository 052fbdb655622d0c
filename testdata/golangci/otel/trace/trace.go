// Package trace is a stub of OpenTelemetry's trace API.
package trace

import "context"

type TracerOption interface{ tracerOption() }

type SpanStartOption interface{ spanStartOption() }

type Tracer interface {
	Start(ctx context.Context, spanName string, opts ...SpanStartOption) (context.Context, Span)
}

type Span interface {
	End(options ...SpanEndOption)
}

type SpanEndOption interface{ spanEndOption() }

func SpanFromContext(ctx context.Context) Span { return nil }

type newRootOption struct{}

func (newRootOption) spanStartOption() {}

// WithNewRoot starts the span as the root of a new trace.
func WithNewRoot() SpanStartOption { return newRootOption{} }
