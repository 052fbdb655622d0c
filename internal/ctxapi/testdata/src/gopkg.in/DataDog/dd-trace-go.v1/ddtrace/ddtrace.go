// Package ddtrace is a stub of gopkg.in/DataDog/dd-trace-go.v1/ddtrace
// for tests.
package ddtrace

type SpanContext interface{}

type Tracer interface {
	StartSpan(operationName string, opts ...StartSpanOption) Span
	Extract(carrier interface{}) (SpanContext, error)
	Inject(context SpanContext, carrier interface{}) error
	Stop()
}

type Span interface {
	SetTag(key string, value interface{})
	Finish(opts ...FinishOption)
}

type StartSpanConfig struct{}

type StartSpanOption func(cfg *StartSpanConfig)

type FinishConfig struct{}

type FinishOption func(cfg *FinishConfig)
