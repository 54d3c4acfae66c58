/*
 * bench/bench_lexicon.c — lexicon loading and matching alone.
 *
 *   cmake --build BUILD --target bench_lexicon
 *   BUILD/bench/bench_lexicon [-r ROUNDS] LEXICON.tsv... -- TEXT_FILE...
 *   e.g. BUILD/bench/bench_lexicon plugins/[a-z]*[/]*.tsv -- corpus/dev-id/[a-z]*.txt
 *
 * For each lexicon: the time to compile it (best of ROUNDS), its entries,
 * and, over the text (one document per file), the calls a plugin makes when
 * it asks at every token, how many match, and nanoseconds per call (best
 * round).  The figures behind "a
 * lexicon loads in milliseconds" and the cost model of bench/README.md.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lexicon.h"
#include "text.h"

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0, got;
    char *buf = malloc(cap + 1);
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *g = realloc(buf, cap * 2 + 1);
            if (!g) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = g;
            cap *= 2;
        }
    }
    fclose(f);
    if (buf) {
        buf[n] = '\0';
        *len = n;
    }
    return buf;
}

typedef struct doc_tokens {
    char *text;
    warta_tokens tokens;
    warta_doc doc;
} doc_tokens;

int main(int argc, char **argv)
{
    int rounds = 5, first = 1;
    if (argc > 2 && strcmp(argv[1], "-r") == 0) {
        rounds = atoi(argv[2]);
        first = 3;
    }
    int sep = first;
    while (sep < argc && strcmp(argv[sep], "--") != 0)
        sep++;
    if (sep >= argc - 1 || sep == first) {
        fprintf(stderr, "usage: %s [-r ROUNDS] LEXICON.tsv... -- TEXT_FILE...\n", argv[0]);
        return 2;
    }
    size_t n_docs = (size_t)(argc - sep - 1), total_tokens = 0, total_bytes = 0;
    doc_tokens *docs = calloc(n_docs, sizeof *docs);
    for (size_t d = 0; d < n_docs; d++) {
        size_t len = 0;
        docs[d].text = slurp(argv[sep + 1 + (int)d], &len);
        if (!docs[d].text || warta_utf8__validate(docs[d].text, len, NULL) != WARTA_OK ||
            warta_tokens__build(docs[d].text, len, &docs[d].tokens) != WARTA_OK) {
            fprintf(stderr, "%s: cannot read or tokenize\n", argv[sep + 1 + (int)d]);
            return 1;
        }
        warta_doc *doc = &docs[d].doc;
        doc->struct_size = sizeof *doc;
        doc->len = (uint32_t)len;
        doc->text = docs[d].text;
        doc->id = argv[sep + 1 + (int)d];
        doc->lang = "";
        doc->tokens = docs[d].tokens.tokens;
        doc->n_tokens = docs[d].tokens.n_tokens;
        doc->sentences = docs[d].tokens.sentences;
        doc->n_sentences = docs[d].tokens.n_sentences;
        total_tokens += doc->n_tokens;
        total_bytes += len;
    }
    printf("text: %zu documents, %.2f MB, %zu tokens\n\n", n_docs, (double)total_bytes / 1e6,
           total_tokens);
    printf("%-44s %8s %9s %9s %9s %8s\n", "lexicon", "entries", "load ms", "calls", "matched",
           "ns/call");
    double load_total = 0;
    for (int a = first; a < sep; a++) {
        warta_lexicon *lx = NULL;
        char err[512];
        double best_load = 1e9;
        for (int r = 0; r < rounds; r++) {
            warta_lexicon__free(lx);
            lx = NULL;
            double t0 = now_s();
            if (warta_lexicon__load(argv[a], &lx, err, sizeof err) != WARTA_OK) {
                fprintf(stderr, "%s\n", err);
                return 1;
            }
            double t = now_s() - t0;
            if (t < best_load)
                best_load = t;
        }
        load_total += best_load;
        unsigned long matched = 0;
        double best_match = 1e9;
        for (int r = 0; r < rounds; r++) {
            unsigned long m = 0;
            double t0 = now_s();
            for (size_t d = 0; d < n_docs; d++) {
                const warta_doc *doc = &docs[d].doc;
                warta_lexicon__bind_hashes(doc->tokens, doc->n_tokens, docs[d].tokens.key_hashes);
                for (uint32_t t = 0; t < doc->n_tokens; t++)
                    m += warta_lexicon__match(lx, doc, t, NULL) != 0;
                warta_lexicon__bind_hashes(NULL, 0, NULL);
            }
            double t = now_s() - t0;
            if (t < best_match)
                best_match = t;
            matched = m;
        }
        const char *name = strlen(argv[a]) > 44 ? argv[a] + strlen(argv[a]) - 44 : argv[a];
        printf("%-44s %8u %9.2f %9zu %9lu %8.1f\n", name, warta_lexicon__entry_count(lx),
               best_load * 1e3, total_tokens, matched,
               total_tokens ? best_match * 1e9 / (double)total_tokens : 0.0);
        warta_lexicon__free(lx);
    }
    printf("\nall %d lexicons: %.1f ms to load\n", sep - first, load_total * 1e3);
    for (size_t d = 0; d < n_docs; d++) {
        warta_tokens__free(&docs[d].tokens);
        free(docs[d].text);
    }
    free(docs);
    return 0;
}
