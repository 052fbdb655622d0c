// Package partialfix has a finding whose fix leaves another finding.
package partialfix

import (
	"context"
	"fmt"
	"log/slog"
)

func Handle(ctx context.Context, n int) {
	slog.Info(fmt.Sprintf("handled %d items", n))
}
