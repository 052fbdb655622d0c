// Package x is in an application module: an application by default, a
// library by -lib.
package x

import (
	"context"
	"net/http"

	"go.opentelemetry.io/otel"
)

func Run(ctx context.Context) {
	_, span := otel.Tracer("x").Start(context.Background(), "run") // want `starts an OpenTelemetry span`
	span.End()
}

func Fetch() error { // want `exported Fetch does network I/O without a context \(http\.Get via x\.fetch\)` Fetch:`network I/O via http.Get`
	return fetch(context.Background())
}

func fetch(ctx context.Context) error { // want fetch:`network I/O via http.Get`
	_, err := http.Get("https://example.com")
	return err
}

// check takes a context and does no I/O: the analysis sees its body.
func check(ctx context.Context) error { return ctx.Err() }

func Check() error { return check(context.Background()) }
