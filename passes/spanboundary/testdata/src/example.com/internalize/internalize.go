// Package internalize is a library: "internalize" is no "internal" element.
package internalize

import (
	"context"

	"go.opentelemetry.io/otel"
)

func Run(ctx context.Context) {
	_, span := otel.Tracer("internalize").Start(context.Background(), "run") // want `starts an OpenTelemetry span`
	span.End()
}
