package main

import (
	"net/http"
	"os"

	_ "exposed/debug"
)

func main() {
	http.ListenAndServe(":6060", nil)                         // want `net/http/pprof's handlers are on http.DefaultServeMux, served on ":6060" beyond loopback: serve pprof on its own mux bound to localhost`
	http.ListenAndServe("0.0.0.0:6060", http.DefaultServeMux) // want `served on "0.0.0.0:6060" beyond loopback`
	srv := &http.Server{Addr: ":8080"}                        // want `served on ":8080" beyond loopback`
	srv.ListenAndServe()

	http.ListenAndServe("localhost:6060", nil)
	http.ListenAndServe("127.0.0.1:6060", nil)
	http.ListenAndServe("[::1]:6060", nil)
	http.ListenAndServe(os.Getenv("ADDR"), nil)      // not a constant: not judged
	http.ListenAndServe(":8080", http.NewServeMux()) // its own mux
	l, _ := listen()
	http.Serve(l, nil) // the address is the listener's: not judged
}
