package orders

import "runtime"

func EnableProfiles() {
	runtime.SetBlockProfileRate(1)
}

//nolint:profiling // contention benchmarks record every event
func EnableProfilesForBenchmarks() {
	runtime.SetBlockProfileRate(1)
}
