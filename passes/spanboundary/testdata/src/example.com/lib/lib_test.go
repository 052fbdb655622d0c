package lib

import (
	"context"
	"testing"
)

func TestGet(t *testing.T) {
	_, span := tracer.Start(context.Background(), "test")
	defer span.End()
}
