package suppressed

import (
	"context"
	"net/http"

	"go.opentelemetry.io/otel"
)

var tracer = otel.Tracer("suppressed")

func Spans(ctx context.Context) {
	tracer.Start(context.Background(), "a") //nolint:spanboundary // this library owns its spans
	tracer.Start(context.Background(), "b") //nolint:ctxsever // want `starts an OpenTelemetry span`

	//lint:ignore spanboundary the whole statement below
	tracer.Start(
		context.Background(), "c",
	)

	// want +1 `lint:ignore directive gives no reason and suppresses nothing; write //lint:ignore spanboundary <reason>`
	//lint:ignore spanboundary
	tracer.Start(context.Background(), "d") // want `starts an OpenTelemetry span`
}

//lint:ignore spanboundary kept for compatibility; FetchContext is the API
func Fetch(url string) error { // want Fetch:`network I/O via http.Get`
	_, err := http.Get(url)
	return err
}

func Get(url string) error { //nolint:spanboundary // want Get:`network I/O via http.Get`
	_, err := http.Get(url)
	return err
}

func Head(url string) error { //nolint:ctxsever // want `exported Head does network I/O without a context` Head:`network I/O via http.Head`
	_, err := http.Head(url)
	return err
}
