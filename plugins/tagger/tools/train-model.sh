#!/bin/sh
# Rebuilds plugins/tagger/tagger.model from the public data sets.
#
#   sh plugins/tagger/tools/train-model.sh SHARED_DATA_DIR BUILD_DIR [OUT]
#
# SHARED_DATA_DIR holds ner-id/, en/, gazetteers/, raw-id/ (see README.md);
# BUILD_DIR is a configured and built warta build tree (for
# warta-train-tagger); OUT defaults to plugins/tagger/tagger.model.
# Deterministic: the same data and code give the same file.
set -eu
data=$1
build=$2
here=$(cd "$(dirname "$0")/.." && pwd)
out=${3:-$here/tagger.model}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 "$here/tools/make-inputs.py" "$data" "$work"

ng=$data/ner-id/nergrit
idn=$data/ner-id/idner-news-2k
# The two Indonesian cased sets are given twice: they are small next to
# CoNLL-2003 and NERP, and the Indonesian news they stand for is what warta
# reads most.  Dev files only report (and their sentences are dropped from
# the training sets when they occur there too); nothing is chosen on them
# while training.
"$build/warta-train-tagger" --out "$out" \
  --train "$ng/train_preprocess.txt@nergrit" "$ng/train_preprocess.txt@nergrit" \
          "$idn/train.txt@idner" "$idn/train.txt@idner" \
          "$data/en/conll2003/train.txt@conll" \
          "$data/ner-id/nerp/train_preprocess.txt@nerp+lower" \
  --dev "$ng/valid_preprocess.txt@nergrit" "$idn/dev.txt@idner" "$data/en/conll2003/dev.txt@conll" \
  --raw "$work/raw-id.txt" "$work/raw-en.txt" \
  --names "person=$work/gaz-person.txt" "location=$work/gaz-location.txt" \
          "organization=$work/gaz-organization.txt" \
  --lang-domain id=nergrit --lang-domain en=conll \
  --epochs 10 --runs 8
