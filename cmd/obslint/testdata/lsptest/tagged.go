//go:build nvim

package lsptest

import "context"

// Tagged severs its context in a file that only -tags=nvim builds.
func Tagged(ctx context.Context) error { return work(context.TODO()) }
