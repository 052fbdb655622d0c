// Package connect is a stub of connectrpc.com/connect's API.
package connect

import "net/http"

type Request[T any] struct {
	Msg *T
}

func (r *Request[_]) Header() http.Header { return nil }

type Response[T any] struct {
	Msg *T
}

func NewResponse[T any](message *T) *Response[T] { return &Response[T]{Msg: message} }
