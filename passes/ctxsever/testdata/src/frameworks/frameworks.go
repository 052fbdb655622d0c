// Request scope in web and RPC frameworks' handlers.
package frameworks

import (
	"context"
	"database/sql"
	"net/http"

	"connectrpc.com/connect"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gofiber/fiber/v2"
	"github.com/gorilla/mux"
	"github.com/labstack/echo/v4"
	"google.golang.org/grpc"
)

func work(ctx context.Context) error { return nil }

// gin: *gin.Context is a context.Context.

func ginHandler(c *gin.Context, db *sql.DB) {
	_ = work(context.Background()) // want `context.Background\(\) severs the available context c:`
	_, _ = db.Query("SELECT 1")    // want `\(\*sql.DB\).Query drops the available context c: call QueryContext\(c, …\)`
	_ = work(c)
	_, _ = db.QueryContext(c, "SELECT 1")
}

func ginMiddleware() gin.HandlerFunc {
	return func(c *gin.Context) {
		_ = work(context.TODO()) // want `context.TODO\(\) severs the available context c:`
		c.Next()
	}
}

func ginRoutes(r *gin.Engine, db *sql.DB) {
	r.GET("/x", func(c *gin.Context) {
		_, _ = db.Query("SELECT 1") // want `drops the available context c:`
	})
}

// echo: the request's context is c.Request().Context().

func echoHandler(c echo.Context, db *sql.DB) error {
	_ = work(context.Background()) // want `context.Background\(\) severs the available context c.Request\(\).Context\(\):`
	_, _ = db.Query("SELECT 1")    // want `drops the available context c.Request\(\).Context\(\): call QueryContext\(c.Request\(\).Context\(\), …\)`
	return work(c.Request().Context())
}

// fiber: c.Context() is fasthttp's; the user context is c.UserContext().

func fiberHandler(c *fiber.Ctx, db *sql.DB) error {
	_ = work(context.Background()) // want `context.Background\(\) severs the available context c.UserContext\(\):`
	_, _ = db.Query("SELECT 1")    // want `drops the available context c.UserContext\(\): call QueryContext\(c.UserContext\(\), …\)`
	return work(c.UserContext())
}

// chi and gorilla/mux: plain net/http handlers.

func chiRoutes(r *chi.Mux, db *sql.DB) {
	r.Get("/users/{id}", func(w http.ResponseWriter, r *http.Request) {
		_, _ = db.Query("SELECT 1", chi.URLParam(r, "id")) // want `drops the available context r.Context\(\):`
	})
}

func muxRoutes(r *mux.Router) {
	r.HandleFunc("/users/{id}", func(w http.ResponseWriter, r *http.Request) {
		_ = work(context.Background()) // want `severs the available context r.Context\(\):`
		_ = mux.Vars(r)
	})
}

// gRPC: server methods and interceptors take ctx first; streams provide it.

type HelloRequest struct{ Name string }
type HelloReply struct{ Message string }

type UnimplementedGreeterServer struct{}

type Greeter_WatchServer interface{ grpc.ServerStream }

type greeter struct {
	UnimplementedGreeterServer
	db *sql.DB
}

func (s *greeter) SayHello(ctx context.Context, in *HelloRequest) (*HelloReply, error) {
	_, _ = s.db.Query("SELECT 1")                    // want `drops the available context ctx:`
	return &HelloReply{}, work(context.Background()) // want `severs the available context ctx:`
}

func (s *greeter) Watch(in *HelloRequest, stream Greeter_WatchServer) error {
	return work(context.TODO()) // want `severs the available context stream.Context\(\):`
}

func logging(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
	_ = work(context.Background()) // want `severs the available context ctx:`
	return handler(ctx, req)
}

var _ grpc.UnaryServerInterceptor = logging

func streamLogging(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, handler grpc.StreamHandler) error {
	_ = work(context.Background()) // want `severs the available context ss.Context\(\):`
	return handler(srv, ss)
}

// Connect: handlers take ctx first.

func (s *greeter) Greet(ctx context.Context, req *connect.Request[HelloRequest]) (*connect.Response[HelloReply], error) {
	_, _ = s.db.Query("SELECT 1", req.Msg.Name) // want `drops the available context ctx:`
	return connect.NewResponse(&HelloReply{}), nil
}

// Negatives: a framework type that carries no request context, and
// functions without one.

func fiberApp(app *fiber.App) {
	_ = work(context.Background())
}

func ginEngine(r *gin.Engine, db *sql.DB) {
	_, _ = db.Query("SELECT 1")
}

func echoServer(e *echo.Echo) {
	_ = work(context.Background())
}
