package main

import (
	"net"
)

func listen() (net.Listener, error) { return nil, nil }
