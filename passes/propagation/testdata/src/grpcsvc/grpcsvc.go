package main

import (
	"context"

	"go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc"
	"go.opentelemetry.io/otel"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
)

func main() {
	otel.SetTracerProvider(nil)
}

func servers(ctx context.Context, auth grpc.UnaryServerInterceptor, tracingInterceptor grpc.UnaryServerInterceptor, opt grpc.ServerOption) {
	grpc.NewServer()                                                        // want `grpc.NewServer has no OpenTelemetry stats handler: incoming traces end here; add grpc.StatsHandler\(otelgrpc.NewServerHandler\(\)\)`
	grpc.NewServer(grpc.MaxRecvMsgSize(1<<20), grpc.UnaryInterceptor(auth)) // want `grpc.NewServer has no OpenTelemetry stats handler`
	grpc.NewServer(grpc.StatsHandler(otelgrpc.NewServerHandler()))
	grpc.NewServer(grpc.UnaryInterceptor(tracingInterceptor)) // may trace: not seen
	grpc.NewServer(opt)                                       // made elsewhere: not seen

	opts := []grpc.ServerOption{grpc.MaxRecvMsgSize(1 << 20)}
	opts = append(opts, grpc.StatsHandler(otelgrpc.NewServerHandler()))
	grpc.NewServer(opts...)

	bare := []grpc.ServerOption{grpc.MaxRecvMsgSize(1 << 20)}
	grpc.NewServer(bare...) // want `grpc.NewServer has no OpenTelemetry stats handler`
}

func clients(ctx context.Context) {
	grpc.NewClient("orders:443", grpc.WithTransportCredentials(insecure.NewCredentials())) // want `grpc.NewClient has no OpenTelemetry stats handler: outgoing calls do not carry the trace; add grpc.WithStatsHandler\(otelgrpc.NewClientHandler\(\)\)`
	grpc.DialContext(ctx, "orders:443")                                                    // want `grpc.DialContext has no OpenTelemetry stats handler`
	grpc.NewClient("orders:443", grpc.WithStatsHandler(otelgrpc.NewClientHandler()))
	grpc.Dial("orders:443", dialOptions()...) // made elsewhere: not seen
}

func dialOptions() []grpc.DialOption { return nil }
