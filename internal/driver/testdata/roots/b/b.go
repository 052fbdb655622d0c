// Package b uses a's functions directly and through m.
package b

import (
	"fmt"

	"example.com/roots/a"
	"example.com/roots/m"
)

func Use() {
	a.MarkedWork()
	a.Unmarked()
	m.Via()
	fmt.Println()
}
