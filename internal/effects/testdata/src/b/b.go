// Package b learns the effects of package a's functions from facts.
package b

import "a"

func FromFact() { a.Outer() } // want FromFact:"effects\\(sibling\\|log\\)"

func Method(c *a.Client) { _ = c.Get("k") } // want Method:"effects\\(ctxcall\\)"

func Generic() { _ = a.Map(1) } // want Generic:"effects\\(log\\)"

func GenericMethod(b *a.Box[string]) { b.Put("x") } // want GenericMethod:"effects\\(log\\)"

func Pure() int { return a.Pure(1) }

func Chain() { FromFact() } // want Chain:"effects\\(sibling\\|log\\)"
