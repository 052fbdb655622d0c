package ctxapi

import (
	"go/types"
	"slices"
	"strings"
)

// CommandType reports whether t is (a pointer to) the type a command-line
// framework hands a command's action: cobra's Command (whose Context() is
// the context given to ExecuteContext) or urfave/cli's Context (v1, v2) and
// Command (v3). A context those carry lives as long as the command.
func CommandType(t types.Type) bool {
	named := NamedOf(t)
	if named == nil || named.Obj().Pkg() == nil {
		return false
	}
	path, name := named.Obj().Pkg().Path(), named.Obj().Name()
	switch path {
	case "github.com/spf13/cobra":
		return name == "Command"
	case "github.com/urfave/cli", "github.com/urfave/cli/v2", "github.com/urfave/cli/v3":
		return name == "Context" || name == "Command"
	}
	return false
}

// Derivation describes a call of package context (or os/signal) that
// returns a context derived from its first argument.
type Derivation struct {
	Cancels bool // the result can be cancelled or has a deadline
}

// DerivationOf reports whether fn returns a context derived from its
// first argument: context.WithCancel, WithTimeout, WithValue…, and
// signal.NotifyContext.
func DerivationOf(fn *types.Func) (Derivation, bool) {
	if fn == nil || fn.Pkg() == nil || fn.Signature().Recv() != nil || !ReturnsContext(fn.Signature()) {
		return Derivation{}, false
	}
	switch fn.Pkg().Path() {
	case "context":
		if fn.Name() == "Background" || fn.Name() == "TODO" {
			return Derivation{}, false
		}
		return Derivation{Cancels: strings.HasPrefix(fn.Name(), "WithCancel") ||
			strings.HasPrefix(fn.Name(), "WithTimeout") || strings.HasPrefix(fn.Name(), "WithDeadline")}, true
	case "os/signal":
		return Derivation{Cancels: true}, fn.Name() == "NotifyContext"
	}
	return Derivation{}, false
}

// ContinuesTrace reports whether fn returns a context that carries a
// request's trace whatever it is given: a span start, or a propagator's
// Extract of the trace headers of an incoming request.
func ContinuesTrace(fn *types.Func) bool {
	if fn == nil || !ReturnsContext(fn.Signature()) {
		return false
	}
	if _, ok := SpanStart(fn); ok {
		return true
	}
	return fn.Name() == "Extract" && fn.Pkg() != nil &&
		strings.HasPrefix(fn.Pkg().Path(), "go.opentelemetry.io/otel")
}

// lifecycleVerbs begin the names of functions that start, run or stop a
// long-lived component, and lifecycleNouns name such components: the
// context of Start, RunWorkers or serveGRPC is the component's lifetime,
// while RunQuery or CloseAccount may well serve a request.
var (
	lifecycleVerbs = []string{"Start", "Stop", "Run", "Serve", "Shutdown", "Connect", "Close", "Listen", "Main"}
	lifecycleNouns = []string{"", "Server", "Servers", "Service", "Services", "Worker", "Workers", "Loop",
		"Background", "All", "Daemon", "Consumer", "Consumers", "Listener", "Listeners", "Scheduler",
		"HTTP", "GRPC", "Metrics", "Poller", "Polling", "Watcher", "Watchers", "Agent", "Manager", "AndServe"}
)

// LifecycleName reports whether a function so named starts, runs or stops
// a long-lived component (Start, RunWorkers, Shutdown, serveGRPC).
func LifecycleName(name string) bool {
	for _, verb := range lifecycleVerbs {
		rest, ok := strings.CutPrefix(name, verb)
		if !ok {
			rest, ok = strings.CutPrefix(name, strings.ToLower(verb[:1])+verb[1:])
		}
		if ok && slices.Contains(lifecycleNouns, rest) {
			return true
		}
	}
	return false
}

// tracingModules are the module paths (or prefixes of them) of tracing
// APIs and SDKs: a module that requires none of them cannot trace.
var tracingModules = []string{
	"go.opentelemetry.io/otel", "go.opentelemetry.io/contrib", "go.opencensus.io",
	"github.com/opentracing/opentracing-go", "github.com/uber/jaeger-client-go",
	"github.com/openzipkin/zipkin-go", "gopkg.in/DataDog/dd-trace-go.v1",
	"github.com/DataDog/dd-trace-go", "github.com/honeycombio/beeline-go",
	"github.com/newrelic/go-agent", "go.elastic.co/apm",
}

// TracingModule reports whether the module with path p provides a tracing
// API or SDK.
func TracingModule(p string) bool { return underAny(p, tracingModules) }

// underAny reports whether path p is one of paths or below one of them.
func underAny(p string, paths []string) bool {
	for _, t := range paths {
		if p == t || strings.HasPrefix(p, t+"/") {
			return true
		}
	}
	return false
}

// logBridgeModules put the trace of a log call's context into its record:
// OpenTelemetry's log bridges and the common slog, zap and zerolog ones.
var logBridgeModules = []string{
	"go.opentelemetry.io/contrib/bridges", "github.com/samber/slog-otel",
	"github.com/uptrace/opentelemetry-go-extra/otelzap", "github.com/uptrace/opentelemetry-go-extra/otellogrus",
	"github.com/remychantenay/slog-otel", "github.com/go-slog/otelslog", "go.opentelemetry.io/otel/log",
	"gopkg.in/DataDog/dd-trace-go.v1", "github.com/DataDog/dd-trace-go",
}

// LogBridgeModule reports whether the module with path p bridges a
// logging API to traces.
func LogBridgeModule(p string) bool { return underAny(p, logBridgeModules) }

// componentSuffixes end the names of long-lived components whose
// Context() is their own lifetime (kgo.Client, a worker pool), not a
// request's.
var componentSuffixes = []string{"Client", "Pool", "Server", "Manager", "Worker", "Consumer", "Producer",
	"Publisher", "Subscriber", "Scheduler", "Runner"}

// ComponentType reports whether t is (a pointer to) a named concrete type
// of a long-lived component that provides a context of its own lifetime.
func ComponentType(t types.Type) bool {
	named := NamedOf(t)
	if named == nil || Provider(t) == nil || types.IsInterface(named) {
		// An interface (a gRPC stream, Greeter_WatchServer) serves a request.
		return false
	}
	for _, suffix := range componentSuffixes {
		if strings.HasSuffix(named.Obj().Name(), suffix) {
			return true
		}
	}
	return false
}
