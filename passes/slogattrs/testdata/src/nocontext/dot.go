package nocontext

import (
	"context"
	. "log/slog"
)

func dotImport(ctx context.Context) {
	Info("dot import") // want `slog.Info drops the available context ctx: call slog.InfoContext\(ctx, …\)`
	InfoContext(ctx, "fine")
}
