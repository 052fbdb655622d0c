package main

import "example.com/untraced/app"

func main() { app.Serve() }
