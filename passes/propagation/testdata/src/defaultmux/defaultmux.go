package main

import (
	"net/http"

	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	"go.opentelemetry.io/otel"
)

func main() {
	otel.SetTracerProvider(nil)
	http.Handle("/orders", otelhttp.NewHandler(http.HandlerFunc(orders), "orders"))
	http.ListenAndServe(":8080", nil)
}

// No route registered on http.DefaultServeMux in this package: other
// packages may register instrumented ones.
func unregistered() {}

func orders(w http.ResponseWriter, r *http.Request) {}
