// An application whose module requires no tracing API: its log lines
// cannot join a trace, whatever context they are given.
package app

import (
	"fmt"
	"log/slog"
	"net/http"
)

func Serve() { http.HandleFunc("/", handle) }

func handle(w http.ResponseWriter, r *http.Request) {
	slog.Info("served")
	slog.Info(fmt.Sprintf("served %s", r.URL.Path)) // want `slog.Info builds its message with fmt.Sprintf`
}
