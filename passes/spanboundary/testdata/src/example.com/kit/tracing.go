package kit

import (
	"context"
	"testing"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/propagation"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

// Tracing setup is the application's.
func Init() {
	tp := sdktrace.NewTracerProvider()                    // want `library builds an SDK TracerProvider \(trace\.NewTracerProvider\)`
	otel.SetTracerProvider(tp)                            // want `library installs the global TracerProvider \(otel\.SetTracerProvider\): leave tracing setup to the application; accept a provider as an option`
	otel.SetTextMapPropagator(propagation.TraceContext{}) // want `library installs the global propagator`
}

// A child of the caller's span: the application decides by the provider
// it installs.
func Trace(ctx context.Context) {
	_, span := otel.Tracer("kit").Start(ctx, "child")
	span.End()
}

// A new root in a loop that owns its lifetime.
type Ticker struct{ stop chan struct{} }

func (t *Ticker) Loop() {
	for {
		select {
		case <-t.stop:
			return
		default:
			_, span := otel.Tracer("kit").Start(context.Background(), "tick")
			span.End()
		}
	}
}

// A new root in a test helper.
func TraceTest(t testing.TB) {
	_, span := otel.Tracer("kit").Start(context.Background(), t.Name())
	span.End()
}

// A new root where a caller could have given one.
func Detached() {
	_, span := otel.Tracer("kit").Start(context.Background(), "detached") // want `library starts an OpenTelemetry span as a new root \(context\.Background\(\)\)`
	span.End()
}
