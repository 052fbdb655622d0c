package ctxapi

import (
	"go/types"
)

// Tracing APIs whose span starts obslint recognises.
const (
	otelTrace       = "go.opentelemetry.io/otel/trace"
	openCensusTrace = "go.opencensus.io/trace"
	openTracing     = "github.com/opentracing/opentracing-go"
	datadogV1       = "gopkg.in/DataDog/dd-trace-go.v1/ddtrace"
	datadogV1Tracer = "gopkg.in/DataDog/dd-trace-go.v1/ddtrace/tracer"
	datadogV2Tracer = "github.com/DataDog/dd-trace-go/v2/ddtrace/tracer"
)

// Names of the tracing APIs, as SpanStart returns them.
const (
	OpenTelemetry = "OpenTelemetry"
	OpenCensus    = "OpenCensus"
	OpenTracing   = "OpenTracing"
	Datadog       = "Datadog"
)

// SpanStart reports whether fn starts a span, and names the API:
//
//   - OpenTelemetry: trace.Tracer's Start, called through that interface
//     (otel.Tracer(…).Start), through any interface whose Start has its
//     signature, or on a concrete type that implements trace.Tracer
//     (noop.Tracer, an SDK's tracer);
//   - OpenCensus: trace.StartSpan and trace.StartSpanWithRemoteParent;
//   - OpenTracing: StartSpan, StartSpanFromContext,
//     StartSpanFromContextWithTracer, and opentracing.Tracer's StartSpan
//     (through an interface or an implementation, as for OpenTelemetry);
//   - Datadog v1 and v2: tracer.StartSpan and tracer.StartSpanFromContext,
//     and the Tracer interface's StartSpan.
//
// A method merely named Start or StartSpan is not a span start: a
// concrete type must implement the API's Tracer interface.
func SpanStart(fn *types.Func) (api string, ok bool) {
	if fn == nil || fn.Pkg() == nil {
		return "", false
	}
	sig := fn.Signature()
	if sig.Recv() == nil {
		return spanStartFunc(fn.Origin())
	}
	switch fn.Name() {
	case "Start":
		if tracer := otelTracer(sig); tracer != nil && receiverIs(sig.Recv().Type(), tracer) {
			return OpenTelemetry, true
		}
	case "StartSpan":
		if api, tracer := startSpanTracer(sig); tracer != nil && receiverIs(sig.Recv().Type(), tracer) {
			return api, true
		}
	}
	return "", false
}

// spanStartFunc identifies the package-level span starts.
func spanStartFunc(fn *types.Func) (api string, ok bool) {
	name := fn.Name()
	switch fn.Pkg().Path() {
	case openCensusTrace:
		return OpenCensus, name == "StartSpan" || name == "StartSpanWithRemoteParent"
	case openTracing:
		return OpenTracing, name == "StartSpan" || name == "StartSpanFromContext" || name == "StartSpanFromContextWithTracer"
	case datadogV1Tracer, datadogV2Tracer:
		return Datadog, name == "StartSpan" || name == "StartSpanFromContext"
	}
	return "", false
}

// SpanFromContext returns the call by which code using api reads the span
// a context carries, to enrich it rather than start one.
func SpanFromContext(api string) string {
	switch api {
	case OpenTelemetry:
		return "trace.SpanFromContext(ctx)"
	case OpenCensus:
		return "trace.FromContext(ctx)"
	case OpenTracing:
		return "opentracing.SpanFromContext(ctx)"
	case Datadog:
		return "tracer.SpanFromContext(ctx)"
	}
	return ""
}

// otelTracer returns the trace.Tracer interface if sig is its Start's:
// (context.Context, string, ...trace.SpanStartOption) (context.Context, trace.Span).
func otelTracer(sig *types.Signature) *types.Interface {
	p, r := sig.Params(), sig.Results()
	if p.Len() != 3 || !sig.Variadic() || r.Len() != 2 ||
		!IsContext(p.At(0).Type()) || !isString(p.At(1).Type()) ||
		!IsContext(r.At(0).Type()) || !isNamed(r.At(1).Type(), otelTrace, "Span") {
		return nil
	}
	opt := sliceElem(p.At(2).Type())
	if !isNamed(opt, otelTrace, "SpanStartOption") {
		return nil
	}
	return siblingInterface(opt, "Tracer")
}

// startSpanTracer returns the API and its Tracer interface if sig is the
// signature of the StartSpan method of OpenTracing's or Datadog's Tracer:
// (string, ...StartSpanOption) Span, each API with its own option type.
func startSpanTracer(sig *types.Signature) (api string, tracer *types.Interface) {
	p, r := sig.Params(), sig.Results()
	if p.Len() != 2 || !sig.Variadic() || r.Len() != 1 || !isString(p.At(0).Type()) {
		return "", nil
	}
	opt := sliceElem(p.At(1).Type())
	switch {
	case isNamed(opt, openTracing, "StartSpanOption") && isNamed(r.At(0).Type(), openTracing, "Span"):
		api = OpenTracing
	case isNamed(opt, datadogV1, "StartSpanOption") && isNamed(r.At(0).Type(), datadogV1, "Span"),
		isNamed(opt, datadogV2Tracer, "StartSpanOption") && IsNamedOrPointer(r.At(0).Type(), datadogV2Tracer, "Span"):
		api = Datadog
	default:
		return "", nil
	}
	return api, siblingInterface(opt, "Tracer")
}

// siblingInterface returns the interface type name declared in the
// package of the named type t, or nil.
func siblingInterface(t types.Type, name string) *types.Interface {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return nil
	}
	obj, ok := named.Obj().Pkg().Scope().Lookup(name).(*types.TypeName)
	if !ok {
		return nil
	}
	iface, _ := obj.Type().Underlying().(*types.Interface)
	return iface
}

// receiverIs reports whether a method with recv as receiver is the
// tracer's: recv is an interface (any interface with the tracer method's
// exact signature holds tracers), or recv's named type, or a pointer to
// it, implements tracer.
func receiverIs(recv types.Type, tracer *types.Interface) bool {
	if types.IsInterface(recv) {
		return true
	}
	named := NamedOf(recv)
	if named == nil || (named.TypeParams().Len() > 0 && named.TypeArgs().Len() == 0) {
		return false // the behaviour of Implements on uninstantiated types is unspecified
	}
	return types.Implements(types.NewPointer(named), tracer)
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.String
}

// sliceElem returns the element type of the slice type t, or nil.
func sliceElem(t types.Type) types.Type {
	if s, ok := types.Unalias(t).(*types.Slice); ok {
		return s.Elem()
	}
	return nil
}
