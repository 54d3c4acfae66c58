#!/bin/sh
# Fuzzes the whole pipeline (tests/fuzz/fuzz_pipeline.c) with libFuzzer for a
# bounded time: clang, ASan+UBSan, every plugin of the build.  The corpus
# grows in BUILD/fuzz-corpus between runs; a crash input is kept in
# BUILD/fuzz-crashes/ and the run fails.  Once fixed, copy the input to
# tests/regress/ (the fuzz_regress ctest case replays it from then on).
# Usage: tests/fuzz/run.sh [BUILD_DIR [SECONDS]]     (default build-fuzz 60)
# Skips, saying why, when clang or its libFuzzer runtime is missing.
set -eu
cd "$(dirname "$0")/../.."
b=${1:-build-fuzz}
secs=${2:-60}
jobs=$(nproc 2>/dev/null || echo 2)

if ! command -v clang >/dev/null 2>&1; then
    echo "== clang not installed: fuzzing skipped (clang is in .ci/packages)"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '#include <stddef.h>\n#include <stdint.h>\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }\n' >"$tmp/probe.c"
if ! clang -fsanitize=fuzzer,address,undefined "$tmp/probe.c" -o "$tmp/probe" >/dev/null 2>&1; then
    echo "== clang has no libFuzzer runtime (libclang-rt-14-dev): fuzzing skipped"
    exit 0
fi

echo "== fuzz the pipeline for ${secs} s (clang, libFuzzer, ASan+UBSan)"
CC=clang cmake -S . -B "$b" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWARTA_FUZZ=ON -DWARTA_SANITIZE=ON \
    -DCMAKE_C_FLAGS=-fsanitize=fuzzer-no-link >/dev/null
cmake --build "$b" -j "$jobs" >/dev/null
mkdir -p "$b/fuzz-corpus" "$b/fuzz-crashes"
if WARTA_FUZZ_PLUGIN_DIR="$PWD/$b/plugins" "$b/tests/fuzz/warta_fuzz" -max_total_time="$secs" \
    -max_len=8192 -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$PWD/$b/fuzz-crashes/" "$b/fuzz-corpus" tests/fuzz/corpus >"$b/fuzz.log" 2>&1; then
    grep -E '^stat::number_of_executed_units|^Done' "$b/fuzz.log" || true
    echo "ok   no crash in ${secs} s (log: $b/fuzz.log)"
else
    grep -E 'ERROR|SUMMARY|runtime error|fuzz_pipeline:|Test unit written' "$b/fuzz.log" | head -20
    echo "FAIL the fuzzer found a crash: see $b/fuzz.log and $b/fuzz-crashes/"
    exit 1
fi
