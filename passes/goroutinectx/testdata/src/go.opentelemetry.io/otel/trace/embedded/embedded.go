// Package embedded is a stub of go.opentelemetry.io/otel/trace/embedded
// for tests: implementations embed its interfaces, whose unexported
// methods no other package can declare.
package embedded

type TracerProvider interface{ tracerProvider() }

type Tracer interface{ tracer() }

type Span interface{ span() }
