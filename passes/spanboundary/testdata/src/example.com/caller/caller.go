// Package caller is a library that calls another library's functions.
package caller

import (
	"context"

	"example.com/remote"
)

// remote.Lookup does I/O without a context: so does Find.
func Find(name string) error { // want `exported Find does network I/O without a context \(remote\.Lookup\)` Find:`network I/O via remote.Lookup`
	_, err := remote.Lookup(name)
	return err
}

// remote.Resolve takes a context: the call is I/O whatever its body does.
func Resolve(name string) error { // want `exported Resolve does network I/O without a context \(remote\.Resolve\)` Resolve:`network I/O via remote.Resolve`
	_, err := remote.Resolve(context.Background(), name)
	return err
}

func ResolveWith(ctx context.Context, name string) error { // want ResolveWith:`network I/O via remote.Resolve`
	_, err := remote.Resolve(ctx, name)
	return err
}

func Version() string { return remote.Version() }

// Through a helper of this package.
func FindAll(names ...string) error { // want `exported FindAll does network I/O without a context \(remote\.Lookup via caller\.find\)` FindAll:`network I/O via remote.Lookup`
	for _, name := range names {
		if err := find(name); err != nil {
			return err
		}
	}
	return nil
}

func find(name string) error { // want find:`network I/O via remote.Lookup`
	_, err := remote.Lookup(name)
	return err
}
