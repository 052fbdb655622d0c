package main

import (
	"go.opentelemetry.io/contrib/instrumentation/github.com/gin-gonic/gin/otelgin"
	"go.opentelemetry.io/contrib/instrumentation/github.com/labstack/echo/otelecho"
	"go.opentelemetry.io/otel"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

func main() {
	otel.SetTracerProvider(nil)
}

func ginBare() {
	r := gin.Default()
	r.GET("/orders", func(c *gin.Context) {})
	r.Run(":8080") // want `\(\*gin.Engine\).Run serves a handler without trace instrumentation: incoming traces end here; register otelgin.Middleware on the router`
}

func ginInstrumented() {
	r := gin.New()
	r.Use(otelgin.Middleware("orders"))
	r.GET("/orders", func(c *gin.Context) {})
	r.Run(":8080")
}

func ginHealth() {
	r := gin.New()
	r.GET("/healthz", func(c *gin.Context) {})
	r.Run(":9090")
}

func echoBare() {
	e := echo.New()
	e.GET("/orders", func(c echo.Context) error { return nil })
	e.Start(":8080") // want `register otelecho.Middleware on the router`
}

func echoInstrumented() {
	e := echo.New()
	e.Use(otelecho.Middleware("orders"))
	e.GET("/orders", func(c echo.Context) error { return nil })
	e.Start(":8080")
}
