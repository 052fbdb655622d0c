package lsptest

import (
	"context"
	"log/slog"
	"net"
)

// Spawn launches a goroutine that dials without choosing a context: one
// goroutinectx finding, with related information.
func Spawn(ctx context.Context) {
	go net.Dial("tcp", "localhost:80")
}

// Ready logs without a context: a finding only with
// -slogattrs.require=trace_id.
func Ready() {
	slog.Info("ready")
}
