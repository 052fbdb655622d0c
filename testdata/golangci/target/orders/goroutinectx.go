package orders

import (
	"context"
	"log/slog"
)

func Notify(ctx context.Context) {
	go func() {
		slog.Info("notified")
	}()
}

//nolint:goroutinectx // the notification is fire-and-forget
func NotifyDetached(ctx context.Context) {
	go func() {
		slog.Info("notified")
	}()
}
