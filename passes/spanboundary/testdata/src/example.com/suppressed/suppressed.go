package suppressed

import (
	"context"
	"net/http"

	"go.opentelemetry.io/otel"
)

var tracer = otel.Tracer("suppressed")

func Spans(ctx context.Context) {
	tracer.Start(ctx, "a") //nolint:spanboundary // this library owns its spans
	tracer.Start(ctx, "b") //nolint:ctxsever // want `starts an OpenTelemetry span`

	//lint:ignore spanboundary the whole statement below
	tracer.Start(
		ctx, "c",
	)

	// want +1 `lint:ignore directive gives no reason and suppresses nothing; write //lint:ignore spanboundary <reason>`
	//lint:ignore spanboundary
	tracer.Start(ctx, "d") // want `starts an OpenTelemetry span`
}

//lint:ignore spanboundary kept for compatibility; FetchContext is the API
func Fetch(url string) error { // want Fetch:`network I/O without a context via http.Get`
	_, err := http.Get(url)
	return err
}

func Get(url string) error { //nolint:spanboundary // want Get:`network I/O without a context via http.Get`
	_, err := http.Get(url)
	return err
}

func Head(url string) error { //nolint:ctxsever // want `exported Head does network I/O without a context` Head:`network I/O without a context via http.Head`
	_, err := http.Head(url)
	return err
}
