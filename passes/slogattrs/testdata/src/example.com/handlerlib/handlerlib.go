// Package handlerlib is a library: the application picks the handler.
package handlerlib

import (
	"context"
	"log/slog"
	"os"

	"go.opentelemetry.io/otel"
)

func Do(ctx context.Context) *slog.Logger {
	_, span := otel.Tracer("lib").Start(ctx, "Do")
	defer span.End()
	return slog.New(slog.NewJSONHandler(os.Stdout, nil))
}
