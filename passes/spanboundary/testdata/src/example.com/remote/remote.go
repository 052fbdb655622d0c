// Package remote is a library whose facts another library uses.
package remote

import (
	"context"
	"net/http"
)

func Lookup(name string) (string, error) { // want `exported Lookup does network I/O without a context \(http\.Get via remote\.lookup\)` Lookup:`network I/O via http.Get`
	return lookup(name)
}

func lookup(name string) (string, error) { // want lookup:`network I/O via http.Get`
	_, err := http.Get("https://dns.example.com/" + name)
	return name, err
}

func Resolve(ctx context.Context, name string) (string, error) { // want Resolve:`network I/O via http.NewRequestWithContext`
	req, err := http.NewRequestWithContext(ctx, "GET", "https://dns.example.com/"+name, nil)
	if err != nil {
		return "", err
	}
	_, err = http.DefaultClient.Do(req)
	return name, err
}

func Version() string { return "v1" }
