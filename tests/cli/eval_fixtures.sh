#!/bin/sh
# `warta eval` on hand-made gold and predictions whose scores are known:
# brat character offsets against byte offsets (a "é" and “ ” before the
# spans), exact and partial matching, flat evaluation (a nested prediction
# dropped), roles, quotes with a right, a wrong and a correctly absent
# speaker (the right one through the gold coreference chain), cues, a CRLF
# BIO file with a label map, PFSA-ID BILOU statements, and exit statuses.
# Usage: eval_fixtures.sh path/to/warta
set -u
WARTA=$1
SRC=${WARTA_TEST_SOURCE_DIR:?}
PLUGINS=${WARTA_TEST_PLUGIN_DIR:?}
D=$SRC/tests/data/eval
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0
ok() { printf 'ok   %s\n' "$1"; }
bad() { printf 'FAIL %s\n' "$1"; fails=$((fails + 1)); }
expect_status() { # expected actual what
    if [ "$1" -eq "$2" ]; then ok "$3 (exit $2)"; else bad "$3: exit $2, expected $1"; fi
}
# The JSON report flattened to one line, so nested numbers can be grepped.
flat() { tr -d ' \t\r\n' <"$1"; }
expect_json() { # fixed-string json-file what
    if flat "$2" | grep -Fq -- "$1"; then ok "$3"; else bad "$3: '$1' not in $2"; flat "$2" | cut -c1-600; echo; fi
}
expect_grep() { # extended-regex file what
    if grep -Eq -- "$1" "$2"; then ok "$3"; else bad "$3: '$1' not in $2"; sed 's/^/    /' "$2" | head -20; fi
}

# -- entities: 3 gold (2 person, 1 location), 2 flat predictions: one exact,
#    one overlapping; the nested "Joko" inside "Joko Widodo" is not counted.
"$WARTA" eval --gold "$D/brat" --pred "$D/entities-pred.jsonl" --json "$T/e.json" >"$T/e.out" 2>"$T/e.err"
expect_status 0 $? "eval brat gold against a prediction file"
expect_json '"micro":{"gold":3,"pred":2,"exact":{"tp":1,"p":0.5,"r":0.3333,"f1":0.4},"partial":{"tp":2,"p":1,"r":0.6667,"f1":0.8}}' \
    "$T/e.json" "entities: exact P=0.5 R=0.333, partial P=1 R=0.667"
expect_json '"person":{"gold":2,"pred":2,"exact":{"tp":1,' "$T/e.json" "official counts as person; nested mention dropped"
expect_json '"role":{"gold":1,"pred":1,"exact":{"tp":1,' "$T/e.json" "the role span on the official matches"
expect_grep '^entities \(micro\) +3 +2 +1 +0\.500 +0\.333 +0\.400 +2 +1\.000 +0\.667 +0\.800$' "$T/e.out" \
    "the table prints the same numbers"
expect_json '"class":"missed","type":"location","gold":"Bandung"' "$T/e.json" "error examples name the missed location"
expect_json '"class":"boundary","type":"person","gold":"SriMulyani","pred":"Sri"' "$T/e.json" "and the boundary error"

# -- quotes: 4 gold, 3 predicted (2 exact, 1 with IoU 0.75); speakers: right
#    through the coreference chain, wrong, and rightly none.
"$WARTA" eval --gold "$D/quotes" --pred "$D/quotes-pred.jsonl" --json "$T/q.json" >"$T/q.out" 2>&1
expect_status 0 $? "eval quotes"
expect_json '"quote":{"gold":4,"pred":3,"exact":{"tp":2,"p":0.6667,"r":0.5,"f1":0.5714},"partial":{"tp":3,"p":1,"r":0.75,"f1":0.8571}}' \
    "$T/q.json" "quote content: exact and IoU>=0.5"
expect_json '"speaker":{"evaluated":3,"correct":2,"accuracy":0.6667,"gold_none":1,"gold_none_correct":1,"unknown":0}' \
    "$T/q.json" "speaker accuracy 2/3 (chain match, wrong speaker, right none)"
expect_json '"cue":{"gold":4,"pred":3,"exact":{"tp":3,"p":1,"r":0.75,' "$T/q.json" "cue F1"
expect_json '"quote_speaker":{"gold":4,"pred":3,"exact":{"tp":2,' "$T/q.json" "quote with the right speaker"
expect_json '"class":"wrong_speaker","type":"quote","gold":"SriMulyani","pred":"Budi"' "$T/q.json" \
    "the wrong speaker is listed with both names"

# -- a CRLF BIO file with its own labels; organisations (INST) are ignored,
#    so organisation is not scored at all.
"$WARTA" eval --gold "$D/bio.txt" --map PERS=person,GEO=location,INST=ignore --pred "$D/bio-pred.jsonl" \
    --json "$T/b.json" >"$T/b.out" 2>&1
expect_status 0 $? "eval a BIO file with --map"
expect_json '"location":{"gold":3,"pred":2,"exact":{"tp":1,"p":0.5,"r":0.3333,"f1":0.4},"partial":{"tp":2,"p":1,"r":0.6667,"f1":0.8}}' \
    "$T/b.json" "BIO locations: exact and partial"
