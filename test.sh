#!/usr/bin/env bash
# Sets everything up on Debian 12 (packages, configure, build) and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup-deps.sh test
cmake --preset dev -DFW_BUILD_TESTS=ON >/dev/null
cmake --build --preset dev
ctest --preset dev --timeout 300 "$@"
