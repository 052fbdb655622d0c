// Package otelwidget instruments widgets: creating spans is its job.
package otelwidget

import (
	"context"

	"go.opentelemetry.io/otel"
)

func Wrap(ctx context.Context, f func(context.Context)) {
	ctx, span := otel.Tracer("otelwidget").Start(ctx, "widget")
	defer span.End()
	f(ctx)
}
