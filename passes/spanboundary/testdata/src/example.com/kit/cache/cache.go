// Package cache calls kit's functions whose I/O goes through a
// parameter.
package cache

import "example.com/kit"

func Evict(key string) error {
	return kit.SaveTo(nil, key) // a nil store: no I/O
}

func Store(bs kit.BlobStore, key string) error { // want `exported Store does network I/O without a context \(kit\.SaveTo\)` Store:`network I/O via kit.SaveTo through parameter 1`
	return kit.SaveTo(bs, key)
}
