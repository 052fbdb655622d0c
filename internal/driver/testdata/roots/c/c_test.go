package c

import (
	"testing"

	"example.com/roots/a"
)

func TestUse(t *testing.T) { a.MarkedWork() }
