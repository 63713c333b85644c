#!/usr/bin/env bash
# Sync pull throughput into a workspace that already holds millions of events (see bench/README.md).
#   bench/sync-pull.sh                    # 5,000,000 existing events, 500,000 pulled
#   bench/sync-pull.sh 500000 200000 1    # a quicker run (existing, pulled, rounds)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/studio" --version >/dev/null   # builds if needed
exec java -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "$here/target/classes:$here/target/lib/*" "$here/bench/SyncPullBench.java" "$@"
