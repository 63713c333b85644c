#!/usr/bin/env bash
# Insights over a workspace of EVENTS engagement events (default 5,000,000): every view's queries for three
# filters, 20 times, against a plain GROUP BY over the events in the same process (see bench/README.md).
#   bench/insights.sh [EVENTS]
# The last line reads: insights p95 X ms (slowest view V) over N events; raw GROUP BY Y ms; ratio Z
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
"$here/studio" --version >/dev/null   # builds if needed
exec java -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "$here/target/classes:$here/target/lib/*" "$here/bench/InsightsBench.java" "$@"
