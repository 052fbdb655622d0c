// The inherit trap in web and RPC frameworks' handlers: the request's
// context is cancelled when the handler returns.
package frameworks

import (
	"context"
	"net/http"

	"connectrpc.com/connect"
	"github.com/go-chi/chi/v5"
	"github.com/gofiber/fiber/v2"
	"github.com/gorilla/mux"
	"github.com/labstack/echo/v4"
	"google.golang.org/grpc"
)

func audit(ctx context.Context, what string) error { return nil }

func echoHandler(c echo.Context) error {
	go audit(c.Request().Context(), "x") // want `^goroutine inherits the request context of an HTTP handler that does not wait for it, so the context is cancelled when the response is written: detach with context.WithoutCancel\(c.Request\(\).Context\(\)\)$`
	return nil
}

func echoDetached(c echo.Context) error {
	go audit(context.WithoutCancel(c.Request().Context()), "x")
	return nil
}

func fiberHandler(c *fiber.Ctx) error {
	ctx := c.UserContext()
	go func() { // want `detach with context.WithoutCancel\(ctx\)$`
		_ = audit(ctx, "x")
	}()
	return nil
}

func fiberWaits(c *fiber.Ctx) error {
	done := make(chan error)
	go func() { done <- audit(c.UserContext(), "x") }()
	return <-done
}

func chiRoutes(r *chi.Mux) {
	r.Get("/", func(w http.ResponseWriter, r *http.Request) {
		go audit(r.Context(), "x") // want `detach with context.WithoutCancel\(r.Context\(\)\)$`
	})
}

func muxRoutes(r *mux.Router) {
	r.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		go audit(r.Context(), "x") // want `detach with context.WithoutCancel\(r.Context\(\)\)$`
	})
}

type HelloRequest struct{}
type HelloReply struct{}

type UnimplementedGreeterServer struct{}

type greeter struct{ UnimplementedGreeterServer }

func (s *greeter) SayHello(ctx context.Context, in *HelloRequest) (*HelloReply, error) {
	go audit(ctx, "hello") // want `detach with context.WithoutCancel\(ctx\)$`
	return &HelloReply{}, nil
}

func interceptor(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
	go audit(ctx, info.FullMethod) // want `detach with context.WithoutCancel\(ctx\)$`
	return handler(ctx, req)
}

func greet(ctx context.Context, req *connect.Request[HelloRequest]) (*connect.Response[HelloReply], error) {
	go audit(ctx, "greet") // want `detach with context.WithoutCancel\(ctx\)$`
	return connect.NewResponse(&HelloReply{}), nil
}

// Negatives: a function with a context that handles no request, and a
// type that is not a gRPC service.

type worker struct{}

func (w *worker) Run(ctx context.Context) {
	go audit(ctx, "run")
}

func process(ctx context.Context, in *HelloRequest) error {
	go audit(ctx, "process")
	return nil
}
