// Package gohelpers has a project's own launchers.
package gohelpers

import "log/slog"

// Go runs f on a new goroutine and logs a panic.
func Go(f func()) {
	go func() {
		defer func() {
			if r := recover(); r != nil {
				slog.Error("panic", "recovered", r)
			}
		}()
		f()
	}()
}

// Named runs f on a new goroutine through Go.
func Named(name string, f func()) {
	Go(f)
}

// Now runs f on the caller's goroutine: not a launcher.
func Now(f func()) { f() }
