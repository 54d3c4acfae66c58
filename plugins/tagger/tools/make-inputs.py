#!/usr/bin/env python3
"""Builds the tagger's unlabelled text and name lists from the shared data.

usage: make-inputs.py SHARED_DATA_DIR OUT_DIR

Writes OUT_DIR/raw-id.txt, raw-en.txt (one paragraph a line: Indonesian news
from IndoSum, English news from PolNeAR's train split) and
gaz-person.txt, gaz-location.txt, gaz-organization.txt (one name a line:
DBpedia-ID MDEE lists, Indonesian regions, country names).  The trainer only
counts words in them (how often a word is capitalised mid-sentence, how
often it occurs in names of each type, which words are frequent enough to
get vectors); none of the text is shipped.  Detik-1000 is left out on
purpose: it is the unseen text the tagging speed is measured on.
"""
import csv
import glob
import json
import os
import sys

csv.field_size_limit(1 << 30)


def latin_or_utf8(path):
    data = open(path, 'rb').read()
    try:
        return data.decode('utf-8')
    except UnicodeDecodeError:
        return data.decode('latin-1')


def main():
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, 'raw-id.txt'), 'w', encoding='utf-8') as f:
        seen = set()
        for path in sorted(glob.glob(os.path.join(src, 'raw-id/indosum-dev/*.jsonl'))):
            for line in open(path, encoding='utf-8'):
                rec = json.loads(line)
                if rec['id'] in seen:
                    continue
                seen.add(rec['id'])
                for para in rec['paragraphs']:
                    f.write(' '.join(' '.join(sent) for sent in para) + '\n')
    with open(os.path.join(out, 'raw-en.txt'), 'w', encoding='utf-8') as f:
        for path in sorted(glob.glob(os.path.join(src, 'en/polnear/train/text/*'))):
            for para in latin_or_utf8(path).splitlines():
                if para.strip():
                    f.write(para.strip() + '\n')
    gaz = os.path.join(src, 'gazetteers')
    names = {'person': [], 'location': [], 'organization': []}
    for kind, file in (('person', 'person.txt'), ('location', 'place.txt'), ('organization', 'organization.txt')):
        names[kind] += latin_or_utf8(os.path.join(gaz, 'dbpedia-id-mdee', file)).splitlines()
    for path in sorted(glob.glob(os.path.join(gaz, 'wilayah-cahyadsn/derived_level*.tsv'))):
        for line in open(path, encoding='utf-8'):
            cols = line.rstrip('\n').split('\t')
            if len(cols) >= 2:
                names['location'].append(cols[1])
    for path in sorted(glob.glob(os.path.join(gaz, 'country-names-umpirsky/country_*.csv'))):
        for row in csv.DictReader(open(path, encoding='utf-8', newline='')):
            names['location'].append(row['value'])
    for kind, lines in names.items():
        with open(os.path.join(out, 'gaz-%s.txt' % kind), 'w', encoding='utf-8') as f:
            for name in lines:
                name = name.strip()
                if name:
                    f.write(name + '\n')


if __name__ == '__main__':
    main()
