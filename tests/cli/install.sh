#!/bin/sh
# `cmake --install` gives a working command, library, headers, pkg-config
# files and a CMake package from which the template plugin builds outside
# the source tree, and the installed command loads it.
set -u
SRC=${WARTA_TEST_SOURCE_DIR:?}
BIN=${WARTA_TEST_BINARY_DIR:?}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fails=$((fails + 1)); fi; }

cmake --install "$BIN" --prefix "$T/prefix" >"$T/install.log" 2>&1
check "cmake --install succeeds" '[ $? -eq 0 ]'
P=$T/prefix
check "command installed" '[ -x "$P/bin/warta" ]'
check "shared library installed" 'ls "$P"/lib*/libwarta.so* >/dev/null 2>&1 || ls "$P"/lib/*/libwarta.so* >/dev/null 2>&1'
check "headers installed" '[ -f "$P/include/warta/plugin.h" ] && [ -f "$P/include/warta/warta.h" ]'
PC=$(dirname "$(find "$P" -name warta-plugin.pc | head -1)")
check "pkg-config file for plugins" '[ -f "$PC/warta-plugin.pc" ] && PKG_CONFIG_PATH="$PC" pkg-config --cflags warta-plugin | grep -q include'
CM=$(dirname "$(find "$P" -name wartaConfig.cmake | head -1)")
check "CMake package installed" '[ -f "$CM/wartaConfig.cmake" ] && [ -f "$CM/WartaPlugin.cmake" ]'
PLUGDIR=$(dirname "$(find "$P" -name template.so | head -1)")
check "template plugin and its lexicon installed" '[ -f "$PLUGDIR/template.so" ] && [ -f "$PLUGDIR/template/months.tsv" ]'

# the installed command finds its own plugins even though the prefix moved
printf 'Pada 15 Agustus 2025.' >"$T/a.txt"
WARTA_PLUGIN_PATH= "$P/bin/warta" annotate --format jsonl --plugins template "$T/a.txt" >"$T/out1" 2>"$T/err1"
check "installed warta annotates with installed plugins" 'grep -q "2025-08-15" "$T/out1"'

# out-of-tree plugin build: copy the template, build it against the install
cp -r "$SRC/plugins/template" "$T/myplugin"
cmake -S "$T/myplugin" -B "$T/myplugin/build" -DCMAKE_PREFIX_PATH="$P" >"$T/cfg.log" 2>&1
check "template configures outside the tree" '[ $? -eq 0 ]' || sed 's/^/    /' "$T/cfg.log"
cmake --build "$T/myplugin/build" >"$T/build.log" 2>&1
check "template builds outside the tree" '[ -f "$T/myplugin/build/template.so" ]' || sed 's/^/    /' "$T/build.log"
"$P/bin/warta" annotate --format jsonl --plugin-dir "$T/myplugin/build" --plugins template "$T/a.txt" >"$T/out2" 2>"$T/err2"
check "the out-of-tree plugin loads and annotates" 'grep -q "2025-08-15" "$T/out2"'
"$P/bin/warta" plugins --plugin-dir "$T/myplugin/build" --plugins template >"$T/pl" 2>&1
check "warta plugins shows it loaded from its build dir" 'grep -q "$T/myplugin/build/template.so" "$T/pl"'

[ "$fails" -eq 0 ] && echo "all passed"
exit "$fails"
