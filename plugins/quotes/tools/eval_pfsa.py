#!/usr/bin/env python3
"""Informal evaluation of the quotes plugin on pfsa-id (Kompas, BILOU tokens).

pfsa-id is tokenized and has no paragraph breaks, so each document is
rebuilt as one paragraph: tokens joined by spaces, no space before closing
punctuation, and each double quote mark attached to the following token when
it opens and to the preceding one when it closes (Kompas writes ” on both
sides, so the glyph does not tell): after a comma or before a lower-case word
it closes, at a sentence start or after a colon it opens, elsewhere marks
alternate.  That rebuilt text is an approximation of the original article.

Measured:
  * STATEMENT spans (direct quotations, marks included) against the plugin's
    direct quotes: exact and overlap precision/recall (one-to-one);
  * speaker accuracy on matched quotations whose gold attribution names a
    PERSON (or PERSONCOREF) in the same sentence as the quotation's end (after
    it) or start (before it): the resolved speaker mention must overlap it or
    belong to the same entity as a mention that does; and how often the
    for attributions by a short name ("kata Parwati") whose full name came
    earlier, whether the resolved mention holds that name;
  * for attributions written "kata dia" / "kata Presiden" (gold PERSONCOREF):
    whether the speaker span was found and resolved to anyone (pfsa-id does
    not link coreference, so correctness of that resolution is not scored);
  * the share of matched -nya quotations (CUECOREF) resolved to anyone.

usage: eval_pfsa.py --warta BUILD/warta --plugin-dir BUILD/plugins [FILE] [--skip-overlap OTHER]
Skips cleanly (exit 0) when the data file is absent.
"""
import argparse
import json
import os
import subprocess
import sys

DEFAULT = "/work/shared/data/quotes-id/pfsa-id/dev-40.txt"
NO_SPACE_BEFORE = {",", ".", ")", "?", "!", ":", ";", "%", "]"}
NO_SPACE_AFTER = {"(", "["}
DOUBLE = {"\u201c", "\u201d", '"', "\u00ab", "\u00bb", "\u201e"}


def read_docs(path):
    """Documents as lists of sentences of (token, tag)."""
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 2:
                if cur:
                    sents.append(cur)
                cur = []
                continue
            cur.append((cols[0], cols[1]))
    if cur:
        sents.append(cur)
    docs = []
    for s in sents:
        if len(s) > 3 and s[1][0] == "," and s[2][0] == "KOMPAS" or not docs:
            docs.append([])
        docs[-1].append(s)
    return docs


def rebuild(doc):
    """Text, per-token byte spans, flat token list."""
    toks = [t for s in doc for t in s]
    sent_of = [i for i, s in enumerate(doc) for _ in s]
    out, spans, pos = [], [], 0
    opening = True
    glue_next = True
    for i, (w, _) in enumerate(toks):
        if w in DOUBLE:
            prev_w = toks[i - 1][0] if i else ""
            next_w = toks[i + 1][0] if i + 1 < len(toks) else ""
            if prev_w == "," or (next_w[:1].islower() and prev_w not in ("", ":")) or next_w in (",", "."):
                attach_left = True       # ...,” kata / ...” katanya
            elif prev_w in ("", ":") or (i and sent_of[i - 1] != sent_of[i]):
                attach_left = False
            else:
                attach_left = not opening
            opening = attach_left
        else:
            attach_left = w in NO_SPACE_BEFORE
        sep = "" if (glue_next or attach_left) else " "
        out.append(sep)
        pos += len(sep.encode())
        b = w.encode()
        spans.append((pos, pos + len(b)))
        out.append(w)
        pos += len(b)
        glue_next = w in NO_SPACE_AFTER or (w in DOUBLE and not attach_left)
    return "".join(out), spans, toks, sent_of


def spans_of(toks, label):
    res, start = [], None
    for i, (_, tag) in enumerate(toks):
        pos, _, lab = tag.partition("-")
        if lab != label:
            continue
        if pos in ("B", "U"):
            start = i
        if pos in ("L", "U") and start is not None:
            res.append((start, i + 1))
            start = None
    return res


