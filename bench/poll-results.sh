#!/usr/bin/env bash
# Poll results benchmark: a poll with VOTES votes (default 1,000,000) and half as many impressions over 30
# days, generated through the engagement store; times the results service (rollups + statistics, overall,
# every segment, the hourly timeline) against a raw GROUP BY baseline over the events, in the same process.
#   bench/poll-results.sh [VOTES]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/studio" --version >/dev/null   # builds if needed
exec java -Xmx2g -cp "$here/target/classes:$here/target/lib/*" "$here/bench/PollResultsBench.java" "$@"
