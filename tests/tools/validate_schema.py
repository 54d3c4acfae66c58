#!/usr/bin/env python3
"""Validates JSONL records against docs/output-schema.json, and checks what a
schema cannot: ids referenced exist and every span's text is text[start:end].
Usage: validate_schema.py SCHEMA FILE.jsonl   (exit 1 on the first bad record)"""
import json
import sys

import jsonschema


def spans(rec):
    for m in rec.get("mentions", []):
        yield "mention " + m["id"], m
    for q in rec.get("quotes", []):
        yield "quote " + q["id"], q
        for c in q["content"]:
            yield "content of " + q["id"], c
        if q["cue"]:
            yield "cue of " + q["id"], q["cue"]
        if q["speaker"] and "start" in q["speaker"]:
            yield "speaker of " + q["id"], q["speaker"]


def check_refs(rec):
    if "error" in rec:
        return
    data = rec["text"].encode("utf-8")
    ents = {e["id"] for e in rec["entities"]}
    ments = {m["id"] for m in rec["mentions"]}
    for e in rec["entities"]:
        assert set(e["mentions"]) <= ments, f"entity {e['id']} lists unknown mentions"
        assert e["affiliation"] is None or e["affiliation"] in ents
    for m in rec["mentions"]:
        assert m["entity"] in ents, f"mention {m['id']} has unknown entity"
        for k in ("affiliation", "parent"):
            assert k not in m or m[k] in ments, f"mention {m['id']} {k} unknown"
    for q in rec["quotes"]:
        sp = q["speaker"]
        if sp:
            assert sp["mention"] is None or sp["mention"] in ments
            assert sp["entity"] is None or sp["entity"] in ents
    for what, s in spans(rec):
        piece = data[s["start"]:s["end"]].decode("utf-8")
        assert len(data[:s["start"]].decode("utf-8")) == s["char_start"], what + " char_start"
        assert len(data[:s["end"]].decode("utf-8")) == s["char_end"], what + " char_end"
        if "text" in s:
            assert s["text"] == piece, f"{what}: {s['text']!r} != {piece!r}"


def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    n = 0
    with open(sys.argv[2], encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            rec = json.loads(line)
            errors = sorted(validator.iter_errors(rec), key=lambda e: list(e.path))
            if errors:
                print(f"line {lineno}: {errors[0].message} at {list(errors[0].path)}")
                return 1
            try:
                check_refs(rec)
            except AssertionError as e:
                print(f"line {lineno}: {e}")
                return 1
            n += 1
    print(f"{n} records valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
