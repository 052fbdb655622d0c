// Package zap is a stub of go.uber.org/zap for tests.
package zap

type Logger struct{}

func NewNop() *Logger                     { return &Logger{} }
func (*Logger) Sugar() *SugaredLogger     { return &SugaredLogger{} }
func (*Logger) Info(msg string, _ ...any) {}

type SugaredLogger struct{}

func (s *SugaredLogger) With(args ...any) *SugaredLogger { return s }

func (*SugaredLogger) Debugf(template string, args ...any)  {}
func (*SugaredLogger) Infof(template string, args ...any)   {}
func (*SugaredLogger) Warnf(template string, args ...any)   {}
func (*SugaredLogger) Errorf(template string, args ...any)  {}
func (*SugaredLogger) DPanicf(template string, args ...any) {}
func (*SugaredLogger) Panicf(template string, args ...any)  {}
func (*SugaredLogger) Fatalf(template string, args ...any)  {}

func (*SugaredLogger) Infow(msg string, keysAndValues ...any) {}
func (*SugaredLogger) Info(args ...any)                       {}
