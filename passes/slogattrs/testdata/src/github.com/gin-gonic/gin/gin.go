// Package gin is a stub of github.com/gin-gonic/gin v1.12's API.
package gin

import (
	"net/http"
	"time"
)

// Context is the request context of a handler. It implements context.Context.
type Context struct {
	Request *http.Request
	Keys    map[string]any
}

type HandlerFunc func(*Context)

func (c *Context) Copy() *Context                          { cp := *c; return &cp }
func (c *Context) Deadline() (deadline time.Time, ok bool) { return }
func (c *Context) Done() <-chan struct{}                   { return nil }
func (c *Context) Err() error                              { return nil }
func (c *Context) Value(key any) any                       { return nil }
func (c *Context) Param(key string) string                 { return "" }
func (c *Context) JSON(code int, obj any)                  {}
func (c *Context) Next()                                   {}
func (c *Context) Set(key string, value any)               {}
func (c *Context) AbortWithStatus(code int)                {}

type IRoutes interface{}

type RouterGroup struct{}

func (group *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes { return nil }
func (group *RouterGroup) Use(middleware ...HandlerFunc) IRoutes                    { return nil }

type Engine struct{ RouterGroup }

func Default() *Engine { return &Engine{} }
