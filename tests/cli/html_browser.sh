#!/bin/sh
# The HTML view in a real browser: headless Chromium loads the page made for
# a seed article, a script in the page checks the DOM (entity spans by type,
# a legend, every quote's speaker link pointing at a mention that exists,
# hover titles), and Chromium's DOM dump carries the verdict back.
# WARTA_SCREENSHOT=path also saves a screenshot (docs/html-view.png).
set -u
WARTA=$1
SRC=${WARTA_TEST_SOURCE_DIR:?}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
CHROME=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROME" ]; then
    echo "FAIL chromium is not installed (see .ci/packages)"
    exit 1
fi
PLUGINS=$(cd "${WARTA_TEST_PLUGIN_DIR:?}" && pwd)
(cd "$SRC" && "$WARTA" annotate -q --format html --plugin-dir "$PLUGINS" \
    corpus/seeds/trump-putin-klikanggaran.txt) >"$T/page.html" || { echo "FAIL annotate"; exit 1; }
cp "$T/page.html" "$T/checked.html"
cat >>"$T/checked.html" <<'JS'
<script>
(function () {
  var out = [];
  function check(name, ok) { out.push((ok ? "PASS " : "FAIL ") + name); }
  var types = ["official", "person", "location", "organization"];
  types.forEach(function (t) {
    check("spans of type " + t, document.querySelectorAll("article .m-" + t).length > 0);
  });
  var quotes = document.querySelectorAll("article span.q");
  check("quote spans", quotes.length >= 3);
  var links = document.querySelectorAll("article a.speaker[href]");
  check("speaker links", links.length >= 3);
  var broken = 0;
  links.forEach(function (a) {
    var target = document.getElementById(a.getAttribute("href").slice(1));
    if (!target || !target.classList.contains("m")) broken++;
  });
  check("every speaker link reaches a mention", broken === 0);
  var leavitt = Array.prototype.some.call(links, function (a) {
    return a.textContent.indexOf("Karoline Leavitt") >= 0;
  });
  check("a quote links to Karoline Leavitt", leavitt);
  var official = document.querySelector("article .m-official[title*='role:']");
  check("hover title shows the role", official !== null);
  check("legend", document.querySelectorAll(".legend .m").length >= 4);
  var text = document.querySelector("article").textContent;
  check("the text is all there", text.indexOf("Mimpi Trump adalah mengakhiri perang brutal ini") >= 0);
  var pre = document.createElement("pre");
  pre.id = "verdict";
  pre.textContent = out.join("\n");
  document.body.appendChild(pre);
})();
</script>
JS
FLAGS="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=$T/profile"
timeout 60 "$CHROME" $FLAGS --dump-dom "file://$T/checked.html" >"$T/dom.html" 2>"$T/chrome.err"
verdict=$(sed -n '/<pre id="verdict">/,/<\/pre>/p' "$T/dom.html" | sed 's/<[^>]*>//g')
if [ -z "$verdict" ]; then
    echo "FAIL the browser produced no verdict"; tail -5 "$T/chrome.err"; exit 1
fi
echo "$verdict" | sed 's/^PASS /ok   /'
if [ -n "${WARTA_SCREENSHOT:-}" ]; then
    timeout 60 "$CHROME" $FLAGS --hide-scrollbars --window-size=1100,900 \
        --screenshot="$WARTA_SCREENSHOT" "file://$T/page.html" 2>/dev/null
fi
echo "$verdict" | grep -q FAIL && exit 1
exit 0
