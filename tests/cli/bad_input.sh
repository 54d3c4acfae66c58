#!/bin/sh
# Bad and hostile input through `warta annotate` with every plugin of the
# build: invalid UTF-8 (error record, or --invalid=replace), NUL bytes, empty
# input, a 50 MB document, quote marks only, unbalanced quote marks, very
# long tokens and lines, broken JSONL records, batch order and counts with
# -j, plugins failing or emitting garbage.  Inputs are generated here, in a
# temporary directory.  Adds to annotate.sh, which has the first cases.
# Usage: bad_input.sh path/to/warta
set -u
WARTA=$1
PLUGINS=${WARTA_TEST_PLUGIN_DIR:?}
SRC=${WARTA_TEST_SOURCE_DIR:?}
GARBAGE=${WARTA_TEST_BINARY_DIR:?}/tests/fuzz/garbage
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0
ok() { printf 'ok   %s\n' "$1"; }
bad() { printf 'FAIL %s\n' "$1"; fails=$((fails + 1)); }
check() { # what command...: passes when the command succeeds
    what=$1; shift
    if "$@"; then ok "$what"; else bad "$what"; fi
}
expect_status() { # expected actual what
    if [ "$1" -eq "$2" ]; then ok "$3 (exit $2)"; else bad "$3: exit $2, expected $1"; fi
}
has() { grep -Eq -- "$1" "$2"; }
lines() { wc -l <"$1" | tr -d ' '; }
W() { "$WARTA" annotate -q --plugin-dir "$PLUGINS" "$@"; }

# A sanitizer build is ten times slower: the big cases shrink there.
ASAN=0
ldd "$WARTA" 2>/dev/null | grep -q libasan && ASAN=1
LIMIT=120   # seconds any single case may take; quadratic work blows far past it

# ---- invalid UTF-8 ----------------------------------------------------------
# each line: the bytes (printf escapes), the offset the error must name, why
cat >"$T/cases" <<'EOF'
ab\300\257cd 2 overlong-C0
abc\355\240\200 3 surrogate-ED-A0
\364\220\200\200x 0 above-U+10FFFF
x\200y 1 stray-continuation
Jakarta\342\200 7 truncated-at-end
\303\251\303 2 truncated-after-valid-2-byte
\370\210\200\200\200 0 five-byte-lead
EOF
n=0
while read -r bytes offset why; do
    n=$((n + 1))
    printf "$bytes" >"$T/c$n.txt"
    W --format jsonl "$T/c$n.txt" >"$T/c$n.out"; st=$?
    if [ "$st" -eq 1 ] && has "\"error\".*invalid UTF-8 at byte offset $offset " "$T/c$n.out"; then
        ok "invalid UTF-8 ($why): error record names byte offset $offset"
    else
        bad "invalid UTF-8 ($why): exit $st, $(cat "$T/c$n.out")"
    fi
done <"$T/cases"

# --invalid=replace: one U+001A per bad byte, same length, offsets unchanged
printf 'Halo \303\050 dunia \377\376 di Jakarta' >"$T/rep.txt"
W --format jsonl --invalid=replace "$T/rep.txt" >"$T/rep.out"; expect_status 0 $? "--invalid=replace"
check "repaired record counts 3 bytes" has '"repaired":3,' "$T/rep.out"
check "repaired text keeps its length" has '"text":"Halo \\u001a\( dunia \\u001a\\u001a di Jakarta"' "$T/rep.out"
check "offsets still point at the original bytes" has '"start":20,"end":27,"char_start":20,"char_end":27,"text":"Jakarta"' "$T/rep.out"
W --format jsonl --set core.invalid=replace "$T/rep.txt" >"$T/rep2.out"
check "--set core.invalid=replace does the same" cmp -s "$T/rep.out" "$T/rep2.out"
W --format jsonl --invalid=error "$T/rep.txt" >/dev/null; expect_status 1 $? "--invalid=error is the default behaviour"
W --format jsonl --invalid=sometimes "$T/rep.txt" >/dev/null 2>&1; expect_status 2 $? "unknown --invalid mode"
W --format jsonl --set core.nonsense=1 "$T/rep.txt" >/dev/null 2>"$T/core.err"; expect_status 3 $? "unknown core option"
check "unknown core option is named" has "core.nonsense" "$T/core.err"
W --format jsonl "$T/c1.txt" "$T/rep.txt" >/dev/null; expect_status 1 $? "valid documents still fail the run when one is invalid"
# invalid bytes inside a JSONL record's string
printf '{"id":"raw","text":"Jakarta \377 Bandung"}\n{"id":"fine","text":"Bandung"}\n' >"$T/raw.jsonl"
W --format jsonl "$T/raw.jsonl" >"$T/raw.out"; expect_status 1 $? "JSONL record with invalid bytes"
check "... gets an error record under its id" has '^\{"schema":"1.0","id":"raw","error".*byte offset 8 ' "$T/raw.out"
check "... and the next record is annotated" has '"id":"fine","lang"' "$T/raw.out"
W --format jsonl --invalid=replace "$T/raw.jsonl" >"$T/raw2.out"; expect_status 0 $? "JSONL record repaired"
check "... with its repaired count" has '"id":"raw".*"repaired":1,' "$T/raw2.out"

