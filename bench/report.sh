#!/usr/bin/env bash
# Report export with EVENTS raw events (default 1,000,000) against a bare SXSSF write of the same rows, with a
# 256 MB heap cap (see bench/README.md). The last line reads: report X s; bare SXSSF Y s; ratio Z; heap H MB
#   bench/report.sh [EVENTS]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
"$here/studio" --version >/dev/null   # builds if needed
exec java -Xmx256m -Djava.awt.headless=true \
  -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory ${BENCH_JAVA_OPTS:-} \
  -cp "$here/target/classes:$here/target/lib/*" "$here/bench/ReportBench.java" "$@"
