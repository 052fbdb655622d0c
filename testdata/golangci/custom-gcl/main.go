// Command custom-gcl is golangci-lint with obslint's module plugins: what
// `golangci-lint custom` generates from .custom-gcl.yml, written by hand
// so that it builds from the Go module proxy alone (custom git-clones
// golangci-lint). obslint's end-to-end test builds and runs it.
package main

import (
	"fmt"
	"os"
	"runtime/debug"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"
)

func main() {
	if err := commands.Execute(buildInfo()); err != nil {
		_, _ = fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}

// buildInfo leaves the version "(devel)": golangci-lint then keys its
// results cache on the binary's hash, so a rebuilt plugin is never
// answered from the cache of the previous build. The golangci-lint
// version in use is in the commit field.
func buildInfo() commands.BuildInfo {
	info := commands.BuildInfo{Version: "(devel)", Commit: "(unknown)", Date: "(unknown)", GoVersion: "unknown"}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return info
	}
	info.GoVersion = bi.GoVersion
	for _, dep := range bi.Deps {
		if dep.Path == "github.com/golangci/golangci-lint/v2" {
			info.Commit = dep.Path + "@" + dep.Version + " with obslint's plugins"
		}
	}
	return info
}
