// Package fixme is rewritten by the fix tests.
package fixme

import (
	"fmt"
	"strings"
)

func F() string {
	fmt.Println("a")
	return strings.ToUpper("x")
}