if flat "$T/b.json" | grep -Fq '"organization":'; then bad "an unmapped type is not scored"; else ok "an unmapped type is not scored"; fi
"$WARTA" eval --gold "$D/bio.txt" --map PERS=person,GEO=location --dump-text "$T/bio.jsonl" 2>/dev/null
expect_status 0 $? "--dump-text"
expect_grep '^\{"id":"bio:2","text":"Kantor PBB di Jenewa \(Swiss\)"\}$' "$T/bio.jsonl" \
    "tokens rebuilt into text, brackets attached, CR dropped"

# -- a data set whose tokeniser split words at hyphens and apostrophes
#    (NERGrit): the words are joined again; elsewhere a spaced hyphen stays.
"$WARTA" eval --gold "$D/split-words.txt" --dataset nergrit --dump-text "$T/sw.jsonl" 2>/dev/null
expect_grep '"text":"Sumber-sumber menyebut Catherine Zeta-Jones dan O'"'"'Neil skor 1-0\."' "$T/sw.jsonl" \
    "nergrit: words split at hyphens and apostrophes are joined again"
"$WARTA" eval --gold "$D/split-words.txt" --dataset nergrit --rejoin no --dump-text "$T/sw2.jsonl" 2>/dev/null
expect_grep '"text":"Sumber - sumber menyebut Catherine Zeta - Jones dan O '"'"' Neil skor 1 - 0\."' "$T/sw2.jsonl" \
    "--rejoin no keeps the spaces"
"$WARTA" eval --gold "$D/split-words.txt" --dataset idner --dump-text "$T/sw3.jsonl" 2>/dev/null
expect_grep '"text":"Sumber - sumber' "$T/sw3.jsonl" "idner: a spaced hyphen was a dash"
"$WARTA" eval --gold "$D/split-words.txt" --dataset nergrit --pred "$T/sw.jsonl" --json "$T/sw.json" >/dev/null 2>&1
expect_json '"person":{"gold":2,"pred":0,' "$T/sw.json" "the gold names are read on the joined text"
"$WARTA" eval --gold "$D/split-words.txt" --rejoin maybe --dump-text "$T/sw4.jsonl" >/dev/null 2>&1
expect_status 2 $? "a bad --rejoin is a usage error"

# -- PFSA-ID: BILOU statements, cues and speakers; indirect predictions are
#    left out (the data set tags direct speech only).
"$WARTA" eval --gold "$D/pfsa.txt" --format pfsa --dump-text "$T/pfsa.jsonl" 2>/dev/null
expect_grep '"text":"JAKARTA, KOMPAS — Menteri Keuangan Sri Mulyani hadir\. ”Ekonomi kuat,” kata Sri Mulyani\. ”Kami siap\.” Ia menambahkan, ”Semua aman,” ujarnya\."' \
    "$T/pfsa.jsonl" "PFSA text: quote marks attached to the words they enclose"
expect_grep '"id":"pfsa:2"' "$T/pfsa.jsonl" "a KOMPAS dateline starts a new document"
"$WARTA" eval --gold "$D/pfsa.txt" --format pfsa --pred "$D/pfsa-pred.jsonl" --json "$T/p.json" >"$T/p.out" 2>&1
expect_status 0 $? "eval PFSA-ID"
expect_json '"quote":{"gold":3,"pred":3,"exact":{"tp":3,"p":1,"r":1,' "$T/p.json" "PFSA statements matched (indirect dropped)"
expect_json '"speaker":{"evaluated":3,"correct":2,' "$T/p.json" \
    "PFSA speakers: by name occurrence, through ia/ujarnya, and a missing one"
expect_json '"cue":{"gold":3,"pred":2,"exact":{"tp":2,"p":1,"r":0.6667,' "$T/p.json" "PFSA cues"
"$WARTA" eval --gold "$D/pfsa.txt" --format pfsa --quotes all --pred "$D/pfsa-pred.jsonl" --json "$T/p2.json" >/dev/null 2>&1
expect_json '"quote":{"gold":3,"pred":4,' "$T/p2.json" "--quotes all keeps the indirect prediction"

# -- the pipeline itself (any plugin: here the template) on the gold text
"$WARTA" eval --gold "$D/quotes" --plugin-dir "$PLUGINS" --plugins template --json "$T/t.json" >"$T/t.out" 2>&1
expect_status 0 $? "eval running the pipeline"
expect_json '"quote":{"gold":4,' "$T/t.json" "the pipeline run reads the same gold"

# -- exit statuses
"$WARTA" eval >/dev/null 2>&1; expect_status 2 $? "--gold missing"
"$WARTA" eval --gold "$D/brat" --format nope >/dev/null 2>&1; expect_status 2 $? "unknown format"
"$WARTA" eval --gold "$D/bio.txt" --map PERS=people >/dev/null 2>&1; expect_status 2 $? "bad --map type"
"$WARTA" eval --gold "$T/does-not-exist" --format brat >/dev/null 2>&1; expect_status 3 $? "unreadable gold"
"$WARTA" eval --gold "$D/brat" --pred "$T/none.jsonl" >/dev/null 2>&1; expect_status 3 $? "unreadable predictions"
printf '{"id":"entities","text":"different text"}\n' >"$T/wrong.jsonl"
"$WARTA" eval --gold "$D/brat" --pred "$T/wrong.jsonl" -q --json "$T/w.json" >/dev/null 2>&1
expect_status 1 $? "a prediction for another text is refused, not scored"
expect_json '"documents_failed":1' "$T/w.json" "and counted as failed"

[ "$fails" -eq 0 ] && echo "all eval fixture checks passed"
exit "$fails"
