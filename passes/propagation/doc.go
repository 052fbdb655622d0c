// Package propagation defines an Analyzer that reports the boundaries of
// a traced program that do not carry the trace: servers whose handler is
// not instrumented and clients whose calls do not propagate the context.
//
// # Analyzer propagation
//
// propagation: report service boundaries that do not propagate the trace
//
// A trace crosses services only if every boundary carries it: servers
// continue the trace their callers send, clients send the trace on. In a
// package that traces — it starts spans, installs a tracer, uses an
// instrumentation package, or imports a package of its module that does —
// propagation reports, where the server or client is built:
//
//   - incoming: http.ListenAndServe, ListenAndServeTLS, Serve and ServeTLS,
//     an http.Server literal, gin's (*Engine).Run and echo's (*Echo).Start,
//     whose handler is not instrumented: not wrapped by otelhttp.NewHandler
//     (or another instrumentation package's handler), not a router with
//     instrumentation middleware registered (r.Use(otelgin.Middleware(…)),
//     otelecho, otelchi, otelmux), not a mux with an instrumented route;
//     grpc.NewServer without an instrumentation option
//     (grpc.StatsHandler(otelgrpc.NewServerHandler()));
//   - outgoing: an http.Client literal whose Transport is not instrumented
//     (otelhttp.NewTransport), uses of http.DefaultClient, http.Get, Head,
//     Post and PostForm; grpc.NewClient, Dial and DialContext without an
//     instrumentation option (grpc.WithStatsHandler(otelgrpc.NewClientHandler())).
//
// Each server or client is reported once, where it is built. The analysis
// stays silent where it cannot see: a handler, transport or option list
// that comes from a parameter, a field or another function; a router
// handed to a function (routes.Register(mux)), or one of whose routes is a
// handler built by another function; a server or client literal that
// leaves the field unset and is handed elsewhere; an interceptor whose
// name speaks of tracing. A router whose routes are all health, metrics or
// debug endpoints (/healthz, /readyz, /livez, /metrics, /debug/…) serves no
// traced requests and is not reported, nor is http.DefaultServeMux when
// the package registers no route on it. A package that extracts (injects)
// the trace by hand through a propagation.TextMapPropagator is not
// reported for its servers (clients), nor is http.DefaultClient where the
// package instruments http.DefaultTransport or http.DefaultClient.
//
// Example:
//
//	otel.SetTracerProvider(tp)
//	mux := http.NewServeMux()
//	mux.HandleFunc("/orders", orders)
//	http.ListenAndServe(":8080", mux) // want: otelhttp.NewHandler(mux, "orders")
//
// Suppress a finding with //nolint:propagation or
// //lint:ignore propagation reason.
package propagation
