// Package stats is a stub of google.golang.org/grpc/stats for tests.
package stats

type Handler interface{ HandleRPC() }
