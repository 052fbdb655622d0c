// Launches inside launched goroutines: one defect, one finding.
package nested

import (
	"context"
	"log"
	"net"
)

func fetch(ctx context.Context) error { return nil }

// The outer goroutine's finding covers the work of those it launches.
func noChoice(ctx context.Context) {
	go func() { // want `without an explicit context choice`
		net.Dial("tcp", "outer")
		go func() {
			net.Dial("tcp", "inner")
		}()
	}()
	go func() { // want `without an explicit context choice`
		go net.Dial("tcp", "inner only")
	}()
}

// An inner fresh root is its own defect, with its own fix; the outer
// goroutine does nothing else and is not reported.
func innerRoot(ctx context.Context) {
	go func() {
		go fetch(context.Background()) // want `starts from context.Background\(\)`
	}()
	go func() { // want `without an explicit context choice`
		net.Dial("tcp", "outer")
		go fetch(context.TODO()) // want `starts from context.TODO\(\)`
	}()
}

// A root in the outer goroutine, used by the inner one: the outer's finding.
func outerRoot(ctx context.Context) {
	go func() { // want `starts from context.Background\(\)`
		bg := context.Background()
		go func() {
			_ = fetch(bg)
		}()
	}()
}

// An inner goroutine that inherits makes the outer one inherit too.
func innerInherits(ctx context.Context) {
	go func() {
		log.Print("outer")
		go func() { _ = fetch(ctx) }()
	}()
}

// An outer goroutine that detaches has chosen; one it launches without a
// choice is reported on its own.
func outerDetaches(ctx context.Context) {
	go func() {
		_ = fetch(context.WithoutCancel(ctx))
		go func() { // want `without an explicit context choice`
			net.Dial("tcp", "inner")
		}()
	}()
}
