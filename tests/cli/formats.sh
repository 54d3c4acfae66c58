#!/bin/sh
# Every output format on documents whose annotations are known (the
# template plugin's dates): conll columns and BIO tags, brat text and
# character offsets, html structure and escaping, text markup and colour.
set -u
WARTA=$1
PLUGINS=${WARTA_TEST_PLUGIN_DIR:?}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0
ok() { printf 'ok   %s\n' "$1"; }
bad() { printf 'FAIL %s\n' "$1"; fails=$((fails + 1)); }
has() { if grep -Fq -- "$1" "$2"; then ok "$3"; else bad "$3: '$1' not in $2"; head -c 600 "$2" | sed 's/^/    /'; fi; }
W() { "$WARTA" annotate --plugin-dir "$PLUGINS" --plugins template "$@"; }

printf '“Pada 15 Agustus 2025” <b>&\nRapat (13/8) usai.' >"$T/d.txt"

W -f conll "$T/d.txt" >"$T/c" || bad "conll exit"
has "$(printf '15\tB-DATE')" "$T/c" "conll: B tag on the first token"
has "$(printf 'Agustus\tI-DATE')" "$T/c" "conll: I tag inside"
has "$(printf 'Pada\tO')" "$T/c" "conll: O outside"
has "-DOCSTART-" "$T/c" "conll: document start line"
awk -F'\t' 'NF != 0 && NF != 2 { exit 1 }' "$T/c" && ok "conll: two columns on every line" || bad "conll columns"
[ "$(grep -c '^$' "$T/c")" -ge 3 ] && ok "conll: a blank line after each sentence" || bad "conll sentences"

mkdir "$T/brat"
W -f brat -o "$T/brat" "$T/d.txt" || bad "brat exit"
cmp -s "$T/d.txt" "$T/brat/d.txt" && ok "brat: the .txt is the input, byte for byte" || bad "brat txt"
# “ is one character but three bytes: brat offsets count characters
has "$(printf 'T1\tdate 6 21\t15 Agustus 2025')" "$T/brat/d.ann" "brat: character offsets"
has "$(printf 'T2\tdate 35 39\t13/8')" "$T/brat/d.ann" "brat: second document line"
W -f brat "$T/d.txt" >/dev/null 2>"$T/e"; [ $? -eq 2 ] && ok "brat without -o is a usage error" || bad "brat -o"

printf '{"id":"a","text":"Pada 15 Agustus 2025."}\n{"id":"b","text":"Sejak 1/9/2025 <ok>"}\n' >"$T/two.jsonl"
W -f html "$T/two.jsonl" >"$T/h.html" || bad "html exit"
has "<!DOCTYPE html>" "$T/h.html" "html: a complete page"
[ "$(grep -o '<article' "$T/h.html" | wc -l)" -eq 2 ] && ok "html: one article per document" || bad "html articles"
[ "$(grep -o '</html>' "$T/h.html" | wc -l)" -eq 1 ] && ok "html: one page for the batch" || bad "html page count"
has 'class="m m-other" id="da-M1"' "$T/h.html" "html: mention span with type class and id"
has '&lt;ok&gt;' "$T/h.html" "html: text is escaped"
has 'class="legend"' "$T/h.html" "html: a legend"
has 'score 0.95' "$T/h.html" "html: hover text has the score"

W -f text --color never "$T/d.txt" >"$T/t" || bad "text exit"
has "[15 Agustus 2025]{date}" "$T/t" "text: inline markup"
grep -q "$(printf '\033')" "$T/t" && bad "text: colour with --color never" || ok "text: no colour with --color never"
W -f text --color always "$T/d.txt" >"$T/tc"
grep -q "$(printf '\033')" "$T/tc" && ok "text: colour with --color always" || bad "text colour"
W -f text "$T/d.txt" >"$T/ta"   # stdout is a file here: auto means no colour
grep -q "$(printf '\033')" "$T/ta" && bad "text: colour when not a terminal" || ok "text: auto colour is off when not a terminal"
W -f yaml "$T/d.txt" >/dev/null 2>&1; [ $? -eq 2 ] && ok "unknown format is a usage error" || bad "unknown format"

# brat back in: the corrected .ann is read as it is, with no plugin
printf 'T1\tperson 9 20\tJoko Widodo\nT2\trole 0 8\tPresiden\nR1\trole Arg1:T1 Arg2:T2\n' >"$T/brat/d.ann"
"$WARTA" annotate --input brat -f jsonl --plugin-dir "$PLUGINS" --plugins template "$T/brat" >"$T/back" ||
    bad "brat input exit"
has '"type":"official"' "$T/back" "brat input: the role makes an official"
has '"plugin":"brat"' "$T/back" "brat input: annotations come from the file"
grep -q '"type":"date"' "$T/back" && bad "brat input ran a plugin" || ok "brat input runs no plugin"
rm "$T/brat/d.ann"; printf 'x' >"$T/brat/e.ann"
"$WARTA" annotate -q --input brat -f jsonl --plugin-dir "$PLUGINS" --plugins template "$T/brat/e.ann" >"$T/miss" 2>/dev/null
[ $? -eq 1 ] && ok "brat input without its .txt fails that document" || bad "brat missing txt"
has 'cannot read' "$T/miss" "brat input error record says what is missing"

[ "$fails" -eq 0 ] && echo "all passed"
exit "$fails"
