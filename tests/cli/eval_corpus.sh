#!/bin/sh
# The real pipeline (locations, organizations, officials, quotes) scored on
# the repository's gold corpus: corpus/seeds and corpus/dev-id, tables
# printed.  On the seeds it must meet the targets: every gold quote found
# with the right speaker, and entity F1 (exact spans, micro) >= 0.95.
# Skips (exit 0) only when those plugins are not built.
# Usage: eval_corpus.sh path/to/warta
set -u
WARTA=$1
SRC=${WARTA_TEST_SOURCE_DIR:?}
PLUGINS=${WARTA_TEST_PLUGIN_DIR:?}
for p in locations organizations officials quotes; do
    if [ ! -f "$PLUGINS/$p.so" ]; then
        echo "skipped: plugin $p is not built in $PLUGINS"
        exit 0
    fi
done
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. "$SRC/tests/tools/eval_checks.sh"
RUN() { "$WARTA" eval --plugin-dir "$PLUGINS" --plugins locations,organizations,officials,quotes -q --lang id "$@"; }

echo "== corpus/seeds"
RUN --gold "$SRC/corpus/seeds" --json "$T/seeds.json" --show-errors >"$T/seeds.out"
st=$?
cat "$T/seeds.out"
[ "$st" -eq 0 ] && ok "seeds scored" || bad "seeds: exit $st"
at_least "$(value micro exact f1 "$T/seeds.json")" 0.95 "seeds: entity F1 (exact, micro)"
at_least "$(value quote partial r "$T/seeds.json")" 1 "seeds: every gold quote found (content IoU >= 0.5)"
at_least "$(value quote_speaker partial r "$T/seeds.json")" 1 "seeds: every gold quote found with the right speaker"

echo "== corpus/dev-id"
RUN --gold "$SRC/corpus/dev-id" --json "$T/dev.json" >"$T/dev.out"
st=$?
cat "$T/dev.out"
[ "$st" -eq 0 ] && ok "dev-id scored" || bad "dev-id: exit $st"
if flat "$T/dev.json" | grep -Eq '"documents":[1-9]'; then ok "dev-id has documents"; else bad "dev-id: no documents"; fi

[ "$fails" -eq 0 ] && echo "corpus targets met"
exit "$fails"
