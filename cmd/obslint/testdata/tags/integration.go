//go:build integration

package tags

import (
	"context"
	"net/http"
)

func Fetch(ctx context.Context) error {
	_, err := http.Get("http://localhost/")
	return err
}
