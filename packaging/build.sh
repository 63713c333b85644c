#!/usr/bin/env bash
# Builds a self-contained Vitrine Studio with jpackage (bundled, trimmed Java runtime; no JDK needed to run it).
#   packaging/build.sh [app-image|deb]      default: app-image
# Output: target/package/VitrineStudio/ (app image: bin/VitrineStudio) or target/package/*.deb
# Needs a full JDK 17+ (jpackage, jlink, jdeps). For .deb also dpkg-deb and fakeroot.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
type="${1:-app-image}"
cd "$here"

for tool in jpackage jdeps; do
  command -v "$tool" >/dev/null || { echo "error: $tool not found; use a full JDK 17+ (not a JRE) on PATH" >&2; exit 1; }
done

[ -f target/vitrine-studio.jar ] && [ -d target/lib ] || ./mvnw -B -q -DskipTests package
version=$(unzip -p target/vitrine-studio.jar META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')
version="${version:-0.1.0}"

input=target/package-input
rm -rf "$input" target/package
mkdir -p "$input/lib"
cp target/vitrine-studio.jar "$input/"
cp target/lib/*.jar "$input/lib/"

# Only the Java modules the app and its libraries use, found by jdeps; plus what is loaded reflectively
# (TLS elliptic curves, locale data for number/date formats, JFR-free management for JavaFX).
modules=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps -q \
          --class-path "$input/lib/*" "$input/vitrine-studio.jar" 2>/dev/null || true)
modules="${modules:-java.base,java.desktop,java.logging,java.net.http,java.sql,java.xml}"
modules="$modules,jdk.crypto.ec,jdk.localedata,jdk.unsupported,jdk.httpserver,java.management,jdk.zipfs"

common=(--name VitrineStudio --app-version "$version" --vendor "Vitrine Studio"
        --input "$input" --main-jar vitrine-studio.jar --main-class io.vitrine.app.Launcher
        --icon src/main/resources/io/vitrine/app/vitrine-icon.png
        --java-options "-Dfile.encoding=UTF-8 -Xmx2g"
        --add-modules "$modules"
        --jlink-options "--strip-debug --no-man-pages --no-header-files --compress=2"
        --dest target/package)

case "$type" in
  app-image)
    jpackage --type app-image "${common[@]}"
    echo "App image: target/package/VitrineStudio (run target/package/VitrineStudio/bin/VitrineStudio)"
    ;;
  deb)
    jpackage --type deb "${common[@]}" --linux-shortcut --linux-menu-group "Office;Graphics" \
      --linux-app-category graphics --linux-package-deps "libgtk-3-0, libgl1"
    ls -1 target/package/*.deb
    ;;
  *) echo "usage: packaging/build.sh [app-image|deb]" >&2; exit 2 ;;
esac
