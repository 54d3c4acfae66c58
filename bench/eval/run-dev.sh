#!/bin/sh
# Scores the pipeline on every development split there is and prints one
# Markdown table (docs/eval.md).  Public data sets are read from
# $WARTA_DATA (default /work/shared/data) and skipped when absent; the
# repository's own corpus/ is always there.
#
# usage: bench/eval/run-dev.sh [-b BUILD_DIR] [-d DATA_DIR] [-p PLUGINS] [-o JSON_DIR] [-l LIMIT]
#   -b  build tree holding warta and plugins/   (default: $WARTA_BUILD or ./build)
#   -d  public data root                         (default: $WARTA_DATA or /work/shared/data)
#   -p  plugins to load                          (default: locations,organizations,officials,quotes)
#   -o  keep each data set's JSON report here    (default: a temporary directory)
#   -l  at most this many documents per data set (default: all)
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${WARTA_BUILD:-$ROOT/build}
DATA=${WARTA_DATA:-/work/shared/data}
PLUGINS=locations,organizations,officials,quotes
OUT=
LIMIT=
while getopts b:d:p:o:l:h opt; do
    case $opt in
    b) BUILD=$OPTARG ;;
    d) DATA=$OPTARG ;;
    p) PLUGINS=$OPTARG ;;
    o) OUT=$OPTARG ;;
    l) LIMIT=$OPTARG ;;
    *) sed -n '2,15p' "$0"; exit 2 ;;
    esac
done
WARTA=$BUILD/warta
if [ ! -x "$WARTA" ]; then
    echo "run-dev.sh: no warta binary at $WARTA (build first, or -b BUILD_DIR)" >&2
    exit 3
fi
if [ -z "$OUT" ]; then
    OUT=$(mktemp -d)
    trap 'rm -rf "$OUT"' EXIT
fi
mkdir -p "$OUT"

flat() { tr -d ' \t\r\n' <"$1"; }
# value ROW exact|partial p|r|f1 FILE -> the number, or nothing when the row is absent
value() {
    flat "$4" | sed -n "s/.*\"$1\":{\"gold\":[0-9]*,\"pred\":[0-9]*,\"exact\":{\([^}]*\)},\"partial\":{\([^}]*\)}.*/\\1|\\2/p" |
        awk -F'|' -v which="$2" -v field="$3" '{
            s = which == "exact" ? $1 : $2; n = split(s, kv, ",");
            for (i = 1; i <= n; i++) { split(kv[i], p, ":"); gsub(/"/, "", p[1]); if (p[1] == field) printf "%.3f", p[2] } }'
}
field() { # KEY FILE: a top-level or speaker number
    flat "$2" | sed -n "s/.*\"$1\":\([0-9.]*\).*/\\1/p" | head -1
}
cell() { [ -n "$1" ] && printf '%s' "$1" || printf '–'; }

printf '| data set | split | docs | entities P / R / F1 (exact) | F1 partial | person F1 | location F1 | organization F1 | role F1 | quote F1 (IoU≥.5) | cue F1 | speaker acc. | quote+speaker F1 |\n'
printf '|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'

row() { # NAME SPLIT PATH -- eval options
    name=$1 split=$2 path=$3
    shift 3
    if [ ! -e "$path" ]; then
        printf '| %s | %s | | skipped: not found | | | | | | | | | |\n' "$name" "$split"
        return
    fi
    json=$OUT/$(printf '%s-%s' "$name" "$split" | tr '/ ' '__').json
    if ! "$WARTA" eval --gold "$path" "$@" ${LIMIT:+--limit "$LIMIT"} --plugin-dir "$BUILD/plugins" \
        --plugins "$PLUGINS" -q --json "$json" >"$json.txt" 2>"$json.err"; then
        if [ ! -s "$json" ]; then
            printf '| %s | %s | | failed: %s | | | | | | | | | |\n' "$name" "$split" "$(head -1 "$json.err")"
            return
        fi
    fi
    ents=
    if [ -n "$(value micro exact f1 "$json")" ]; then
        ents="$(value micro exact p "$json") / $(value micro exact r "$json") / **$(value micro exact f1 "$json")**"
    fi
    # role: attached to gold persons (corpus) or, where roles are tagged on
    # their own (PFSA-ID), as spans; partial (overlap) either way
    role=$(value role partial f1 "$json")
    [ -n "$role" ] || role=$(value role_span partial f1 "$json")
    spk=
    if flat "$json" | grep -q '"speaker":{"evaluated":[1-9]'; then
        spk=$(flat "$json" | sed -n 's/.*"speaker":{[^}]*"accuracy":\([0-9.]*\).*/\1/p' | awk '{printf "%.3f", $1}')
    fi
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$split" \
        "$(field documents "$json")" "$(cell "$ents")" "$(cell "$(value micro partial f1 "$json")")" \
        "$(cell "$(value person exact f1 "$json")")" "$(cell "$(value location exact f1 "$json")")" \
        "$(cell "$(value organization exact f1 "$json")")" "$(cell "$role")" \
        "$(cell "$(value quote partial f1 "$json")")" "$(cell "$(value cue exact f1 "$json")")" "$(cell "$spk")" \
        "$(cell "$(value quote_speaker partial f1 "$json")")"
}

# the repository's gold (brat); an empty folder is reported, not scored
for split in seeds dev-id dev-en; do
    lang=id
    [ "$split" = dev-en ] && lang=en
    if ls "$ROOT/corpus/$split"/*.ann >/dev/null 2>&1; then
        row corpus "$split" "$ROOT/corpus/$split" --format brat --lang "$lang"
    else
        printf '| corpus | %s | | skipped: no documents yet | | | | | | | | | |\n' "$split"
    fi
done
row nergrit valid "$DATA/ner-id/nergrit/valid_preprocess.txt" --dataset nergrit
row nerp valid "$DATA/ner-id/nerp/valid_preprocess.txt" --dataset nerp
row idner-news-2k dev "$DATA/ner-id/idner-news-2k/dev.txt" --dataset idner
# the same under idner-news-2k's own conventions (a country acting as an
# agent is no name there): the tagger follows that data set and decides for
# every plugin (plugins/tagger/README.md)
case ",$PLUGINS," in
*,tagger,*)
    row "idner-news-2k, its conventions" dev "$DATA/ner-id/idner-news-2k/dev.txt" --dataset idner \
        --set tagger.domain=idner --set tagger.none=decisive ;;
esac
# IndoLEM ships NER-UI and NER-UGM as single files here (no dev split)
for ds in nerui nerugm; do
    dev=
    for f in "$DATA/ner-id/$ds/dev.txt" "$DATA/ner-id/$ds/dev.01.tsv" "$DATA/ner-id/$ds/valid.txt"; do
        [ -e "$f" ] && dev=$f && break
    done
    if [ -n "$dev" ]; then
        row "$ds" dev "$dev" --dataset "$ds"
    else
        printf '| %s | dev | | skipped: not found (no dev split) | | | | | | | | | |\n' "$ds"
    fi
done
row pfsa-id dev-40 "$DATA/quotes-id/pfsa-id/dev-40.txt" --dataset pfsa
row pfsa-id dev-dl-20-v2 "$DATA/quotes-id/pfsa-id/dev-dl-20-v2.txt" --dataset pfsa
row conll2003 dev "$DATA/en/conll2003/dev.txt" --dataset conll2003
row polnear dev "$DATA/en/polnear/dev" --dataset polnear