# ---- NUL bytes ----------------------------------------------------------------
printf 'A\000B pada 15 Agustus 2025 di Jakarta' >"$T/nul.txt"
W --format jsonl "$T/nul.txt" >"$T/nul.out"; expect_status 0 $? "NUL byte in a text file"
check "the record's text keeps the NUL and what follows it" has '"text":"A\\u0000B pada 15 Agustus 2025 di Jakarta"' "$T/nul.out"
W --format json "$T/nul.txt" >"$T/nul.pretty"
check "pretty output keeps it too" has '"A\\u0000B pada 15 Agustus 2025 di Jakarta"' "$T/nul.pretty"
printf '{"id":"n","text":"A\\u0000B di Jakarta"}\n{"id":"lit","text":"A\\\\u0000B"}\n' >"$T/nul.jsonl"
W --format jsonl "$T/nul.jsonl" >"$T/nulj.out"; expect_status 1 $? "JSONL text holding \\u0000"
check "... is an error record, not a silently cut text" has '"id":"n","error".*u0000' "$T/nulj.out"
check "... while an escaped backslash before u0000 is plain text" has '"id":"lit","lang":"","text":"A\\\\u0000B"' "$T/nulj.out"

# ---- empty input ----------------------------------------------------------------
: >"$T/empty"
W --format jsonl <"$T/empty" >"$T/e1.out"; expect_status 0 $? "empty standard input"
check "... is one document with no mentions" test "$(lines "$T/e1.out")" -eq 1
: >"$T/empty.jsonl"
W --format jsonl "$T/empty.jsonl" >"$T/e2.out"; expect_status 0 $? "empty JSONL file"
check "... has no records" test "$(lines "$T/e2.out")" -eq 0
printf '\n  \n\t\r\n' >"$T/blank.jsonl"
W --format jsonl "$T/blank.jsonl" >"$T/e3.out"; expect_status 0 $? "JSONL of blank lines only"
check "... has no records" test "$(lines "$T/e3.out")" -eq 0
printf '{"id":"e","text":""}\n' | W --format jsonl --input jsonl >"$T/e4.out"; expect_status 0 $? "JSONL record with empty text"
check "... is a record with no mentions" has '"id":"e","lang":"","text":"","entities":\[\],"mentions":\[\],"quotes":\[\]' "$T/e4.out"
printf ' \n\t\n\n  ' | W --format jsonl >"$T/e5.out"; expect_status 0 $? "white space only"

