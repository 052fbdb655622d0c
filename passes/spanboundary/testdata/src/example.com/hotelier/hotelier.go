// Package hotelier is a library: its name contains "otel" but does not start with it.
package hotelier

import (
	"context"

	"go.opentelemetry.io/otel"
)

func Book(ctx context.Context) {
	_, span := otel.Tracer("hotelier").Start(context.Background(), "book") // want `starts an OpenTelemetry span`
	span.End()
}
