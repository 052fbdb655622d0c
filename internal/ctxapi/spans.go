package ctxapi

import (
	"go/types"
)

// Tracing APIs whose span starts obslint recognises.
const (
	otelTrace       = "go.opentelemetry.io/otel/trace"
	openCensusTrace = "go.opencensus.io/trace"
	openTracing     = "github.com/opentracing/opentracing-go"
	datadogV1Tracer = "gopkg.in/DataDog/dd-trace-go.v1/ddtrace/tracer"
	datadogV2Tracer = "github.com/DataDog/dd-trace-go/v2/ddtrace/tracer"
)

// SpanStart reports whether fn starts a span, and names the API:
// OpenTelemetry's Tracer.Start (through the interface or any type that
// implements it), OpenCensus' StartSpan and StartSpanWithRemoteParent,
// OpenTracing's StartSpan, StartSpanFromContext and Tracer.StartSpan, and
// Datadog's (v1 and v2) StartSpan and StartSpanFromContext.
func SpanStart(fn *types.Func) (api string, ok bool) {
	if fn == nil || fn.Pkg() == nil {
		return "", false
	}
	fn = fn.Origin()
	name := fn.Name()
	if fn.Signature().Recv() == nil {
		switch fn.Pkg().Path() {
		case openCensusTrace:
			return "OpenCensus", name == "StartSpan" || name == "StartSpanWithRemoteParent"
		case openTracing:
			return "OpenTracing", name == "StartSpan" || name == "StartSpanFromContext"
		case datadogV1Tracer, datadogV2Tracer:
			return "Datadog", name == "StartSpan" || name == "StartSpanFromContext"
		}
		return "", false
	}
	switch name {
	case "Start":
		return "OpenTelemetry", isOtelStart(fn.Signature())
	case "StartSpan":
		return "OpenTracing", isOpenTracingStartSpan(fn.Signature())
	}
	return "", false
}

// isOtelStart reports whether sig is trace.Tracer's Start:
// (context.Context, string, ...trace.SpanStartOption) (context.Context, trace.Span).
// Any method with that signature implements Tracer's Start.
func isOtelStart(sig *types.Signature) bool {
	p, r := sig.Params(), sig.Results()
	return p.Len() == 3 && sig.Variadic() && r.Len() == 2 &&
		IsContext(p.At(0).Type()) && isString(p.At(1).Type()) &&
		isSliceOf(p.At(2).Type(), otelTrace, "SpanStartOption") &&
		IsContext(r.At(0).Type()) && isNamed(r.At(1).Type(), otelTrace, "Span")
}

// isOpenTracingStartSpan reports whether sig is opentracing.Tracer's
// StartSpan: (string, ...opentracing.StartSpanOption) opentracing.Span.
func isOpenTracingStartSpan(sig *types.Signature) bool {
	p, r := sig.Params(), sig.Results()
	return p.Len() == 2 && sig.Variadic() && r.Len() == 1 &&
		isString(p.At(0).Type()) &&
		isSliceOf(p.At(1).Type(), openTracing, "StartSpanOption") &&
		isNamed(r.At(0).Type(), openTracing, "Span")
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.String
}

func isSliceOf(t types.Type, pkg, name string) bool {
	s, ok := types.Unalias(t).(*types.Slice)
	return ok && isNamed(s.Elem(), pkg, name)
}
