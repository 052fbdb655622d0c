// Package attribute is a stub of go.opentelemetry.io/otel/attribute for tests.
package attribute

type Key string

type Value struct{}

type KeyValue struct {
	Key   Key
	Value Value
}

func String(k, v string) KeyValue { return KeyValue{Key: Key(k)} }