# ---- a 50 MB document ---------------------------------------------------------------
# Corpus articles end to end (byte-exact, so the size is known); made here,
# never committed.  Must finish, as one record, in bounded time and memory.
big_mb=50
[ "$ASAN" = 1 ] && big_mb=8
cat "$SRC"/corpus/*/*.txt >"$T/unit.txt"
while [ "$(wc -c <"$T/unit.txt")" -lt $((big_mb * 1048576)) ]; do
    cat "$T/unit.txt" "$T/unit.txt" >"$T/unit2.txt" && mv "$T/unit2.txt" "$T/unit.txt"
done
head -c $((big_mb * 1048576)) "$T/unit.txt" >"$T/big.txt"
rm -f "$T/unit.txt"
# cut back to a character boundary: drop a trailing partial sequence
printf '\n' >>"$T/big.txt"
start=$(date +%s)
if [ -x /usr/bin/time ] && [ "$ASAN" = 0 ]; then
    /usr/bin/time -f '%M' -o "$T/big.rss" timeout $LIMIT "$WARTA" annotate -q --invalid=replace \
        --plugin-dir "$PLUGINS" --format jsonl --no-text "$T/big.txt" >"$T/big.out"; st=$?
else
    timeout $LIMIT "$WARTA" annotate -q --invalid=replace --plugin-dir "$PLUGINS" --format jsonl \
        --no-text "$T/big.txt" >"$T/big.out"; st=$?
fi
secs=$(($(date +%s) - start))
expect_status 0 $st "a ${big_mb} MB document (${secs} s)"
check "... gives exactly one record" test "$(lines "$T/big.out")" -eq 1
check "... with mentions in it" has '"mentions":\[\{' "$T/big.out"
if [ -s "$T/big.rss" ]; then
    kb=$(tail -1 "$T/big.rss")
    # tokens, keys, annotations and the result copy: about 18x the text today
    if [ "$kb" -lt $((big_mb * 1024 * 30)) ]; then ok "... peak RSS $((kb / 1024)) MB (under 30x the text)"
    else bad "... peak RSS $((kb / 1024)) MB, over 30x the text"; fi
fi
rm -f "$T/big.txt" "$T/big.out"

# ---- quote marks -------------------------------------------------------------------
marks='"“”‘’«»„‚‹›`'"'"
i=0; : >"$T/q.txt"
while [ $i -lt 200 ]; do printf '%s%s%s%s%s%s%s%s%s%s' "$marks" "$marks" "$marks" "$marks" "$marks" \
    "$marks" "$marks" "$marks" "$marks" "$marks" >>"$T/q.txt"; i=$((i + 1)); done
timeout $LIMIT "$WARTA" annotate -q --plugin-dir "$PLUGINS" --format jsonl "$T/q.txt" >"$T/q.out"
expect_status 0 $? "a document of quote marks only ($(wc -c <"$T/q.txt") bytes)"
check "... one record" test "$(lines "$T/q.out")" -eq 1

# 10,000 unbalanced opening marks, then 200,000 of each kind: linear work only
# (a quadratic pairing would take minutes on 200,000, not seconds).
for n in 10000 200000; do
    for kind in open close straight; do
        case $kind in
        open) unit='“kata ' ;;
        close) unit='kata” ' ;;
        straight) unit='"Ya, kata Budi. ' ;;
        esac
        awk -v n=$n -v u="$unit" 'BEGIN { for (i = 0; i < n; i++) printf "%s", u }' >"$T/ub.txt"
        [ "$ASAN" = 1 ] && [ $n -gt 10000 ] && head -c 400000 "$T/ub.txt" >"$T/ub2.txt" && mv "$T/ub2.txt" "$T/ub.txt"
        start=$(date +%s)
        timeout $LIMIT "$WARTA" annotate -q --plugin-dir "$PLUGINS" --format jsonl --no-text "$T/ub.txt" >"$T/ub.out"
        st=$?
        expect_status 0 $st "$n unbalanced $kind quote marks ($(($(date +%s) - start)) s)"
    done
done

# Reported speech nested without end in one endless sentence: every quote
# would hold the rest of it, and the output grow with the input squared.
for unit in 'Budi mengatakan bahwa ' 'Biden said that ' 'He said the officials said ' 'Menurut Budi, '; do
    awk -v u="$unit" 'BEGIN { for (i = 0; i < 20000; i++) printf "%s", u }' >"$T/nest.txt"
    [ "$ASAN" = 1 ] && head -c 100000 "$T/nest.txt" >"$T/n2.txt" && mv "$T/n2.txt" "$T/nest.txt"
    start=$(date +%s)
    timeout $LIMIT "$WARTA" annotate -q --plugin-dir "$PLUGINS" --format jsonl --no-text "$T/nest.txt" >"$T/nest.out"
    st=$?
    in=$(wc -c <"$T/nest.txt"); out=$(wc -c <"$T/nest.out")
    if [ $st -eq 0 ] && [ "$out" -lt $((in * 50)) ]; then
        ok "'$unit' x 20000 in one sentence: $((out / 1024)) KB out for $((in / 1024)) KB in ($(($(date +%s) - start)) s)"
    else
        bad "'$unit' x 20000: exit $st, $out bytes out for $in in"
    fi
done

# ---- long tokens and lines ------------------------------------------------------------
for kind in letters digits hyphens acronyms marks joiners dots apostrophes; do
    case $kind in
    letters) awk 'BEGIN { for (i = 0; i < 100000; i++) printf "aaaaaaaaaa" }' ;;
    digits) awk 'BEGIN { for (i = 0; i < 250000; i++) printf "1.2," }' ;;
    hyphens) awk 'BEGIN { for (i = 0; i < 500000; i++) printf "a-" }' ;;
    acronyms) awk 'BEGIN { for (i = 0; i < 500000; i++) printf "A."; printf "ABCDE" }' ;;
    marks) printf 'a'; awk 'BEGIN { for (i = 0; i < 300000; i++) printf "\314\201" }' ;;
    joiners) awk 'BEGIN { for (i = 0; i < 100000; i++) printf "\360\237\221\250\342\200\215" }' ;;
    dots) awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "." }' ;;
    apostrophes) awk 'BEGIN { for (i = 0; i < 500000; i++) printf "a\047" }' ;;
    esac >"$T/long.txt"
    [ "$ASAN" = 1 ] && head -c 300000 "$T/long.txt" >"$T/l2.txt" && mv "$T/l2.txt" "$T/long.txt"
    start=$(date +%s)
    timeout $LIMIT "$WARTA" annotate -q --invalid=replace --plugin-dir "$PLUGINS" --format jsonl \
        --no-text "$T/long.txt" >"$T/long.out"
    expect_status 0 $? "a $(($(wc -c <"$T/long.txt") / 1024)) KB line of $kind, no space ($(($(date +%s) - start)) s)"
done
# a 1 MB JSONL line among short ones
{
    printf '{"id":"short1","text":"Di Jakarta."}\n{"id":"long","text":"'
    awk 'BEGIN { for (i = 0; i < 100000; i++) printf "Jakarta   " }'
    printf '"}\n{"id":"short2","text":"Di Bandung."}\n'
} >"$T/longline.jsonl"
timeout $LIMIT "$WARTA" annotate -q --plugin-dir "$PLUGINS" --format jsonl --no-text "$T/longline.jsonl" >"$T/ll.out"
expect_status 0 $? "a 1 MB JSONL line"
check "... three records in order" test "$(sed 's/^{"schema":"1.0","id":"\([^"]*\)".*/\1/' "$T/ll.out" | tr '\n' ' ')" = "short1 long short2 "

