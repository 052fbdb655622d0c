// Package otelslog is a stub of the OpenTelemetry slog bridge for tests.
package otelslog

import (
	"context"
	"log/slog"
)

type Option interface{ apply() }

type Handler struct{}

func NewHandler(name string, options ...Option) *Handler { return &Handler{} }

func NewLogger(name string, options ...Option) *slog.Logger { return slog.New(NewHandler(name, options...)) }

func (h *Handler) Enabled(ctx context.Context, l slog.Level) bool { return ctx != nil }

func (h *Handler) Handle(ctx context.Context, r slog.Record) error {
	_ = ctx
	return nil
}

func (h *Handler) WithAttrs(attrs []slog.Attr) slog.Handler { return h }

func (h *Handler) WithGroup(name string) slog.Handler { return h }
