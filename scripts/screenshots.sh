#!/usr/bin/env bash
# Renders the main window in its typical states under a virtual X server and lists the PNGs.
# Usage: scripts/screenshots.sh [build-dir] [output-dir]
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$here/build}"
out="${2:-$here/screenshots}"
app="$build/bin/flashwright"

if [[ ! -x "$app" ]]; then
    echo "No $app: build the 'flashwright' target first." >&2
    exit 1
fi
if ! command -v xvfb-run >/dev/null; then
    echo "xvfb-run is missing: sudo apt-get install xvfb" >&2
    exit 1
fi

mkdir -p "$out"
rm -f "$out"/*.png
# A throw-away settings and data home keeps the user's real window layout and logs untouched.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1440x900x24" "$app" --screenshot "$out" --lang en

# Every step of the ESP wizard, driven against the ESP8266 and ESP32 demo devices (esp-*.png).
# A real Tasmota image from ../shared/corpus is written when it is there.
esp_args=()
corpus="$here/../shared/corpus/tasmota-lite.bin"
[[ -f "$corpus" ]] && esp_args=(--esp-firmware "$(realpath "$corpus")")
XDG_CONFIG_HOME="$scratch/config-esp" XDG_DATA_HOME="$scratch/data-esp" QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1440x900x24" "$app" --screenshot-esp "$out" --lang en "${esp_args[@]}"
rm -rf "$out/.esp-tour"

# Every step of the thermometer wizard: the Bluetooth path against the LYWSD03MMC demos and the
# wired rescue against the SWire demo (telink-*.png).
XDG_CONFIG_HOME="$scratch/config-telink" XDG_DATA_HOME="$scratch/data-telink" QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1440x900x24" "$app" --screenshot-telink "$out" --lang en
rm -rf "$out/.telink-tour"

ls -l "$out"/*.png
