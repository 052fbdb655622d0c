// Goroutines that run a function which makes its own context root.
package rootedcallee

import (
	"context"
	"time"

	"golang.org/x/sync/errgroup"
)

func fetch(ctx context.Context, key string) error { return nil }

type Cache struct{}

// refresh makes its own root: a goroutine that runs it severs the trace.
func (s *Cache) refresh() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	_ = fetch(ctx, "all")
}

func (s *Cache) Get(ctx context.Context, key string) error {
	go s.refresh() // want `^goroutine runs refresh, which starts from a context root of its own, severing the trace: pass it context.WithoutCancel\(ctx\)$`
	return fetch(ctx, key)
}

func (s *Cache) GetGroup(ctx context.Context) error {
	var g errgroup.Group
	g.Go(func() error { // want `goroutine runs refresh, which starts from a context root of its own`
		s.refresh()
		return nil
	})
	return g.Wait()
}

// Negatives: the function takes the context; no context at hand.

func (s *Cache) refreshWith(ctx context.Context) { _ = fetch(ctx, "all") }

func (s *Cache) Put(ctx context.Context) {
	go s.refreshWith(context.WithoutCancel(ctx))
}

func (s *Cache) Start() {
	go s.refresh()
}
