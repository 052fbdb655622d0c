package freshroot

import . "context"

func dotImport(ctx Context) {
	go process(Background(), 1) // want `starts from context.Background\(\)`
}
