// Package credentials is a stub of google.golang.org/grpc/credentials for tests.
package credentials

type TransportCredentials interface{ Info() string }
