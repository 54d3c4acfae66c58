#!/bin/sh
# The whole test suite, from a clean clone on Debian 12:
#   1. installs the build dependencies (.ci/packages) when any is missing,
#   2. builds with -Wall -Wextra -Werror and runs every test,
#   3. builds again with AddressSanitizer + UndefinedBehaviorSanitizer and
#      runs every test again,
#   4. runs the unit and plugin tests, the crash-input replay and the command
#      on the corpus under valgrind (no leaks, no invalid reads) on build 2,
#   5. fuzzes the whole pipeline with libFuzzer (clang) for a bounded time.
# Usage: tests/run.sh            (from the repository root)
#        WARTA_SKIP_SANITIZE=1 tests/run.sh   to skip step 3
#        WARTA_SKIP_VALGRIND=1 tests/run.sh   to skip step 4
#        WARTA_FUZZ_SECONDS=600 tests/run.sh  to fuzz longer (default 60; 0 skips step 5)
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
if [ "${WARTA_SKIP_VALGRIND:-0}" != 1 ]; then
    if command -v valgrind >/dev/null 2>&1; then
        echo "== valgrind: unit and plugin tests, crash-input replay, the command"
        vg="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite"
        vg="$vg --show-leak-kinds=definite"
        b=$PWD/build-test
        vg_failed=""
        for t in "$b"/tests/test_* "$b/tests/fuzz/warta_replay"; do
            [ -x "$t" ] || continue
            args=""
            [ "${t##*/}" = warta_replay ] && args="tests/regress tests/fuzz/corpus"
            # shellcheck disable=SC2086
            if WARTA_TEST_PLUGIN_DIR="$b/plugins" WARTA_TEST_SOURCE_DIR="$PWD" WARTA_PLUGIN_PATH= \
                WARTA_TEST_BINARY_DIR="$b" WARTA_TEST_FIXTURE_DIR="$b/tests/fixtures" \
                $vg "$t" $args >"$b/valgrind-${t##*/}.log" 2>&1; then
                echo "ok   ${t##*/}"
            else
                echo "FAIL ${t##*/} (valgrind log: $b/valgrind-${t##*/}.log)"
                vg_failed="$vg_failed ${t##*/}"
            fi
        done
        # the command itself: reading, two worker threads, repair, every writer path of JSON
        if $vg "$b/warta" annotate -q -j 2 --invalid=replace --format jsonl --plugin-dir "$b/plugins" \
            corpus/seeds corpus/dev-id corpus/dev-en tests/fuzz/corpus/invalid-utf8 \
            >/dev/null 2>"$b/valgrind-warta.log"; then
            echo "ok   warta annotate -j 2 on the corpus"
        else
            echo "FAIL warta annotate under valgrind (log: $b/valgrind-warta.log)"
            vg_failed="$vg_failed warta"
        fi
        [ -z "$vg_failed" ] || { echo "valgrind found errors in:$vg_failed"; exit 1; }
    else
        echo "== valgrind not installed: skipped (it is in .ci/packages)"
    fi
fi

fuzz_seconds=${WARTA_FUZZ_SECONDS:-60}
if [ "$fuzz_seconds" -gt 0 ]; then
    sh tests/fuzz/run.sh build-fuzz "$fuzz_seconds"
fi
echo "== all tests passed"
