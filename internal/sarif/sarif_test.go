package sarif

import "testing"

func TestArtifact(t *testing.T) {
	l := &locator{root: "/src/repo"}
	for _, tc := range []struct {
		path, uri, base string
	}{
		{"/src/repo/handler.go", "handler.go", srcRoot},
		{"/src/repo/internal/a b/c.go", "internal/a%20b/c.go", srcRoot},
		{"/src/other/x.go", "file:///src/other/x.go", ""},
		{"/src/repository/x.go", "file:///src/repository/x.go", ""},
	} {
		loc := l.artifact(tc.path)
		base := ""
		if loc.URIBaseID != nil {
			base = *loc.URIBaseID
		}
		if *loc.URI != tc.uri || base != tc.base {
			t.Errorf("artifact(%s) = %s (base %q), want %s (base %q)", tc.path, *loc.URI, base, tc.uri, tc.base)
		}
	}
	if got, want := dirURI("/src/repo"), "file:///src/repo/"; got != want {
		t.Errorf("dirURI = %s, want %s", got, want)
	}
}
