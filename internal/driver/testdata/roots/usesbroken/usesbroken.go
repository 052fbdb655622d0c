// Package usesbroken is well-typed but imports a package that is not.
package usesbroken

import "example.com/roots/broken"

func Use() { broken.MarkedWork() }