# a corrected brat file read back (--input brat) with 200,000 names and as many relations:
# each relation is looked up by id (a scan per lookup took minutes here)
python3 - "$T/bigbrat" <<'PY'
import sys
n = 200000
words, lines, pos = [], [], 0
for i in range(n):
    w = "Nama%d" % i
    words.append(w)
    lines.append("T%d\tperson %d %d\t%s" % (i + 1, pos, pos + len(w), w))
    pos += len(w) + 1
for i in range(1, n):
    lines.append("R%d\taffiliation Arg1:T%d Arg2:T%d" % (i, i + 1, i))
open(sys.argv[1] + ".txt", "w").write(" ".join(words))
open(sys.argv[1] + ".ann", "w").write("\n".join(lines) + "\n")
PY
start=$(date +%s)
timeout $LIMIT "$WARTA" annotate -q --input brat --format jsonl --no-text "$T/bigbrat.ann" >"$T/bigbrat.out"
expect_status 0 $? "a brat file of 200,000 names and relations read back ($(($(date +%s) - start)) s)"
check "... every name kept" test "$(grep -o '"type":"person","start"' "$T/bigbrat.out" | wc -l)" -eq 200000

# ---- broken JSONL records ----------------------------------------------------------------
# (annotate.sh has: not JSON, no "text", numeric id, lang from the record)
cat >"$T/broken.jsonl" <<'EOF'
["an", "array"]
{"id": "num", "text": 42}
{"id": "nul", "text": null}
{"id": "obj", "text": {"nested": "x"}}
{"id": "cut", "text": "unterminated
{"id": {"odd": 1}, "text": "id is an object"}
{"id": "dup", "text": "first", "text": "second"}
"just a string"
{"text": "no id at all"}
{"id": "good", "text": "Presiden Joko Widodo di Jakarta."}
EOF
printf '{"id":"crlf","text":"Windows line end"}\r\n{"id":"last","text":"no newline at the end"}' >>"$T/broken.jsonl"
W --format jsonl "$T/broken.jsonl" >"$T/broken.out"; expect_status 1 $? "broken JSONL records"
check "one record per input line (12)" test "$(lines "$T/broken.out")" -eq 12
ids=$(sed 's/^{"schema":"[^"]*","id":"\([^"]*\)".*/\1/' "$T/broken.out" | sed "s#$T/##" | tr '\n' ' ')
check "ids in input order: $ids" test "$ids" = "broken.jsonl:1 num nul obj broken.jsonl:5 broken.jsonl:6 dup broken.jsonl:8 broken.jsonl:9 good crlf last "
check "six error records" test "$(grep -c '"error"' "$T/broken.out")" -eq 6
check "an object id falls back to file:line and is annotated" has '"id":"[^"]*broken.jsonl:6","lang":""' "$T/broken.out"

# ---- batch: one record per input, in order, with one or two threads -------------------------
awk 'BEGIN {
    for (i = 1; i <= 300; i++) {
        if (i % 7 == 0) print "not json " i;
        else if (i % 11 == 0) printf "{\"id\":\"d%d\",\"txt\":\"no text\"}\n", i;
        else if (i % 13 == 0) printf "{\"id\":\"d%d\",\"text\":\"bad \377 byte\"}\n", i;
        else printf "{\"id\":\"d%d\",\"text\":\"Presiden Joko Widodo berkata di Jakarta, \\\"Ya,\\\" katanya. %d\"}\n", i, i;
    }
}' >"$T/batch.jsonl"
W --format jsonl -j 1 "$T/batch.jsonl" >"$T/b1.out"; expect_status 1 $? "batch of 300 with bad records, one thread"
W --format jsonl -j 2 "$T/batch.jsonl" >"$T/b2.out"; expect_status 1 $? "the same on two threads"
check "300 records out" test "$(lines "$T/b1.out")" -eq 300
check "two threads write exactly what one does" cmp -s "$T/b1.out" "$T/b2.out"
expected_errors=$(awk 'BEGIN { n = 0; for (i = 1; i <= 300; i++) if (i % 7 == 0 || i % 11 == 0 || i % 13 == 0) n++; print n }')
check "every bad record is an error record ($expected_errors)" test "$(grep -c '"error"' "$T/b1.out")" -eq "$expected_errors"
seq_ok=$(sed 's/^{"schema":"1.0","id":"\([^"]*\)".*/\1/' "$T/b1.out" | sed "s#.*batch.jsonl:##; s#^d##" | awk '$1 != NR { bad = 1 } END { print bad ? "no" : "yes" }')
check "records in input order" test "$seq_ok" = yes
# several files: good, missing, invalid, good; an empty directory holds no document
mkdir "$T/emptydir"
W --format jsonl -j 2 "$T/nul.txt" "$T/emptydir" "$T/missing.txt" "$T/rep.txt" "$T/nul.txt" >"$T/files.out"
expect_status 1 $? "files with a missing and an invalid one"
ids=$(sed 's/^{"schema":"[^"]*","id":"\([^"]*\)".*/\1/' "$T/files.out" | sed "s#$T/##" | tr '\n' ' ')
check "... one record per file, in order: $ids" test "$ids" = "nul.txt missing.txt rep.txt nul.txt "

