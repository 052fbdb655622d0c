// Goroutines launched with a context at hand that neither inherit nor
// detach it: reported when they do context-relevant work.
package nochoice

import (
	"context"
	"database/sql"
	"log"
	"log/slog"
	"net/http"
	"sync"

	"golang.org/x/sync/errgroup"

	"jobs"
)

func fetch(ctx context.Context, url string) error { return nil }

func logs()                            { log.Print("x") }
func viaLogs()                         { logs() }
func takesContext(ctx context.Context) {}

type server struct {
	ctx context.Context
	db  *sql.DB
}

func (s *server) refresh() { _ = fetch(s.ctx, "u") }

func (s *server) query() { _, _ = s.db.Query("SELECT 1") }

func literals(ctx context.Context) {
	// Goroutines that only log need no choice: slogattrs judges their
	// log calls.
	go func() {
		log.Printf("working")
	}()
	go func() {
		slog.Info("working")
	}()
	go func() { // want `^goroutine launched without an explicit context choice: pass ctx \(or a context derived from it\) to inherit, or context.WithoutCancel\(ctx\) to detach$`
		_, _ = http.Get("http://example.com")
	}()
	go func() { // want `without an explicit context choice`
		_ = fetch(nil, "u")
	}()
}

func calls(ctx context.Context, s *server) {
	go viaLogs()   // logs only
	go s.refresh() // want `without an explicit context choice`
	go s.query()   // want `without an explicit context choice`
	go func() {
		viaLogs()
	}()
	go func() { // want `without an explicit context choice`
		viaLogs()
		s.query()
	}()
}

// A callee that takes a context but is handed nil or a struct field's
// context makes no choice: s.ctx is not the request's context.
func notTheRequestContext(ctx context.Context, s *server) {
	go takesContext(nil)   // want `without an explicit context choice`
	go takesContext(s.ctx) // want `without an explicit context choice`
	go fetch(s.ctx, "u")   // want `without an explicit context choice`
}

func groups(ctx context.Context, s *server) error {
	var g errgroup.Group
	g.Go(func() error { viaLogs(); return nil })
	g.Go(func() error { s.refresh(); return nil }) // want `without an explicit context choice`
	var wg sync.WaitGroup
	wg.Go(viaLogs)
	wg.Go(s.refresh) // want `without an explicit context choice`
	wg.Wait()
	return g.Wait()
}

// Other packages' functions, through facts.
func crossPackage(ctx context.Context, q *jobs.Queue) {
	go jobs.Report("x") // logs only
	go jobs.Ping("u")   // want `without an explicit context choice`
	go q.Flush()        // logs only
	var wg sync.WaitGroup
	wg.Go(q.Flush)
	go jobs.Sum(nil)
	go q.Push("x")
}

func request(w http.ResponseWriter, r *http.Request) {
	go func() { // want `pass r.Context\(\) \(or a context derived from it\) to inherit, or context.WithoutCancel\(r.Context\(\)\) to detach`
		_, _ = http.Get("http://example.com" + r.URL.Path)
	}()
}

// Context-free goroutines: silent.

func contextFree(ctx context.Context, results chan<- int, xs []int) {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for _, x := range xs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += x * x
			mu.Unlock()
		}()
	}
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	go func() {
		results <- jobs.Sum(xs)
	}()
	go square(3)
	wg.Go(func() { mu.Lock(); defer mu.Unlock(); total++ })
	<-done
}

func square(n int) int { return n * n }

// Arguments are evaluated by the launching goroutine: their work is not
// the goroutine's.
func arguments(ctx context.Context) {
	go square(logged(2))
}

func logged(n int) int { log.Print(n); return n }

// Function values whose function is not known statically: silent.
func values(ctx context.Context, f func()) {
	go f()
	task := func() { logs() }
	var wg sync.WaitGroup
	wg.Go(task)
}
