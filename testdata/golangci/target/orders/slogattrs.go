package orders

import (
	"context"
	"log/slog"
)

func Ship(ctx context.Context) {
	slog.Info("shipped")
}

// Audit has no context to pass: reported only because the configuration
// requires trace_id and span_id, which proves that settings reach the pass.
func Audit() {
	slog.Info("audited")
}

//nolint:slogattrs // shipping logs are not traced
func ShipUntraced(ctx context.Context) {
	slog.Info("shipped")
}
