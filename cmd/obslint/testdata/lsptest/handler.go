package lsptest

import "context"

// Handle severs its context twice: once after non-ASCII text on the same
// line, where byte and UTF-16 columns differ.
func Handle(ctx context.Context) error {
	greet("héllo wörld 🌍", work(context.Background()))
	return work(context.TODO())
}

func work(ctx context.Context) error { return ctx.Err() }

func greet(msg string, err error) {}
