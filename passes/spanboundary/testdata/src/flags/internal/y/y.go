// Package y is named by -lib and by -app: -app wins.
package y

import (
	"context"

	"go.opentelemetry.io/otel"
)

func Run(ctx context.Context) {
	_, span := otel.Tracer("y").Start(context.Background(), "run")
	span.End()
}
