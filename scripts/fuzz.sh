#!/usr/bin/env bash
# Runs every libFuzzer target of the asan build for SECONDS each (default 20), starting from the
# seed corpus in tests/fuzz/corpus/. An input that crashes a target is copied into
# tests/fuzz/regressions/<target>/, where ctest replays it from then on, and the run fails.
# Usage: scripts/fuzz.sh [BUILD_DIR] [SECONDS]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build/asan}
seconds=${2:-20}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
shopt -s nullglob
targets=("$build"/tests/fuzz/fuzz_*)
((${#targets[@]})) || { echo "fuzz: no targets in $build/tests/fuzz (build the asan preset)" >&2; exit 1; }
for exe in "${targets[@]}"; do
  [ -x "$exe" ] && [ -f "$exe" ] || continue
  name=$(basename "$exe")
  target=${name#fuzz_}
  target=${target/_/-}
  mkdir -p "$scratch/$target"
  log="$scratch/$target.log"
  if "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
       -artifact_prefix="$scratch/$target-" "$scratch/$target" "$here/tests/fuzz/corpus/$target" > "$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    echo "fuzz: $target: $runs inputs in ${seconds} s, no crash"
  else
    status=1
    echo "fuzz: $target FAILED" >&2
    tail -40 "$log" >&2
    for found in "$scratch/$target"-*; do
      cp "$found" "$here/tests/fuzz/regressions/$target/"
      echo "fuzz: kept $(basename "$found") in tests/fuzz/regressions/$target/" >&2
    done
  fi
done
exit $status
