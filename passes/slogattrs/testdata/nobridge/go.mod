module example.com/nobridge

go 1.24

require go.opentelemetry.io/otel v1.38.0

replace go.opentelemetry.io/otel => ./otel
