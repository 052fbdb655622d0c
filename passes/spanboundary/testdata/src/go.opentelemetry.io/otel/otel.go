// Package otel is a stub of go.opentelemetry.io/otel for tests.
package otel

import (
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/trace"
)

func Tracer(name string, opts ...trace.TracerOption) trace.Tracer { return nil }

func GetTracerProvider() trace.TracerProvider { return nil }

func SetTracerProvider(tp trace.TracerProvider) {}

func SetTextMapPropagator(p propagation.TextMapPropagator) {}
