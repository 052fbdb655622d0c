package main

import (
	_ "github.com/obslint/obslint/plugin/golangci"
)
