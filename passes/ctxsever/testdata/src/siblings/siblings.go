package siblings

import (
	"context"
	"database/sql"
	"net"
	"net/http"
	nethttp "net/http"
	"os/exec"
)

func query(ctx context.Context, db *sql.DB) {
	rows, _ := db.Query("SELECT 1") // want `\(\*sql.DB\).Query drops the available context ctx: call QueryContext\(ctx, …\)`
	_ = rows
	_, _ = db.Exec("DELETE FROM t WHERE id = ?", 1) // want `\(\*sql.DB\).Exec drops the available context ctx: call ExecContext\(ctx, …\)`
	_ = db.Ping()                                   // want `\(\*sql.DB\).Ping drops the available context ctx: call PingContext\(ctx, …\)`
	_, _ = (*sql.DB).Query(db, "SELECT 2")          // want `\(\*sql.DB\).Query drops the available context ctx`
}

func request(w http.ResponseWriter, r *http.Request) {
	req, _ := http.NewRequest("GET", "http://example.com", nil) // want `http.NewRequest drops the available context r.Context\(\): call NewRequestWithContext\(r.Context\(\), …\)`
	_ = req
	req2, _ := nethttp.NewRequest("GET", "http://example.com", nil) // want `http.NewRequest drops the available context r.Context\(\)`
	_ = req2
	_ = exec.Command("ls", "-l") // want `exec.Command drops the available context r.Context\(\): call CommandContext`
}

func dialer(ctx context.Context, d *net.Dialer) {
	_, _ = d.Dial("tcp", "localhost:80") // want `\(\*net.Dialer\).Dial drops the available context ctx: call DialContext`
}

func methodValue(ctx context.Context, db *sql.DB) {
	q := db.Query // want `\(\*sql.DB\).Query used as a value drops the available context ctx: use QueryContext with ctx`
	_, _ = q("SELECT 1")
}

// A library's own API with a sibling, found by signature alone.
type Client struct{}

func (c *Client) Fetch(key string) (string, error) { return c.FetchContext(context.Background(), key) }
func (c *Client) FetchContext(ctx context.Context, key string) (string, error) {
	return "", nil
}

func Send(msg string) error                                      { return nil }
func SendWithContext(ctx context.Context, msg string) error      { return nil }
func Lookup(name string, opt int) error                          { return nil }
func LookupContext(ctx context.Context, name string) error       { return nil } // not a sibling: parameters differ
func Get(key string) string                                      { return "" }
func GetContext(ctx context.Context, key string) (string, error) { return "", nil } // not a sibling: results differ

// AWS SDK v1 style: the sibling takes trailing request options.
type Option func()

func (c *Client) Put(in string) error { return nil }
func (c *Client) PutWithContext(ctx context.Context, in string, opts ...Option) error {
	return nil
}

func library(ctx context.Context, c *Client) {
	_, _ = c.Fetch("k") // want `\(\*siblings.Client\).Fetch drops the available context ctx: call FetchContext`
	_ = Send("hi")      // want `siblings.Send drops the available context ctx: call SendWithContext`
	_ = c.Put("x")      // want `\(\*siblings.Client\).Put drops the available context ctx: call PutWithContext`
	_ = Lookup("n", 1)
	_ = Get("k")
	_, _ = c.FetchContext(ctx, "k")
}

// Interfaces: the sibling is in the interface's method set.
type Store interface {
	Load(key string) ([]byte, error)
	LoadContext(ctx context.Context, key string) ([]byte, error)
}

func viaInterface(ctx context.Context, s Store) {
	_, _ = s.Load("k") // want `\(siblings.Store\).Load drops the available context ctx: call LoadContext`
}

// Negatives.

func noCtx(db *sql.DB) {
	_, _ = db.Query("SELECT 1")
	_, _ = http.NewRequest("GET", "http://example.com", nil)
}

// A sibling implemented through F must not be told to call itself.
type Legacy struct{}

func (l *Legacy) Do(q string) error { return nil }
func (l *Legacy) DoContext(ctx context.Context, q string) error {
	return l.Do(q)
}
