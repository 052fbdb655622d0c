// Package handextract continues and sends the trace by hand.
package main

import (
	"context"
	"net/http"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/propagation"
)

func main() {
	otel.SetTracerProvider(nil)
	http.ListenAndServe(":8080", http.HandlerFunc(handle))
}

func handle(w http.ResponseWriter, r *http.Request) {
	ctx := otel.GetTextMapPropagator().Extract(r.Context(), propagation.HeaderCarrier(r.Header))
	call(ctx)
}

func call(ctx context.Context) {
	req, _ := http.NewRequestWithContext(ctx, "GET", "http://example.com", nil)
	otel.GetTextMapPropagator().Inject(ctx, propagation.HeaderCarrier(req.Header))
	http.DefaultClient.Do(req)
}
