package lib

import (
	"net/http"

	"example.com/webframework"
)

// Web framework handlers carry the request's context in their parameter.
func GinHandler(c *webframework.GinContext) { _, _ = http.Get("http://example.com") } // want GinHandler:"network I/O via http.Get"

func EchoHandler(c webframework.EchoContext) error { // want EchoHandler:"network I/O via http.Get"
	_, err := http.Get("http://example.com")
	return err
}

func PlainFetch() error { // want `exported PlainFetch does network I/O without a context` PlainFetch:"network I/O via http.Get"
	_, err := http.Get("http://example.com")
	return err
}
