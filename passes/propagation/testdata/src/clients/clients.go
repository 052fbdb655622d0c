// Package clients starts spans, so its clients should carry them.
package clients

import (
	"context"
	"net/http"
	"time"

	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	"go.opentelemetry.io/otel"
)

func traced(ctx context.Context) {
	_, span := otel.Tracer("clients").Start(ctx, "op")
	defer span.End()
}

var client = &http.Client{Timeout: time.Second} // want `http.Client's Transport does not carry the trace to the services it calls: use otelhttp.NewTransport\(http.DefaultTransport\)`

var instrumented = &http.Client{Transport: otelhttp.NewTransport(http.DefaultTransport)}

func customTransport() *http.Client {
	tr := &http.Transport{MaxIdleConns: 10}
	return &http.Client{Transport: tr} // want `use otelhttp.NewTransport\(tr\)`
}

func wrappedTransport() *http.Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	return &http.Client{Transport: otelhttp.NewTransport(tr)}
}

func transportSetLater() *http.Client {
	c := &http.Client{Timeout: time.Second}
	c.Transport = otelhttp.NewTransport(http.DefaultTransport)
	return c
}

// The transport comes from elsewhere: not seen.
func transportFromElsewhere(rt http.RoundTripper) *http.Client {
	return &http.Client{Transport: rt}
}

func defaultClient(req *http.Request) {
	http.DefaultClient.Do(req)     // want `http.DefaultClient does not carry the trace to the services it calls`
	http.Get("http://example.com") // want `http.Get uses http.DefaultClient, which does not carry the trace`
}

func use() {
	client.Get("http://example.com")
	instrumented.Get("http://example.com")
}
