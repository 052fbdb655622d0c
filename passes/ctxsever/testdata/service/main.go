package main

import (
	"context"

	"example.com/service/server"
)

func main() { (&server.Server{}).Start(context.Background()) }
