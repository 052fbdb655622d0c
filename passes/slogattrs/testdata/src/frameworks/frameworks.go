// Log calls in web and RPC frameworks' handlers.
package frameworks

import (
	"context"
	"log/slog"
	"net/http"

	"connectrpc.com/connect"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
	"google.golang.org/grpc"
)

func ginHandler(c *gin.Context) {
	slog.Info("order placed", "id", c.Param("id")) // want `slog.Info drops the available context c: call slog.InfoContext\(c, …\)`
	slog.InfoContext(c, "order placed")
}

func echoHandler(c echo.Context) error {
	slog.Warn("slow") // want `slog.Warn drops the available context c.Request\(\).Context\(\): call slog.WarnContext\(c.Request\(\).Context\(\), …\)`
	slog.WarnContext(c.Request().Context(), "slow")
	return nil
}

func fiberHandler(c *fiber.Ctx) error {
	slog.Error("failed") // want `slog.Error drops the available context c.UserContext\(\): call slog.ErrorContext\(c.UserContext\(\), …\)`
	slog.ErrorContext(c.UserContext(), "failed")
	return nil
}

func chiRoutes(r *chi.Mux) {
	r.Get("/", func(w http.ResponseWriter, r *http.Request) {
		slog.Info("hello") // want `slog.Info drops the available context r.Context\(\)`
	})
}

func interceptor(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
	slog.Info("call", "method", info.FullMethod) // want `slog.Info drops the available context ctx`
	return handler(ctx, req)
}

type Ping struct{}

func handlePing(ctx context.Context, req *connect.Request[Ping]) (*connect.Response[Ping], error) {
	slog.Debug("ping") // want `slog.Debug drops the available context ctx`
	return connect.NewResponse(&Ping{}), nil
}

// Negatives: no request context at hand.

func setup(app *fiber.App, e *echo.Echo) {
	slog.Info("routes registered")
}
