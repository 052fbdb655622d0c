// Package main traces through the package of its module that installs
// the tracer.
package main

import (
	"net/http"

	"program/telemetry"
)

func main() {
	telemetry.Setup()
	mux := http.NewServeMux()
	mux.HandleFunc("/orders", func(w http.ResponseWriter, r *http.Request) {})
	http.ListenAndServe(":8080", mux) // want `http.ListenAndServe serves a handler without trace instrumentation`
}
