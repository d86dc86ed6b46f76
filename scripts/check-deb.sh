#!/usr/bin/env bash
# Builds the .deb with CPack from a configured build tree and checks what it carries.
# Usage: scripts/check-deb.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:?usage: check-deb.sh BUILD_DIR}" && pwd)
src=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/*.deb)
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

contents=$(dpkg-deb -c "$deb")
fail=0
for f in ./usr/bin/flashwright ./usr/bin/flashwright-cli \
         ./usr/share/applications/io.github.flashwright.Flashwright.desktop \
         ./usr/share/metainfo/io.github.flashwright.Flashwright.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/io.github.flashwright.Flashwright.svg \
         ./usr/lib/udev/rules.d/60-flashwright.rules; do
  if ! grep -qF " $f" <<<"$contents"; then
    echo "missing from the package: $f" >&2
    fail=1
  fi
done
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
grep -q libqt6widgets6 <<<"$depends" || { echo "Depends lacks libqt6widgets6" >&2; fail=1; }

if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$src/packaging/io.github.flashwright.Flashwright.desktop"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --pedantic "$src/packaging/io.github.flashwright.Flashwright.metainfo.xml" >/dev/null ||
    appstreamcli validate --no-net "$src/packaging/io.github.flashwright.Flashwright.metainfo.xml"
fi
exit $fail
