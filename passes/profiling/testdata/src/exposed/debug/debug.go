// Package debug registers pprof's handlers on http.DefaultServeMux. // want package:"profiling: pprof, profiled"
package debug

import _ "net/http/pprof"
