#!/usr/bin/env python3
"""Re-create corpus/dev-id/indosum-<n>.txt from IndoSum JSONL (pre-tokenised) by detokenising.

Usage: extract_indosum.py OUTFILE JSONL ARTICLE_ID

IndoSum stores an article as paragraphs of sentences of tokens. The text is rebuilt with
these rules, and nothing else is changed:
  * paragraphs are joined by "\\n", the file ends with "\\n"; sentences of a paragraph and the
    tokens of a sentence are joined by one space, except that
  * no space before , . : ; ? ! ) % and after ( ;
  * no space around "/" and "-" tokens (12/8, bentrokan-bentrokan);
  * straight quotes " and ' alternate open/close through the paragraph: an opening mark
    takes a space before it and none after, a closing mark none before it and a space after;
  * runs of white space inside a token list (the source has a few empty tokens) collapse.
"""
import json
import sys

NOSPACE_BEFORE = set(",.:;?!)%")


def detok_paragraph(sentences):
    toks = [t for s in sentences for t in s if t.strip()]
    out = ""
    open_q = {'"': False, "'": False}
    glue_next = True  # no space before the first token
    for t in toks:
        if t in open_q:
            if open_q[t]:           # closing mark
                out += t
                open_q[t] = False
                glue_next = False
            else:                   # opening mark
                out += ("" if glue_next else " ") + t
                open_q[t] = True
                glue_next = True
            continue
        if glue_next or t in NOSPACE_BEFORE or t in "/-" or out.endswith(("/", "-")):
            out += t
        else:
            out += " " + t
        glue_next = t == "("
    return out


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    out, src, art_id = sys.argv[1:]
    with open(src, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a["id"] == art_id:
                text = "\n".join(detok_paragraph(p) for p in a["paragraphs"]) + "\n"
                with open(out, "w", encoding="utf-8", newline="") as g:
                    g.write(text)
                return
    sys.exit("article %s not found in %s" % (art_id, src))


if __name__ == "__main__":
    main()
