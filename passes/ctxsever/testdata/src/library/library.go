// A library's exported functions have callers it cannot see: their
// contexts may be requests'.
package library

import (
	"context"
	"time"
)

type Poller struct{ stop chan struct{} }

// Start detaches its work with a hand-made deadline: the caller's trace
// and values are lost.
func (p *Poller) Start(ctx context.Context) {
	deadline, cancel := context.WithDeadline(context.Background(), time.Now().Add(time.Minute)) // want `context.Background\(\) severs the available context ctx`
	defer cancel()
	_ = deadline
}

// loop is called only by Start's goroutine-free sibling below, with a
// root: a lifetime.
func (p *Poller) loop(ctx context.Context) {
	_ = context.Background()
}

func (p *Poller) Run() { p.loop(context.Background()) }
