// Package spanboundary defines an Analyzer that reports libraries that
// take tracing decisions from their callers, or do I/O without accepting
// or passing on a context.
//
// # Analyzer spanboundary
//
// spanboundary: report libraries that take tracing decisions from their callers or do I/O without a context
//
// Instrument at the service boundary: the application decides what is
// traced and how (it installs a TracerProvider and a propagator); a
// library accepts the caller's context and passes it on, so that the
// caller's span, deadline and cancellation reach its I/O. A library may
// start child spans from the caller's context: through the global
// TracerProvider, the application decides whether they are recorded.
// In library packages, spanboundary reports:
//
//   - tracing setup: otel.SetTracerProvider, otel.SetTextMapPropagator,
//     the SDK's trace.NewTracerProvider, opentracing.SetGlobalTracer and
//     Datadog's tracer.Start (v1 and v2). Accept a provider as an option
//     instead.
//   - span starts that begin a new trace: OpenTelemetry's Tracer.Start
//     (through trace.Tracer, otel.Tracer(…), or a type implementing it),
//     OpenCensus' StartSpan, OpenTracing's and Datadog's span starts, from
//     a context made from context.Background() or context.TODO() in the
//     function, with trace.WithNewRoot(), or (OpenTracing, Datadog)
//     without a context and without a parent option. Start the span
//     from the caller's context. With -spanboundary.strict, every span
//     start is reported: enrich the caller's span
//     (trace.SpanFromContext(ctx)) instead.
//   - exported functions, and exported methods of exported types, that
//     have no context — no context.Context parameter, no parameter or
//     receiver that carries one (*http.Request, a framework's handler
//     context, a struct with a context field, promoted or not) — yet do
//     I/O a context would govern. Accept a context.Context first
//     parameter and pass it on.
//   - functions that accept a context and drop it: the parameter is
//     blank (_), unnamed or never used, yet the function does I/O. The
//     suggested fix names the parameter ctx and passes it to the calls:
//     in place of context.Background(), through a context sibling
//     (db.Query → db.QueryContext), or through a net.Dialer
//     (net.DialTimeout). Where the parameter is named, calls in the body
//     that ctxsever reports are left to it.
//
// I/O is a call, in the function or in the functions of its package it
// calls, of a function whose NetworkIO fact says it does I/O; functions
// of the module being analysed carry that fact when their bodies do, so
// that taking a context is not I/O (a logger method, a wait on a
// semaphore). Functions the analysis cannot see — the standard library,
// other modules, interface methods, function values — are judged by
// their API: a context sibling (Query beside QueryContext, QueryCtx or
// QueryWithCtx), a network call that cannot take a context (http.Get,
// net.Dial), or a context.Context parameter with an error result. Not
// I/O: logging, span starts, httptest (in memory), semaphore.Acquire and
// rate.Limiter.Wait, conversions. exec.Command and the rest of os/exec
// run a subprocess, and are reported as such. A call that passes a
// literal nil for the parameter all of its callee's I/O goes through
// does none (the fact records the parameter).
//
// Example:
//
//	package weather
//
//	func Forecast(city string) (*Report, error) { // want: accept a context.Context
//		ctx, span := otel.Tracer("weather").Start(context.Background(), "Forecast") // want: a new root
//		defer span.End()
//		req, err := http.NewRequestWithContext(ctx, "GET", forecastURL+city, nil)
//		…
//	}
//
// Not reported: a function with a context sibling (Forecast beside
// ForecastContext or ForecastCtx) is the library's convenience form; a
// method whose signature an interface fixes (it implements an interface
// of its package or of one it imports whose method takes no context,
// io.Writer, a project's Reporter; a net/rpc service method); test
// helpers (a parameter of package testing); lifecycle APIs that own a
// long-lived context (they store a root in a field or package variable,
// or loop until a channel receive ends the loop); work in goroutines the
// function launches and in function literals with a context of their
// own (handlers it registers): it runs later.
//
// # Libraries and applications
//
// A package is application code, and not judged, if it is package main
// or its module builds a command: the module (the nearest go.mod above
// the package's files) has a package main in its root directory, in a
// directory just below the root, or anywhere under cmd/ (examples,
// testdata, vendor, hidden or underscored directories and nested modules
// do not count; nor do files excluded by build constraints). Every other
// package of a module is library code, internal packages included: a
// library module's packages serve its importers. Instrumentation
// packages (named otel…), whose job is creating spans, are not judged.
// A package outside any module (GOPATH mode) is judged alone: a library
// unless it is package main. The rule reads the file system, the same
// way in every driver.
//
// The flags -spanboundary.lib and -spanboundary.app override the rule
// with comma-separated import path patterns ("example.com/x" for one
// package, "example.com/x/..." for it and every package below): a
// service that ships an SDK names it with -lib
// (example.com/svc/sdk/...), a library module whose cmd/ tool is its
// purpose names its packages with -app. -lib overrides the rule, and
// -app overrides -lib. In golangci-lint, the settings are lib, app and
// strict.
//
// Suppress a finding with //nolint:spanboundary or
// //lint:ignore spanboundary reason.
package spanboundary
