package main

import "net/http"

func init() {
	http.HandleFunc("/orders", orders)
}

func defaultMux() {
	http.ListenAndServe(":8080", nil) // want `http.ListenAndServe serves a handler without trace instrumentation`
	srv := http.Server{Addr: ":8081"} // want `http.Server's Handler has no trace instrumentation`
	srv.ListenAndServe()
}
