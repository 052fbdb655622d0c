package related

import (
	"context"
	"log"
	"net/http"
)

func audit(ctx context.Context) {}

func launches(w http.ResponseWriter, r *http.Request) {
	go func() { // want `without an explicit context choice`
		_ = len("x")
		log.Print("x")
		http.Get("x")
	}()
	go func() { // want `starts from context.Background`
		audit(context.Background())
		audit(context.TODO())
	}()
	go audit(r.Context()) // want `does not wait for it`
}
