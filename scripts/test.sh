#!/usr/bin/env bash
# Sets up (Debian packages, build with warnings as errors) and runs the whole test suite.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bash "$here/scripts/setup.sh" ci
cd "$here"
# Tests never touch the user's own workspace or settings.
scratch=$(mktemp -d)
# A real PostgreSQL server for the shared-workspace tests, stopped whatever happens.
source "$here/scripts/postgres.sh"
trap 'stop_postgres; rm -rf "$scratch"' EXIT
start_postgres
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
ctest --preset ci --parallel "$(nproc)"
# The same suite built with AddressSanitizer and UndefinedBehaviorSanitizer (clang), then each
# parser fuzzed for a bounded time.
bash "$here/scripts/setup.sh" asan
ctest --preset asan --parallel "$(nproc)"
bash "$here/scripts/fuzz.sh" "$here/build/asan" "${GAPSCOPE_FUZZ_SECONDS:-20}"
