// A context stored in a struct field or a package variable is the
// lifetime context of a long-lived object, not the request's: the
// request that happens to create it must not own it (deriving from the
// request would end the object with that request) nor trace into it.
package lifetime

import (
	"context"
	"net/http"
	"sync"
)

func work(ctx context.Context) error { return nil }

// hgServer caches a subprocess across requests, as cmd/go's vcweb does.
type hgServer struct {
	mu     sync.Mutex
	ctx    context.Context
	cancel context.CancelFunc
}

var processCtx context.Context

func (h *hgServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.ctx == nil {
		h.ctx, h.cancel = context.WithCancel(context.Background())
	}
	if processCtx == nil {
		processCtx = (context.TODO())
	}
	_ = work(h.ctx)
}

// A local variable lives no longer than the request: still reported.
func local(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithCancel(context.Background()) // want `context.Background\(\) severs the available context r.Context\(\)`
	defer cancel()
	_ = work(ctx)
	var h hgServer
	h.ctx = work2(context.Background()) // want `context.Background\(\) severs the available context r.Context\(\)`
}

// work2 is not package context: its result is not known to derive from its argument.
func work2(ctx context.Context) context.Context { return ctx }

// A lifetime root kept through a local variable, then stored.
type runner struct {
	root   context.Context
	cancel context.CancelFunc
}

func newRunner(w http.ResponseWriter, r *http.Request) *runner {
	root, cancel := context.WithCancel(context.Background())
	return &runner{root: root, cancel: cancel}
}

func (h *hgServer) restart(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithCancel(context.Background())
	h.ctx, h.cancel = ctx, cancel
}
