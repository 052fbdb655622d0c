module go.opentelemetry.io/contrib/bridges/otelslog

go 1.24