def gold_speaker(toks, sent_of, st, persons):
    """The PERSON named in the statement's attribution, as token span, or None."""
    end_sent, start_sent = sent_of[st[1] - 1], sent_of[st[0]]
    after = [p for p in persons if p[0] >= st[1] and sent_of[p[0]] == end_sent]
    if after:
        return min(after)
    before = [p for p in persons if p[1] <= st[0] and sent_of[p[0]] == start_sent]
    return max(before) if before else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data", nargs="?", default=DEFAULT)
    ap.add_argument("--warta", required=True)
    ap.add_argument("--plugin-dir", required=True)
    ap.add_argument("--skip-overlap", help="leave out documents that also occur in this file")
    ap.add_argument("--show", type=int, default=0, help="print N misses of each kind")
    args = ap.parse_args()
    if not os.path.exists(args.data):
        print("pfsa-id not found at %s: skipped" % args.data)
        return 0
    docs = read_docs(args.data)
    if args.skip_overlap and os.path.exists(args.skip_overlap):
        other = {" ".join(w for s in d for w, _ in s)[:300] for d in read_docs(args.skip_overlap)}
        docs = [d for d in docs if " ".join(w for s in d for w, _ in s)[:300] not in other]
    built = [rebuild(d) for d in docs]
    payload = "".join(json.dumps({"id": str(i), "text": b[0], "lang": "id"}) + "\n" for i, b in enumerate(built))
    proc = subprocess.run([args.warta, "annotate", "--plugin-dir", args.plugin_dir, "--input", "jsonl",
                           "-f", "jsonl", "--no-text", "-q", "-"], input=payload.encode(),
                          stdout=subprocess.PIPE, check=False)
    results = {}
    for line in proc.stdout.decode().splitlines():
        rec = json.loads(line)
        results[rec["id"]] = rec

    n_gold = n_pred = exact = overlap = 0
    coref_total = coref_written = coref_resolved = name_total = name_ok = 0
    spk_total = spk_ok = nya_total = nya_resolved = 0
    misses, false_pos, wrong_spk = [], [], []
    for i, (text, spans, toks, sent_of) in enumerate(built):
        rec = results.get(str(i), {})
        quotes = [q for q in rec.get("quotes", []) if q.get("kind") == "direct"]
        mentions = {m["id"]: m for m in rec.get("mentions", [])}
        gold = spans_of(toks, "STATEMENT")
        persons = sorted(spans_of(toks, "PERSON") + spans_of(toks, "PERSONCOREF"))
        nyas = spans_of(toks, "CUECOREF")
        n_gold += len(gold)
        n_pred += len(quotes)
        used = set()
        tb = text.encode()
        for st in gold:
            gs, ge = spans[st[0]][0], spans[st[1] - 1][1]
            best = None
            for k, q in enumerate(quotes):
                if k in used or q["end"] <= gs or q["start"] >= ge:
                    continue
                if best is None or (q["start"] == gs and q["end"] == ge):
                    best = k
            if best is None:
                misses.append(tb[max(0, gs - 60):ge + 40].decode(errors="replace"))
                continue
            used.add(best)
            q = quotes[best]
            overlap += 1
            exact += q["start"] == gs and q["end"] == ge
            sp = gold_speaker(toks, sent_of, st, persons)
            ment = mentions.get((q.get("speaker") or {}).get("mention"))
            if sp is not None:
                ps, pe = spans[sp[0]][0], spans[sp[1] - 1][1]
                written = q.get("speaker") or {}
                written_ok = written.get("start", pe) < pe and written.get("end", ps) > ps
                if toks[sp[0]][1].endswith("PERSONCOREF"):
                    # "kata Parwati" (named before in full), "kata dia", "kata Presiden"
                    coref_total += 1
                    coref_written += written_ok
                    coref_resolved += ment is not None
                    short = " ".join(w for w, _ in toks[sp[0]:sp[1]])
                    if short[:1].isupper() and any(short in " ".join(w for w, _ in toks[a:b]) and (a, b) != sp
                                                   for a, b in persons if b <= sp[0]):
                        name_total += 1
                        if ment and short in tb[ment["start"]:ment["end"]].decode(errors="replace"):
                            name_ok += 1
                    continue
                spk_total += 1
                there = {m.get("entity") for m in mentions.values() if m["start"] < pe and m["end"] > ps}
                if ment and ((ment["start"] < pe and ment["end"] > ps) or ment.get("entity") in there):
                    spk_ok += 1
                else:
                    wrong_spk.append((tb[gs:ge + 60].decode(errors="replace")[-140:],
                                      tb[ps:pe].decode(), ment and tb[ment["start"]:ment["end"]].decode()))
            if any(n[0] >= st[1] and n[0] <= st[1] + 2 for n in nyas):
                nya_total += 1
                nya_resolved += ment is not None
        for k, q in enumerate(quotes):
            if k not in used:
                false_pos.append(tb[max(0, q["start"] - 40):q["end"] + 40].decode(errors="replace"))

    def pct(a, b):
        return "%.1f%%" % (100.0 * a / b) if b else "n/a"

    print("documents %d, gold statements %d, predicted direct quotes %d" % (len(built), n_gold, n_pred))
    print("overlap: P %s R %s   exact: P %s R %s" % (pct(overlap, n_pred), pct(overlap, n_gold),
                                                    pct(exact, n_pred), pct(exact, n_gold)))
    print("speaker (gold PERSON in the attribution): %d/%d = %s" % (spk_ok, spk_total, pct(spk_ok, spk_total)))
    print("speaker written as a short name, pronoun or office (gold PERSONCOREF): span found %d/%d = %s, "
          "resolved to a mention %s" % (coref_written, coref_total, pct(coref_written, coref_total),
                                        pct(coref_resolved, coref_total)))
    print("  of which a short name of a person named before in full: resolved to that person %d/%d = %s"
          % (name_ok, name_total, pct(name_ok, name_total)))
    print("-nya quotations resolved to a mention: %d/%d = %s" % (nya_resolved, nya_total,
                                                                 pct(nya_resolved, nya_total)))
    for title, rows in (("missed", misses), ("spurious", false_pos), ("wrong speaker", wrong_spk)):
        for r in rows[:args.show]:
            print("%s: %s" % (title, r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
