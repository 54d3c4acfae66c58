/*
 * bench/bench_tokenize.c — tokenizer + sentence splitter throughput.
 *
 *   cc -O2 -std=c11 -D_POSIX_C_SOURCE=200809L -Icore -Iinclude -I<build>/core/generated \
 *      bench/bench_tokenize.c -L<build>/core -lwarta_static -lutf8proc -lcjson -lltdl -lpthread -lm
 *   ./a.out [-r ROUNDS] [-d] FILE...
 *
 * The files are concatenated (one blank line between them) and tokenized as
 * one document per file (-d) or as one big document, ROUNDS times; the
 * best round is reported in MB/s.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "text.h"

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    int rounds = 20, per_file = 0, first = 1;
    size_t len = 0, cap = 1 << 20, n_docs = 0;
    size_t *bounds = NULL;
    char *text = malloc(cap);
    for (; first < argc && argv[first][0] == '-'; first++) {
        if (strcmp(argv[first], "-r") == 0 && first + 1 < argc)
            rounds = atoi(argv[++first]);
        else if (strcmp(argv[first], "-d") == 0)
            per_file = 1;
    }
    if (first >= argc || !text) {
        fprintf(stderr, "usage: %s [-r ROUNDS] [-d] FILE...\n", argv[0]);
        return 2;
    }
    bounds = calloc((size_t)(argc - first) + 1, sizeof *bounds);
    for (int a = first; a < argc; a++) {
        FILE *f = fopen(argv[a], "rb");
        if (!f) {
            perror(argv[a]);
            return 1;
        }
        size_t n;
        do {
            if (cap - len < 65536) {
                cap *= 2;
                text = realloc(text, cap);
                if (!text)
                    return 1;
            }
            n = fread(text + len, 1, cap - len, f);
            len += n;
        } while (n > 0);
        fclose(f);
        bounds[++n_docs] = len;
    }
    size_t bad;
    if (warta_utf8__validate(text, len, &bad) != WARTA_OK) {
        fprintf(stderr, "invalid UTF-8 at byte %zu\n", bad);
        return 1;
    }
    double best = 1e30;
    uint64_t tokens = 0, sentences = 0;
    for (int r = 0; r < rounds; r++) {
        double t0 = now_s();
        tokens = sentences = 0;
        size_t docs = per_file ? n_docs : 1;
        for (size_t d = 0; d < docs; d++) {
            size_t a = per_file ? bounds[d] : 0, b = per_file ? bounds[d + 1] : len;
            warta_tokens tk;
            if (warta_tokens__build(text + a, b - a, &tk) != WARTA_OK)
                return 1;
            tokens += tk.n_tokens;
            sentences += tk.n_sentences;
            warta_tokens__free(&tk);
        }
        double t = now_s() - t0;
        if (t < best)
            best = t;
    }
    printf("%zu bytes, %llu tokens, %llu sentences: best of %d rounds %.2f ms = %.1f MB/s\n", len,
           (unsigned long long)tokens, (unsigned long long)sentences, rounds, best * 1e3, (double)len / best / 1e6);
    free(bounds);
    free(text);
    return 0;
}
