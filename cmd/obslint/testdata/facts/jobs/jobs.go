// Package jobs does work a request's context governs, which its users
// learn from facts.
package jobs

import "log"

func Report(msg string) { log.Print(msg) }

func Sum(xs []int) (n int) {
	for _, x := range xs {
		n += x
	}
	return n
}
