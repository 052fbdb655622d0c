// Package slogattrs defines an Analyzer that reports log calls that lose
// their structure or their correlation with the request's trace.
//
// # Analyzer slogattrs
//
// slogattrs: report log calls that lose structure or trace correlation
//
// A trace ID reaches a log line in one of two ways: through the context,
// from which a slog handler reads the current span, or through the line's
// attributes. A log call with neither cannot be joined to its trace, and a
// message built from values cannot be searched or grouped. slogattrs
// reports:
//
//   - unstructured logging where a context is available: package log's
//     Print, Fatal and Panic functions (and their f and ln forms), the same
//     methods of *log.Logger, and fmt.Fprint, Fprintf and Fprintln writing
//     to os.Stderr itself (not os.Stdout, nor a variable holding os.Stderr).
//     Log with slog and the context instead: slog.InfoContext(ctx, msg,
//     attrs…), or slog.ErrorContext before exiting or panicking.
//   - slog's Debug, Info, Warn and Error, functions or methods of any
//     *slog.Logger (a field, a variable, slog.Default(), logger.With(…)),
//     where a context is available. The suggested fix calls the Context
//     form with the available context, keeping the receiver.
//   - slog calls whose message is built from values, anywhere: an
//     fmt.Sprint, Sprintf or Sprintln call with a value that is not a
//     constant, or a string concatenation that is not constant. Keep the
//     message constant and pass the values as attributes. This also applies
//     to the Context forms and to Log and LogAttrs, whose message is their
//     third argument.
//   - with -slogattrs.require=trace_id,span_id (empty by default), slog
//     calls that pass no context and lack one of the required keys, both
//     as an attribute of the call (a constant string key, or a slog.Attr
//     made by slog.String, slog.Any… or written as a literal) and on the
//     logger, through a With(…) on it earlier in the same function (on the
//     logger expression itself, or on a value assigned before to the local
//     variable it is). A call passes a context when it is a Context form,
//     Log or LogAttrs whose context is neither nil, context.Background()
//     nor context.TODO(). A key that cannot be read (not constant, spread
//     with ..., an Attr from elsewhere, a logger after WithGroup) may be
//     any key: such calls are not reported.
//   - printf-style calls of third-party loggers where a context is
//     available: the f methods of go.uber.org/zap's *SugaredLogger (use the
//     w form with a constant message and the trace fields), the f
//     functions and methods of github.com/sirupsen/logrus (log through an
//     entry made WithContext(ctx); the suggested fix inserts it), and
//     github.com/rs/zerolog's (*Event).Msgf (add Ctx(ctx) to the event; the
//     suggested fix inserts it). A call is not reported when the logger got
//     a context on its way: a call in its receiver chain, or in a value
//     assigned earlier to the local variable it is called on, takes a
//     context or a value with a Context() method (logrus.WithContext(ctx),
//     event.Ctx(ctx), zerolog's log.Ctx(ctx), loggerFrom(ctx)).
//   - in an application package (package main, or under an internal or cmd
//     path element) of a program that traces (see internal/tracing: it
//     starts spans, installs a tracer, or imports a package of its module
//     that does), the handler of a logger made with slog.New that never
//     reads the span from the context: slog.NewJSONHandler or NewTextHandler
//     given to slog.New directly or through a variable used for nothing
//     else, and a handler type whose Handle ignores its context (declared
//     in the package, or known through a fact). Its …Context log calls
//     carry no trace id: wrap the handler (an OpenTelemetry slog bridge such
//     as otelslog, or a Handler that adds the ids of
//     trace.SpanContextFromContext(ctx)). A handler handed to a wrapper,
//     the otelslog bridge and libraries' loggers are not reported.
//
// Functions are recognised by their types.Object, so aliased imports,
// promoted methods and method expressions match, and a user's own type with
// an Info method does not. Mismatched key/value pairs are go vet's slog
// check and are not reported here.
//
// Each call gets at most one finding. A call that drops the context and
// builds its message from values, or lacks required keys and builds its
// message from values, gets one diagnostic naming both defects, with the
// fix for the context when there is one. A call that carries every
// required key (when -require is set) is correlated through its
// attributes, and is not reported for dropping the context. Where a
// context is available, a Context form called on context.Background() is
// left to the ctxsever pass, which reports the root.
//
// Example:
//
//	func handle(w http.ResponseWriter, r *http.Request) {
//		slog.Info(fmt.Sprintf("user %s logged in", id))
//		// want: slog.InfoContext(r.Context(), "user logged in", "user", id)
//	}
//
// Under a context that carries no request (a process's, a command's) log
// calls have no trace to join and are not reported for dropping it, nor
// in an application module whose go.mod does not require both a tracing
// API and a log bridge that reads the trace from the context (-strict
// reports them). A project's logging wrapper with a Context form
// (Info beside InfoContext) is judged like slog. A message whose only
// values are fields of the method's receiver (s.name + ": failed") names
// the component and counts as constant.
//
// Code run by a goroutine launched where a context is available is left
// to the goroutinectx pass until the goroutine uses the context: there only
// messages built from values are reported. Suppress a finding with
// //nolint:slogattrs or //lint:ignore slogattrs reason.
package slogattrs
