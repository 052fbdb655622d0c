// gin recycles a handler's *gin.Context: goroutines must use c.Copy().
package gincopy

import (
	"context"
	"log/slog"

	"github.com/gin-gonic/gin"
	"golang.org/x/sync/errgroup"
)

func audit(ctx context.Context, what string) error { return nil }

func handler(c *gin.Context) {
	go func() { // want `goroutine inherits the request context of an HTTP handler`
		slog.InfoContext(c, "done", "id", c.Param("id")) // want `goroutine uses the handler's \*gin.Context c, which gin reuses once the handler returns: use a copy made before the launch \(cCp := c.Copy\(\)\)`
	}()
	c.JSON(200, nil)
}

func middleware() gin.HandlerFunc {
	return func(c *gin.Context) {
		go audit(context.WithoutCancel(c), c.Param("id")) // want `gin reuses`
		c.Next()
	}
}

func waited(c *gin.Context) {
	var g errgroup.Group
	g.Go(func() error {
		return audit(c, "x") // want `gin reuses`
	})
	_ = g.Wait()
}

// Negatives: a copy made before the launch, a goroutine that does not
// use the Context, and no fix when the name is taken.

func copied(c *gin.Context) {
	cCp := c.Copy()
	go func() {
		_ = audit(context.WithoutCancel(cCp), "x")
	}()
}

func unrelated(c *gin.Context) {
	id := c.Param("id")
	go func() {
		_ = id
	}()
}

func nameTaken(c *gin.Context) {
	cCp := 1
	go func() {
		_ = audit(context.WithoutCancel(c), "x") // want `gin reuses`
		_ = cCp
	}()
}
