// Package a declares functions the test's fact analyzer marks.
package a

func MarkedWork() {}

func Unmarked() {}
