package suppressed

import "context"

func work(ctx context.Context) error { return nil }

func f(ctx context.Context) {
	_ = work(context.Background()) //nolint:ctxsever // deliberate root
	_ = work(context.Background()) //nolint:goroutinectx,ctxsever
	_ = work(context.Background()) //nolint:all
	_ = work(context.Background()) //nolint
	_ = work(context.Background()) //nolint:goroutinectx // want `severs the available context`

	//nolint:ctxsever // the whole statement below
	_ = work(
		context.Background(),
	)

	//lint:ignore ctxsever background job outlives the request
	_ = work(context.Background())

	_ = work(context.Background()) //lint:ignore ctxsever reason given

	// want +1 `lint:ignore directive gives no reason and suppresses nothing; write //lint:ignore ctxsever <reason>`
	//lint:ignore ctxsever
	_ = work(context.Background()) // want `severs the available context`

	//lint:ignore goroutinectx not this pass
	_ = work(context.TODO()) // want `severs the available context`
}

//nolint:ctxsever // a whole function
func g(ctx context.Context) {
	_ = work(context.Background())
}
