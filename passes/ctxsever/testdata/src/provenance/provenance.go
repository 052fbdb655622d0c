// Provenance: a context that carries no request (a process's, a command's,
// a component's lifetime) loses no trace when severed, and loses
// cancellation only if it can be cancelled. In package main every caller
// is visible.
package main

import (
	"context"
	"database/sql"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"time"

	"go.opentelemetry.io/otel/trace"
)

var db *sql.DB

func main() {
	ctx := context.Background()
	serve(ctx)
	sigCtx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	work(sigCtx)
	shared(ctx)
	http.HandleFunc("/", handle)
}

// serve runs under the process's root: nothing to sever, nothing to cancel.
func serve(ctx context.Context) {
	deeper(ctx)
	_ = context.Background()
	_ = db.Ping()
	_, _ = http.Get("http://example.com")
}

// work runs under a context a signal cancels: dropping it loses the
// cancellation, not a trace.
func work(ctx context.Context) {
	_ = context.Background()
	_ = db.Ping()                         // want `\(\*sql.DB\).Ping drops the available context ctx: call PingContext\(ctx, …\)`
	_, _ = http.Get("http://example.com") // want `http.Get takes no context`
	<-ctx.Done()
	_ = db.Ping() // shutdown after the lifetime is over: passing ctx would fail the call
}

// handle serves requests; helper is called from it and from main, so its
// context may be a request's.
func handle(w http.ResponseWriter, r *http.Request) {
	helper(r.Context())
	probe(r.Context())
}

func shared(ctx context.Context) { helper(ctx) }

func helper(ctx context.Context) {
	_ = context.Background() // want `context.Background\(\) severs the available context ctx`
	_ = db.Ping()            // want `\(\*sql.DB\).Ping drops the available context ctx`
}

// A readiness probe under a deadline of its own.
func probe(ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	_ = db.Ping() // want `\(\*sql.DB\).Ping drops the available context ctx`
}

// Used as a value: callers unseen, judged as a request's.
var hook = func(ctx context.Context) {
	_ = context.TODO() // want `context.TODO\(\) severs the available context ctx`
}

// A root linked to the request's span is a deliberate detachment.
func linked(ctx context.Context, tracer trace.Tracer) {
	bg, span := tracer.Start(context.Background(), "async", trace.WithLinks(trace.LinkFromContext(ctx)))
	_, _ = bg, span
	_, _ = tracer.Start(context.Background(), "unlinked") // want `context.Background\(\) severs the available context ctx`
}

var _ = linked

// A request built without a context but given one before it is sent.
func client(ctx context.Context) error {
	req, err := http.NewRequest("GET", "http://example.com", nil)
	if err != nil {
		return err
	}
	req = req.WithContext(ctx)
	_, err = http.DefaultClient.Do(req)
	return err
}

func clientHandoff(ctx context.Context) error {
	req, err := http.NewRequest("GET", "http://example.com", nil)
	if err != nil {
		return err
	}
	return send(ctx, req)
}

func send(ctx context.Context, req *http.Request) error {
	_, err := http.DefaultClient.Do(req.Clone(ctx))
	return err
}

func clientWithout(ctx context.Context) error {
	req, err := http.NewRequest("GET", "http://example.com", nil) // want `http.NewRequest drops the available context ctx`
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

var _, _, _ = client, clientHandoff, clientWithout

type builder struct {
	raw *http.Request
}

func (cl *builder) build(ctx context.Context) (err error) {
	cl.raw, err = http.NewRequest("GET", "http://example.com", nil)
	if err != nil {
		return err
	}
	cl.raw = cl.raw.WithContext(ctx)
	return nil
}

var _ = (*builder).build

type envelope struct{ ctx context.Context }

func (e *envelope) SetContext(ctx context.Context) { e.ctx = ctx }

func newEnvelope() *envelope { return &envelope{} }

func newEnvelopeContext(ctx context.Context) *envelope { return &envelope{ctx: ctx} }

func wrap(ctx context.Context) *envelope {
	e := newEnvelope()
	e.SetContext(ctx)
	return e
}

func wrapWithout(ctx context.Context) *envelope {
	return newEnvelope() // want `main.newEnvelope drops the available context ctx`
}

var _, _ = wrap, wrapWithout

type runner struct{ cmd *exec.Cmd }

// A subprocess kept for later requests must outlive the one that starts it.
func (rn *runner) spawn(ctx context.Context) error {
	cmd := exec.Command("runner", "--serve")
	rn.cmd = cmd
	return cmd.Start()
}

var _ = (*runner).spawn

type params struct{ ctx context.Context }

func newParams() *params { return &params{} }

func newParamsWithContext(ctx context.Context) *params { return &params{ctx: ctx} }

func (p *params) WithContext(ctx context.Context) *params { p.ctx = ctx; return p }

// A generated client's parameters, bound to the context at once.
func chained(ctx context.Context) *params { return newParams().WithContext(ctx) }

var _ = chained

// deeper gets serve's lifetime through its only caller.
func deeper(ctx context.Context) {
	_ = context.Background()
}

// A request's context travels through helpers the same way.
func handleChain(w http.ResponseWriter, r *http.Request) { step(r.Context()) }

func step(ctx context.Context) { last(ctx) }

func last(ctx context.Context) {
	_ = context.Background() // want `context.Background\(\) severs the available context ctx`
}

var _ = handleChain
