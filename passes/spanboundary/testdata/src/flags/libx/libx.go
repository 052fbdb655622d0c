// Package libx is a library: -app names flags/lib exactly.
package libx

import (
	"context"

	"go.opentelemetry.io/otel"
)

func Run(ctx context.Context) {
	_, span := otel.Tracer("libx").Start(context.Background(), "run") // want `starts an OpenTelemetry span`
	span.End()
}
