// Package otel is a stub of OpenTelemetry's API for obslint's golangci-lint
// test: the signatures the passes match, and nothing else.
package otel

import "go.opentelemetry.io/otel/trace"

// Tracer returns a tracer from the global provider.
func Tracer(name string, opts ...trace.TracerOption) trace.Tracer { return nil }
