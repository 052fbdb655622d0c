package kit

import (
	"net/http"
	"net/rpc"
)

// A net/rpc service: net/rpc fixes its methods' signatures.
type Resolver struct{ URL string }

type Args struct{ Name string }

func (r *Resolver) Resolve(args *Args, reply *string) error { // want Resolve:`network I/O via http.Get`
	_, err := http.Get(r.URL + args.Name)
	return err
}

// Not the net/rpc shape: reported.
func (r *Resolver) Refresh() error { // want `exported Resolver\.Refresh does network I/O` Refresh:`network I/O via http.Get`
	_, err := http.Get(r.URL)
	return err
}

func Register() error { return rpc.Register(new(Resolver)) }
