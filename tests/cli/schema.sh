#!/bin/sh
# Real output (all plugins, the bundled corpus, and an error record) is
# valid against docs/output-schema.json, and the validator does reject a
# broken record (so a pass means something).
set -u
WARTA=$1
SRC=${WARTA_TEST_SOURCE_DIR:?}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
PY=""
for p in /usr/bin/python3 python3; do
    if "$p" -c 'import jsonschema' 2>/dev/null; then PY=$p; break; fi
done
if [ -z "$PY" ]; then
    echo "FAIL no python3 with jsonschema (install python3-jsonschema, see .ci/packages)"
    exit 1
fi
fails=0
"$WARTA" annotate -q --format jsonl --plugin-dir "${WARTA_TEST_PLUGIN_DIR:?}" \
    "$SRC/corpus/seeds" "$SRC/corpus/dev-id" "$SRC/corpus/dev-en" >"$T/out.jsonl"
printf 'bad \377 byte' | "$WARTA" annotate -q --format jsonl --plugin-dir "$WARTA_TEST_PLUGIN_DIR" >>"$T/out.jsonl"
n=$(wc -l <"$T/out.jsonl")
[ "$n" -ge 10 ] && echo "ok   $n records written" || { echo "FAIL only $n records"; fails=1; }
if "$PY" "$SRC/tests/tools/validate_schema.py" "$SRC/docs/output-schema.json" "$T/out.jsonl"; then
    echo "ok   every record matches the schema"
else
    echo "FAIL schema"; fails=$((fails + 1))
fi
# a record with a byte offset made negative must be rejected
head -1 "$T/out.jsonl" | sed 's/"start":\([0-9]\)/"start":-\1/' >"$T/broken.jsonl"
if "$PY" "$SRC/tests/tools/validate_schema.py" "$SRC/docs/output-schema.json" "$T/broken.jsonl" >/dev/null; then
    echo "FAIL the validator accepted a broken record"; fails=$((fails + 1))
else
    echo "ok   a broken record is rejected"
fi
exit "$fails"
