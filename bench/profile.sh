#!/bin/sh
# Where `warta annotate --format jsonl` spends its time: the top functions
# (self time) and, with call graphs, the top callers, on ~10 MB of Detik
# JSONL made by bench/bench.py.  Uses perf when the kernel lets it sample,
# else valgrind --tool=callgrind (slower: it uses ~2 MB of input).
# Usage: bench/profile.sh [BUILD_DIR]   (default build-perf; a Release build
# with symbols is best: -DCMAKE_BUILD_TYPE=RelWithDebInfo)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
B=${1:-$ROOT/build-perf}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
python3 "$ROOT/bench/bench.py" -b "$B" --quick --jobs 1 --keep "$T" >/dev/null
[ -f "$T/detik-10mb.jsonl" ] || { echo "profile: no Detik data (see bench/README.md): skipped"; exit 0; }
CMD="$B/warta annotate -q --format jsonl --plugin-dir $B/plugins --plugins locations,organizations,officials,quotes"
if perf record -o "$T/probe.data" true >/dev/null 2>&1; then
    perf record -F 2000 --call-graph dwarf -o "$T/perf.data" $CMD "$T/detik-10mb.jsonl" >/dev/null 2>&1
    echo "== self time (perf, 10 MB)"
    perf report -i "$T/perf.data" --no-children -g none --sort dso,symbol --stdio 2>/dev/null |
        grep -E '^ +[0-9]' | head -25
    echo "== with callees (perf, 10 MB)"
    perf report -i "$T/perf.data" --children -g none --sort dso,symbol --stdio 2>/dev/null |
        grep -E '^ +[0-9]' | grep -v '\[k\]' | head -40
else
    head -c 2000000 "$T/detik-10mb.jsonl" | sed '$d' >"$T/small.jsonl"
    valgrind --tool=callgrind --callgrind-out-file="$T/cg.out" $CMD "$T/small.jsonl" >/dev/null 2>&1
    echo "== inclusive cost (callgrind, ~2 MB)"
    callgrind_annotate --inclusive=yes "$T/cg.out" 2>/dev/null | head -50
fi
