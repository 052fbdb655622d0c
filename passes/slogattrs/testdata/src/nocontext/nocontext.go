package nocontext

import (
	"context"
	"log/slog"
	sl "log/slog"
	"net/http"
)

type server struct {
	log *slog.Logger
}

type embedded struct {
	*slog.Logger
}

func handler(ctx context.Context, logger *slog.Logger, s *server) {
	slog.Info("user logged in", "user", 1) // want `slog.Info drops the available context ctx: call slog.InfoContext\(ctx, …\) so the handler can correlate the trace`
	slog.Debug("debug")                    // want `slog.Debug drops the available context ctx: call slog.DebugContext\(ctx, …\)`
	slog.Warn("warn")                      // want `slog.Warn drops the available context ctx: call slog.WarnContext\(ctx, …\)`
	slog.Error("error", "err", 1)          // want `slog.Error drops the available context ctx: call slog.ErrorContext\(ctx, …\)`
	sl.Info("aliased")                     // want `slog.Info drops the available context ctx: call slog.InfoContext\(ctx, …\)`

	logger.Info("through a variable")                // want `\(\*slog.Logger\).Info drops the available context ctx: call InfoContext\(ctx, …\) so the handler can correlate the trace`
	s.log.Warn("through a field")                    // want `\(\*slog.Logger\).Warn drops the available context ctx: call WarnContext\(ctx, …\)`
	slog.Default().Error("through slog.Default()")   // want `\(\*slog.Logger\).Error drops the available context ctx`
	logger.With("k", 1).Debug("through With")        // want `\(\*slog.Logger\).Debug drops the available context ctx`
	(logger).Info("parenthesised")                   // want `\(\*slog.Logger\).Info drops the available context ctx`
	(*slog.Logger).Info(logger, "method expression") // want `\(\*slog.Logger\).Info drops the available context ctx`
	embedded{logger}.Info("promoted")                // want `\(\*slog.Logger\).Info drops the available context ctx`

	args := []any{"k", 1}
	slog.Info("spread", args...) // want `slog.Info drops the available context ctx`
}

func provider(w http.ResponseWriter, r *http.Request) {
	slog.Info("request") // want `slog.Info drops the available context r.Context\(\): call slog.InfoContext\(r.Context\(\), …\)`
}

func nested(ctx context.Context) {
	f := func() {
		slog.Info("in a closure") // want `slog.Info drops the available context ctx`
	}
	f()
}

// The context forms, and Log and LogAttrs, pass a context.
func negatives(ctx context.Context, logger *slog.Logger) {
	slog.InfoContext(ctx, "fine")
	logger.ErrorContext(ctx, "fine")
	slog.Log(ctx, slog.LevelInfo, "fine")
	logger.LogAttrs(ctx, slog.LevelWarn, "fine", slog.Int("k", 1))
	_ = slog.With("k", 1)
	_ = logger.Enabled(ctx, slog.LevelDebug)
}

func main() {
	slog.Info("starting")
}

func plain(logger *slog.Logger) {
	slog.Info("no context here")
	logger.Info("no context here")
}

// A user's own type with an Info method.
type myLogger struct{}

func (myLogger) Info(msg string, args ...any)  {}
func (myLogger) Error(msg string, args ...any) {}

// An interface that *slog.Logger implements: the dynamic type is unknown.
type infoLogger interface {
	Info(msg string, args ...any)
}

func userTypes(ctx context.Context, l infoLogger) {
	var m myLogger
	m.Info("mine")
	m.Error("mine")
	l.Info("through an interface")
	info := slog.Info
	info("a function value")
}

// An embedding type whose own InfoContext is not slog's: no fix.
type custom struct {
	*slog.Logger
}

func (custom) InfoContext(msg string) {}

func customContext(ctx context.Context, c custom) {
	c.Info("no fix") // want `\(\*slog.Logger\).Info drops the available context ctx`
}

// A goroutine that does not use the context and does work belongs to
// goroutinectx; one that only logs is judged here.
func launches(ctx context.Context) {
	go func() {
		poll(nil)
		slog.Info("in goroutine")
	}()
	go func() {
		slog.Info("only logs") // want `slog.Info drops the available context ctx`
	}()
	go func() {
		slog.InfoContext(ctx, "uses the context")
		slog.Info("inherits the context") // want `slog.Info drops the available context ctx`
	}()
}

// poll does work a context governs.
func poll(ctx context.Context) {}
