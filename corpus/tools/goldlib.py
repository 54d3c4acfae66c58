"""Helper used to write the gold .ann files of corpus/ without counting offsets by hand.

A spec (tools/specs/<folder>__<doc>.py) opens the text, names the entities by their surface
strings, and describes roles and quotes by the strings around them; this module finds the
offsets (Python str indices = Unicode code points, what brat uses), refuses anything that is
ambiguous or missing, and writes brat standoff.  The .ann files are the gold; the specs only
record how they were made (re-run tools/build_gold.py after editing a spec).
"""
import os
import re
import sys

TYPE_ORDER = {"person": 0, "location": 1, "organization": 2, "role": 3, "quote": 4, "cue": 5}


class SpecError(Exception):
    pass


def _isword(ch):
    return ch.isalnum() or ch == "_"


class Doc:
    def __init__(self, corpus_dir, rel):
        self.rel = rel
        self.path = os.path.join(corpus_dir, rel)
        with open(self.path, encoding="utf-8", newline="") as f:
            self.text = f.read()
        self.cands = []        # auto entity candidates: [start, end, type, key]
        self.forced = []       # explicit entity spans (may ignore word boundaries)
        self.removed = set()   # (start, end) spans taken out of the auto candidates
        self.ents = None       # resolved entities: dict (start, end) -> {type, key}
        self.roles = []        # (role_span, person_span, aff_span or None)
        self.quotes = []       # dict(kind, frags, cue, speaker)

    # ---------- locating ----------
    def find_all(self, s, bounded=True, lo=0, hi=None):
        hi = len(self.text) if hi is None else hi
        out, i = [], self.text.find(s, lo, hi)
        while i >= 0:
            e = i + len(s)
            if e <= hi:
                ok = True
                if bounded:
                    if i > 0 and _isword(self.text[i - 1]) and _isword(s[0]):
                        ok = False
                    if e < len(self.text) and _isword(self.text[e]) and _isword(s[-1]):
                        ok = False
                if ok:
                    out.append(i)
            i = self.text.find(s, i + 1, hi)
        return out

    def ctx(self, ctx, n=None):
        """Start of context string ctx; it must be unique unless n (0-based occurrence) is given."""
        occ = self.find_all(ctx, bounded=False)
        if not occ:
            raise SpecError("%s: context not found: %r" % (self.rel, ctx))
        if n is None:
            if len(occ) != 1:
                raise SpecError("%s: context %r occurs %d times" % (self.rel, ctx, len(occ)))
            return occ[0]
        return occ[n]

    def sub(self, s, ctx=None, n=None, bounded=False):
        """Span of s: unique in the text, or the first occurrence inside the context ctx."""
        if ctx is None:
            occ = self.find_all(s, bounded=bounded)
            if n is not None:
                i = occ[n]
            else:
                if len(occ) != 1:
                    raise SpecError("%s: %r occurs %d times, give a context" % (self.rel, s, len(occ)))
                i = occ[0]
            return (i, i + len(s))
        c = self.ctx(ctx, n)
        i = ctx.find(s)
        if i < 0:
            raise SpecError("%s: %r not inside context %r" % (self.rel, s, ctx))
        return (c + i, c + i + len(s))

    # ---------- entities ----------
    def mark(self, etype, *surfaces, key=None):
        """Every word-bounded occurrence of each surface is a candidate mention."""
        for s in surfaces:
            occ = self.find_all(s)
            if not occ:
                raise SpecError("%s: entity surface not found: %r" % (self.rel, s))
            for i in occ:
                self.cands.append([i, i + len(s), etype, key])

    def force(self, etype, s, ctx, n=None, key=None):
        """One mention at an exact place, also inside a glued token ("dikutipdetikNews")."""
        a, b = self.sub(s, ctx, n)
        self.forced.append([a, b, etype, key])

    def drop(self, s, ctx, n=None):
        """Remove the auto candidate s found inside ctx (not a mention there)."""
        self.removed.add(self.sub(s, ctx, n))

    def resolve(self):
        if self.ents is not None:
            return
        chosen = {}
        taken = []

        def free(a, b):
            return all(b <= x or a >= y for x, y in taken)

        for a, b, t, k in self.forced:
            if not free(a, b):
                raise SpecError("%s: forced span %r overlaps" % (self.rel, self.text[a:b]))
            chosen[(a, b)] = {"type": t, "key": k}
            taken.append((a, b))
        for a, b, t, k in sorted(self.cands, key=lambda c: (-(c[1] - c[0]), c[0])):
            if (a, b) in self.removed:
                continue
            if free(a, b):
                chosen[(a, b)] = {"type": t, "key": k}
                taken.append((a, b))
        cand_spans = {(c[0], c[1]) for c in self.cands}
        for r in self.removed:
            if r not in cand_spans:
                raise SpecError("%s: drop() of %r matches no candidate" % (self.rel, self.text[r[0]:r[1]]))
        self.ents = chosen

    def ent_at(self, span, types):
        self.resolve()
        e = self.ents.get(span)
        if e is None or e["type"] not in types:
            raise SpecError("%s: no %s mention at %r (%d-%d)" % (self.rel, "/".join(types),
                                                             self.text[span[0]:span[1]], *span))
        return span

    # ---------- roles ----------
    def role(self, ctx, role, person, aff=None, n=None):
        """Official: role words, the person mention and optionally the affiliation, all inside ctx."""
        self.resolve()
        c = self.ctx(ctx, n)
        r = ctx.find(role)
        if r < 0:
            raise SpecError("%s: role %r not in %r" % (self.rel, role, ctx))
        rspan = (c + r, c + r + len(role))
        p = ctx.find(person)
        while p >= 0 and self.ents.get((c + p, c + p + len(person)), {}).get("type") != "person":
            p = ctx.find(person, p + 1)
        if p < 0:
            raise SpecError("%s: person %r not a mention in %r" % (self.rel, person, ctx))
        pspan = (c + p, c + p + len(person))
        aspan = None
        if aff is not None:
            q = ctx.find(aff)
            while q >= 0 and self.ents.get((c + q, c + q + len(aff)), {}).get("type") not in ("organization", "location"):
                q = ctx.find(aff, q + 1)
            if q < 0:
                raise SpecError("%s: affiliation %r not a mention in %r" % (self.rel, aff, ctx))
            aspan = (c + q, c + q + len(aff))
        for x, y in [rspan]:
            for (a, b), e in self.ents.items():
                if a < y and x < b:
                    raise SpecError("%s: role %r overlaps entity %r" % (self.rel, role, self.text[a:b]))
        self.roles.append((rspan, pspan, aspan))

    # ---------- quotes ----------
    def _dir_find(self, word, pos_before, pos_after):
        """'>w' = first bounded occurrence of w at/after pos_after; '<w' = last one ending at/before pos_before."""
        d, w = word[0], word[1:]
        if d == ">":
            occ = [i for i in self.find_all(w) if i >= pos_after]
            if not occ:
                raise SpecError("%s: %r not found after %d" % (self.rel, w, pos_after))
            return (occ[0], occ[0] + len(w))
        if d == "<":
            occ = [i for i in self.find_all(w) if i + len(w) <= pos_before]
            if not occ:
                raise SpecError("%s: %r not found before %d" % (self.rel, w, pos_before))
            return (occ[-1], occ[-1] + len(w))
        raise SpecError("%s: direction prefix < or > required in %r" % (self.rel, word))

    def quote(self, kind, content, cue, speaker=None, ctx=None, n=None, maxgap=160):
        """content: str or list of str fragments (unique in text, or inside ctx);
        cue: '>word' (after the content) or '<word' (before it) or ('word', cue_ctx);
        speaker: None, or (key, '>'|'<'), key a person's key or "@Surface" of an organisation or
        place that speaks: the first mention of that person after the cue or the
        quote, whichever ends first, or the last one before the quote (for anaphoric cues: the nearest earlier named mention)."""
        self.resolve()
        assert kind in ("direct", "indirect")
        frags = [content] if isinstance(content, str) else list(content)
        spans = []
        for f in frags:
            if ctx is not None:
                spans.append(self.sub(f, ctx, n))
            else:
                spans.append(self.sub(f))
        for a, b in spans:
            if "\n" in self.text[a:b]:
                raise SpecError("%s: quote fragment crosses a line: %r" % (self.rel, self.text[a:b]))
        qa, qb = spans[0][0], spans[-1][1]
        if isinstance(cue, tuple):
            cspan = self.sub(cue[0], cue[1])
        elif len(spans) > 1 and cue[0] == "=":
            # cue between fragments ("Beberapa komoditas, lanjut Wahyu, memang ...")
            occ = [i for i in self.find_all(cue[1:]) if spans[0][1] <= i < spans[1][0]]
            cspan = (occ[0], occ[0] + len(cue) - 1)
        else:
            cspan = self._dir_find(cue, qa, qb)
        gap = max(cspan[0] - qb, qa - cspan[1], 0)
        if gap > maxgap:
            raise SpecError("%s: cue %r is %d chars from its quote" % (self.rel, cue, gap))
        sspan = None
        if speaker is not None:
            key, d = speaker
            if key.startswith("@"):
                # an organisation or place that speaks ("Menurut laporan NBC News, ...",
                # "Kementerian Luar Negeri Rusia menyampaikan ..."): named by its surface
                ments = sorted(s for s, e in self.ents.items()
                               if e["type"] in ("organization", "location") and self.text[s[0]:s[1]] == key[1:])
            else:
                ments = sorted(s for s, e in self.ents.items() if e["type"] == "person" and e["key"] == key)
            if not ments:
                raise SpecError("%s: no mentions for speaker key %r" % (self.rel, key))
            if d == ">":
                # "kata Purbaya", "Trump said", "Menurut Purbaya, ...", "X, lanjut Wahyu, Y",
                # "“X,” Westmacott said. “Y”": the first mention after the last content fragment
                # that precedes the cue, or after the cue when all the content follows it
                before_cue = [b for a, b in spans if b <= cspan[0]]
                lim = before_cue[-1] if before_cue else cspan[1]
                after = [m for m in ments if m[0] >= lim]
                if not after:
                    raise SpecError("%s: no %r mention after cue" % (self.rel, key))
                sspan = after[0]
            elif d == "<":
                lim = min(qa, cspan[0])
                before = [m for m in ments if m[1] <= lim]
                if not before:
                    raise SpecError("%s: no %r mention before quote" % (self.rel, key))
                sspan = before[-1]
            else:
                raise SpecError("bad speaker direction")
        self.quotes.append({"kind": kind, "frags": spans, "cue": cspan, "speaker": sspan})

    # ---------- output ----------
    def write(self, out_path=None, report=True):
        self.resolve()
        out_path = out_path or re.sub(r"\.txt$", ".ann", self.path)
        tb = []  # (frags, type, tag)
        for (a, b), e in self.ents.items():
            tb.append(([(a, b)], e["type"], ("E", (a, b))))
        for rspan, pspan, aspan in self.roles:
            tb.append(([rspan], "role", ("R", rspan)))
        seen_cues = {}
        for qi, q in enumerate(self.quotes):
            tb.append((q["frags"], "quote", ("Q", qi)))
            if q["cue"] not in seen_cues:
                seen_cues[q["cue"]] = True
                tb.append(([q["cue"]], "cue", ("C", q["cue"])))
        tb.sort(key=lambda x: (x[0][0][0], -x[0][-1][1], TYPE_ORDER[x[1]]))
        ids = {}
        lines = []
        for n, (frags, t, tag) in enumerate(tb, 1):
            ids[tag] = "T%d" % n
            surf = " ".join(self.text[a:b] for a, b in frags)
            if "\n" in surf or "\t" in surf:
                raise SpecError("%s: span with line break: %r" % (self.rel, surf))
            offs = ";".join("%d %d" % (a, b) for a, b in frags)
            lines.append("T%d\t%s %s\t%s" % (n, t, offs, surf))
        rn = 0
        for rspan, pspan, aspan in self.roles:
            rn += 1
            lines.append("R%d\trole Arg1:%s Arg2:%s" % (rn, ids[("E", pspan)], ids[("R", rspan)]))
            if aspan is not None:
                rn += 1
                lines.append("R%d\taffiliation Arg1:%s Arg2:%s" % (rn, ids[("E", pspan)], ids[("E", aspan)]))
        qorder = sorted(range(len(self.quotes)), key=lambda i: int(ids[("Q", i)][1:]))
        for qi in qorder:
            q = self.quotes[qi]
            if q["speaker"] is not None:
                rn += 1
                lines.append("R%d\tspeaker Arg1:%s Arg2:%s" % (rn, ids[("Q", qi)], ids[("E", q["speaker"])]))
            rn += 1
            lines.append("R%d\tcue Arg1:%s Arg2:%s" % (rn, ids[("Q", qi)], ids[("C", q["cue"])]))
        for an, qi in enumerate(qorder, 1):
            lines.append("A%d\tkind %s %s" % (an, ids[("Q", qi)], self.quotes[qi]["kind"]))
        clusters = {}
        for span, e in self.ents.items():
            if e["type"] == "person":
                if e["key"] is None:
                    raise SpecError("%s: person without key %r" % (self.rel, self.text[span[0]:span[1]]))
                clusters.setdefault(e["key"], []).append(span)
        for key in sorted(clusters, key=lambda k: min(clusters[k])):
            ms = sorted(clusters[key])
            if len(ms) > 1:
                lines.append("*\tCoref " + " ".join(ids[("E", m)] for m in ms))
        with open(out_path, "w", encoding="utf-8", newline="") as f:
            f.write("\n".join(lines) + "\n")
        if report:
            self.report()

    def report(self):
        """Print what a reviewer needs: every annotation in context, and capitalised words left out."""
        t = self.text
        w = sys.stdout.write
        w("==== %s\n" % self.rel)
        covered = [False] * len(t)
        for (a, b), e in sorted(self.ents.items()):
            for i in range(a, b):
                covered[i] = True
            w("  %-12s %-5s %r\n" % (e["type"], e["key"] or "", t[a:b]))
        for rspan, pspan, aspan in self.roles:
            w("  ROLE %r -> %r aff %r\n" % (t[rspan[0]:rspan[1]], t[pspan[0]:pspan[1]],
                                          t[aspan[0]:aspan[1]] if aspan else None))
        for q in self.quotes:
            fr = " | ".join(t[a:b] for a, b in q["frags"])
            sp = t[q["speaker"][0]:q["speaker"][1]] + "@%d" % q["speaker"][0] if q["speaker"] else None
            w("  Q %-8s cue=%r@%d spk=%s :: %s\n" % (q["kind"], t[q["cue"][0]:q["cue"][1]], q["cue"][0], sp,
                                                   fr if len(fr) < 110 else fr[:50] + " ... " + fr[-50:]))
        miss = []
        for m in re.finditer(r"[A-Z][\w'’.-]*", t):
            if not any(covered[m.start():m.end()]):
                miss.append(m.group())
        w("  UNCOVERED CAPS: %s\n" % " ".join(sorted(set(miss))))
