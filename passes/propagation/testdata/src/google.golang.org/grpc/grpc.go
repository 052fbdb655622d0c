// Package grpc is a stub of google.golang.org/grpc for tests.
package grpc

import (
	"context"
	"net"

	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/stats"
)

type ServerOption interface{ applyServer() }

type DialOption interface{ applyDial() }

type UnaryServerInterceptor func(ctx context.Context, req any, info *UnaryServerInfo, handler UnaryHandler) (any, error)

type UnaryServerInfo struct{ FullMethod string }

type UnaryHandler func(ctx context.Context, req any) (any, error)

type Server struct{}

func NewServer(opt ...ServerOption) *Server { return &Server{} }

func (s *Server) Serve(lis net.Listener) error { return nil }

func StatsHandler(h stats.Handler) ServerOption { return nil }

func UnaryInterceptor(i UnaryServerInterceptor) ServerOption { return nil }

func ChainUnaryInterceptor(interceptors ...UnaryServerInterceptor) ServerOption { return nil }

func MaxRecvMsgSize(m int) ServerOption { return nil }

type ClientConn struct{}

func NewClient(target string, opts ...DialOption) (*ClientConn, error) { return nil, nil }

func Dial(target string, opts ...DialOption) (*ClientConn, error) { return nil, nil }

func DialContext(ctx context.Context, target string, opts ...DialOption) (*ClientConn, error) {
	return nil, nil
}

func WithStatsHandler(h stats.Handler) DialOption { return nil }

func WithTransportCredentials(creds credentials.TransportCredentials) DialOption { return nil }
