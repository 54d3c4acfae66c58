#!/usr/bin/env python3
"""Re-create corpus/dev-id/detik-<id>.txt from the detik-1000 CSV.

Usage: extract_detik.py DATA_BERITA_CSV OUTDIR ID...

The article body (column isi_berita) is kept exactly, except for site
boilerplate that is not part of the article:
  1. every line that is exactly "SCROLL TO CONTINUE WITH CONTENT" or
     "ADVERTISEMENT" is removed together with its line break;
  2. a trailing video teaser ("Simak juga Video", "Tonton juga video",
     "Lihat juga Video", "Saksikan Live", optionally after an opening
     quote mark) that is the last non-empty line is removed;
  3. trailing white space is removed and the file ends with one "\\n".
Nothing else is changed: words glued together where the site stripped a
link ("dikutipdetikNews") stay glued, typos stay.
"""
import csv
import os
import re
import sys

DROP_LINES = {"SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT"}
TEASER = re.compile(r"^['\"]?(Simak juga Video|Tonton juga video|Lihat juga Video|Saksikan Live)", re.I)


def clean(body):
    lines = [l for l in body.split("\n") if l not in DROP_LINES]
    while lines and lines[-1].strip() == "":
        lines.pop()
    if lines and TEASER.match(lines[-1]):
        lines.pop()
    return "\n".join(lines).rstrip() + "\n"


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    src, outdir, ids = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(src, encoding="utf-8", newline="") as f:
        rows = {r["id"]: r for r in csv.DictReader(f)}
    for i in ids:
        text = clean(rows[i]["isi_berita"])
        with open(os.path.join(outdir, "detik-%04d.txt" % int(i)), "w", encoding="utf-8", newline="") as f:
            f.write(text)


if __name__ == "__main__":
    main()
