// Package propagation is a stub of go.opentelemetry.io/otel/propagation for tests.
package propagation

import (
	"context"
	"net/http"
)

type TextMapCarrier interface {
	Get(key string) string
	Set(key, value string)
	Keys() []string
}

type HeaderCarrier http.Header

func (hc HeaderCarrier) Get(key string) string { return "" }
func (hc HeaderCarrier) Set(key, value string) {}
func (hc HeaderCarrier) Keys() []string        { return nil }

type TextMapPropagator interface {
	Inject(ctx context.Context, carrier TextMapCarrier)
	Extract(ctx context.Context, carrier TextMapCarrier) context.Context
	Fields() []string
}
