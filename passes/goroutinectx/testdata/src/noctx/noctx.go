// Launches where no context is available: silent.
package noctx

import (
	"context"
	"log"
	"net/http"
	"sync"
	"testing"
)

func fetch(ctx context.Context) error { return nil }

func main() {
	go func() { log.Print("x") }()
	go fetch(context.Background())
}

func init() {
	go fetch(context.TODO())
}

func noContext(urls []string) {
	var wg sync.WaitGroup
	for range urls {
		wg.Go(func() { _, _ = http.Get("u") })
	}
	wg.Wait()
}

var pkgLevel = func() int {
	go log.Print("x")
	return 0
}()

// A blank context parameter is not available.
func blank(_ context.Context) {
	go log.Print("x")
}

// Inside "if ctx == nil" the context is not available.
func nilGuard(ctx context.Context) {
	if ctx == nil {
		go fetch(context.Background())
	}
}

// testing.T's Context is not a request context.
func helper(t *testing.T) {
	go log.Print("x")
}
