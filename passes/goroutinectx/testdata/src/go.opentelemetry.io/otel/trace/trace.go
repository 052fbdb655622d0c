// Package trace is a stub of go.opentelemetry.io/otel/trace for tests,
// with the real API's signatures.
package trace

import (
	"context"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/trace/embedded"
)

type TracerProvider interface {
	embedded.TracerProvider
	Tracer(name string, options ...TracerOption) Tracer
}

type Tracer interface {
	embedded.Tracer
	Start(ctx context.Context, spanName string, opts ...SpanStartOption) (context.Context, Span)
}

type Span interface {
	embedded.Span
	End(options ...SpanEndOption)
	AddEvent(name string, options ...EventOption)
	IsRecording() bool
	SetName(name string)
	SetAttributes(kv ...attribute.KeyValue)
	TracerProvider() TracerProvider
}

type TracerOption interface{ apply() }

type SpanStartOption interface{ applySpanStart() }

type SpanEndOption interface{ applySpanEnd() }

type EventOption interface{ applyEvent() }

type SpanKind int

type spanKindOption SpanKind

func (spanKindOption) applySpanStart() {}

func WithSpanKind(kind SpanKind) SpanStartOption { return spanKindOption(kind) }

func SpanFromContext(ctx context.Context) Span { return nil }

func ContextWithSpan(parent context.Context, span Span) context.Context { return parent }

type Link struct{}

func LinkFromContext(ctx context.Context, attrs ...attribute.KeyValue) Link { return Link{} }

type linksOption []Link

func (linksOption) applySpanStart() {}

func WithLinks(links ...Link) SpanStartOption { return linksOption(links) }
