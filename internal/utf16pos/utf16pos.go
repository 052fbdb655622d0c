// Package utf16pos locates positions of parsed Go files in the units of
// LSP and SARIF: lines, and columns counted in UTF-16 code units. go/token
// counts columns in bytes, so a finding after "héllo 🌍" on its line would
// land four columns late in an editor.
package utf16pos

import (
	"bytes"
	"fmt"
	"go/token"
	"unicode/utf8"
)

// Position is a 0-based line and a 0-based column in UTF-16 code units.
type Position struct {
	Line, Column int
}

// Of returns the position of pos in tf, whose text is content (the bytes
// the parser read, which may be an editor's unsaved buffer). It fails when
// content is not the text that was parsed.
func Of(tf *token.File, content []byte, pos token.Pos) (Position, error) {
	if tf.Size() != len(content) {
		return Position{}, fmt.Errorf("%s: file has %d bytes, %d when it was parsed", tf.Name(), len(content), tf.Size())
	}
	if pos < token.Pos(tf.Base()) || pos > token.Pos(tf.Base()+tf.Size()) {
		return Position{}, fmt.Errorf("%s: position %d is outside the file", tf.Name(), pos)
	}
	// Unadjusted: //line directives must not move a finding off the text
	// the editor shows.
	p := tf.PositionFor(pos, false)
	line, text := p.Line-1, content[p.Offset-(p.Column-1):p.Offset]
	// go/token records no line after a final newline; LSP and SARIF do.
	if i := bytes.LastIndexByte(text, '\n'); i >= 0 {
		line, text = line+bytes.Count(text, []byte("\n")), text[i+1:]
	}
	return Position{Line: line, Column: Len(text)}, nil
}

// Len returns the length of text in UTF-16 code units. An invalid byte
// counts as one unit, as the U+FFFD an editor shows for it.
func Len(text []byte) int {
	n := 0
	for len(text) > 0 {
		r, size := utf8.DecodeRune(text)
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
		text = text[size:]
	}
	return n
}
