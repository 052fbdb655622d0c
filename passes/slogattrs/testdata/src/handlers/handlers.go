package main

import (
	"context"
	"log/slog"
	"os"

	"go.opentelemetry.io/contrib/bridges/otelslog"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace"
)

func main() {
	otel.SetTracerProvider(nil)
	slog.SetDefault(slog.New(slog.NewJSONHandler(os.Stdout, nil))) // want `slog.NewJSONHandler never reads the span from the context, so log lines carry no trace id: wrap it in a handler that does \(otelslog, or one adding trace.SpanContextFromContext\(ctx\)'s ids\)`
}

func text() *slog.Logger {
	h := slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{}) // want `slog.NewTextHandler never reads the span`
	return slog.New(h)
}

func bridge() {
	slog.SetDefault(slog.New(otelslog.NewHandler("orders")))
	slog.SetDefault(otelslog.NewLogger("orders"))
}

func wrapped() *slog.Logger {
	h := slog.NewJSONHandler(os.Stdout, nil)
	return slog.New(traceHandler{h})
}

func custom() *slog.Logger {
	return slog.New(&plainHandler{}) // want `\*plainHandler's Handle ignores its context, so log lines carry no trace id: add the ids of trace.SpanContextFromContext\(ctx\) to the record`
}

func suppressed() {
	slog.SetDefault(slog.New(slog.NewJSONHandler(os.Stdout, nil))) //nolint:slogattrs // logs are correlated by the collector
}

// traceHandler adds the trace ids to every record.
type traceHandler struct{ slog.Handler }

func (h traceHandler) Handle(ctx context.Context, r slog.Record) error {
	if sc := trace.SpanContextFromContext(ctx); sc.IsValid() {
		r.AddAttrs(slog.String("trace_id", sc.TraceID().String()))
	}
	return h.Handler.Handle(ctx, r)
}

// plainHandler drops the context.
type plainHandler struct{ slog.TextHandler }

func (h *plainHandler) Handle(_ context.Context, r slog.Record) error { return nil }
