// Package lib is a library by default, an application by -app.
package lib

import (
	"context"

	"go.opentelemetry.io/otel"
)

func Run(ctx context.Context) {
	_, span := otel.Tracer("lib").Start(context.Background(), "run")
	span.End()
}
