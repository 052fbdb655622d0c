// Command server uses the store from its handlers.
package main

import (
	"context"
	"log/slog"
	"net/http"

	"example.com/drivers/store"
)

func handle(w http.ResponseWriter, r *http.Request) {
	go store.Fetch("http://example.com/warm")
	store.Go(func() {
		_, _ = store.Fetch("http://example.com/again")
	})
	go func() {
		_ = (&store.Server{Addr: ":0"}).Start()
	}()
	_ = store.Load(context.Background(), "k")
	slog.Info("handled " + r.URL.Path)
}

func main() {
	http.HandleFunc("/", handle)
	_ = http.ListenAndServe(":8080", nil)
}
