// Package orders is a library (not main, not internal) with one finding
// of each obslint pass in the file named after it, and the same code
// suppressed with //nolint:<pass> in the function that follows.
package orders

import "context"

func Refund(ctx context.Context) context.Context {
	return context.Background()
}

//nolint:ctxsever // the refund outlives the request on purpose
func RefundDetached(ctx context.Context) context.Context {
	return context.Background()
}
