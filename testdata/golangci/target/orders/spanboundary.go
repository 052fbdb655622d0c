package orders

import (
	"context"

	"go.opentelemetry.io/otel"
)

func Charge(ctx context.Context) {
	_, span := otel.Tracer("orders").Start(ctx, "Charge")
	defer span.End()
}

//nolint:spanboundary // charging is this library's own operation
func ChargeTraced(ctx context.Context) {
	_, span := otel.Tracer("orders").Start(ctx, "Charge")
	defer span.End()
}
