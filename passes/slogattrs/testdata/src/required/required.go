package required

import (
	"context"
	"fmt"
	"log/slog"
)

var tid, sid string

func plain(logger *slog.Logger) {
	slog.Info("no keys")                                                             // want `slog.Info lacks the required attributes trace_id, span_id: add them as attributes of the call or of its logger with With\(…\)`
	slog.Info("one key", "trace_id", tid)                                            // want `slog.Info lacks the required attributes span_id: add them`
	logger.Warn("no keys", "user", 1)                                                // want `\(\*slog.Logger\).Warn lacks the required attributes trace_id, span_id`
	slog.Info("attr", slog.String("trace_id", tid), slog.Int("n", 1))                // want `slog.Info lacks the required attributes span_id`
	slog.Info("value is not a key", "user", "trace_id", "span_id", sid)              // want `slog.Info lacks the required attributes trace_id`
	slog.Log(context.Background(), slog.LevelInfo, "root context")                   // want `slog.Log lacks the required attributes trace_id, span_id`
	slog.InfoContext(context.TODO(), "root context")                                 // want `slog.InfoContext lacks the required attributes trace_id, span_id`
	logger.LogAttrs(nil, slog.LevelInfo, "nil context", slog.String("span_id", sid)) // want `\(\*slog.Logger\).LogAttrs lacks the required attributes trace_id`

	// Both defects: one finding.
	slog.Error(fmt.Sprintf("failed %s", tid)) // want `slog.Error lacks the required attributes trace_id, span_id and builds its message with fmt.Sprintf: add them as attributes of the call or of its logger with With\(…\); keep the message constant and pass the values as attributes`

	// A logger made With them, or With some of them.
	l := logger.With("trace_id", tid)
	l.Info("only trace_id") // want `\(\*slog.Logger\).Info lacks the required attributes span_id`
	l.Info("both", "span_id", sid)
	slog.With("trace_id", tid, "span_id", sid).Info("both")
	logger.With(slog.String("trace_id", tid)).With("span_id", sid).Info("both")
	logger.With("user", 1).Info("none") // want `\(\*slog.Logger\).Info lacks the required attributes trace_id, span_id`
}

// Negatives: the keys are on the call or on the logger.
func carried(logger *slog.Logger) {
	slog.Info("keys", "trace_id", tid, "span_id", sid)
	slog.Info("attrs", slog.String("trace_id", tid), slog.Any("span_id", sid))
	slog.Info("literal", slog.Attr{Key: "trace_id", Value: slog.StringValue(tid)}, slog.Attr{"span_id", slog.StringValue(sid)})
	logger.LogAttrs(nil, slog.LevelInfo, "attrs", slog.String("trace_id", tid), slog.String("span_id", sid))

	l := logger.With("trace_id", tid, "span_id", sid)
	l.Info("logger made With them")
	var v = l.With("user", 1)
	v.Warn("derived logger")

	logger = logger.With("trace_id", tid)
	logger = logger.With("span_id", sid)
	logger.Info("reassigned")

	func() {
		l.Error("in a closure")
	}()
}

// Negatives: keys that cannot be read, and loggers with groups.
func unknown(logger *slog.Logger, key string, attrs []any, a slog.Attr, v any) {
	slog.Info("spread", attrs...)
	slog.Info("dynamic key", key, tid)
	slog.Info("attr variable", a)
	slog.Info("interface", v)
	logger.WithGroup("g").Info("grouped", "trace_id", tid)
	g := logger.With("trace_id", tid).WithGroup("g")
	g.Info("grouped")
}

// Negatives: calls that pass a context.
func withContext(ctx context.Context, logger *slog.Logger) {
	slog.InfoContext(ctx, "context")
	logger.Log(ctx, slog.LevelInfo, "context")
	c := context.Background()
	slog.InfoContext(c, "a variable: not judged")
}

func later(logger *slog.Logger) {
	l := logger
	l.Info("With comes later") // want `\(\*slog.Logger\).Info lacks the required attributes trace_id, span_id`
	l = logger.With("trace_id", tid, "span_id", sid)
	l.Info("now it has them")
}

// Where a context is available, the call is reported for dropping it,
// once, unless it carries the keys.
func handler(ctx context.Context, logger *slog.Logger) {
	slog.Info("no keys")                               // want `slog.Info drops the available context ctx: call slog.InfoContext\(ctx, …\) so the handler can correlate the trace`
	slog.Info("keys", "trace_id", tid, "span_id", sid) // correlated through its attributes
	logger.With("trace_id", tid, "span_id", sid).Info("keys")
	slog.InfoContext(context.Background(), "ctxsever reports the root")
	go func() {
		poll(nil)
		slog.Info("owned by the goroutine")
	}()
}

func main() {
	slog.Info("starting") // want `slog.Info lacks the required attributes trace_id, span_id`
}

// poll does work a context governs.
func poll(ctx context.Context) {}
