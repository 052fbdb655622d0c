package orders

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace"
)

func Charge(ctx context.Context) {
	_, span := otel.Tracer("orders").Start(ctx, "Charge", trace.WithNewRoot())
	defer span.End()
}

//nolint:spanboundary // charging is this library's own trace
func ChargeTraced(ctx context.Context) {
	_, span := otel.Tracer("orders").Start(ctx, "Charge", trace.WithNewRoot())
	defer span.End()
}
