// Package sever has one finding of each ctxsever rule.
package sever

import (
	"context"
	"database/sql"
	"net"
	"net/http"
)

func work(ctx context.Context) error { return ctx.Err() }

func Handle(w http.ResponseWriter, r *http.Request) {
	_ = work(context.Background())
}

func Count(ctx context.Context, db *sql.DB) (int, error) {
	var n int
	err := db.QueryRow("SELECT count(*) FROM t").Scan(&n)
	return n, err
}

func Dial(ctx context.Context) (net.Conn, error) {
	return net.Dial("tcp", "localhost:80")
}

func Suppressed(ctx context.Context) error {
	return work(context.Background()) //nolint:ctxsever // a deliberate root, for the test
}
