// Package echo is a stub of github.com/labstack/echo/v4's API.
package echo

import "net/http"

// Context is the context of the current request. It has no Context()
// method: the request's context is c.Request().Context().
type Context interface {
	Request() *http.Request
	Param(name string) string
	JSON(code int, i interface{}) error
	String(code int, s string) error
}

type HandlerFunc func(c Context) error

type MiddlewareFunc func(next HandlerFunc) HandlerFunc

type Echo struct{}

func New() *Echo { return &Echo{} }

func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) {}
func (e *Echo) Use(middleware ...MiddlewareFunc)                    {}
