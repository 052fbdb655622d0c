// Package untraced does not trace: its boundaries are not judged.
package main

import (
	"net/http"

	"google.golang.org/grpc"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/orders", func(w http.ResponseWriter, r *http.Request) {})
	http.ListenAndServe(":8080", mux)
	grpc.NewServer()
	http.Get("http://example.com")
	_ = &http.Client{}
}
