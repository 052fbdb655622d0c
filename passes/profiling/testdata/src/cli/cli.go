// Package main is a command, not a service: no profiling needed.
package main

import "net/http"

func main() {
	http.Get("http://example.com")
}
