// Package jobs is a library whose work goroutinectx learns from facts.
package jobs

import (
	"log"
	"net/http"
)

func Report(msg string) { log.Print(msg) }

func Ping(url string) { _, _ = http.Head(url) }

func Sum(xs []int) (n int) {
	for _, x := range xs {
		n += x
	}
	return n
}

type Queue struct{ items []string }

func (q *Queue) Push(s string) { q.items = append(q.items, s) }

func (q *Queue) Flush() { Report("flushed") }
