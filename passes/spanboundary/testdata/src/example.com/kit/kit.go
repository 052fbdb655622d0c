// Package kit is a package of a library module: the module builds no
// command (its examples/ do not count).
package kit

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"testing"
	"time"

	"example.com/kit/logx"
	"example.com/webframework"
	"golang.org/x/sync/semaphore"
	"golang.org/x/time/rate"
)

// A context carried in a struct.

type Options struct {
	Ctx  context.Context
	Addr string
}

type callOptions struct{ Options }

func Dial(o Options) error { // want Dial:`network I/O via net.Dial`
	_, err := net.Dial("tcp", o.Addr)
	return err
}

func DialPromoted(o *CallOptions) error { // want DialPromoted:`network I/O via net.Dial`
	_, err := net.Dial("tcp", o.Addr)
	return err
}

type CallOptions = callOptions

type Task struct {
	context.Context
	URL string
}

func (t *Task) Fetch() error { // want Fetch:`network I/O via http.Get`
	_, err := http.Get(t.URL)
	return err
}

type Handler struct{ C *webframework.GinContext }

func (h Handler) Serve() error { // want Serve:`network I/O via http.Get`
	_, err := http.Get("https://example.com")
	return err
}

type Plain struct{ URL string }

func (p Plain) Fetch() error { // want `exported Plain\.Fetch does network I/O without a context \(http\.Get\)` Fetch:`network I/O via http.Get`
	_, err := http.Get(p.URL)
	return err
}

// Taking a context is not doing I/O.

func Note(l *logx.Logger, msg string) error {
	return l.Write(context.Background(), msg) // the module's own logger: its body is seen
}

func Throttle(sem *semaphore.Weighted, l *rate.Limiter) error {
	if err := sem.Acquire(context.Background(), 1); err != nil {
		return err
	}
	return l.Wait(context.Background())
}

// An interface method cannot be seen: its signature counts.
func Ping(p interface{ Ping(context.Context) error }) error { // want `exported Ping does network I/O without a context \(Ping\)` Ping:`network I/O via Ping through parameter 1`
	return p.Ping(context.Background())
}

// Having a context sibling is not network I/O.

func Probe(target string) *http.Request {
	return httptest.NewRequest("GET", target, nil) // in memory
}

type ContextFunc func(context.Context) error

func Wrap(f func(context.Context) error) ContextFunc {
	return ContextFunc(f) // a conversion, not a call
}

func Render(in string) ([]byte, error) { // want `exported Render runs a subprocess without a context \(exec\.Command\)` Render:`subprocess via exec.Command`
	return exec.Command("dot", in).Output()
}

// Siblings named …Ctx and …WithCtx.

type Client struct{ Addr string }

func (c *Client) Do(req string) error { // want Do:`network I/O via \(\*net.Dialer\).DialContext`
	return c.DoCtx(context.Background(), req)
}

func (c *Client) DoCtx(ctx context.Context, req string) error { // want DoCtx:`network I/O via \(\*net.Dialer\).DialContext`
	_, err := (&net.Dialer{}).DialContext(ctx, "tcp", c.Addr)
	return err
}

func (c *Client) Query(q string) error { // want Query:`network I/O via \(\*net.Dialer\).DialContext`
	return c.QueryWithCtx(context.Background(), q)
}

func (c *Client) QueryWithCtx(ctx context.Context, q string) error { // want QueryWithCtx:`network I/O via \(\*net.Dialer\).DialContext`
	return c.DoCtx(ctx, q)
}

func (c *Client) Send(msg string) error { // want `exported Client\.Send does network I/O` Send:`network I/O via \(\*net.Dialer\).DialContext`
	return c.DoCtx(context.Background(), msg)
}

// A signature fixed by an interface.

type Reporter interface {
	Report(metrics []string) error
}

type PushReporter struct{ URL string }

func (r *PushReporter) Report(metrics []string) error { // want Report:`network I/O via http.Post`
	_, err := http.Post(r.URL, "text/plain", nil)
	return err
}

func (r *PushReporter) Flush() error { // want `exported PushReporter\.Flush does network I/O` Flush:`network I/O via http.Post`
	_, err := http.Post(r.URL, "text/plain", nil)
	return err
}

// I/O only through a parameter that the call site switches off.

type BlobStore interface {
	Put(ctx context.Context, key string) error
}

func save(bs BlobStore, key string) error { // want save:`network I/O via \(kit.BlobStore\).Put through parameter 1`
	if bs != nil {
		return bs.Put(context.Background(), key)
	}
	return nil
}

func Save(key string) error {
	return save(nil, key)
}

func SaveTo(bs BlobStore, key string) error { // want `exported SaveTo does network I/O without a context \(\(kit\.BlobStore\)\.Put via kit\.save\)` SaveTo:`network I/O via \(kit.BlobStore\).Put through parameter 1`
	return save(bs, key)
}

// Test support.

func NewServer(t testing.TB, url string) { // want NewServer:`network I/O via http.Get`
	if _, err := http.Get(url); err != nil {
		t.Fatal(err)
	}
}

// Lifecycle APIs that own a long-lived context.

type Watcher struct {
	stop chan struct{}
	URL  string
}

func (w *Watcher) Run() { // want Run:`network I/O via http.Get`
	for {
		select {
		case <-w.stop:
			return
		case <-time.After(time.Second):
			_, _ = http.Get(w.URL)
		}
	}
}

func (w *Watcher) Poll() error { // want `exported Watcher\.Poll does network I/O` Poll:`network I/O via http.Get`
	_, err := http.Get(w.URL)
	return err
}

var lifetime context.Context

func Start(url string) error { // want Start:`network I/O via http.Get`
	lifetime = context.Background()
	_, err := http.Get(url)
	return err
}

// NewTracedRequest builds a request its caller sends: no I/O here.
func NewTracedRequest(method, url string) (*http.Request, error) {
	return http.NewRequest(method, url, nil)
}
