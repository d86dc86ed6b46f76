#!/usr/bin/env bash
# Sets everything up on Debian 12 (packages, configure, build) and starts Flashwright.
# Extra arguments go to the application.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup-deps.sh build
cmake --preset dev -DFW_BUILD_TESTS=OFF >/dev/null
cmake --build --preset dev --target flashwright flashwright-cli
exec ./build/bin/flashwright "$@"
