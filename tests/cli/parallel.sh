#!/bin/sh
# The README's sharded run: GNU parallel splits a JSONL stream into blocks,
# runs one warta per block, and --keep-order puts the records back in input
# order; the result is the same as one warta over the whole stream.
set -u
WARTA=$1
SRC=${WARTA_TEST_SOURCE_DIR:?}
PLUGINS=${WARTA_TEST_PLUGIN_DIR:?}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
if ! command -v parallel >/dev/null; then
    echo "FAIL GNU parallel is not installed (see .ci/packages)"; exit 1
fi
# a JSONL stream from the corpus: one record per article, repeated
for f in "$SRC"/corpus/dev-id/*.txt "$SRC"/corpus/seeds/*.txt; do
    "$WARTA" annotate -q --format jsonl --plugin-dir "$PLUGINS" --plugins template "$f" |
        sed 's/^{"schema":"1.0",\("id":"[^"]*"\),"lang":"[^"]*",\("text":"\([^"\\]\|\\.\)*"\).*/{\1,\2}/'
done >"$T/one.jsonl"
for i in 1 2 3 4 5; do cat "$T/one.jsonl"; done >"$T/in.jsonl"
n=$(wc -l <"$T/in.jsonl")
"$WARTA" annotate -q --format jsonl --plugin-dir "$PLUGINS" --input jsonl - <"$T/in.jsonl" >"$T/whole.out"
parallel --pipe --keep-order --block 20k -j 3 \
    "$WARTA" annotate -q --format jsonl --plugin-dir "$PLUGINS" --input jsonl - \
    <"$T/in.jsonl" >"$T/sharded.out"
fails=0
[ "$(wc -l <"$T/sharded.out")" -eq "$n" ] && echo "ok   $n records in, $n out" || { echo "FAIL record count"; fails=1; }
cmp -s "$T/whole.out" "$T/sharded.out" && echo "ok   sharded output equals the single run" || { echo "FAIL sharded output differs"; fails=$((fails + 1)); }
exit "$fails"
