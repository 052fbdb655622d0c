package utf16pos_test

import (
	"go/token"
	"strings"
	"testing"

	"github.com/obslint/obslint/internal/utf16pos"
)

func TestOf(t *testing.T) {
	const src = "package p\n\nvar s = \"héllo wörld 🌍\"; var n = 42\n//line other.go:100:1\nvar m = 1\n"
	fset := token.NewFileSet()
	tf := fset.AddFile("p.go", -1, len(src))
	tf.SetLinesForContent([]byte(src))
	at := func(substr string) token.Pos {
		i := strings.Index(src, substr)
		if i < 0 {
			t.Fatalf("%q not in source", substr)
		}
		return tf.Pos(i)
	}
	for _, tc := range []struct {
		name string
		pos  token.Pos
		want utf16pos.Position
	}{
		{"start of file", at("package"), utf16pos.Position{Line: 0, Column: 0}},
		// 8 + "\"héllo wörld 🌍\"; var " = 8+16+6: é and ö are one unit, 🌍 two.
		{"after non-ASCII text", at("n = 42"), utf16pos.Position{Line: 2, Column: 30}},
		{"after a //line directive", at("m = 1"), utf16pos.Position{Line: 4, Column: 4}},
		{"end of file", token.Pos(tf.Base() + tf.Size()), utf16pos.Position{Line: 5, Column: 0}},
	} {
		got, err := utf16pos.Of(tf, []byte(src), tc.pos)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
		} else if got != tc.want {
			t.Errorf("%s: got %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

func TestOfRejectsChangedContent(t *testing.T) {
	const src = "package p\n"
	tf := token.NewFileSet().AddFile("p.go", -1, len(src))
	if _, err := utf16pos.Of(tf, []byte(src+"// edited\n"), tf.Pos(0)); err == nil {
		t.Error("Of accepted content of another length than the parsed file")
	}
}

func TestLen(t *testing.T) {
	for text, want := range map[string]int{
		"":       0,
		"abc":    3,
		"héllo":  5,
		"🌍":      2,
		"a\xffb": 3,
		"日本語":    3,
		"𝄞 clef": 7,
	} {
		if got := utf16pos.Len([]byte(text)); got != want {
			t.Errorf("Len(%q) = %d, want %d", text, got, want)
		}
	}
}
