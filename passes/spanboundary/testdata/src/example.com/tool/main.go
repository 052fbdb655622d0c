// Command tool is an application: it decides what a span is.
package main

import (
	"context"
	"net/http"

	"go.opentelemetry.io/otel"
)

func main() { // want main:`network I/O via http.Get`
	ctx, span := otel.Tracer("tool").Start(context.Background(), "main")
	defer span.End()
	_ = ctx
	_ = Fetch()
}

func Fetch() error { // want Fetch:`network I/O via http.Get`
	_, err := http.Get("https://example.com")
	return err
}
