// Package broken has a type error.
package broken

func MarkedWork() {}

func f() int { return "not a number" }
