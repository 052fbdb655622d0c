package main // want `this service has no profiling: start a continuous profiler \(pyroscope, Datadog, Cloud Profiler\) or serve net/http/pprof on a localhost-only mux`

import "net/http"

func main() {
	http.ListenAndServe(":8080", http.NewServeMux())
}
