#!/usr/bin/env bash
# Proves the packaged app starts: builds the app image and runs its launcher with --version and a
# headless CLI command (create a workspace, read it back) on the bundled runtime.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/packaging/build.sh" app-image >/dev/null
app="$here/target/package/VitrineStudio/bin/VitrineStudio"
"$app" --version
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
"$app" workspace create "$tmp/smoke.vitrine" --json >/dev/null
"$app" workspace info "$tmp/smoke.vitrine" --json | grep -q '"schema_version"'
echo "app image OK: $(du -sh "$here/target/package/VitrineStudio" | cut -f1)"
