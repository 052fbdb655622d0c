// Package customgcl builds a real golangci-lint with obslint's plugins
// from the wrapper module testdata/golangci/custom-gcl (what
// `golangci-lint custom` would generate), for the end-to-end tests of
// the plugin and of the drivers' agreement.
package customgcl

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// Version is the golangci-lint that the wrapper module pins.
const Version = "v2.15.0"

// Build builds the wrapper module in wrapperDir into outDir, with
// -modfile copies of its go.mod and go.sum there: -mod=mod may then add
// what a new dependency of obslint's module needs without writing to the
// source tree. stale reports that the copies changed, that is that the
// committed go.mod or go.sum is out of date. The build goes through the
// Go build cache: minutes when cold, about a second when warm.
func Build(ctx context.Context, wrapperDir, outDir string) (bin string, stale bool, err error) {
	for _, name := range []string{"go.mod", "go.sum"} {
		data, err := os.ReadFile(filepath.Join(wrapperDir, name))
		if err != nil {
			return "", false, err
		}
		if err := os.WriteFile(filepath.Join(outDir, name), data, 0o644); err != nil {
			return "", false, err
		}
	}
	bin = filepath.Join(outDir, "custom-gcl")
	// -s -w as `golangci-lint custom` does: linking without DWARF is faster.
	// No VCS stamp: main.go fixes the version, and a stamp of the working
	// tree's state would only force relinks.
	cmd := exec.CommandContext(ctx, "go", "build", "-modfile="+filepath.Join(outDir, "go.mod"), "-mod=mod",
		"-buildvcs=false", "-ldflags=-s -w", "-o", bin, ".")
	cmd.Dir = wrapperDir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	out, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		return "", false, fmt.Errorf("building %s did not finish in time (a cold build takes minutes; try go test -timeout=30m):\n%s", wrapperDir, out)
	}
	if err != nil {
		return "", false, fmt.Errorf("building %s: %v\n%s", wrapperDir, err, out)
	}
	for _, name := range []string{"go.mod", "go.sum"} {
		committed, _ := os.ReadFile(filepath.Join(wrapperDir, name))
		used, _ := os.ReadFile(filepath.Join(outDir, name))
		stale = stale || !bytes.Equal(committed, used)
	}
	return bin, stale, nil
}
