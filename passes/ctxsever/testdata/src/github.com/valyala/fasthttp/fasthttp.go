// Package fasthttp is a stub of github.com/valyala/fasthttp's API.
package fasthttp

type RequestCtx struct{}
