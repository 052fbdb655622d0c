// Package spans is a library judged under -strict: every span start is
// reported.
package spans

import (
	"context"

	"go.opentelemetry.io/otel"
)

func Child(ctx context.Context) {
	_, span := otel.Tracer("spans").Start(ctx, "child") // want `library package starts an OpenTelemetry span: accept the caller's context and enrich its span \(trace\.SpanFromContext\(ctx\)\) instead of creating one`
	span.End()
}

func Root() {
	_, span := otel.Tracer("spans").Start(context.Background(), "root") // want `library starts an OpenTelemetry span as a new root`
	span.End()
}
