// Package zerolog is a stub of github.com/rs/zerolog for tests.
package zerolog

import "context"

type Logger struct{}

func Ctx(ctx context.Context) *Logger { return &Logger{} }

func (l *Logger) Info() *Event  { return &Event{} }
func (l *Logger) Error() *Event { return &Event{} }

type Event struct{}

func (e *Event) Ctx(ctx context.Context) *Event { return e }
func (e *Event) Str(key, val string) *Event     { return e }
func (e *Event) Msg(msg string)                 {}
func (e *Event) Msgf(format string, v ...any)   {}
