#!/usr/bin/env bash
# Count obslint's findings on real modules, for the triage in docs/precision.md.
#
#   bench/precision.sh [-o DUMPDIR] MODDIR...
#   bench/precision.sh [-o DUMPDIR] -f LISTFILE   (one module directory a line)
#
# Runs obslint (env OBSLINT, else built from this checkout) over each module's
# packages without test files, one module at a time, and prints a markdown
# table: findings per module and pass, and the module's wall time (the passes
# share one load, so time is per module). Packages that `go list` cannot load
# (e.g. a missing embedded asset) and their dependents are left out and
# counted in the "excluded" column; stderr names them. Modules are named as
# given on the command line (run it from the corpus directory for short
# names). With -o (or env
# PRECISION_DUMP), DUMPDIR/<module>.txt gets every finding as
# "file:line: message (pass)" and DUMPDIR/<module>.json obslint's output.
# Nothing is written into the module directories.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dump=${PRECISION_DUMP:-}
mods=()
while [ $# -gt 0 ]; do
	case $1 in
	-o) dump=$2; shift 2 ;;
	-f) mapfile -t -O "${#mods[@]}" mods < <(grep -v '^\s*\(#\|$\)' "$2"); shift 2 ;;
	*) mods+=("$1"); shift ;;
	esac
done
[ ${#mods[@]} -gt 0 ] || { echo "usage: $0 [-o DUMPDIR] MODDIR... | -f LISTFILE" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=${OBSLINT:-}
[ -n "$bin" ] || { bin=$work/obslint; (cd "$root" && go build -o "$bin" ./cmd/obslint); }
[ -z "$dump" ] || mkdir -p "$dump"

for dir in "${mods[@]}"; do
	name=${dir%/}
	name=${name#./}
	file=${name//\//-}
	dir=$(cd "$dir" && pwd)
	# Loadable packages: no go list error in the package or its dependencies.
	(cd "$dir" && go list -e -f '{{if or .Error .DepsErrors}}-{{else}}+{{end}} {{.ImportPath}}' ./...) >"$work/pkgs"
	grep '^- ' "$work/pkgs" | sed "s|^- |$name: excluded |" >&2 || true
	excluded=$(grep -c '^- ' "$work/pkgs" || true)
	grep '^+ ' "$work/pkgs" | cut -c3- >"$work/args"
	start=$(date +%s%N)
	status=0
	# One invocation, so that facts flow among all the module's packages.
	mapfile -t args <"$work/args"
	(cd "$dir" && "$bin" -json -test=false "${args[@]}" >"$work/out.json" 2>"$work/err") || status=$?
	secs=$(awk -v a="$start" -v b="$(date +%s%N)" 'BEGIN {printf "%.1f", (b - a) / 1e9}')
	# 0: clean, 1: a package failed (reported in the JSON), 3: findings.
	case $status in 0 | 1 | 3) ;; *)
		echo "$name: obslint exited $status:" >&2
		tail -20 "$work/err" >&2
		exit 1
		;;
	esac
	jq -r 'to_entries[] | .key as $p | .value | to_entries[]
		| select(.value | type == "object") | "\($p): \(.key): \(.value.error)"' "$work/out.json" >&2
	jq -r 'to_entries[].value | to_entries[] | select(.value | type == "array")
		| .key as $a | .value[] | "\(.posn | sub(":[0-9]+$"; "")): \(.message) (\($a))"' \
		"$work/out.json" | sort -t: -k1,1 -k2,2n -u >"$work/$file.txt"
	if [ -n "$dump" ]; then
		cp "$work/$file.txt" "$dump/$file.txt"
		cp "$work/out.json" "$dump/$file.json"
	fi
	echo "$name $excluded $secs" >>"$work/modules"
done

passes=$(cat "$work"/*.txt | sed -n 's/.*(\([a-z]*\))$/\1/p' | sort -u)
printf '| module |'; for p in $passes; do printf ' %s |' "$p"; done; echo ' total | excluded pkgs | wall (s) |'
printf '|---|'; for p in $passes; do printf -- '---:|'; done; printf '%s\n' '---:|---:|---:|'
while read -r name excluded secs; do
	file=${name//\//-}
	printf '| %s |' "$name"
	for p in $passes; do printf ' %d |' "$(grep -c "($p)\$" "$work/$file.txt" || true)"; done
	printf ' %d | %d | %.1f |\n' "$(wc -l <"$work/$file.txt")" "$excluded" "$secs"
done <"$work/modules"
printf '| **total** |'
for p in $passes; do printf ' **%d** |' "$(cat "$work"/*.txt | grep -c "($p)\$" || true)"; done
awk '{e += $2; s += $3} END {printf " **%d** | **%d** | **%.1f** |\n", n, e, s}' n="$(cat "$work"/*.txt | wc -l)" "$work/modules"
