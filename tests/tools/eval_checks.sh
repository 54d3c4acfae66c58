# Sourced by tests/cli/eval_corpus.sh and tests/cli/eval_dev.sh: counting
# failures and reading scores out of `warta eval --json` reports.
fails=0
ok() { printf 'ok   %s\n' "$1"; }
bad() { printf 'FAIL %s\n' "$1"; fails=$((fails + 1)); }
flat() { tr -d ' \t\r\n' <"$1"; }
# number after "key":{...}  e.g. value micro exact f1 file
value() { # row match(exact|partial) field file
    flat "$4" | sed -n "s/.*\"$1\":{\"gold\":[0-9]*,\"pred\":[0-9]*,\"exact\":{\([^}]*\)},\"partial\":{\([^}]*\)}.*/\\1|\\2/p" |
        awk -F'|' -v which="$2" -v field="$3" '{
            s = which == "exact" ? $1 : $2; n = split(s, kv, ",");
            for (i = 1; i <= n; i++) { split(kv[i], p, ":"); gsub(/"/, "", p[1]); if (p[1] == field) print p[2] } }'
}
at_least() { # value minimum what
    if [ -n "$1" ] && awk -v v="$1" -v m="$2" 'BEGIN { exit !(v + 0 >= m + 0) }'; then ok "$3: $1 >= $2"
    else bad "$3: ${1:-missing}, want >= $2"; fi
}
