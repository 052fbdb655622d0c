package netcalls

import (
	"context"
	"net"
	"net/http"
	"time"
)

func calls(ctx context.Context, c *http.Client) {
	_, _ = http.Get("http://example.com")                      // want `http.Get takes no context, so the request's cancellation and trace do not reach it: use http.NewRequestWithContext\(ctx, …\) and Do`
	_, _ = http.Head("http://example.com")                     // want `http.Head takes no context`
	_, _ = http.Post("http://example.com", "text/plain", nil)  // want `http.Post takes no context`
	_, _ = http.PostForm("http://example.com", nil)            // want `http.PostForm takes no context`
	_, _ = c.Get("http://example.com")                         // want `\(\*http.Client\).Get takes no context`
	_, _ = net.Dial("tcp", "localhost:80")                     // want `net.Dial takes no context, so the request's cancellation and trace do not reach it: use \(&net.Dialer\{\}\).DialContext\(ctx, …\)`
	_, _ = net.DialTimeout("tcp", "localhost:80", time.Second) // want `net.DialTimeout takes no context`
}

func noCtx(c *http.Client) {
	_, _ = http.Get("http://example.com")
	_, _ = net.Dial("tcp", "localhost:80")
	_, _ = c.Do(nil)
}
