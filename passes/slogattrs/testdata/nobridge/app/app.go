// An application that traces but logs through no bridge that reads the
// trace from the context: passing the context to a log call joins nothing.
package app

import (
	"log/slog"
	"net/http"
)

func Serve() { http.HandleFunc("/", handle) }

func handle(w http.ResponseWriter, r *http.Request) {
	slog.Info("served")
}
