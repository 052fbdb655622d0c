package main

import (
	"example.com/nobridge/app"
	_ "go.opentelemetry.io/otel"
)

func main() { app.Serve() }
