package lsptest

import (
	"context"
	"log/slog"
)

// Spawn launches a goroutine that logs without choosing a context: one
// goroutinectx finding, with related information.
func Spawn(ctx context.Context) {
	go slog.Info("spawned")
}

// Ready logs without a context: a finding only with
// -slogattrs.require=trace_id.
func Ready() {
	slog.Info("ready")
}
