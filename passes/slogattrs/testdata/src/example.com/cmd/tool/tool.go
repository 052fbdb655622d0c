// Package tool is a command's package: its messages on standard error are
// its user interface, while log calls are still log lines.
package tool

import (
	"context"
	"fmt"
	"log"
	"os"
)

func run(ctx context.Context) error {
	fmt.Fprintln(os.Stderr, "usage: tool [flags]")
	log.Printf("starting") // want `log.Printf writes an unstructured line without the available context ctx`
	return ctx.Err()
}
