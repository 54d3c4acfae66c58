#!/bin/sh
# The whole test suite, from a clean clone on Debian 12:
#   1. installs the build dependencies (.ci/packages) when any is missing,
#   2. builds with -Wall -Wextra -Werror and runs every test,
#   3. builds again with AddressSanitizer + UndefinedBehaviorSanitizer and
#      runs every test again.
# Usage: tests/run.sh            (from the repository root)
#        WARTA_SKIP_SANITIZE=1 tests/run.sh   to skip step 3
set -eu
cd "$(dirname "$0")/.."

sh scripts/install-deps.sh

jobs=$(nproc 2>/dev/null || echo 2)

echo "== build (warnings are errors) and test"
cmake -S . -B build-test -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWARTA_WERROR=ON >/dev/null
cmake --build build-test -j "$jobs"
ctest --test-dir build-test --output-on-failure -j "$jobs"

if [ "${WARTA_SKIP_SANITIZE:-0}" != 1 ]; then
    echo "== build with ASan+UBSan and test"
    cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DWARTA_WERROR=ON -DWARTA_SANITIZE=ON >/dev/null
    cmake --build build-asan -j "$jobs"
    ctest --test-dir build-asan --output-on-failure -j "$jobs"
fi
echo "== all tests passed"
