// Package go120 is a module older than context.WithoutCancel (go1.21):
// fresh roots are reported without a fix.
package go120

import "context"

func process(ctx context.Context) {}

func launch(ctx context.Context) {
	go process(context.Background()) // want `starts from context.Background\(\)`
}
