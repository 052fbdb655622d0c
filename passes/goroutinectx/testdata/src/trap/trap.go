// Goroutines that inherit the request context of an HTTP handler that
// may return before they end.
package trap

import (
	"context"
	"net/http"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

func audit(ctx context.Context, path string) error { return nil }
func fetch(ctx context.Context) (int, error)       { return 0, nil }

func fireAndForget(w http.ResponseWriter, r *http.Request) {
	go audit(r.Context(), r.URL.Path) // want `^goroutine inherits the request context of an HTTP handler that does not wait for it, so the context is cancelled when the response is written: detach with context.WithoutCancel\(r.Context\(\)\)$`
	w.WriteHeader(http.StatusAccepted)
}

func throughVariable(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	go func() { // want `detach with context.WithoutCancel\(ctx\)$`
		_ = audit(ctx, "x")
	}()
}

func derived(w http.ResponseWriter, r *http.Request) {
	tctx, cancel := context.WithTimeout(r.Context(), time.Second)
	defer cancel()
	go fetch(tctx) // want `detach with context.WithoutCancel\(tctx\)$`
}

func errgroupNotWaited(w http.ResponseWriter, r *http.Request) {
	g, gctx := errgroup.WithContext(r.Context())
	g.Go(func() error { // want `does not wait for it`
		_, err := fetch(gctx)
		return err
	})
}

// The goroutine signals a WaitGroup nobody waits on.
func doneNotWaited(w http.ResponseWriter, r *http.Request) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // want `does not wait for it`
		defer wg.Done()
		_ = audit(r.Context(), "x")
	}()
}

// The handler waits, but on something the goroutine does not signal.
func waitsOnOther(w http.ResponseWriter, r *http.Request, other chan int) {
	jobs := make(chan int)
	go func() { // want `does not wait for it`
		for j := range jobs {
			_ = audit(r.Context(), "x")
			_ = j
		}
	}()
	jobs <- 1
	close(jobs)
	<-other
}

func loop(w http.ResponseWriter, r *http.Request, paths []string) {
	for _, p := range paths {
		go audit(r.Context(), p) // want `does not wait for it`
	}
}

type server struct{ done chan struct{} }

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	go audit(r.Context(), "x") // want `does not wait for it`
}

func register(mux *http.ServeMux) {
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		go audit(r.Context(), "x") // want `does not wait for it`
	})
}

// A literal run by the handler is the handler's code.
func nestedLiteral(w http.ResponseWriter, r *http.Request) {
	func() {
		go audit(r.Context(), "x") // want `does not wait for it`
	}()
}

// A goroutine that launches one: one finding for both when neither is
// waited for; the inner one alone when only the outer one is.
func nestedLaunches(w http.ResponseWriter, r *http.Request) {
	go func() { // want `does not wait for it`
		go audit(r.Context(), "inner")
	}()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		go audit(r.Context(), "inner") // want `does not wait for it`
	}()
	wg.Wait()
}

// Waited for: silent.

func waitGroup(w http.ResponseWriter, r *http.Request) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		_ = audit(r.Context(), "x")
	}()
	wg.Wait()
}

func waitGroupGo(w http.ResponseWriter, r *http.Request) {
	var wg sync.WaitGroup
	wg.Go(func() { _ = audit(r.Context(), "x") })
	wg.Wait()
}

func errgroupWaited(w http.ResponseWriter, r *http.Request, urls []string) {
	g, gctx := errgroup.WithContext(r.Context())
	for range urls {
		g.Go(func() error {
			_, err := fetch(gctx)
			return err
		})
	}
	if err := g.Wait(); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
	}
}

func received(w http.ResponseWriter, r *http.Request) {
	res := make(chan int, 1)
	go func() {
		n, _ := fetch(r.Context())
		res <- n
	}()
	select {
	case n := <-res:
		_ = n
	case <-time.After(time.Second):
	}
}

func ranged(w http.ResponseWriter, r *http.Request, paths []string) {
	res := make(chan error)
	go func() {
		defer close(res)
		for _, p := range paths {
			res <- audit(r.Context(), p)
		}
	}()
	for err := range res {
		_ = err
	}
}

// Launched in a loop, waited for after it.
func loopWaited(w http.ResponseWriter, r *http.Request, paths []string) {
	var wg sync.WaitGroup
	for _, p := range paths {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = audit(r.Context(), p)
		}()
	}
	wg.Wait()
}

// Waited for by a deferred call written before the launch.
func deferredWait(w http.ResponseWriter, r *http.Request) {
	var wg sync.WaitGroup
	defer wg.Wait()
	wg.Add(1)
	go func() {
		defer wg.Done()
		_ = audit(r.Context(), "x")
	}()
}

// The WaitGroup and the channel handed to the launched function.
func worker(ctx context.Context, wg *sync.WaitGroup, out chan<- int) {
	defer wg.Done()
	n, _ := fetch(ctx)
	out <- n
}

func handedToWorker(w http.ResponseWriter, r *http.Request) {
	var wg sync.WaitGroup
	out := make(chan int, 1)
	wg.Add(1)
	go worker(r.Context(), &wg, out)
	wg.Wait()
}

// Waited for through a goroutine that waits and closes a channel.
func closer(w http.ResponseWriter, r *http.Request, paths []string) {
	var wg sync.WaitGroup
	for _, p := range paths {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = audit(r.Context(), p)
		}()
	}
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(time.Second):
	}
}

// In doubt: the channel is handed to other code, which may wait on it.
func collect(ch <-chan int) int { return <-ch }

func handedOff(w http.ResponseWriter, r *http.Request) {
	res := make(chan int)
	go func() {
		n, _ := fetch(r.Context())
		res <- n
	}()
	_ = collect(res)
}

// Not the trap: silent.

// Detached.
func detached(w http.ResponseWriter, r *http.Request) {
	go audit(context.WithoutCancel(r.Context()), "x")
	ctx := context.WithoutCancel(r.Context())
	go func() { _ = audit(ctx, "x") }()
}

// Only watching the request's context: the goroutine means to end with it.
func watching(w http.ResponseWriter, r *http.Request, conn interface{ Close() error }) {
	go func() {
		<-r.Context().Done()
		_ = conn.Close()
	}()
	ctx := r.Context()
	go func() {
		if ctx.Err() != nil {
			return
		}
	}()
}

// The request handed whole: the callee may not use its context.
func handle(r *http.Request) {}

func wholeRequest(w http.ResponseWriter, r *http.Request) {
	go handle(r)
}

// Not the request's context.
func middleware(ctx context.Context) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		go audit(ctx, "x")
	}
}

// Not a handler: no ResponseWriter.
func notHandler(r *http.Request) {
	go audit(r.Context(), "x")
}
