// Package noimports has no imports: a run that fails on it fails first.
package noimports

func F() {}
