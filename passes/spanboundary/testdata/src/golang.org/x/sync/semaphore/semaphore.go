// Package semaphore is a stub of golang.org/x/sync/semaphore for tests.
package semaphore

import "context"

type Weighted struct{}

func (s *Weighted) Acquire(ctx context.Context, n int64) error { return nil }
