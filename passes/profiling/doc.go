// Package profiling defines an Analyzer that reports profiling settings
// that cost too much or expose too much in production, and, in a strict
// mode, services that cannot be profiled at all.
//
// # Analyzer profiling
//
// profiling: report costly or exposed profiling, and services without it
//
// Profiling belongs in production from day one, at rates that cost little
// and behind an address only operators reach. profiling reports:
//
//   - runtime.SetBlockProfileRate(n) with a constant 0 < n < 10000: the
//     profiler samples about one blocking event per n nanoseconds blocked,
//     so a small n records (nearly) every event, a real CPU cost. The
//     suggested fix sets the rate to 10000.
//   - runtime.SetMutexProfileFraction(n) with a constant 0 < n < 10: one
//     contention event in n is recorded, so a small n records most of them.
//     The suggested fix sets the fraction to 100.
//   - net/http/pprof, imported by the package or by a package it imports
//     (a fact), whose handlers land on http.DefaultServeMux, where the
//     package serves http.DefaultServeMux — http.ListenAndServe(addr, nil),
//     ListenAndServeTLS, an http.Server literal whose Handler is unset, nil
//     or http.DefaultServeMux — on a constant address that is not loopback
//     only (":6060", "0.0.0.0:6060", "10.0.0.5:6060"): anyone who reaches
//     the port reads the profiles and can start a CPU profile. Serve pprof
//     on its own mux bound to localhost or an admin port. Not reported: an
//     address that is localhost, 127.0.0.1, [::1] or another loopback IP,
//     an address that is not a constant (a flag, a configuration), and
//     http.Serve(listener, nil), whose address the analysis cannot read.
//   - with -profiling.strict, a service program (package main whose package,
//     or a package of its module that it imports, serves HTTP or gRPC) with
//     no profiling at all: neither a continuous profiler
//     (github.com/grafana/pyroscope-go, Datadog's profiler,
//     cloud.google.com/go/profiler) nor net/http/pprof nor runtime/pprof in
//     the program's imports. Reported at the package clause of the file that
//     declares main.
//
// Calls in test files are not reported.
//
// Example:
//
//	runtime.SetBlockProfileRate(1) // want: runtime.SetBlockProfileRate(10000)
//
// Suppress a finding with //nolint:profiling or //lint:ignore profiling reason.
package profiling
