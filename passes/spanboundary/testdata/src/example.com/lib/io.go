package lib

import (
	"context"
	"database/sql"
	"log/slog"
	"net"
	"net/http"

	"example.com/lib/internal/store"
)

// A network call that cannot take a context.
func Fetch(url string) error { // want `exported Fetch does network I/O without a context \(http\.Get\): accept a context\.Context first parameter and pass it on` Fetch:`network I/O via http.Get`
	resp, err := http.Get(url)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// The same with a context: not reported, no fact.
func FetchWith(ctx context.Context, url string) error { // want FetchWith:`network I/O via http.NewRequestWithContext`
	req, err := http.NewRequestWithContext(ctx, "GET", url, nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// I/O through an unexported helper.
func Sync() error { // want `exported Sync does network I/O without a context \(net\.Dial via lib\.dial\)` Sync:`network I/O via net.Dial`
	return dial()
}

func dial() error { // want dial:`network I/O via net.Dial`
	_, err := net.Dial("tcp", "example.com:80")
	return err
}

// A call of a function that takes a context.
func Refresh() error { // want `exported Refresh does network I/O without a context \(http\.NewRequestWithContext via lib\.FetchWith\)` Refresh:`network I/O via http.NewRequestWithContext`
	return FetchWith(context.Background(), "https://example.com")
}

// A call with a context sibling.
func Count(db *sql.DB) (int, error) { // want `exported Count does network I/O without a context \(\(\*sql\.DB\)\.QueryRow\)` Count:`network I/O via \(\*sql.DB\).QueryRow`
	var n int
	err := db.QueryRow("SELECT count(*) FROM t").Scan(&n)
	return n, err
}

// I/O through an internal package of the module, known by its fact.
func Stored(key string) (string, error) { // want `exported Stored does network I/O without a context \(store\.Get\)` Stored:`network I/O via store.Get`
	return store.Get(key)
}

// No I/O.
func Parse(s string) int { return len(s) }

// Logging takes a context for the trace; it is no network I/O.
func Evict(key string) {
	slog.LogAttrs(context.Background(), slog.LevelInfo, "evict", slog.String("key", key))
	slog.Info("evicted", "key", key)
}

// A convenience form next to its context sibling: the library already
// accepts a context.
func Load(key string) error { // want Load:`network I/O via http.NewRequestWithContext`
	return LoadContext(context.Background(), key)
}

func LoadContext(ctx context.Context, key string) error { // want LoadContext:`network I/O via http.NewRequestWithContext`
	return FetchWith(ctx, "https://example.com/"+key)
}

// A context it accepts and drops: http.Get cannot take it (no fix).
func Handle(_ context.Context, url string) error { // want Handle:`network I/O via http.Get` `Handle accepts a context but drops it: network I/O without it \(http\.Get\); name it and pass it on`
	_, err := http.Get(url)
	return err
}

// A provider parameter.
func Forward(r *http.Request) error { // want Forward:`network I/O via http.Get`
	_, err := http.Get("https://example.com" + r.URL.Path)
	return err
}

// A span start with a root context is rule (a)'s finding alone.
func Warm() {
	_, span := tracer.Start(context.Background(), "warm") // want `starts an OpenTelemetry span`
	span.End()
}

// Both defects.
func Prefetch(url string) error { // want `exported Prefetch does network I/O without a context \(http\.NewRequestWithContext via lib\.FetchWith\)` Prefetch:`network I/O via http.NewRequestWithContext`
	ctx, span := tracer.Start(context.Background(), "prefetch") // want `starts an OpenTelemetry span`
	defer span.End()
	return FetchWith(ctx, url)
}

// I/O in a goroutine that may outlive the call is not the function's.
func StartPolling(url string) {
	go poll(url)
	go func() {
		_ = Fetch(url)
	}()
}

func poll(url string) { // want poll:`network I/O via http.Get`
	_ = Fetch(url)
}

// Nor is I/O in a handler it registers, which has its own context.
func Register(mux *http.ServeMux) {
	mux.HandleFunc("/x", func(w http.ResponseWriter, r *http.Request) {
		_ = FetchWith(r.Context(), "https://example.com")
	})
}

// But a function literal it calls is.
func Once() error { // want `exported Once does network I/O without a context \(http\.Get via lib\.Fetch\)` Once:`network I/O via http.Get`
	var err error
	func() { err = Fetch("https://example.com") }()
	return err
}

// A call of a function value that takes a context.
func Call(f func(context.Context) error) error { // want `exported Call does network I/O without a context \(f\)` Call:`network I/O via f`
	return f(context.Background())
}

// Methods.
type Client struct{ hc *http.Client }

func (c *Client) Ping() error { // want `exported Client\.Ping does network I/O without a context \(\(\*http\.Client\)\.Get\)` Ping:`network I/O via \(\*http.Client\).Get`
	_, err := c.hc.Get("https://example.com")
	return err
}

func (c *Client) Probe(ctx context.Context) error { // want Probe:`network I/O via http.NewRequestWithContext`
	req, err := http.NewRequestWithContext(ctx, "GET", "https://example.com", nil)
	if err != nil {
		return err
	}
	_, err = c.hc.Do(req)
	return err
}

func (c *Client) Reprobe() error { // want `exported Client\.Reprobe does network I/O without a context \(http\.NewRequestWithContext via \(\*lib\.Client\)\.Probe\)` Reprobe:`network I/O via http.NewRequestWithContext`
	return c.Probe(context.Background())
}

// A convenience form next to its context sibling.
func (c *Client) Status() error { // want Status:`network I/O via http.NewRequestWithContext`
	return c.StatusContext(context.Background())
}

func (c *Client) StatusContext(ctx context.Context) error { return c.Probe(ctx) } // want StatusContext:`network I/O via http.NewRequestWithContext`

// Close's signature is io.Closer's.
func (c *Client) Close() error { // want Close:`network I/O via http.NewRequestWithContext`
	return c.Probe(context.Background())
}

// An unexported method of an exported type.
func (c *Client) ping() error { // want ping:`network I/O via \(\*http.Client\).Get`
	_, err := c.hc.Get("https://example.com")
	return err
}

// An exported method of an unexported type.
type conn struct{}

func (conn) Ping() error { // want Ping:`network I/O via http.Get`
	_, err := http.Get("https://example.com")
	return err
}

// A receiver that carries a context: a request being built.
type Request struct {
	ctx context.Context
	url string
}

func (r *Request) Context() context.Context { return r.ctx }

func (r *Request) Send() error { // want Send:`network I/O via http.NewRequestWithContext`
	return FetchWith(r.ctx, r.url)
}

// A receiver with a context field.
type Job struct {
	Ctx context.Context
	URL string
}

func (j Job) Run() error { // want Run:`network I/O via http.NewRequestWithContext`
	return FetchWith(j.Ctx, j.URL)
}
