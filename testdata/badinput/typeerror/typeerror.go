package typeerror

import "context"

func f(ctx context.Context) int {
	return ctx.NoSuchMethod()
}
