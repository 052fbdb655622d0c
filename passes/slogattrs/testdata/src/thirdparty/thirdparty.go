package thirdparty

import (
	"context"
	"net/http"

	"github.com/rs/zerolog"
	zlog "github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
	lr "github.com/sirupsen/logrus"
	"go.uber.org/zap"
)

func zapSugar(ctx context.Context, sugar *zap.SugaredLogger) {
	sugar.Infof("user %s", "x")                  // want `\(\*zap.SugaredLogger\).Infof drops the available context ctx: log a constant message with Infow and the trace fields from ctx`
	sugar.Errorf("failed %d", 1)                 // want `\(\*zap.SugaredLogger\).Errorf drops the available context ctx: log a constant message with Errorw`
	sugar.DPanicf("bad")                         // want `\(\*zap.SugaredLogger\).DPanicf drops the available context ctx: log a constant message with DPanicw`
	zap.NewNop().Sugar().With("k", 1).Warnf("x") // want `\(\*zap.SugaredLogger\).Warnf drops the available context ctx`
}

func logrusCalls(ctx context.Context, logger *logrus.Logger, entry *logrus.Entry, fl logrus.FieldLogger) {
	logrus.Infof("user %s", "x")                                // want `logrus.Infof drops the available context ctx: log through an entry made WithContext\(ctx\) so hooks can correlate the trace`
	lr.Debugf("aliased")                                        // want `logrus.Debugf drops the available context ctx`
	logrus.Printf("printf")                                     // want `logrus.Printf drops the available context ctx`
	logger.Errorf("failed %d", 1)                               // want `\(\*logrus.Logger\).Errorf drops the available context ctx: log through an entry made WithContext\(ctx\)`
	entry.Warnf("warn")                                         // want `\(\*logrus.Entry\).Warnf drops the available context ctx`
	logrus.WithField("k", 1).Infof("with a field")              // want `\(\*logrus.Entry\).Infof drops the available context ctx`
	fl.Infof("through the interface: no fix")                   // want `\(logrus.FieldLogger\).Infof drops the available context ctx`
	(*logrus.Logger).Infof(logger, "method expression: no fix") // want `\(\*logrus.Logger\).Infof drops the available context ctx`
}

func zerologCalls(ctx context.Context, logger *zerolog.Logger) {
	logger.Info().Msgf("user %s", "x")        // want `\(\*zerolog.Event\).Msgf drops the available context ctx: add Ctx\(ctx\) to the event so hooks can correlate the trace`
	zlog.Info().Str("k", "v").Msgf("n=%d", 1) // want `\(\*zerolog.Event\).Msgf drops the available context ctx`
}

func provider(w http.ResponseWriter, r *http.Request) {
	logrus.Infof("request %s", r.URL) // want `logrus.Infof drops the available context r.Context\(\): log through an entry made WithContext\(r.Context\(\)\)`
}

// Negatives: the logger got the context on its way.
func gotContext(ctx context.Context, logger *logrus.Logger, zl *zerolog.Logger, r *http.Request) {
	logrus.WithContext(ctx).Infof("fine")
	logrus.WithContext(ctx).WithField("k", 1).Infof("fine")
	logger.WithContext(ctx).Errorf("fine")
	entry := logrus.WithContext(ctx)
	entry.Infof("fine")
	e := entry.WithField("k", 1)
	e.Warnf("fine")
	zl.Info().Ctx(ctx).Msgf("fine %d", 1)
	zerolog.Ctx(ctx).Info().Msgf("fine %d", 1)
	zlog.Ctx(ctx).Error().Msgf("fine %d", 1)
	sugarFrom(ctx).Infof("fine %d", 1)
	loggerFor(r).Infof("fine %d", 1)
}

func sugarFrom(ctx context.Context) *zap.SugaredLogger { return zap.NewNop().Sugar() }
func loggerFor(r *http.Request) *logrus.Entry          { return logrus.WithContext(r.Context()) }

// Negatives: structured calls, no context, goroutines, user types.
func structured(ctx context.Context, sugar *zap.SugaredLogger, zl *zerolog.Logger) {
	sugar.Infow("structured", "k", 1)
	sugar.Info("not printf-style")
	zap.NewNop().Info("zap's Logger")
	logrus.Info("not printf-style")
	zl.Info().Msg("constant")
}

func main() {
	logrus.Infof("starting %d", 1)
	zap.NewNop().Sugar().Infof("starting %d", 1)
}

func plain(sugar *zap.SugaredLogger) {
	sugar.Infof("no context %d", 1)
	zlog.Info().Msgf("no context %d", 1)
}

type myLogger struct{}

func (myLogger) Infof(format string, args ...any) {}
func (myLogger) Msgf(format string, args ...any)  {}

func userType(ctx context.Context) {
	var m myLogger
	m.Infof("mine %d", 1)
	m.Msgf("mine %d", 1)
}

func launches(ctx context.Context) {
	go func() {
		poll(nil)
		logrus.Infof("owned by the goroutine")
	}()
}

// poll does work a context governs.
func poll(ctx context.Context) {}
