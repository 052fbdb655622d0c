// Package trace is a stub of go.opentelemetry.io/otel/trace for tests.
package trace

import "context"

type Span interface{ End() }

type SpanStartOption interface{}

type Tracer interface {
	Start(ctx context.Context, name string, opts ...SpanStartOption) (context.Context, Span)
}
