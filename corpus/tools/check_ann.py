#!/usr/bin/env python3
"""Validate the gold brat standoff files of corpus/ and print counts per folder.

Usage: check_ann.py [CORPUS_DIR]     (default: the directory above this script)

Every <name>.txt under CORPUS_DIR/<folder>/ must have a <name>.ann (and the other way round).
Offsets are Unicode code point offsets into the .txt read as UTF-8 (what brat uses).
Checked:
  * T lines: known type; fragments "start end[;start end...]" inside the text, ordered,
    not overlapping, not empty; the surface text equals the fragments' text joined by one space
  * flat entities: person/location/organization spans do not overlap each other, and role
    spans do not overlap them
  * R lines: known relation, both arguments exist and have the right types
      role        person -> role          affiliation  person -> organization|location
      speaker     quote  -> person        cue          quote  -> cue
  * every quote has exactly one cue relation, at most one speaker and exactly one
    "A<n> kind T<quote> direct|indirect"; every role span and cue span is used by a relation;
    a person has at most one role and one affiliation relation, and affiliation needs a role
  * "*<TAB>Coref T.. T.." lists at least two persons, and no person is in two clusters
Exit status 1 if anything is wrong (each problem is printed), 0 otherwise.
"""
import collections
import os
import re
import sys

TYPES = ("person", "location", "organization", "role", "quote", "cue")
ENTITY = {"person", "location", "organization"}
RELATIONS = {
    "role": ({"person"}, {"role"}),
    "affiliation": ({"person"}, {"organization", "location"}),
    "speaker": ({"quote"}, {"person", "organization", "location"}),
    "cue": ({"quote"}, {"cue"}),
}
T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$")
R_LINE = re.compile(r"^(R\d+)\t(\S+) Arg1:(T\d+) Arg2:(T\d+)$")
A_LINE = re.compile(r"^(A\d+)\t(\S+) (T\d+) (\S+)$")
C_LINE = re.compile(r"^\*\tCoref((?: T\d+)+)$")


