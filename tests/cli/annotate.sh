#!/bin/sh
# The command line: help and version, JSON and JSONL output, bad input
# giving error records (one per input, in order) and the documented exit
# statuses.  Usage: annotate.sh path/to/warta
set -u
WARTA=$1
PLUGINS=${WARTA_TEST_PLUGIN_DIR:?}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0
ok() { printf 'ok   %s\n' "$1"; }
bad() { printf 'FAIL %s\n' "$1"; fails=$((fails + 1)); }
expect_status() { # expected actual what
    if [ "$1" -eq "$2" ]; then ok "$3 (exit $2)"; else bad "$3: exit $2, expected $1"; fi
}
expect_grep() { # extended-regex file what
    if grep -Eq -- "$1" "$2"; then ok "$3"; else bad "$3: '$1' not in $2"; sed 's/^/    /' "$2" | head -5; fi
}
W() { "$WARTA" "$@" --plugin-dir "$PLUGINS" --plugins template; }

"$WARTA" --version >"$T/v" 2>&1; expect_status 0 $? "--version"
expect_grep "plugin ABI 1" "$T/v" "--version names the plugin ABI"
"$WARTA" --help >"$T/h"; expect_status 0 $? "--help"
expect_grep "annotate" "$T/h" "--help lists annotate"
"$WARTA" annotate --bogus >/dev/null 2>&1; expect_status 2 $? "unknown option"
"$WARTA" frobnicate >/dev/null 2>&1; expect_status 2 $? "unknown command"

printf 'Trump tiba pada 15 Agustus 2025.' >"$T/a.txt"
W annotate "$T/a.txt" >"$T/out.json"; expect_status 0 $? "annotate a file"
expect_grep '"text":[[:space:]]*"15 Agustus 2025"' "$T/out.json" "json output holds the date mention"
expect_grep '"schema":[[:space:]]*"1.0"' "$T/out.json" "json output names its schema version"

# stdin, jsonl format: exactly one line per document
W annotate --format jsonl <"$T/a.txt" >"$T/out.jsonl"; expect_status 0 $? "stdin to jsonl"
[ "$(wc -l <"$T/out.jsonl")" -eq 1 ] && ok "one line for one document" || bad "jsonl line count"
expect_grep '"id":"stdin"' "$T/out.jsonl" "stdin document is called stdin"

# invalid UTF-8: an error record naming the byte offset, exit 1
printf 'Halo \303\050 dunia' >"$T/bad.txt"
W annotate --format jsonl "$T/bad.txt" >"$T/bad.out" 2>"$T/bad.err"; expect_status 1 $? "invalid UTF-8"
expect_grep '"error"' "$T/bad.out" "invalid UTF-8 gives an error record"
expect_grep 'byte offset 5' "$T/bad.out" "the error names the byte offset"

# empty document: a record, no mentions
: >"$T/empty.txt"
W annotate --format jsonl "$T/empty.txt" >"$T/empty.out"; expect_status 0 $? "empty document"
expect_grep '"mentions":\[\]' "$T/empty.out" "empty document has no mentions"

# NUL bytes are text too: offsets stay right after one
printf 'A\000B pada 15 Agustus 2025' >"$T/nul.txt"
W annotate --format jsonl "$T/nul.txt" >"$T/nul.out"; expect_status 0 $? "NUL byte inside a document"
expect_grep '"start":9,"end":24' "$T/nul.out" "offsets after a NUL byte"

# JSONL batch: good, not JSON, no text, good -> four records in order, exit 1
cat >"$T/batch.jsonl" <<'JL'
{"id": "one", "text": "Pada 15 Agustus 2025."}
this is not json
{"id": "three", "txt": "no text field"}
{"id": 4, "text": "Tanggal 1/9/2025.", "lang": "id"}
JL
W annotate --format jsonl "$T/batch.jsonl" >"$T/batch.out" 2>/dev/null; expect_status 1 $? "batch with bad records"
[ "$(wc -l <"$T/batch.out")" -eq 4 ] && ok "one output record per input record" || bad "batch record count $(wc -l <"$T/batch.out")"
ids=$(sed 's/^{"schema":"[^"]*","id":"\([^"]*\)".*/\1/' "$T/batch.out" | tr '\n' ' ')
[ "$ids" = "one $T/batch.jsonl:2 three 4 " ] && ok "records keep input order and ids" || bad "ids in order: $ids"
sed -n 2p "$T/batch.out" | grep -q '"error"' && ok "not-JSON line gets an error record" || bad "line 2 error record"
sed -n 3p "$T/batch.out" | grep -q 'no \\"text\\"' && ok "record without text gets an error record" || bad "line 3 error record"
sed -n 4p "$T/batch.out" | grep -q '"lang":"id"' && ok "lang is taken from the record" || bad "line 4 lang"

# a directory: its *.txt files in name order, hidden ones (an editor's
# ".#a.txt") left out
mkdir "$T/dir"; printf 'x' >"$T/dir/b.txt"; printf 'y' >"$T/dir/a.txt"; printf 'z' >"$T/dir/c.md"
printf 'w' >"$T/dir/.#a.txt"
W annotate --format jsonl "$T/dir" >"$T/dir.out"; expect_status 0 $? "a directory"
[ "$(wc -l <"$T/dir.out")" -eq 2 ] && ok "only the visible .txt files of a directory" || bad "directory count"
head -1 "$T/dir.out" | grep -q 'a.txt' && ok "directory files in name order" || bad "directory order"

