// Package goroutinectx defines an Analyzer that reports goroutines
// launched with a context at hand but without an explicit choice between
// inheriting and detaching it.
//
// # Analyzer goroutinectx
//
// goroutinectx: report goroutines launched without an explicit inherit-or-detach context choice
//
// A goroutine launched where a context is available — a go statement,
// (*errgroup.Group).Go or TryGo, (*sync.WaitGroup).Go, time.AfterFunc,
// context.AfterFunc, sourcegraph/conc's WaitGroup.Go and pools' Go, or a
// call of a function that runs its function parameter on a new goroutine
// (a project's own safeGo(fn), known across packages by a fact), in a
// function with a context.Context parameter or one that carries a
// request context (*http.Request, gin's *Context, echo's Context, fiber's
// *Ctx) — must say whether its work belongs to the request:
//
//   - inherit: pass the context, or one derived from it (WithTimeout,
//     errgroup.WithContext, r.Context(), …), or use it in the function
//     literal. The goroutine is cancelled with the request and stays in its
//     trace.
//   - detach: pass or use context.WithoutCancel(ctx). The goroutine
//     outlives the request and stays in its trace.
//
// goroutinectx reports, once per launch, at the go keyword or the Go
// selector:
//
//   - a goroutine that starts from context.Background() or context.TODO():
//     it severs the trace. The suggested fix replaces the call with
//     context.WithoutCancel(ctx), which detaches and keeps the trace. Write
//     a deliberate new root with //nolint:goroutinectx // reason.
//   - a goroutine that makes no choice but does work a context governs:
//     a call that takes a context (even nil or a struct field's), a call
//     with a context sibling (Query → QueryContext), a network call that
//     cannot take a context (http.Get, net.Dial), a log call (log,
//     log/slog) or a span start — in the function literal's body, or in
//     the body of the launched function, followed through calls in the
//     same package and, across packages, through facts. Goroutines that
//     only send on channels, lock, count or compute are left alone.
//   - a goroutine launched by an HTTP handler (a function with an
//     http.ResponseWriter and a *http.Request parameter, or a literal in
//     one) that hands the request's context to its work and that the
//     handler does not wait for: the context is cancelled as soon as the
//     handler returns. The handler waits for it when, later (or in a
//     deferred call, or in the next iteration of a loop), it calls Wait on
//     the errgroup or WaitGroup the goroutine was launched with or signals,
//     receives from a channel the goroutine sends on or closes, or hands
//     such a WaitGroup or channel to other code. A goroutine that only
//     watches the context (ctx.Done(), ctx.Err()) wants its cancellation
//     and is not reported. Detach with context.WithoutCancel(ctx), or wait.
//     A goroutine meant to end with the request while the handler blocks
//     on other work (a websocket reader) is written with
//     //nolint:goroutinectx // reason. Handlers of gin, echo, fiber, chi
//     and gorilla/mux, Connect handlers, gRPC interceptors and methods of
//     a gRPC service (a type embedding its Unimplemented…Server) are
//     handlers too.
//   - a goroutine that runs a function which makes its own context root
//     for the work it does (go s.refresh(), where refresh calls
//     context.WithTimeout(context.Background(), …)): it severs the trace.
//   - a goroutine in a gin handler or middleware that uses the
//     *gin.Context itself, which gin reuses once the handler returns. The
//     suggested fix declares cCp := c.Copy() before the launch and makes
//     the goroutine use cCp.
//
// Example:
//
//	func handle(w http.ResponseWriter, r *http.Request) {
//		go audit(r.Context(), r.URL.Path) // want: detach with context.WithoutCancel(r.Context())
//		go func() {
//			log.Printf("served %s", r.URL.Path) // want: no context choice
//		}()
//		go refresh(context.Background()) // want: severs the trace
//	}
//
// Under a context that carries no request (a process's, a command's) a
// goroutine needs no trace choice; one that starts from a fresh root is
// still reported when that context can be cancelled and the goroutine
// does I/O. A goroutine that only logs needs no choice (slogattrs judges
// its log calls); one that uses an object bound to the context (an object a
// call returned when given it, a derived context's CancelFunc, a field
// assigned it before the launch) or whose launcher selects on its signal
// and the context's Done has chosen. The -strict flag judges every
// context as a request's.
//
// A goroutine launched inside a goroutine that is reported is not
// reported again, unless it starts from a fresh root of its own: fixing
// the outer goroutine gives it a context to use. Code run by a
// goroutine that has not chosen is left to this pass: ctxsever reports
// in it only once it inherits. Launches in functions without a context
// (main, init, tests) are not reported. Suppress a finding with
// //nolint:goroutinectx or //lint:ignore goroutinectx reason.
package goroutinectx
