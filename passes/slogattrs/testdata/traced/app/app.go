// An application whose module requires a tracing API.
package app

import (
	"log/slog"
	"net/http"
)

func Serve() { http.HandleFunc("/", handle) }

func handle(w http.ResponseWriter, r *http.Request) {
	slog.Info("served") // want `slog.Info drops the available context r.Context\(\)`
}
