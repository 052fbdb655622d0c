// Package m, not a root of the tests, imports a root and is imported by
// another.
package m

import "example.com/roots/a"

func Via() { a.MarkedWork() }
