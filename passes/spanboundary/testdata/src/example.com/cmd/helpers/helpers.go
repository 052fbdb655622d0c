// Package helpers is under a cmd path element: an application package.
package helpers

import (
	"context"

	"go.opentelemetry.io/otel"
)

func Run() {
	_, span := otel.Tracer("helpers").Start(context.Background(), "run")
	span.End()
}
