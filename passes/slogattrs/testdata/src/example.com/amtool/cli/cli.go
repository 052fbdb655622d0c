// A command's implementation under a cli path element: standard error is
// its user interface.
package cli

import (
	"context"
	"fmt"
	"log"
	"os"
)

func Import(ctx context.Context, path string) {
	fmt.Fprintf(os.Stderr, "importing %s\n", path)
	log.Printf("importing %s", path) // want `log.Printf writes an unstructured line without the available context ctx`
}
