// Package fiber is a stub of github.com/gofiber/fiber/v2's API.
package fiber

import (
	"context"

	"github.com/valyala/fasthttp"
)

// Ctx is the context of the current request. Its Context() is fasthttp's
// request context; the user context is c.UserContext().
type Ctx struct{}

type Handler = func(*Ctx) error

func (c *Ctx) Context() *fasthttp.RequestCtx                    { return nil }
func (c *Ctx) UserContext() context.Context                     { return context.Background() }
func (c *Ctx) SetUserContext(ctx context.Context)               {}
func (c *Ctx) Params(key string, defaultValue ...string) string { return "" }
func (c *Ctx) JSON(data interface{}, ctype ...string) error     { return nil }
func (c *Ctx) Next() error                                      { return nil }

type App struct{}

func New() *App { return &App{} }

func (app *App) Get(path string, handlers ...Handler) {}
