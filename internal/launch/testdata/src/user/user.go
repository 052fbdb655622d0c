package user

import (
	"context"
	"time"

	"helpers"
)

func work() {}

func work2() error { return nil }

func calls(ctx context.Context, r *helpers.Runner) {
	helpers.Go(work)                   // want `launches work`
	helpers.Later("x", func() {})      // want `launches \(func\(\) literal\)`
	r.Run(func() error { return nil }) // want `launches \(func\(\) error literal\)`
	(*helpers.Runner).Run(r, work2)    // want `launches work2`
	time.AfterFunc(time.Second, work)  // want `launches work`
	context.AfterFunc(ctx, work)       // want `launches work`
	helpers.Now(work)
	_ = helpers.Store(work)
	go work()
}
