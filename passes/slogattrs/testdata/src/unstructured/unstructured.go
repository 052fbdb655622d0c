package unstructured

import (
	"context"
	"fmt"
	"io"
	"log"
	stdlog "log"
	"net/http"
	"os"
	stdos "os"
)

func handler(ctx context.Context) {
	log.Printf("user %s", "x")     // want `log.Printf writes an unstructured line without the available context ctx: use slog with the context \(slog.InfoContext\(ctx, msg, attrs…\)\)`
	log.Print("done")              // want `log.Print writes an unstructured line without the available context ctx`
	log.Println("done")            // want `log.Println writes an unstructured line`
	log.Fatalf("bad: %v", 1)       // want `log.Fatalf writes an unstructured line without the available context ctx: use slog with the context \(slog.ErrorContext\(ctx, msg, attrs…\) before exiting\)`
	log.Fatal("bad")               // want `log.Fatal writes an unstructured line`
	log.Fatalln("bad")             // want `log.Fatalln writes an unstructured line`
	log.Panicf("bad: %v", 1)       // want `log.Panicf writes an unstructured line without the available context ctx: use slog with the context \(slog.ErrorContext\(ctx, msg, attrs…\) before panicking\)`
	log.Panic("bad")               // want `log.Panic writes an unstructured line`
	log.Panicln("bad")             // want `log.Panicln writes an unstructured line`
	stdlog.Printf("aliased %d", 1) // want `log.Printf writes an unstructured line`

	fmt.Fprintf(os.Stderr, "failed: %v\n", 1) // want `fmt.Fprintf to os.Stderr writes an unstructured line without the available context ctx: use slog with the context \(slog.InfoContext\(ctx, msg, attrs…\)\)`
	fmt.Fprintln(os.Stderr, "failed")         // want `fmt.Fprintln to os.Stderr writes an unstructured line`
	fmt.Fprint(stdos.Stderr, "failed")        // want `fmt.Fprint to os.Stderr writes an unstructured line`
	fmt.Fprint((os.Stderr), "failed")         // want `fmt.Fprint to os.Stderr writes an unstructured line`
}

func methods(ctx context.Context, l *log.Logger) {
	l.Printf("x %d", 1)                         // want `\(\*log.Logger\).Printf writes an unstructured line without the available context ctx`
	log.Default().Println("x")                  // want `\(\*log.Logger\).Println writes an unstructured line`
	log.New(os.Stderr, "", 0).Fatalf("x")       // want `\(\*log.Logger\).Fatalf writes an unstructured line .* before exiting`
	(*log.Logger).Print(l, "method expression") // want `\(\*log.Logger\).Print writes an unstructured line`
}

func provider(w http.ResponseWriter, r *http.Request) {
	log.Printf("request %s", r.URL) // want `log.Printf writes an unstructured line without the available context r.Context\(\): use slog with the context \(slog.InfoContext\(r.Context\(\), msg, attrs…\)\)`
}

// Negatives.

func main() {
	log.Printf("starting")
	fmt.Fprintln(os.Stderr, "starting")
}

func plain() {
	log.Println("no context here")
	log.Fatal("no context here")
}

var stderr = os.Stderr

func otherWriters(ctx context.Context, w io.Writer) {
	fmt.Fprintln(os.Stdout, "to stdout")
	fmt.Fprintf(w, "to a writer %d", 1)
	fmt.Fprintln(stderr, "a variable holding os.Stderr")
	fmt.Println("stdout")
	fmt.Printf("stdout %d\n", 1)
	log.SetFlags(0)
	log.SetOutput(os.Stderr)
	_ = log.Prefix()
}

type myLog struct{}

func (myLog) Printf(format string, args ...any) {}
func (myLog) Fatal(args ...any)                 {}

func userType(ctx context.Context) {
	var l myLog
	l.Printf("mine %d", 1)
	l.Fatal("mine")
}

// A goroutine that does not use the context and does work belongs to
// goroutinectx; one that only logs is judged here.
func launches(ctx context.Context) {
	go func() {
		poll(nil)
		log.Printf("in goroutine")
	}()
	go func() {
		log.Printf("only logs") // want `log.Printf writes an unstructured line without the available context ctx`
	}()
	go func() {
		_ = ctx
		log.Printf("inherits the context") // want `log.Printf writes an unstructured line without the available context ctx`
	}()
}

// poll does work a context governs.
func poll(ctx context.Context) {}
