#!/usr/bin/env bash
# Start-up benchmark: wall time from process start (before ./studio runs) to the first rendered frame of
# the main window with the demo workspace open, over several runs; prints each run and the median.
#   bench/startup.sh [RUNS]      (default 7; runs under Xvfb automatically when there is no DISPLAY)
# The demo workspace is generated once beforehand so the figure is "open an existing workspace", as a
# returning user sees it. The first run also writes the class-data-sharing archive and is not counted.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-7}"
home="$(mktemp -d)"
trap 'rm -rf "$home"; [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true' EXIT

if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "needs a display or Xvfb (apt-get install xvfb libgtk-3-0)" >&2; exit 1; }
  Xvfb :93 -screen 0 1400x900x24 >/dev/null 2>&1 & xvfb_pid=$!
  export DISPLAY=:93
  sleep 1
fi

"$here/studio" --version >/dev/null            # builds if needed
demo="$home/demo.vitrine"
"$here/studio" workspace create --demo "$demo" >/dev/null

run_once() {
  local start end
  start=$(date +%s%3N)
  rm -f "$home/first-frame"
  VITRINE_JAVA_OPTS="-Dvitrine.home=$home -Dvitrine.startup.probe=$home/first-frame" "$here/studio" open "$demo" \
        >/dev/null 2>&1 || true
  end=$(sed -n 's/^first-frame-epoch-ms=//p' "$home/first-frame" 2>/dev/null)
  [ -n "$end" ] || { echo "the app did not report a first frame" >&2; exit 1; }
  echo $((end - start))
}

run_once >/dev/null   # warm-up: page cache, CDS archive
times=()
for i in $(seq 1 "$runs"); do
  t=$(run_once); times+=("$t"); echo "run $i: ${t} ms"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}')
echo "median time to first frame with the demo workspace: ${median} ms over ${runs} runs (target <= 2500 ms)"
