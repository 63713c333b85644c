#!/usr/bin/env bash
# "catalog similar" at 1,000,000 generated items (see bench/README.md).
#   bench/similar-items.sh            # 1,000,000 items (the workspace is built once into bench/out/, ~1.2 GB)
#   bench/similar-items.sh 100000     # a quicker run
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
items="${1:-1000000}"
if [ ! -f target/vitrine-studio.jar ] || [ -n "$(find src/main pom.xml -newer target/vitrine-studio.jar -print -quit)" ]; then
  ./mvnw -B -q -DskipTests package
fi
mkdir -p bench/out/classes
javac -d bench/out/classes -cp "target/classes:target/test-classes:target/lib/*" $(find bench/src -name "*.java")
exec java -Xmx512m -Dfile.encoding=UTF-8 ${BENCH_JAVA_OPTS:-} \
  -cp "bench/out/classes:target/classes:target/lib/*" io.vitrine.bench.SimilarItemsBenchmark "$items" bench/out
