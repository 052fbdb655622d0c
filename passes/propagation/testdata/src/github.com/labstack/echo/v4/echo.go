// Package echo is a stub of github.com/labstack/echo/v4 for tests.
package echo

import "net/http"

type Context interface{ Request() *http.Request }

type HandlerFunc func(c Context) error

type MiddlewareFunc func(next HandlerFunc) HandlerFunc

type Echo struct{}

func New() *Echo { return &Echo{} }

func (e *Echo) Use(middleware ...MiddlewareFunc) {}

func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) {}

func (e *Echo) Start(address string) error { return nil }

func (e *Echo) ServeHTTP(w http.ResponseWriter, r *http.Request) {}
