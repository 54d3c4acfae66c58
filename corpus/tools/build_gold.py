#!/usr/bin/env python3
"""Regenerate the .ann files from tools/specs/*.py (all, or those whose name contains an argument)."""
import glob
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import goldlib  # noqa: E402

CORPUS = os.path.dirname(HERE)


def main():
    specs = sorted(glob.glob(os.path.join(HERE, "specs", "*.py")))
    if len(sys.argv) > 1:
        specs = [s for s in specs if any(a in os.path.basename(s) for a in sys.argv[1:])]
    for spec in specs:
        ns = {"Doc": lambda rel: goldlib.Doc(CORPUS, rel), "__file__": spec}
        with open(spec, encoding="utf-8") as f:
            exec(compile(f.read(), spec, "exec"), ns)


if __name__ == "__main__":
    main()
