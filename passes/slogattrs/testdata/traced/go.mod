module example.com/traced

go 1.24

require (
	go.opentelemetry.io/contrib/bridges/otelslog v0.21.0
	go.opentelemetry.io/otel v1.38.0
)

replace (
	go.opentelemetry.io/contrib/bridges/otelslog => ./otelslog
	go.opentelemetry.io/otel => ./otel
)
