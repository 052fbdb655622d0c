// Package helpers is under a cmd path element, but outside a module: it
// is judged alone, and it is no package main, so it is a library.
package helpers

import (
	"context"

	"go.opentelemetry.io/otel"
)

func Run() {
	_, span := otel.Tracer("helpers").Start(context.Background(), "run") // want `starts an OpenTelemetry span as a new root`
	span.End()
}
