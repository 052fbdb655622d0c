package main

import (
	"net/http"

	"github.com/grafana/pyroscope-go"
)

func main() {
	pyroscope.Start(pyroscope.Config{ApplicationName: "orders"})
	http.ListenAndServe(":8080", http.NewServeMux())
}
