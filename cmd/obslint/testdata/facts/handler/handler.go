// Package handler launches the work of package jobs.
package handler

import (
	"context"
	"log/slog"

	"example.com/facts/jobs"
)

// Handle launches jobs.Report, which does network I/O: goroutinectx knows from
// jobs's facts. jobs.Sum does no such work.
func Handle(ctx context.Context) {
	go jobs.Report("done")
	go jobs.Sum(nil)
}

// Startup has no context: its log call is reported only when slogattrs
// requires keys it lacks.
func Startup() {
	slog.Info("started")
}
