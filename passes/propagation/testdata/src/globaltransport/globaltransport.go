// Package globaltransport instruments http.DefaultTransport, so the
// default client carries the trace.
package globaltransport

import (
	"context"
	"net/http"

	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	"go.opentelemetry.io/otel"
)

func init() {
	http.DefaultTransport = otelhttp.NewTransport(http.DefaultTransport)
}

func traced(ctx context.Context) {
	_, span := otel.Tracer("x").Start(ctx, "op")
	defer span.End()
	http.Get("http://example.com")
	http.DefaultClient.Get("http://example.com")
	_ = &http.Client{}
}
