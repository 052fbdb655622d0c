// Package ctxsever defines an Analyzer that reports code severing an
// available request context.
//
// # Analyzer ctxsever
//
// ctxsever: report code that severs an available context from its request
//
// Where a context is available — a context.Context parameter, or a
// parameter with a Context() context.Context method such as
// *http.Request — cancellation, deadlines and the trace travel with it.
// Code that starts from a new root or calls an API that cannot take the
// context loses all three. ctxsever reports, where a context is available:
//
//   - context.Background() and context.TODO(). Derive from the available
//     context instead (context.WithTimeout(ctx, d)), or, to outlive the
//     request, detach with context.WithoutCancel(ctx), which keeps the trace.
//     The suggested fix uses the available context.
//   - calls of a function or method F that has a context sibling: FContext
//     or FWithContext in the same package or method set, taking a
//     context.Context first and otherwise F's parameters and results
//     (db.Query → db.QueryContext, http.NewRequest →
//     http.NewRequestWithContext, exec.Command → exec.CommandContext). The
//     suggested fix calls the sibling with the available context.
//   - network calls that cannot take a context: http.Get, Head, Post and
//     PostForm (functions and *http.Client methods), net.Dial and
//     net.DialTimeout. Use http.NewRequestWithContext and Do, or
//     (&net.Dialer{}).DialContext, which the suggested fix writes.
//
// Example:
//
//	func handle(w http.ResponseWriter, r *http.Request) {
//		rows, err := db.Query("SELECT 1") // want QueryContext(r.Context(), …)
//		…
//	}
//
// A root that becomes, directly or through package context's
// derivations, a context stored in a struct field or a package variable
// (h.ctx, h.cancel = context.WithCancel(context.Background())) is the
// lifetime context of a long-lived object, not the request's, and is not
// reported.
//
// A context that carries no request (a process's, a command's, a
// component's Start(ctx), one stored in a field) loses no trace when
// severed: roots there are not reported, and calls that drop it only when
// it can be cancelled or has a deadline, and not after it is done. The
// -strict flag reports them as under a request. Calls of a project's
// logging wrapper with a Context form are left to slogattrs, and a request
// given its context before it is sent (req.WithContext(ctx)) is not
// reported.
//
// Code run by a goroutine launched where a context is available is left
// to the goroutinectx pass until the goroutine uses the context. Logging
// calls (log, log/slog) are left to slogattrs. Suppress a finding with
// //nolint:ctxsever or //lint:ignore ctxsever reason.
package ctxsever
