// Package c calls marked functions, and so do its tests.
package c

import (
	"example.com/roots/a"
	"example.com/roots/gen"
)

func Use() {
	a.MarkedWork()
	gen.MarkedGen()
}
