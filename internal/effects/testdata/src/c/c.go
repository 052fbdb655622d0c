// Package c asks the effects Result about function literals and function
// values, as goroutinectx does.
package c

import (
	"a"
	"b"
)

func probe(f any) int { return 0 }

var _ = probe(func() { a.Logs() }) // want `effects: log`

var pkgLevel = func() {}

func queries() {
	probe(func() { a.Logs() })                      // want `effects: log`
	probe(func() { _ = a.Pure(1) })                 // want `effects: none`
	probe(b.FromFact)                               // want `effects: sibling\|log`
	probe(a.Dial)                                   // want `effects: network`
	probe((*a.Client).Get)                          // want `effects: ctxcall`
	probe(new(a.Client).Get)                        // want `effects: ctxcall`
	probe(local)                                    // want `effects: log`
	probe(a.Map[int])                               // want `effects: log`
	probe(func() { go func() { a.UsesFetch() }() }) // want `effects: ctxcall`
	probe(pkgLevel)                                 // want `effects: unknown`
}

func local() { b.Generic() }
