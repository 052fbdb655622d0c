// Package billing is neither internal nor under cmd, but its module
// builds a command: application code, which decides what a span is.
package billing

import (
	"context"
	"net/http"

	"go.opentelemetry.io/otel"
)

func Charge(account string) error { // want Charge:`network I/O via http.Get`
	_, span := otel.Tracer("billing").Start(context.Background(), "Charge")
	defer span.End()
	_, err := http.Get("https://payments.example.com/" + account)
	return err
}
