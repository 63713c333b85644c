#!/usr/bin/env bash
# Catalog benchmark: 1,000,000 generated Merchant Center items (see bench/README.md).
#   bench/run-catalog-bench.sh            # 1,000,000 items
#   bench/run-catalog-bench.sh 100000     # a quicker run
# Builds the studio if needed, compiles bench/src against it, runs with a 256 MB heap cap.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
items="${1:-1000000}"
if [ ! -f target/vitrine-studio.jar ] || [ -n "$(find src/main pom.xml -newer target/vitrine-studio.jar -print -quit)" ]; then
  ./mvnw -B -q -DskipTests package
fi
mkdir -p bench/out/classes
javac -d bench/out/classes -cp "target/classes:target/test-classes:target/lib/*" $(find bench/src -name '*.java')
exec java -Xmx256m -Dfile.encoding=UTF-8 ${BENCH_JAVA_OPTS:-} \
  -cp "bench/out/classes:target/classes:target/lib/*" io.vitrine.bench.CatalogBenchmark "$items" bench/out
