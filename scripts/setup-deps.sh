#!/usr/bin/env bash
# Installs the Debian 12 packages Flashwright needs, only those that are missing.
# Usage: scripts/setup-deps.sh [build|test]   (test adds what the test suite needs)
set -euo pipefail

mode=${1:-build}

pkgs=(
  build-essential cmake ninja-build pkg-config dpkg-dev file
  qt6-base-dev qt6-base-dev-tools qt6-serialport-dev qt6-connectivity-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
  libqcustomplot-dev libarchive-dev libssl-dev zlib1g-dev libxkbcommon-dev libgl-dev
  catch2
  gcc-xtensa-lx106 binutils-xtensa-lx106
)
if [ "$mode" = test ]; then
  pkgs+=(xvfb xauth dbus python3-dbusmock python3-serial desktop-file-utils appstream
         python3-bitstring python3-ecdsa python3-cryptography python3-intelhex python3-yaml)
fi

missing=()
for p in "${pkgs[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup-deps: all ${#pkgs[@]} Debian packages present"
  exit 0
fi

echo "setup-deps: installing ${missing[*]}"
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -q
"${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
