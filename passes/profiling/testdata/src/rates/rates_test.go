package rates

import (
	"runtime"
	"testing"
)

func TestContention(t *testing.T) {
	runtime.SetBlockProfileRate(1)
	runtime.SetMutexProfileFraction(1)
}
