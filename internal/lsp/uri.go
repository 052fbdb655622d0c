package lsp

import (
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
)

// uriToPath returns the file path of a file URI.
func uriToPath(uri string) (string, error) {
	u, err := url.Parse(uri)
	if err != nil {
		return "", err
	}
	if u.Scheme != "file" {
		return "", fmt.Errorf("%s is not a file URI", uri)
	}
	path := u.Path
	if len(path) >= 3 && path[0] == '/' && path[2] == ':' {
		path = path[1:] // file:///C:/x on Windows
	}
	return filepath.FromSlash(path), nil
}

// pathToURI returns the file URI of an absolute path.
func pathToURI(path string) string {
	path = filepath.ToSlash(path)
	if !strings.HasPrefix(path, "/") {
		path = "/" + path // C:/x on Windows
	}
	return (&url.URL{Scheme: "file", Path: path}).String()
}
