package helpers

// Go runs f on a new goroutine.
func Go(f func()) { // want Go:"launches\\(0\\)"
	go func() {
		defer func() { _ = recover() }()
		f()
	}()
}

// Later runs f on a goroutine through Go.
func Later(name string, f func()) { // want Later:"launches\\(1\\)"
	Go(f)
}

type Runner struct{}

// Run launches f.
func (r *Runner) Run(f func() error) { // want Run:"launches\\(0\\)"
	go f()
}

// Now runs f on the caller's goroutine: not a launcher.
func Now(f func()) { f() }

// Store keeps f: not a launcher.
func Store(f func()) func() { return f }
