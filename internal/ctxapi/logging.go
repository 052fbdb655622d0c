package ctxapi

import (
	"go/types"
	"slices"
	"strings"
)

// Logging APIs: which calls write a log record, and where they take their
// context and message. The slogattrs pass judges them.

// SlogOutput says where a function or method of log/slog that writes a
// record takes its arguments, counted after a method expression's receiver.
type SlogOutput struct {
	Ctx int // the context.Context; -1 for Debug, Info, Warn and Error
	Msg int // the message; the attributes follow it
}

var slogOutputs = map[string]SlogOutput{
	"Debug": {-1, 0}, "Info": {-1, 0}, "Warn": {-1, 0}, "Error": {-1, 0},
	"DebugContext": {0, 1}, "InfoContext": {0, 1}, "WarnContext": {0, 1}, "ErrorContext": {0, 1},
	"Log": {0, 2}, "LogAttrs": {0, 2},
}

// SlogOutputOf reports whether fn writes a slog record: Debug, Info, Warn,
// Error, their Context forms, Log and LogAttrs, as functions of package
// slog or methods of *slog.Logger (also promoted through embedding).
func SlogOutputOf(fn *types.Func) (SlogOutput, bool) {
	if fn == nil {
		return SlogOutput{}, false
	}
	out, ok := slogOutputs[fn.Name()]
	if !ok || !(IsFunc(fn, "log/slog", fn.Name()) || IsMethod(fn, "log/slog", "Logger", fn.Name())) {
		return SlogOutput{}, false
	}
	return out, true
}

var stdLogFamilies = map[string]string{
	"Print": "Print", "Printf": "Print", "Println": "Print",
	"Fatal": "Fatal", "Fatalf": "Fatal", "Fatalln": "Fatal",
	"Panic": "Panic", "Panicf": "Panic", "Panicln": "Panic",
}

// StdLogFamily returns "Print", "Fatal" or "Panic" if fn is one of
// package log's printing functions or the same method of *log.Logger
// (Printf, Fatalln…), and "" otherwise.
func StdLogFamily(fn *types.Func) string {
	if fn == nil || !(IsFunc(fn, "log", fn.Name()) || IsMethod(fn, "log", "Logger", fn.Name())) {
		return ""
	}
	return stdLogFamilies[fn.Name()]
}

// PrintfLogger is a third-party logger whose printf-style calls take no
// context.
type PrintfLogger int

const (
	ZapSugar     PrintfLogger = iota + 1 // go.uber.org/zap's *SugaredLogger: Infof…
	Logrus                               // github.com/sirupsen/logrus: Infof… of the package and of any of its types
	ZerologEvent                         // github.com/rs/zerolog's (*Event).Msgf
)

var (
	zapPrintf    = []string{"Debugf", "Infof", "Warnf", "Errorf", "DPanicf", "Panicf", "Fatalf", "Logf"}
	logrusPrintf = []string{"Tracef", "Debugf", "Infof", "Printf", "Warnf", "Warningf", "Errorf", "Fatalf", "Panicf", "Logf"}
)

// PrintfLoggerOf reports whether fn is a printf-style logging call of
// zap's SugaredLogger, of logrus (a function, or a method of Logger,
// Entry, FieldLogger or any other logrus type), or zerolog's (*Event).Msgf.
func PrintfLoggerOf(fn *types.Func) (PrintfLogger, bool) {
	if fn == nil || fn.Pkg() == nil {
		return 0, false
	}
	name := fn.Name()
	switch {
	case IsMethod(fn, "go.uber.org/zap", "SugaredLogger", name) && slices.Contains(zapPrintf, name):
		return ZapSugar, true
	case fn.Pkg().Path() == "github.com/sirupsen/logrus" && slices.Contains(logrusPrintf, name):
		return Logrus, true
	case IsMethod(fn, "github.com/rs/zerolog", "Event", "Msgf"):
		return ZerologEvent, true
	}
	return 0, false
}

// LogWrapper reports whether fn is a project's logging function with a
// context sibling (Info beside InfoContext, Trace beside
// TraceWithContext): dropping its context loses the log line's trace, a
// matter for slogattrs, not for the rules on cancellation.
func LogWrapper(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	// The shape first: it is cheap, and most calls fail it before the
	// sibling lookup (every pass asks this of every call).
	sig := fn.Signature()
	return sig.Results().Len() == 0 && sig.Variadic() && (logShaped(sig) || logLevelName(fn.Name())) &&
		Sibling(fn) != nil
}

// logShaped reports whether sig ends in (string, ...any), the shape of
// log functions.
func logShaped(sig *types.Signature) bool {
	p := sig.Params()
	if p.Len() < 2 {
		return false
	}
	last, ok := p.At(p.Len() - 1).Type().(*types.Slice)
	if !ok {
		return false
	}
	iface, ok := last.Elem().Underlying().(*types.Interface)
	msg, isBasic := p.At(p.Len() - 2).Type().Underlying().(*types.Basic)
	return ok && iface.Empty() && isBasic && msg.Kind() == types.String
}

// logLevelName reports whether name is a log level's function name:
// Info, Warnf, Errorw, Debugln…
func logLevelName(name string) bool {
	for _, level := range []string{"Trace", "Debug", "Info", "Warn", "Warning", "Error", "Fatal", "Panic", "Print", "Log"} {
		if rest, ok := strings.CutPrefix(name, level); ok {
			switch rest {
			case "", "f", "ln", "w":
				return true
			}
		}
	}
	return false
}
