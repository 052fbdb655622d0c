package orders

import (
	"context"
	"net/http"
)

func StockClient(ctx context.Context) *http.Client {
	return &http.Client{Transport: &http.Transport{}}
}

//nolint:propagation // the stock service is outside the traced system
func StockClientUntraced(ctx context.Context) *http.Client {
	return &http.Client{Transport: &http.Transport{}}
}
