// Package datadog calls Datadog's span starts, and functions that are none.
package datadog

import (
	"context"

	v2 "github.com/DataDog/dd-trace-go/v2/ddtrace/tracer"
	"gopkg.in/DataDog/dd-trace-go.v1/ddtrace"
	v1 "gopkg.in/DataDog/dd-trace-go.v1/ddtrace/tracer"
)

func datadog(ctx context.Context, t1 ddtrace.Tracer, t2 v2.Tracer) {
	v1.StartSpan("a")                 // want "Datadog"
	v1.StartSpanFromContext(ctx, "b") // want "Datadog"
	t1.StartSpan("c")                 // want "Datadog"
	v2.StartSpan("d")                 // want "Datadog"
	v2.StartSpanFromContext(ctx, "e") // want "Datadog"
	t2.StartSpan("f")                 // want "Datadog"

	v1.Start()
	v1.Stop()
	v1.SpanFromContext(ctx)
	v1.ContextWithSpan(ctx, nil)
	_ = v2.Start()
	v2.Stop()
	v2.SpanFromContext(ctx)
	v2.ContextWithSpan(ctx, nil)
}
