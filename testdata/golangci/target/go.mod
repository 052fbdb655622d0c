module example.com/shop

go 1.26.0

require go.opentelemetry.io/otel v1.38.0

replace go.opentelemetry.io/otel => ../otel
