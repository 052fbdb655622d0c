package suppressed

import (
	"context"
	"fmt"
	"log"
	"log/slog"
)

func f(ctx context.Context, id string) {
	slog.Info("x")                        //nolint:slogattrs // the handler needs no trace here
	slog.Info("x")                        //nolint:ctxsever,slogattrs
	log.Printf("x")                       //nolint:all
	slog.Info(fmt.Sprintf("user %s", id)) //nolint
	slog.Info("x")                        //nolint:ctxsever // want `slog.Info drops the available context ctx`

	//nolint:slogattrs // the whole statement below
	slog.Info(
		"user " + id,
	)

	//lint:ignore slogattrs startup banner
	log.Println("x")

	// want +1 `lint:ignore directive gives no reason and suppresses nothing; write //lint:ignore slogattrs <reason>`
	//lint:ignore slogattrs
	slog.Warn("x") // want `slog.Warn drops the available context ctx`
}

//nolint:slogattrs // a whole function
func g(ctx context.Context) {
	slog.Info("x")
	log.Printf("x")
}
