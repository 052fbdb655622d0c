// Package jobs does work a request's context governs, which its users
// learn from facts.
package jobs

import "net/http"

func Report(msg string) {
	if resp, err := http.Get("http://localhost/audit?msg=" + msg); err == nil {
		resp.Body.Close()
	}
}

func Sum(xs []int) (n int) {
	for _, x := range xs {
		n += x
	}
	return n
}
