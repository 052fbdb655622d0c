package suppressed

import (
	"context"
	"log"
)

func fetch(ctx context.Context) error { return nil }

func deliberate(ctx context.Context) {
	//nolint:goroutinectx // a new trace for the nightly job
	go func() {
		_ = fetch(context.Background())
	}()

	go fetch(context.Background()) //nolint:goroutinectx // deliberate new root

	//lint:ignore goroutinectx logging only, no request work
	go log.Print("x")

	go fetch(nil) //nolint:ctxsever // want `without an explicit context choice`

	//nolint:goroutinectx // the whole statement, nested launches included
	go func() {
		log.Print("z")
		go fetch(context.TODO())
	}()
}
