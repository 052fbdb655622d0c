package appmodule

import (
	"go/build"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// IsDependency reports whether the package of pass is a dependency that
// obslint judges by its API rather than by facts: a package of the
// standard library, of the module cache, or vendored. Only go vet and
// golangci-lint analyze such packages (the standalone driver and the
// editor load them from export data), so facts about them would make the
// drivers' findings differ; they export none, in every driver.
func IsDependency(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 {
		return false
	}
	name := pass.Fset.File(pass.Files[0].Pos()).Name()
	for _, dir := range dependencyRoots() {
		if dir != "" && strings.HasPrefix(name, dir+string(filepath.Separator)) {
			return true
		}
	}
	return strings.Contains(filepath.ToSlash(name), "/vendor/")
}

// dependencyRoots returns GOROOT/src and the module cache.
func dependencyRoots() []string {
	modcache := os.Getenv("GOMODCACHE")
	if modcache == "" && build.Default.GOPATH != "" {
		modcache = filepath.Join(filepath.SplitList(build.Default.GOPATH)[0], "pkg", "mod")
	}
	return []string{filepath.Join(build.Default.GOROOT, "src"), modcache}
}
