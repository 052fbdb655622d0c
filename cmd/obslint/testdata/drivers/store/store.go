// Package store is a library the server imports: what its functions do
// reaches the server's package as facts.
package store

import (
	"context"
	"net/http"
)

// Fetch does network I/O without a context.
func Fetch(url string) (*http.Response, error) {
	return http.Get(url)
}

// Load takes the caller's context.
func Load(ctx context.Context, key string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://store/"+key, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Server serves the store: it reaches net.Listen only inside the
// standard library, which every driver judges by its API.
type Server struct{ Addr string }

// Start listens and serves.
func (s *Server) Start() error {
	srv := &http.Server{Addr: s.Addr}
	return srv.ListenAndServe()
}

// Go runs f on a new goroutine: its callers' launches are goroutines.
func Go(f func()) {
	go f()
}
