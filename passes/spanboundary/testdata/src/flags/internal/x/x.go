// Package x is an application by default, a library by -lib.
package x

import (
	"context"

	"go.opentelemetry.io/otel"
)

func Run(ctx context.Context) {
	_, span := otel.Tracer("x").Start(ctx, "run") // want `starts an OpenTelemetry span`
	span.End()
}

func Fetch() error { // want `exported Fetch does network I/O without a context \(x\.fetch\)` Fetch:`network I/O without a context via x.fetch`
	return fetch(context.Background())
}

func fetch(ctx context.Context) error { return ctx.Err() }
