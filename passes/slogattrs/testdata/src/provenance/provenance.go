// Provenance: log lines under a lifetime context have no trace to join;
// a component's name in a message is not per-call data; a project's log
// wrapper with a Context form is a log call.
package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
)

func main() {
	ctx := context.Background()
	consume(ctx)
	http.HandleFunc("/", handle)
}

// consume runs under the process's root.
func consume(ctx context.Context) {
	slog.Info("consumer started")
}

func handle(w http.ResponseWriter, r *http.Request) {
	slog.Info("served")                         // want `slog.Info drops the available context r.Context\(\)`
	logger{}.Info("served", "path", r.URL.Path) // want `\(main.logger\).Info drops the available context r.Context\(\): call InfoContext\(r.Context\(\), …\)`
}

type logger struct{}

func (logger) Info(msg string, args ...any)                             {}
func (logger) InfoContext(ctx context.Context, msg string, args ...any) {}

type queue struct {
	Name string
	id   string
}

func (q *queue) clean(ctx context.Context, err error, n int) {
	slog.ErrorContext(ctx, q.Name+": error cleaning queues")
	slog.ErrorContext(ctx, fmt.Sprintf("%s: error cleaning queues", q.Name))
	slog.ErrorContext(ctx, q.Name+": "+err.Error())                  // want `slog.ErrorContext builds its message with string concatenation`
	slog.ErrorContext(ctx, fmt.Sprintf("%s: %d cleaned", q.Name, n)) // want `slog.ErrorContext builds its message with fmt.Sprintf`
}

var _ = (*queue).clean