# a missing file is an error record too, and the rest still runs
W annotate --format jsonl "$T/nope.txt" "$T/a.txt" >"$T/miss.out" 2>/dev/null; expect_status 1 $? "missing file"
[ "$(wc -l <"$T/miss.out")" -eq 2 ] && ok "missing file still yields one record" || bad "missing file count"

# a plugin failing on one document: that document's error record, the others fine
printf '{"id":"a","text":"aman"}\n{"id":"b","text":"gudang meledak"}\n{"id":"c","text":"aman lagi"}\n' >"$T/f.jsonl"
"$WARTA" annotate --format jsonl --plugin-dir "${WARTA_TEST_FIXTURE_DIR:?}/fails_on_doc" "$T/f.jsonl" >"$T/f.out" 2>/dev/null
expect_status 1 $? "a plugin failing on one document"
sed -n 2p "$T/f.out" | grep -q 'fails_on_doc' && ok "the failing document names the plugin" || bad "plugin failure record"
[ "$(grep -c '"error"' "$T/f.out")" -eq 1 ] && ok "only that document failed" || bad "failure count"

# no usable plugins: set-up error
mkdir "$T/noplugins"
WARTA_PLUGIN_PATH= "$WARTA" annotate --plugin-dir "$T/noplugins" --plugins template "$T/a.txt" >/dev/null 2>"$T/np.err"
expect_status 3 $? "no plugins"
expect_grep "template" "$T/np.err" "set-up error names the missing plugin"

# warta plugins: lists refusals with file and reason
"$WARTA" plugins --plugin-dir "${WARTA_TEST_FIXTURE_DIR:?}/bad_abi" >"$T/pl.out"; expect_status 1 $? "plugins with a refused file"
expect_grep "bad_abi.so" "$T/pl.out" "refusal names the file"
expect_grep "ABI 99" "$T/pl.out" "refusal gives the reason"

# -j N: the same records, in the same order, as one thread
i=0; : >"$T/many.jsonl"
while [ $i -lt 60 ]; do
    printf '{"id":"d%d","text":"Rapat %d Agustus 2025 dan %d/9/2025."}\n' $i $((i % 28 + 1)) $((i % 28 + 1)) >>"$T/many.jsonl"
    [ $((i % 17)) -eq 5 ] && printf 'not json %d\n' $i >>"$T/many.jsonl"
    i=$((i + 1))
done
W annotate -q --format jsonl "$T/many.jsonl" >"$T/j1.out" 2>/dev/null
W annotate -q --format jsonl -j 3 "$T/many.jsonl" >"$T/j3.out" 2>/dev/null; expect_status 1 $? "-j 3 with bad records"
cmp -s "$T/j1.out" "$T/j3.out" && ok "-j 3 output is identical to one thread" || bad "-j 3 output differs"
[ "$(wc -l <"$T/j3.out")" -eq 64 ] && ok "-j 3 keeps one record per input" || bad "-j 3 count $(wc -l <"$T/j3.out")"
# documents travel to the workers in groups (64 documents or 256 KB): many
# groups, some closed by size (a 120 KB document), come back whole and in order
python3 - "$T/groups.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    for i in range(700):
        text = "Rapat %d Agustus 2025." % (i % 28 + 1)
        if i % 97 == 3:
            text = ("Pada 1 Mei 2025 rapat digelar. " * 4000)[:120000]
        f.write(json.dumps({"id": "g%d" % i, "text": text}) + "\n")
        if i % 150 == 7:
            f.write("not json\n")
PY
W annotate -q --format jsonl "$T/groups.jsonl" >"$T/g1.out" 2>/dev/null
W annotate -q --format jsonl -j 2 "$T/groups.jsonl" >"$T/g2.out" 2>/dev/null; expect_status 1 $? "-j 2 over many groups"
cmp -s "$T/g1.out" "$T/g2.out" && ok "-j 2 output over many groups is identical to one thread" || bad "-j 2 group output differs"
[ "$(wc -l <"$T/g2.out")" -eq 705 ] && ok "-j 2 keeps one record per input over many groups" || bad "-j 2 group count $(wc -l <"$T/g2.out")"
# a pipe fed one record at a time gets each answer before sending the next:
# a group is not held back until it fills, nor its output until input ends
for j in 1 2; do
python3 - "$WARTA" "$PLUGINS" "$j" <<'PY' >"$T/trickle.out" 2>&1
import select, subprocess, sys
p = subprocess.Popen([sys.argv[1], "annotate", "-q", "-j", sys.argv[3], "--format", "jsonl",
                      "--input", "jsonl", "--plugin-dir", sys.argv[2], "--plugins", "template", "-"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
answered = 0
for i in range(3):
    p.stdin.write(b'{"id":"t%d","text":"Rapat %d Agustus 2025."}\n' % (i, i + 1))
    p.stdin.flush()
    ready, _, _ = select.select([p.stdout], [], [], 20)
    if not ready:
        break
    line = p.stdout.readline()
    if b'"id":"t%d"' % i in line:
        answered += 1
p.stdin.close()
p.wait(timeout=20)
print("answered %d of 3 before the input ended" % answered)
PY
expect_grep "answered 3 of 3" "$T/trickle.out" "-j $j answers a record fed through a pipe before the next arrives"
done
W annotate --format jsonl -j 0 "$T/a.txt" >/dev/null 2>&1; expect_status 2 $? "-j 0 is a usage error"
W annotate --format jsonl --progress "$T/many.jsonl" >/dev/null 2>"$T/prog.err"
expect_grep "64 documents" "$T/prog.err" "--progress reports documents on stderr"

[ "$fails" -eq 0 ] && echo "all passed" || echo "$fails failed"
exit "$fails"
