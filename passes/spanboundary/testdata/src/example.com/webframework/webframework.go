// Package webframework stands in for gin and echo: handler parameters that
// carry the request's context without being a context.Context.
package webframework

import (
	"net/http"
	"time"
)

// GinContext implements context.Context, as gin's *Context does.
type GinContext struct{ Request *http.Request }

func (c *GinContext) Deadline() (time.Time, bool) { return time.Time{}, false }
func (c *GinContext) Done() <-chan struct{}       { return nil }
func (c *GinContext) Err() error                  { return nil }
func (c *GinContext) Value(key any) any           { return nil }

// EchoContext gives the request, as echo's Context does.
type EchoContext interface {
	Request() *http.Request
}
