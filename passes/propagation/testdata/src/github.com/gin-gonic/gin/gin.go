// Package gin is a stub of github.com/gin-gonic/gin for tests.
package gin

import "net/http"

type Context struct{ Request *http.Request }

type HandlerFunc func(*Context)

type Engine struct{}

func New() *Engine { return &Engine{} }

func Default() *Engine { return &Engine{} }

func (e *Engine) Use(middleware ...HandlerFunc) {}

func (e *Engine) GET(path string, handlers ...HandlerFunc) {}

func (e *Engine) Run(addr ...string) error { return nil }

func (e *Engine) ServeHTTP(w http.ResponseWriter, r *http.Request) {}
