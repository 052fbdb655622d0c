package orders

import (
	"context"
	"net"
)

func Notify(ctx context.Context) {
	go func() {
		_, _ = net.Dial("tcp", "mail.orders.example:25")
	}()
}

//nolint:goroutinectx // the notification is fire-and-forget
func NotifyDetached(ctx context.Context) {
	go func() {
		_, _ = net.Dial("tcp", "mail.orders.example:25")
	}()
}
