// Package logrus is a stub of github.com/sirupsen/logrus for tests.
package logrus

import "context"

type Logger struct{}

func New() *Logger { return &Logger{} }

func (l *Logger) WithContext(ctx context.Context) *Entry { return &Entry{Context: ctx} }
func (l *Logger) WithField(key string, value any) *Entry { return &Entry{} }
func (l *Logger) Debugf(format string, args ...any)      {}
func (l *Logger) Infof(format string, args ...any)       {}
func (l *Logger) Warnf(format string, args ...any)       {}
func (l *Logger) Errorf(format string, args ...any)      {}
func (l *Logger) Info(args ...any)                       {}

type Entry struct {
	Context context.Context
}

func (e *Entry) WithContext(ctx context.Context) *Entry { return e }
func (e *Entry) WithField(key string, value any) *Entry { return e }
func (e *Entry) Debugf(format string, args ...any)      {}
func (e *Entry) Infof(format string, args ...any)       {}
func (e *Entry) Printf(format string, args ...any)      {}
func (e *Entry) Warnf(format string, args ...any)       {}
func (e *Entry) Errorf(format string, args ...any)      {}
func (e *Entry) Info(args ...any)                       {}

type FieldLogger interface {
	WithField(key string, value any) *Entry
	Infof(format string, args ...any)
	Info(args ...any)
}

func WithContext(ctx context.Context) *Entry { return &Entry{Context: ctx} }
func WithField(key string, value any) *Entry { return &Entry{} }
func Debugf(format string, args ...any)      {}
func Infof(format string, args ...any)       {}
func Printf(format string, args ...any)      {}
func Info(args ...any)                       {}
