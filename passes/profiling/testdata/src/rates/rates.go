package rates

import (
	"runtime"
	rt "runtime"
)

const everyEvent = 1

func setup(n int) {
	runtime.SetBlockProfileRate(1)           // want `runtime.SetBlockProfileRate\(1\) records nearly every blocking event, a CPU cost in production: use a rate such as 10000`
	rt.SetBlockProfileRate(everyEvent * 100) // want `runtime.SetBlockProfileRate\(100\) records nearly every blocking event`
	runtime.SetBlockProfileRate(10000)
	runtime.SetBlockProfileRate(0)         // turns the profile off
	runtime.SetBlockProfileRate(n)         // not a constant
	runtime.SetMutexProfileFraction(1)     // want `runtime.SetMutexProfileFraction\(1\) records most contention events, a CPU cost in production: use a fraction such as 100`
	_ = runtime.SetMutexProfileFraction(5) // want `runtime.SetMutexProfileFraction\(5\)`
	runtime.SetMutexProfileFraction(10)
	runtime.SetMutexProfileFraction(0)
	runtime.SetMutexProfileFraction(-1) // reads the current fraction
	runtime.SetBlockProfileRate(1)      //nolint:profiling // a benchmark harness
}
