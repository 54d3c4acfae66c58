#!/bin/sh
# Set-up and the main job: installs what is missing, builds warta with its
# plugins (Release), and annotates the bundled corpus into out/corpus.jsonl,
# one JSON record per article.  Usage: sh scripts/annotate-corpus.sh
set -eu
cd "$(dirname "$0")/.."
sh scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$(nproc 2>/dev/null || echo 2)"
mkdir -p out
./build/warta annotate --format jsonl corpus/seeds corpus/dev-id corpus/dev-en >out/corpus.jsonl
echo "== annotated $(wc -l <out/corpus.jsonl) documents into out/corpus.jsonl"
./build/warta plugins
