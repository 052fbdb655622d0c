#!/usr/bin/env bash
# Benchmark obslint against the load-and-type-check floor and its peers.
#
#   bench/run.sh [RUNS] [TARGET...]
#
# Each target is "DIR PATTERN" (default: "$GOROOT/src ./net/..." and
# "$GOROOT/src ./..."). Every tool runs once as a warm-up, then RUNS times
# (default 5), alternating tools within each round so that machine noise
# spreads evenly. Prints a markdown table of median wall time and peak RSS,
# with ratios to the floor. BENCH_TOOLS="floor obslint" limits the tools run
# (the peers are slow on large targets).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
runs=${1:-5}
shift || true
goroot=$(go env GOROOT)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("$goroot/src ./net/..." "$goroot/src ./...")

# Peers, pinned: the linters a user would otherwise run for the same concerns.
peers=(
	"sloglint go-simpler.org/sloglint/cmd/sloglint@v0.12.0"
	"contextcheck github.com/kkHAIKE/contextcheck/cmd/contextcheck@v1.1.6"
	"spancheck github.com/jjti/go-spancheck/cmd/spancheck@v0.6.5"
)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/floor" ./bench/floor
go build -o "$work/obslint" ./cmd/obslint
wanted=${BENCH_TOOLS:-floor obslint ${peers[*]%% *}}
tools=("floor $work/floor" "obslint $work/obslint")
for peer in "${peers[@]}"; do
	set -- $peer
	case " $wanted " in *" $1 "*) ;; *) continue ;; esac
	GOBIN="$work" go install "$2"
	tools+=("$1 $work/$1")
done

# measure TOOL DIR PATTERN: prints "seconds kilobytes"; fails on a crash.
measure() {
	local bin=$1 dir=$2 pattern=$3 status=0
	(cd "$dir" && /usr/bin/time -f '%e %M' -o "$work/time" "$bin" "$pattern" >"$work/out" 2>&1) || status=$?
	# 0: clean, 1 or 3: findings reported. Anything else is a failure.
	case $status in 0 | 1 | 3) ;; *)
		echo "$bin $pattern exited $status:" >&2
		tail -20 "$work/out" >&2
		exit 1
		;;
	esac
	if grep -q '^panic:' "$work/out"; then
		echo "$bin panicked on $pattern" >&2
		exit 1
	fi
	tail -1 "$work/time"
}

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(go version); $(date -u +%Y-%m-%d)"
echo
for target in "${targets[@]}"; do
	set -- $target
	dir=$1 pattern=$2
	for tool in "${tools[@]}"; do
		set -- $tool
		measure "$2" "$dir" "$pattern" >/dev/null # warm-up
	done
	for round in $(seq "$runs"); do
		for tool in "${tools[@]}"; do
			set -- $tool
			measure "$2" "$dir" "$pattern" >>"$work/$1.samples"
		done
	done
	echo "### \`${pattern}\` in \`${dir/#$goroot/\$GOROOT}\` (median of $runs)"
	echo
	echo "| tool | wall (s) | × floor | peak RSS (MiB) | × floor |"
	echo "|---|---:|---:|---:|---:|"
	floor_s=$(cut -d' ' -f1 "$work/floor.samples" | median)
	floor_kb=$(cut -d' ' -f2 "$work/floor.samples" | median)
	for tool in "${tools[@]}"; do
		set -- $tool
		s=$(cut -d' ' -f1 "$work/$1.samples" | median)
		kb=$(cut -d' ' -f2 "$work/$1.samples" | median)
		awk -v n="$1" -v s="$s" -v kb="$kb" -v fs="$floor_s" -v fkb="$floor_kb" \
			'BEGIN {printf "| %s | %.2f | %.2f | %.0f | %.2f |\n", n, s, s/fs, kb/1024, kb/fkb}'
	done
	echo
	rm -f "$work"/*.samples
done
