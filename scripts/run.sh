#!/usr/bin/env bash
# Sets up (Debian packages, build) and launches GapScope on its embedded default workspace.
# Extra arguments go to gapscope, e.g. `bash scripts/run.sh --lang ko`.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bash "$here/scripts/setup.sh" dev
app="$here/build/dev/app/gapscope"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run: no display found; starting GapScope on a virtual X server (xvfb-run)." >&2
  echo "run: from a desktop session it opens its window directly." >&2
  exec xvfb-run -a "$app" "$@"
fi
exec "$app" "$@"
