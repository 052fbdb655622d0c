// Package grpc is a stub of google.golang.org/grpc's server API.
package grpc

import "context"

type UnaryServerInfo struct {
	Server     any
	FullMethod string
}

type UnaryHandler func(ctx context.Context, req any) (any, error)

type UnaryServerInterceptor func(ctx context.Context, req any, info *UnaryServerInfo, handler UnaryHandler) (resp any, err error)

type ServerStream interface {
	Context() context.Context
	SendMsg(m any) error
	RecvMsg(m any) error
}

type StreamServerInfo struct {
	FullMethod     string
	IsClientStream bool
	IsServerStream bool
}

type StreamHandler func(srv any, stream ServerStream) error

type StreamServerInterceptor func(srv any, ss ServerStream, info *StreamServerInfo, handler StreamHandler) error

type Server struct{}

type ServerOption interface{}

func NewServer(opt ...ServerOption) *Server { return &Server{} }

func UnaryInterceptor(i UnaryServerInterceptor) ServerOption { return nil }
