#!/usr/bin/env bash
# Scan to find: barcode hit rate on generated pictures, and the photo match at 5,000 catalog pictures.
#   bench/scan.sh                    # both (about 10 minutes)
#   bench/scan.sh barcodes [N]       # N generated barcode pictures (default 600)
#   bench/scan.sh photos [ITEMS] [QUERIES]   # default 5000 items, 500 queries
# Builds the studio (and its test classes: the barcode pictures come from the tests' BarcodePictures) if needed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
what="${1:-all}"
if [ ! -f target/vitrine-studio.jar ] || [ ! -d target/test-classes ] \
   || [ -n "$(find src pom.xml -newer target/vitrine-studio.jar -print -quit)" ]; then
  ./mvnw -B -q -DskipTests package
fi
mkdir -p bench/out/classes
cp="bench/out/classes:target/classes:target/test-classes:target/lib/*"
javac -d bench/out/classes -cp "$cp" $(find bench/src -name '*.java')
run() { java -Xmx1g -Dfile.encoding=UTF-8 ${BENCH_JAVA_OPTS:-} -cp "$cp" "$@"; }
if [ "$what" = all ] || [ "$what" = barcodes ]; then run io.vitrine.bench.BarcodeHitRateBenchmark "${2:-600}"; fi
if [ "$what" = all ] || [ "$what" = photos ]; then run io.vitrine.bench.PhotoMatchBenchmark "${2:-5000}" "${3:-500}"; fi
