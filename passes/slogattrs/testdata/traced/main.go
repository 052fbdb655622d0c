package main

import (
	"example.com/traced/app"
	_ "go.opentelemetry.io/contrib/bridges/otelslog"
	_ "go.opentelemetry.io/otel"
)

func main() { app.Serve() }
