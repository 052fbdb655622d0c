// Package store is internal to a library: library code, whose callers
// are the library's.
package store

import (
	"context"
	"net/http"

	"go.opentelemetry.io/otel"
)

func Get(key string) (string, error) { // want `exported Get does network I/O without a context \(http\.Get\)` Get:"network I/O via http.Get"
	_, span := otel.Tracer("store").Start(context.Background(), "Get") // want `starts an OpenTelemetry span as a new root`
	defer span.End()
	_, err := http.Get("https://example.com/" + key)
	return key, err
}
