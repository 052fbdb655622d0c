// Package spanboundary defines an Analyzer that reports library packages
// that create spans, or do network I/O without accepting a context.
//
// # Analyzer spanboundary
//
// spanboundary: report libraries that start spans or do network I/O without a context
//
// Instrument at the service boundary: the application decides what a span
// is; a library that makes network calls accepts a context and passes it
// on, so that the caller's span, deadline and cancellation reach them.
// In library packages, spanboundary reports:
//
//   - span starts: OpenTelemetry's Tracer.Start (through trace.Tracer,
//     otel.Tracer(…), or a type implementing it), OpenCensus' StartSpan and
//     StartSpanWithRemoteParent, OpenTracing's StartSpan,
//     StartSpanFromContext, StartSpanFromContextWithTracer and
//     Tracer.StartSpan, and Datadog's (v1 and v2) StartSpan,
//     StartSpanFromContext and Tracer.StartSpan. Accept the caller's
//     context and enrich the span it carries (trace.SpanFromContext(ctx))
//     instead.
//   - exported functions, and exported methods of exported types, that
//     have no context available — no context.Context parameter and no
//     parameter with a Context() method such as *http.Request — yet do
//     network I/O a context would govern: a call of a function that has a
//     context sibling (db.Query), of a network call that cannot take a
//     context (http.Get, net.Dial), or of a function that takes a
//     context.Context. The I/O may be done by functions of the same
//     package the function calls, or by other packages' functions: a
//     fact records which functions do network I/O without taking a
//     context. Accept a context.Context first parameter and pass it on.
//
// Example:
//
//	package weather
//
//	func Forecast(city string) (*Report, error) { // want: accept a context.Context
//		ctx, span := otel.Tracer("weather").Start(context.Background(), "Forecast") // want: enrich the caller's span
//		defer span.End()
//		req, err := http.NewRequestWithContext(ctx, "GET", forecastURL+city, nil)
//		…
//	}
//
// A function with a context sibling (Forecast next to ForecastContext) is
// the library's convenience form and is not reported; neither is a method
// whose receiver carries a context (it has a Context() method or a
// context.Context field), nor Close, Read, Write, ReadFrom and WriteTo
// methods, whose signatures io's interfaces fix. Logging calls and span
// starts are not network I/O, even when they take a context, and the
// logging and tracing functions themselves are not judged (slog.Info logs
// through a method that takes one); nor is the work of goroutines the
// function launches, or of function literals with a context of their own
// (handlers it registers): it runs later.
//
// A package is a library unless it is package main, its import path has
// an element "internal" or "cmd", or its name starts with "otel"
// (instrumentation packages: creating spans is their job). The flags
// -spanboundary.lib and -spanboundary.app take comma-separated import
// path patterns ("example.com/x" for one package, "example.com/x/..." for
// it and every package below) of packages to treat as libraries or as
// applications; -lib overrides the defaults, and -app overrides -lib.
//
// Suppress a finding with //nolint:spanboundary or
// //lint:ignore spanboundary reason.
package spanboundary
