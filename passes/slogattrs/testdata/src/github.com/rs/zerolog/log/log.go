// Package log is a stub of github.com/rs/zerolog/log for tests.
package log

import (
	"context"

	"github.com/rs/zerolog"
)

var Logger zerolog.Logger

func Ctx(ctx context.Context) *zerolog.Logger { return &Logger }
func Info() *zerolog.Event                    { return Logger.Info() }
