// Package chi is a stub of github.com/go-chi/chi/v5's API.
package chi

import "net/http"

type Mux struct{}

func NewRouter() *Mux { return &Mux{} }

func (mx *Mux) Get(pattern string, handlerFn http.HandlerFunc)     {}
func (mx *Mux) Use(middlewares ...func(http.Handler) http.Handler) {}

func URLParam(r *http.Request, key string) string { return "" }