def check_file(txt_path, ann_path, counts, errors):
    def err(lineno, msg):
        errors.append("%s:%s: %s" % (ann_path, lineno, msg))

    with open(txt_path, encoding="utf-8", newline="") as f:
        text = f.read()
    spans = {}        # id -> (type, [(a, b), ...])
    rels = []         # (lineno, id, name, arg1, arg2)
    attrs = []        # (lineno, id, name, target, value)
    corefs = []       # (lineno, [ids])
    seen_ids = set()
    with open(ann_path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines, 1):
        if line.startswith("T"):
            m = T_LINE.match(line)
            if not m:
                err(n, "malformed T line: %r" % line)
                continue
            tid, typ, offs, surf = m.groups()
            if typ not in TYPES:
                err(n, "unknown type %r" % typ)
            frags = [tuple(int(x) for x in fr.split()) for fr in offs.split(";")]
            ok = True
            prev_end = -1
            for a, b in frags:
                if not (0 <= a < b <= len(text)):
                    err(n, "%s fragment %d-%d outside the text (length %d) or empty" % (tid, a, b, len(text)))
                    ok = False
                if a < prev_end:
                    err(n, "%s fragments overlap or are out of order" % tid)
                    ok = False
                prev_end = b
            if ok:
                want = " ".join(text[a:b] for a, b in frags)
                if want != surf:
                    err(n, "%s surface %r != text %r" % (tid, surf, want))
            if tid in seen_ids:
                err(n, "duplicate id %s" % tid)
            seen_ids.add(tid)
            spans[tid] = (typ, frags)
        elif line.startswith("R"):
            m = R_LINE.match(line)
            if not m:
                err(n, "malformed R line: %r" % line)
                continue
            rid = m.group(1)
            if rid in seen_ids:
                err(n, "duplicate id %s" % rid)
            seen_ids.add(rid)
            rels.append((n,) + m.groups())
        elif line.startswith("A"):
            m = A_LINE.match(line)
            if not m:
                err(n, "malformed A line: %r" % line)
                continue
            aid = m.group(1)
            if aid in seen_ids:
                err(n, "duplicate id %s" % aid)
            seen_ids.add(aid)
            attrs.append((n,) + m.groups())
        elif line.startswith("*"):
            m = C_LINE.match(line)
            if not m:
                err(n, "malformed equivalence line: %r" % line)
                continue
            corefs.append((n, m.group(1).split()))
        else:
            err(n, "unknown line: %r" % line)

    # flat entity layer
    flat = sorted((fr[0][0], fr[-1][1], tid, typ) for tid, (typ, fr) in spans.items() if typ in ENTITY)
    for (a1, b1, t1, _), (a2, b2, t2, _) in zip(flat, flat[1:]):
        if a2 < b1:
            err("-", "entities %s and %s overlap" % (t1, t2))
    for tid, (typ, fr) in spans.items():
        if typ == "role":
            for a, b, t2, _ in flat:
                if a < fr[0][1] and fr[0][0] < b:
                    err("-", "role %s overlaps entity %s" % (tid, t2))

    per_quote = collections.defaultdict(lambda: collections.Counter())
    used = set()
    per_person = collections.defaultdict(collections.Counter)
    for n, rid, name, a1, a2 in rels:
        if name not in RELATIONS:
            err(n, "unknown relation %r" % name)
            continue
        t1, t2 = RELATIONS[name]
        for arg, allowed in ((a1, t1), (a2, t2)):
            if arg not in spans:
                err(n, "%s argument %s does not exist" % (rid, arg))
            elif spans[arg][0] not in allowed:
                err(n, "%s argument %s is a %s, expected %s" % (rid, arg, spans[arg][0], "/".join(sorted(allowed))))
        if name in ("speaker", "cue"):
            per_quote[a1][name] += 1
        else:
            per_person[a1][name] += 1
        used.add(a2)
        counts["rel:" + name] += 1
    for n, aid, name, target, value in attrs:
        if name != "kind":
            err(n, "unknown attribute %r" % name)
            continue
        if target not in spans or spans[target][0] != "quote":
            err(n, "%s target %s is not a quote" % (aid, target))
            continue
        if value not in ("direct", "indirect"):
            err(n, "%s value %r is not direct|indirect" % (aid, value))
        per_quote[target]["kind"] += 1
        counts["quote:" + value] += 1
    for tid, (typ, fr) in spans.items():
        if typ == "quote":
            c = per_quote[tid]
            if c["cue"] != 1:
                err("-", "quote %s has %d cue relations" % (tid, c["cue"]))
            if c["speaker"] > 1:
                err("-", "quote %s has %d speakers" % (tid, c["speaker"]))
            if c["kind"] != 1:
                err("-", "quote %s has %d kind attributes" % (tid, c["kind"]))
            if c["speaker"]:
                counts["quote:with speaker"] += 1
            if len(fr) > 1:
                counts["quote:discontinuous"] += 1
        if typ in ("role", "cue") and tid not in used:
            err("-", "%s %s is not used by any relation" % (typ, tid))
        counts[typ] += 1
    for pid, c in per_person.items():
        if c["role"] > 1 or c["affiliation"] > 1:
            err("-", "person %s has %d roles, %d affiliations" % (pid, c["role"], c["affiliation"]))
        if c["affiliation"] and not c["role"]:
            err("-", "person %s has an affiliation but no role" % pid)
    in_cluster = {}
    for n, ids in corefs:
        if len(ids) < 2:
            err(n, "coreference cluster with fewer than two mentions")
        for i in ids:
            if i not in spans or spans[i][0] != "person":
                err(n, "coreference member %s is not a person" % i)
            if i in in_cluster:
                err(n, "%s is in two clusters" % i)
            in_cluster[i] = n
        counts["coref clusters"] += 1


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    errors = []
    table = collections.OrderedDict()
    for folder in sorted(os.listdir(corpus)):
        fdir = os.path.join(corpus, folder)
        if not os.path.isdir(fdir) or folder in ("tools", "licences"):
            continue
        names = sorted(os.listdir(fdir))
        txts = {x[:-4] for x in names if x.endswith(".txt")}
        anns = {x[:-4] for x in names if x.endswith(".ann")}
        if not txts and not anns:
            continue
        for missing in sorted(txts - anns):
            errors.append("%s/%s.txt has no .ann" % (folder, missing))
        for missing in sorted(anns - txts):
            errors.append("%s/%s.ann has no .txt" % (folder, missing))
        counts = collections.Counter()
        counts["documents"] = len(txts & anns)
        for base in sorted(txts & anns):
            check_file(os.path.join(fdir, base + ".txt"), os.path.join(fdir, base + ".ann"), counts, errors)
        table[folder] = counts
    keys = ["documents", "person", "location", "organization", "role", "quote", "cue",
            "quote:direct", "quote:indirect", "quote:with speaker", "quote:discontinuous",
            "rel:role", "rel:affiliation", "rel:speaker", "rel:cue", "coref clusters"]
    width = max([len(f) for f in table] + [5])
    print("%-22s" % "" + "".join("%*s" % (width + 2, f) for f in table) + "%*s" % (width + 2, "total"))
    for k in keys:
        vals = [table[f][k] for f in table]
        print("%-22s" % k + "".join("%*d" % (width + 2, v) for v in vals) + "%*d" % (width + 2, sum(vals)))
    for e in errors:
        print("ERROR " + e, file=sys.stderr)
    if errors:
        print("%d problem(s)" % len(errors), file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
