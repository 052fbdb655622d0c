// Package otelslog is a stub: its module path is what the test needs.
package otelslog
