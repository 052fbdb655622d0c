// Package otelhttp is a stub of the OpenTelemetry net/http instrumentation for tests.
package otelhttp

import "net/http"

type Option interface{ apply() }

func NewHandler(handler http.Handler, operation string, opts ...Option) http.Handler { return handler }

func NewMiddleware(operation string, opts ...Option) func(http.Handler) http.Handler { return nil }

func WithRouteTag(route string, h http.Handler) http.Handler { return h }

type Transport struct{}

func (t *Transport) RoundTrip(r *http.Request) (*http.Response, error) { return nil, nil }

func NewTransport(base http.RoundTripper, opts ...Option) *Transport { return nil }
