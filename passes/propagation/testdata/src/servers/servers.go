package main

import (
	"net/http"

	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	"go.opentelemetry.io/otel"
)

func main() {
	otel.SetTracerProvider(nil)
}

func bareMux() {
	mux := http.NewServeMux()
	mux.HandleFunc("/orders", orders)
	http.ListenAndServe(":8080", mux) // want `http.ListenAndServe serves a handler without trace instrumentation: incoming traces end here; wrap it with otelhttp.NewHandler`
}

func wrappedMux() {
	mux := http.NewServeMux()
	mux.HandleFunc("/orders", orders)
	http.ListenAndServe(":8080", otelhttp.NewHandler(mux, "orders"))
}

func wrappedInVariable() {
	mux := http.NewServeMux()
	mux.HandleFunc("/orders", orders)
	var h http.Handler = mux
	h = otelhttp.NewHandler(h, "orders")
	srv := &http.Server{Addr: ":8080", Handler: h}
	srv.ListenAndServe()
}

func wrappedByMiddleware() {
	mux := http.NewServeMux()
	mux.HandleFunc("/orders", orders)
	http.ListenAndServe(":8080", otelhttp.NewMiddleware("orders")(mux))
}

func instrumentedRoute() {
	mux := http.NewServeMux()
	mux.Handle("/orders", otelhttp.WithRouteTag("/orders", http.HandlerFunc(orders)))
	http.ListenAndServe(":8080", mux)
}

func serverLiteral() {
	mux := http.NewServeMux()
	mux.HandleFunc("/orders", orders)
	srv := &http.Server{ // want `http.Server's Handler has no trace instrumentation: incoming traces end here; wrap it with otelhttp.NewHandler`
		Addr:    ":8080",
		Handler: mux,
	}
	srv.ListenAndServe()
}

func handlerSetLater() {
	mux := http.NewServeMux()
	mux.HandleFunc("/orders", orders)
	srv := &http.Server{Addr: ":8080"}
	srv.Handler = otelhttp.NewHandler(mux, "orders")
	srv.ListenAndServe()
}

// The server is built in another package: not seen, not reported.
func fromElsewhere(h http.Handler) {
	http.ListenAndServe(":8080", h)
	srv := &http.Server{Addr: ":8080", Handler: routes()}
	srv.ListenAndServe()
}

func routes() http.Handler { return http.NewServeMux() }

// Routes registered by another function may be instrumented there.
func registeredElsewhere() {
	mux := http.NewServeMux()
	register(mux)
	http.ListenAndServe(":8080", mux)
}

func register(mux *http.ServeMux) {}

func routeFromElsewhere() {
	mux := http.NewServeMux()
	mux.Handle("/api/", routes())
	http.ListenAndServe(":8080", mux)
}

// A mux of health and metrics endpoints needs no trace.
func healthMux() {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", orders)
	mux.HandleFunc("GET /readyz", orders)
	mux.Handle("/metrics", http.NotFoundHandler())
	http.ListenAndServe(":9090", mux)
}

func literalEscapes() *http.Server {
	return &http.Server{Addr: ":8080"} // the caller sets the handler
}

func handlerFunc() {
	http.ListenAndServe(":8080", http.HandlerFunc(orders)) // want `http.ListenAndServe serves a handler`
}

func suppressed() {
	mux := http.NewServeMux()
	mux.HandleFunc("/orders", orders)
	http.ListenAndServe(":8080", mux) //nolint:propagation // traced by the mesh
}

func orders(w http.ResponseWriter, r *http.Request) {}
