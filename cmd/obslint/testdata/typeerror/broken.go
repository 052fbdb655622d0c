package typeerror

import "context"

func Handle(ctx context.Context) error {
	var n int = "not a number"
	return work(context.Background(), n)
}

func work(ctx context.Context, n int) error { return ctx.Err() }