# ---- plugins failing on a document -------------------------------------------------------------
printf '{"id":"a","text":"aman"}\n{"id":"b","text":"ada sampah \303\251 di sini"}\n{"id":"c","text":"aman lagi"}\n' >"$T/g.jsonl"
for mode in outside split badref nolabel; do
    case $mode in
    outside) why='outside the document' ;;
    split) why='splits a UTF-8 character' ;;
    badref) why='points at annotation 1000, which does not exist' ;;
    nolabel) why='needs a kind and a label' ;;
    esac
    "$WARTA" annotate -q --format jsonl -j 2 --plugin-dir "$GARBAGE" --set garbage_spans.mode=$mode "$T/g.jsonl" >"$T/g.out"
    st=$?
    if [ $st -eq 1 ] && [ "$(lines "$T/g.out")" -eq 3 ] && sed -n 2p "$T/g.out" | grep -q "\"id\":\"b\",\"error\".*plugin garbage_spans failed.*$why" &&
        [ "$(grep -c '"error"' "$T/g.out")" -eq 1 ]; then
        ok "a plugin emitting garbage ($mode): a clean error record for that document only"
    else
        bad "garbage ($mode): exit $st: $(cat "$T/g.out")"
    fi
done
"$WARTA" annotate -q --format jsonl --plugin-dir "$GARBAGE" --set garbage_spans.ignore=1 "$T/g.jsonl" >"$T/gi.out"
expect_status 0 $? "a plugin ignoring the refusal of its garbage"
check "... keeps its good mention and nothing else" has '"id":"b",.*"mentions":\[\{"id":"M1","entity":"E1","type":"fixture","start":4,"end":10,[^]]*\}\],"quotes"' "$T/gi.out"
printf '{"id":"a","text":"aman"}\n{"id":"b","text":"gudang meledak"}\n{"id":"c","text":"aman lagi"}\n' >"$T/f.jsonl"
"$WARTA" annotate -q --format jsonl -j 2 --plugin-dir "${WARTA_TEST_FIXTURE_DIR:?}/fails_on_doc" "$T/f.jsonl" >"$T/f.out"
expect_status 1 $? "a plugin failing on one document, two threads"
check "... only that document has an error record, in its place" test "$(grep -n '"error"' "$T/f.out" | cut -d: -f1)" = 2

[ "$fails" -eq 0 ] && echo "all passed" || echo "$fails failed"
exit "$fails"
