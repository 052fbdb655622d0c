// A package of an application module: a component's lifecycle methods
// run under the process's lifetime, not a request's.
package server

import (
	"context"
	"database/sql"
)

type Server struct{ db *sql.DB }

func (s *Server) Start(ctx context.Context) {
	_ = context.Background()
	_ = s.db.Ping()
}

// A worker loop that runs until its context is done: a lifetime that
// can be cancelled, so dropping it loses the cancellation.
func (s *Server) Poll(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		default:
			_ = context.Background()
			_ = s.db.Ping() // want `\(\*sql.DB\).Ping drops the available context ctx`
		}
	}
}

// Other exported methods may serve requests.
func (s *Server) Lookup(ctx context.Context) {
	_ = context.Background() // want `context.Background\(\) severs the available context ctx`
}
