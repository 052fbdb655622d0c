package dynamic

import (
	"context"
	"fmt"
	f "fmt"
	"log/slog"
)

const prefix = "user "

func handler(ctx context.Context, logger *slog.Logger, id string, n int) {
	slog.InfoContext(ctx, fmt.Sprintf("user %s logged in", id)) // want `slog.InfoContext builds its message with fmt.Sprintf: keep the message constant and pass the values as attributes`
	slog.InfoContext(ctx, fmt.Sprint("user ", id))              // want `slog.InfoContext builds its message with fmt.Sprint: keep`
	slog.InfoContext(ctx, fmt.Sprintln("user", id))             // want `slog.InfoContext builds its message with fmt.Sprintln: keep`
	slog.InfoContext(ctx, f.Sprintf("aliased %d", n))           // want `slog.InfoContext builds its message with fmt.Sprintf: keep`
	slog.InfoContext(ctx, "user "+id+" logged in")              // want `slog.InfoContext builds its message with string concatenation: keep the message constant and pass the values as attributes`
	slog.InfoContext(ctx, (prefix + id))                        // want `slog.InfoContext builds its message with string concatenation`
	logger.WarnContext(ctx, "user "+id)                         // want `\(\*slog.Logger\).WarnContext builds its message with string concatenation`
	slog.Log(ctx, slog.LevelInfo, fmt.Sprintf("n=%d", n))       // want `slog.Log builds its message with fmt.Sprintf`
	logger.LogAttrs(ctx, slog.LevelInfo, "n="+fmt.Sprint(n))    // want `\(\*slog.Logger\).LogAttrs builds its message with string concatenation`
	args := []any{id}
	slog.InfoContext(ctx, fmt.Sprint(args...)) // want `slog.InfoContext builds its message with fmt.Sprint`

	// Both defects: one finding naming both, with the context fix.
	slog.Info(fmt.Sprintf("user %s", id)) // want `slog.Info drops the available context ctx and builds its message with fmt.Sprintf: call slog.InfoContext\(ctx, …\) so the handler can correlate the trace; keep the message constant and pass the values as attributes`
	logger.Error("failed: " + id)         // want `\(\*slog.Logger\).Error drops the available context ctx and builds its message with string concatenation: call ErrorContext\(ctx, …\)`
}

// Anywhere: where no context is available, and in goroutines.
func plain(id string) {
	slog.Info(fmt.Sprintf("user %s", id)) // want `slog.Info builds its message with fmt.Sprintf: keep the message constant`
	go func() {
		slog.Info("user " + id) // want `slog.Info builds its message with string concatenation`
	}()
}

func launches(ctx context.Context, id string) {
	go func() {
		poll(nil)
		slog.Info("user " + id) // want `slog.Info builds its message with string concatenation: keep`
	}()
}

// Negatives: constant messages, and messages not built in the call.
const greeting = "hello"

func constants(ctx context.Context, id string, err error) {
	slog.InfoContext(ctx, "constant")
	slog.InfoContext(ctx, "concatenated "+"constants")
	slog.InfoContext(ctx, prefix+"logged in")
	slog.InfoContext(ctx, greeting)
	slog.InfoContext(ctx, fmt.Sprintf("only %s", "constants"))
	slog.InfoContext(ctx, fmt.Sprint(greeting, 1))
	msg := fmt.Sprintf("user %s", id)
	slog.InfoContext(ctx, msg)
	slog.ErrorContext(ctx, err.Error())
	slog.InfoContext(ctx, "user", "id", fmt.Sprintf("%s!", id))
	slog.InfoContext(ctx, sprintf("user %s", id))
}

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// poll does work a context governs.
func poll(ctx context.Context) {}
