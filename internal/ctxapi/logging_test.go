package ctxapi_test

import (
	"fmt"
	"go/ast"
	"testing"

	"github.com/obslint/obslint/internal/ctxapi"
)

// Stubs of the third-party loggers, as much of them as the test calls.
var loggingStubs = map[string]string{
	"go.uber.org/zap": `package zap
type SugaredLogger struct{}
func (*SugaredLogger) Infof(string, ...any)   {}
func (*SugaredLogger) Logf(int, string, ...any) {}
func (*SugaredLogger) Infow(string, ...any)   {}
func (*SugaredLogger) Info(...any)            {}`,
	"github.com/sirupsen/logrus": `package logrus
type Entry struct{}
func (*Entry) Warnf(string, ...any) {}
func (*Entry) Warn(...any)          {}
type FieldLogger interface{ Infof(string, ...any) }
func Printf(string, ...any) {}
func WithField(string, any) *Entry { return nil }`,
	"github.com/rs/zerolog": `package zerolog
type Event struct{}
func (*Event) Msgf(string, ...any) {}
func (*Event) Msg(string)          {}`,
}

const loggingSrc = `package p

import (
	"context"
	"log"
	"log/slog"
	sl "log/slog"

	"github.com/rs/zerolog"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
)

type embedded struct{ *slog.Logger }

type mine struct{}

func (mine) Info(string, ...any)   {}
func (mine) Printf(string, ...any) {}
func (mine) Infof(string, ...any)  {}

func f(ctx context.Context, l *slog.Logger, e embedded, m mine, ll *log.Logger,
	s *zap.SugaredLogger, entry *logrus.Entry, fl logrus.FieldLogger, ev *zerolog.Event) {
	slog.Info("m")
	sl.ErrorContext(ctx, "m")
	l.Log(ctx, slog.LevelInfo, "m")
	(*slog.Logger).LogAttrs(l, ctx, slog.LevelInfo, "m")
	e.Warn("m")
	slog.With("k", 1)
	slog.String("k", "v")
	m.Info("m")

	log.Printf("m")
	log.Fatalln("m")
	ll.Panic("m")
	log.SetFlags(0)
	m.Printf("m")

	s.Infof("m")
	s.Logf(0, "m")
	s.Infow("m")
	logrus.Printf("m")
	entry.Warnf("m")
	fl.Infof("m")
	logrus.WithField("k", 1).Warn("m")
	ev.Msgf("m")
	ev.Msg("m")
	m.Infof("m")
}
`

// classify type-checks loggingSrc and describes each call of f by what
// the logging helpers say of its callee.
func classify(t *testing.T) []string {
	t.Helper()
	fset, file, _, info := typecheck(t, loggingStubs, loggingSrc)
	var got []string
	ast.Inspect(file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		fn := ctxapi.Callee(info, call)
		desc := fmt.Sprintf("%s:", fset.Position(call.Pos()).String()[len("p.go:"):])
		if out, ok := ctxapi.SlogOutputOf(fn); ok {
			desc += fmt.Sprintf(" slog ctx=%d msg=%d", out.Ctx, out.Msg)
		}
		if family := ctxapi.StdLogFamily(fn); family != "" {
			desc += " log " + family
		}
		if logger, ok := ctxapi.PrintfLoggerOf(fn); ok {
			desc += fmt.Sprintf(" printf %d", logger)
		}
		got = append(got, desc)
		return false
	})
	return got
}

func TestLogging(t *testing.T) {
	want := []string{
		"24:2: slog ctx=-1 msg=0",
		"25:2: slog ctx=0 msg=1",
		"26:2: slog ctx=0 msg=2",
		"27:2: slog ctx=0 msg=2",
		"28:2: slog ctx=-1 msg=0", // promoted through embedding
		"29:2:",                   // slog.With: not an output
		"30:2:",                   // slog.String
		"31:2:",                   // a user's type with an Info method
		"33:2: log Print",
		"34:2: log Fatal",
		"35:2: log Panic",
		"36:2:", // log.SetFlags
		"37:2:", // a user's Printf
		fmt.Sprintf("39:2: printf %d", ctxapi.ZapSugar),
		fmt.Sprintf("40:2: printf %d", ctxapi.ZapSugar),
		"41:2:", // Infow
		fmt.Sprintf("42:2: printf %d", ctxapi.Logrus),
		fmt.Sprintf("43:2: printf %d", ctxapi.Logrus),
		fmt.Sprintf("44:2: printf %d", ctxapi.Logrus), // through the FieldLogger interface
		"45:2:", // Warn: not printf-style
		fmt.Sprintf("46:2: printf %d", ctxapi.ZerologEvent),
		"47:2:", // Msg
		"48:2:", // a user's Infof
	}
	got := classify(t)
	if len(got) != len(want) {
		t.Fatalf("got %d calls, want %d:\n%q", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("call %d: got %q, want %q", i, got[i], want[i])
		}
	}
}
