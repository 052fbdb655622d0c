// Package pyroscope is a stub of github.com/grafana/pyroscope-go for tests.
package pyroscope

type Config struct {
	ApplicationName string
	ServerAddress   string
}

type Profiler struct{}

func Start(cfg Config) (*Profiler, error) { return &Profiler{}, nil }
