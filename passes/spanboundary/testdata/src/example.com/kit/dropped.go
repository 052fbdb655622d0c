package kit

import (
	"context"
	"database/sql"
	"net"
	"net/http"
	"time"
)

type Geocoder struct {
	DB      *sql.DB
	Timeout time.Duration
}

// A blank context, and a dial that can take it.
func (g *Geocoder) Lookup(_ context.Context, addr string) (net.Conn, error) { // want `Geocoder\.Lookup accepts a context but drops it: network I/O without it \(net\.DialTimeout\); name it and pass it on` Lookup:`network I/O via net.DialTimeout`
	return net.DialTimeout("tcp", addr, g.Timeout)
}

// A blank context, a sibling and a root passed on.
func (g *Geocoder) Count(_ context.Context, table string) (int, error) { // want `Geocoder\.Count accepts a context but drops it` Count:`network I/O via \(\*sql.DB\).QueryRow`
	var n int
	if err := g.DB.QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil {
		return 0, err
	}
	return n, g.Ping(context.Background())
}

func (g *Geocoder) Ping(ctx context.Context) error { // want Ping:`network I/O via \(\*sql.DB\).PingContext`
	return g.DB.PingContext(ctx)
}

// A named context never used, with the I/O in a helper.
func (g *Geocoder) Reverse(ctx context.Context, lat, lng float64) error { // want `Geocoder\.Reverse accepts a context but drops it: network I/O without it \(http\.Get via \(\*kit\.Geocoder\)\.reverse\); pass ctx on` Reverse:`network I/O via http.Get`
	return g.reverse(lat, lng)
}

func (g *Geocoder) reverse(lat, lng float64) error { // want reverse:`network I/O via http.Get`
	_, err := http.Get("https://geo.example.com/reverse")
	return err
}

// A named context never used, with the I/O in the body: ctxsever reports
// the call.
func (g *Geocoder) Near(ctx context.Context, q string) error { // want Near:`network I/O via \(\*sql.DB\).Query`
	_, err := g.DB.Query(q)
	return err
}

// A context passed on.
func (g *Geocoder) Forward(ctx context.Context, addr string) error { // want Forward:`network I/O via \(\*sql.DB\).PingContext`
	return g.Ping(ctx)
}

// Unnamed: no fix (every parameter would need a name).
func (g *Geocoder) Dial(context.Context, string) (net.Conn, error) { // want `Geocoder\.Dial accepts a context but drops it` Dial:`network I/O via net.Dial`
	return net.Dial("tcp", "geo.example.com:80")
}
