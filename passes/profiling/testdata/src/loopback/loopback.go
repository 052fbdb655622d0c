// Package loopback serves http.DefaultServeMux publicly, but does not
// import net/http/pprof.
package main

import "net/http"

func main() {
	http.ListenAndServe(":8080", nil)
}
