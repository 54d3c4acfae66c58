/*
 * train.c — warta-train-tagger: trains the tagger's averaged perceptron on
 * token files and writes the model file; also scores a model on token files
 * and times it on plain text.  See README.md for the command that made the
 * shipped model.
 *
 * Training is the structured perceptron over each run of candidate tokens
 * (the same runs the plugin decodes), with weight averaging, optionally
 * averaged again over several shuffles (--runs).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "train.h"

#define MAX_FILES 32

typedef struct options {
    const char *out, *model, *speed, *record;
    const char *train[MAX_FILES], *dev[MAX_FILES], *eval[MAX_FILES], *raw[MAX_FILES], *names[MAX_FILES];
    int n_train, n_dev, n_eval, n_raw, n_names;
    const char *lang_domain[2];          /* for "id", "en" */
    int epochs, verbose, runs;
    uint32_t vocab_min;
    uint32_t bits;
    float prune, conf_a, conf_b;
    uint64_t seed;
} options;

static void usage(FILE *f)
{
    fputs("usage: warta-train-tagger --out MODEL --train FILE... [--dev FILE...] [--raw TEXT...]\n"
          "                          [--names TYPE=LIST...] [--lang-domain LANG=DOMAIN...]\n"
          "                          [--epochs N] [--runs R] [--bits B] [--prune X] [--seed S]\n"
          "                          [--vocab-min N] [--conf A,B]\n"
          "       warta-train-tagger --model MODEL --eval FILE... [-v] [-v]\n"
          "       warta-train-tagger --model MODEL --speed TEXTFILE[@DOMAIN]\n"
          "       warta-train-tagger --record-scales MODEL   (done by --out; for a model written without)\n"
          "FILE: one token a line, the tag in the last column (TAB or space separated), a blank\n"
          "      line between sentences (NERGrit, IndoLEM, idner-news-2k, CoNLL-2003, NERP);\n"
          "      FILE@DOMAIN names the data set whose conventions its sentences follow;\n"
          "      FILE@DOMAIN+lower says the file is all lower case.\n"
          "TEXT: plain UTF-8 text (capitalisation statistics); LIST: one name a line, TYPE person,\n"
          "      location or organization.  LANG=DOMAIN: the domain the plugin follows for\n"
          "      documents in LANG (id, en).\n",
          f);
}

static uint64_t rng_next(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

/* "FILE@NAME[+lower]": the file, its domain number (registered in m on
 * first sight when `add`), and whether it is all lower case.  Returns the
 * domain, 0 for none, -1 when unknown or too many. */
static int split_spec(const char *spec, warta_tagger_model *m, int add, char *path, size_t size, int *lower)
{
    const char *at = strrchr(spec, '@');
    size_t n = at ? (size_t)(at - spec) : strlen(spec);
    if (n >= size)
        n = size - 1;
    memcpy(path, spec, n);
    path[n] = '\0';
    *lower = 0;
    if (!at)
        return 0;
    char name[32];
    size_t nl = strcspn(at + 1, "+");
    if (nl == 0 || nl >= sizeof name)
        return -1;
    memcpy(name, at + 1, nl);
    name[nl] = '\0';
    *lower = strcmp(at + 1 + nl, "+lower") == 0;
    int d = warta_tagger_model_domain(m, name);
    if (d < 0 && add && m->n_domains + 1 < TG_MAX_DOMAINS) {
        d = (int)++m->n_domains;
        strcpy(m->domain_name[d], name);
    }
    return d;
}

typedef struct trainer {
    uint32_t bits, mask;
    const warta_tagger_model *model;   /* word classes */
    float *w;        /* [slots][TG_NL] */
    double *u;       /* sum of c * update, for averaging */
    float tw[TG_NL * TG_NL];
    double tu[TG_NL * TG_NL];
    double c;
} trainer;

#define FEATS_PER_TOKEN (TG_MAX_FEATS * (1 + TG_NOFF))

static void update(trainer *tr, const uint32_t *f, uint32_t nf, int label, float d)
{
    for (uint32_t k = 0; k < nf; k++) {
        tr->w[(size_t)f[k] * TG_NL + label] += d;
        tr->u[(size_t)f[k] * TG_NL + label] += tr->c * d;
    }
}

static void update_trans(trainer *tr, int p, int c, float d)
{
    tr->tw[p * TG_NL + c] += d;
    tr->tu[p * TG_NL + c] += tr->c * d;
}

typedef struct seg_buf {
    uint32_t *feats;     /* [n][FEATS_PER_TOKEN] */
    uint32_t *nf;
    float *emit;
    int32_t *work;
    uint8_t *pred;
    tg_tok *info;
    uint32_t cap;
} seg_buf;

static void seg_free(seg_buf *b)
{
    free(b->feats), free(b->nf), free(b->emit), free(b->work), free(b->pred), free(b->info);
    memset(b, 0, sizeof *b);
}

static int seg_reserve(seg_buf *b, uint32_t n)
{
    if (n <= b->cap)
        return 0;
    seg_free(b);
    b->cap = n * 2;
    b->feats = malloc((size_t)b->cap * FEATS_PER_TOKEN * sizeof *b->feats);
    b->nf = malloc((size_t)b->cap * sizeof *b->nf);
    b->emit = malloc((size_t)b->cap * TG_NL * sizeof *b->emit);
    b->work = malloc((size_t)b->cap * TG_NL * sizeof *b->work);
    b->pred = malloc(b->cap);
    b->info = malloc((size_t)b->cap * sizeof *b->info);
    return b->feats && b->nf && b->emit && b->work && b->pred && b->info ? 0 : -1;
}

/* One perceptron step on one sentence; returns the tokens it got wrong. */
static long train_sentence(trainer *tr, const tr_sent *s, seg_buf *b)
{
    tg_input in = {s->text, s->toks.tokens, s->toks.n_tokens, s->domain, 0};
    warta_tagger_prepare(tr->model, &in, b->info);
    long wrong = 0;
    for (uint32_t i = 0; i < in.n;) {
        if (!b->info[i].cand) {
            i++;
            continue;
        }
        uint32_t a = i;
        do {
            uint32_t *f = b->feats + (size_t)i * FEATS_PER_TOKEN;
            b->nf[i] = warta_tagger_features(&in, b->info, i, tr->mask, f);
            float *e = b->emit + (size_t)i * TG_NL;
            memset(e, 0, TG_NL * sizeof *e);
            for (uint32_t k = 0; k < b->nf[i]; k++)
                for (int c = 0; c < TG_NL; c++)
                    e[c] += tr->w[(size_t)f[k] * TG_NL + c];
            i++;
        } while (i < in.n && b->info[i].cand && !b->info[i].sent_start);
        warta_tagger_viterbi(b->emit + (size_t)a * TG_NL, i - a, tr->tw, b->pred + a, b->work + (size_t)a * TG_NL);
        int differs = 0;
        for (uint32_t t = a; t < i; t++)
            if (b->pred[t] != s->labels[t]) {
                differs = 1;
                wrong++;
                const uint32_t *f = b->feats + (size_t)t * FEATS_PER_TOKEN;
                update(tr, f, b->nf[t], s->labels[t], 1.0f);
                update(tr, f, b->nf[t], b->pred[t], -1.0f);
            }
        if (differs) {
            int gp = TG_O, pp = TG_O;
            for (uint32_t t = a; t <= i; t++) {
                int g = t < i ? s->labels[t] : TG_O, p = t < i ? b->pred[t] : TG_O;
                update_trans(tr, gp, g, 1.0f);
                update_trans(tr, pp, p, -1.0f);
                gp = g;
                pp = p;
            }
        }
    }
    tr->c += 1;
    return wrong;
}

static int load_sets(const char *const *files, int n, warta_tagger_model *m, tr_set *set, const char *what)
{
    for (int i = 0; i < n; i++) {
        char path[4096];
        int lower;
        int domain = split_spec(files[i], m, 1, path, sizeof path, &lower);
        if (domain < 0) {
            fprintf(stderr, "warta-train-tagger: bad domain in '%s'\n", files[i]);
            return -1;
        }
        size_t before = set->n;
        if (tr_read(path, (uint32_t)domain, lower, set) < 0)
            return -1;
        fprintf(stderr, "%s %s: %zu sentences\n", what, files[i], set->n - before);
    }
    return 0;
}

static void report_set(const tr_set *set, const char *what)
{
    fprintf(stderr, "%s: %zu sentences, %ld tokens (%.1f%% candidates), %ld names: %ld cut by the tokenizer, "
            "%ld with a non-candidate token\n", what, set->n, set->tokens,
            set->tokens ? 100.0 * set->candidates / set->tokens : 0.0, set->names, set->misaligned,
            set->not_candidate);
}

static warta_tagger_model *load_model(const char *path)
{
    warta_tagger_model *m;
    char err[512];
    if (warta_tagger_model_load(path, &m, err, sizeof err) != WARTA_OK) {
        fprintf(stderr, "warta-train-tagger: %s\n", err);
        return NULL;
    }
    return m;
}

static int eval_files(const char *model, const char *const *files, int n, int verbose)
{
    warta_tagger_model *m = load_model(model);
    if (!m)
        return 1;
    int rc = 0;
    for (int i = 0; i < n && rc == 0; i++) {
        tr_set set;
        memset(&set, 0, sizeof set);
        char path[4096];
        int lower;
        int domain = split_spec(files[i], m, 0, path, sizeof path, &lower);
        if (domain < 0) {
            fprintf(stderr, "warta-train-tagger: the model has no domain for '%s'\n", files[i]);
            rc = 1;
        } else if (warta_tagger_model_prepare(m, (uint32_t)domain) != WARTA_OK ||
                   tr_read(path, (uint32_t)domain, lower, &set) < 0) {
            rc = 1;
        } else {
            tr_eval(m, &set, files[i], verbose);
        }
        tr_set_free(&set);
    }
    warta_tagger_model_free(m);
    return rc;
}

static char *slurp_text(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *text = NULL;
    long n = -1;
    if (f && fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
        (text = malloc((size_t)n + 1)) && fread(text, 1, (size_t)n, f) == (size_t)n) {
        fclose(f);
        text[n] = '\0';
        *len = (size_t)n;
        size_t bad;
        if (warta_utf8__validate(text, *len, &bad) == WARTA_OK)
            return text;
        fprintf(stderr, "warta-train-tagger: %s: invalid UTF-8 at byte %zu\n", path, bad);
        free(text);
        return NULL;
    }
    perror(path);
    if (f)
        fclose(f);
    free(text);
    return NULL;
}

static int count_span(void *payload, const tg_span *span)
{
    (void)span;
    ++*(long *)payload;
    return 0;
}

/* Tagging speed alone: the text is tokenized once, outside the clock,
 * which counts this thread's CPU time (the machine may be busy). */
static int speed(const char *model, const char *spec)
{
    warta_tagger_model *m = load_model(model);
    if (!m)
        return 1;
    char path[4096];
    int lower;
    int domain = split_spec(spec, m, 0, path, sizeof path, &lower);
    if (!strchr(spec, '@'))
        domain = (int)m->lang_domain[0];
    size_t len;
    char *text = domain < 0 ? NULL : slurp_text(path, &len);
    warta_tokens toks;
    struct timespec t0, t1;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0);
    if (!text || warta_tagger_model_prepare(m, (uint32_t)domain) != WARTA_OK ||
        warta_tokens__build(text, len, &toks) != WARTA_OK) {
        fprintf(stderr, "warta-train-tagger: cannot time '%s'\n", spec);
        free(text);
        warta_tagger_model_free(m);
        return 1;
    }
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t1);
    double vec_secs = (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
    tg_input in = {text, toks.tokens, toks.n_tokens, (uint32_t)domain, 0};
    tg_scratch scratch;
    memset(&scratch, 0, sizeof scratch);
    long names = 0;
    int rounds = 0;
    double secs = 0, best = 1e30;
    do {
        names = 0;
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0);
        warta_tagger_run(m, &in, &scratch, count_span, &names);
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t1);
        double s = (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
        best = s < best ? s : best;
        secs += s;
        rounds++;
    } while (secs < 2.0);
    /* the fastest round is the one least disturbed by other processes */
    printf("%s: %zu bytes, %u tokens, %ld names; tagging %.1f MB/s best, %.1f MB/s mean (%d rounds, CPU time, "
           "tokenizing excluded; model vectors + tokenizing %.0f ms)\n",
           path, len, toks.n_tokens, names, (double)len / best / 1e6, (double)len * rounds / secs / 1e6, rounds,
           vec_secs * 1e3);
    warta_tagger_scratch_free(&scratch);
    warta_tokens__free(&toks);
    free(text);
    warta_tagger_model_free(m);
    return 0;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* The shapes of the training tokens seen twice or more, for the model's
 * tables (a shape seen once is looked up the slow way). */
static int collect_shapes(warta_tagger_model *cm, const tr_set *train)
{
    size_t n = 0;
    for (size_t i = 0; i < train->n; i++)
        n += train->s[i].toks.n_tokens;
    uint64_t *all[2] = {malloc((n + 1) * sizeof(uint64_t)), malloc((n + 1) * sizeof(uint64_t))};
    int rc = -1;
    if (!all[0] || !all[1])
        goto done;
    size_t k = 0;
    for (size_t i = 0; i < train->n; i++) {
        const tr_sent *s = &train->s[i];
        for (uint32_t t = 0; t < s->toks.n_tokens; t++, k++) {
            const warta_token *tk = &s->toks.tokens[t];
            int caps = (tk->flags & WARTA_TOK_ALLCAPS) ? 2 : (tk->flags & WARTA_TOK_CAPITAL) ? 1 : 0;
            warta_tagger_shapes(s->text + tk->start, tk->end - tk->start, caps, &all[0][k], &all[1][k]);
        }
    }
    for (int p = 0; p < 2; p++) {
        qsort(all[p], n, sizeof(uint64_t), cmp_u64);
        size_t w = 0;
        for (size_t r = 0; r < n;) {
            size_t e = r;
            while (e < n && all[p][e] == all[p][r])
                e++;
            if (e - r >= 2)
                all[p][w++] = all[p][r];
            r = e;
        }
        if (warta_tagger_model_set_shapes(cm, p, all[p], (uint32_t)w) != WARTA_OK)
            goto done;
    }
    fprintf(stderr, "shapes: %u collapsed, %u plain\n", cm->n_shapes[0], cm->n_shapes[1]);
    rc = 0;
done:
    free(all[0]);
    free(all[1]);
    return rc;
}

/* Word classes from the plain texts, the name lists and the training
 * sentences themselves; the vocabulary from the training sentences. */
static int build_words(warta_tagger_model *cm, const options *o, const tr_set *train)
{
    static const char *const types[TG_NTYPES] = {"person", "location", "organization"};
    tr_classes *cls = tr_classes_new(o->vocab_min);
    int rc = -1;
    if (!cls)
        goto done;
    for (int i = 0; i < o->n_raw; i++) {
        size_t len;
        char *text = slurp_text(o->raw[i], &len);
        int bad = !text || tr_classes_count_text(cls, text, len) < 0;
        free(text);
        if (bad)
            goto done;
    }
    for (size_t i = 0; i < train->n; i++)
        if (tr_classes_count_text(cls, train->s[i].text, train->s[i].len) < 0)
            goto done;
    for (int i = 0; i < o->n_names; i++) {
        const char *eq = strchr(o->names[i], '=');
        int type = -1;
        for (int t = 0; t < TG_NTYPES && eq; t++)
            if (strlen(types[t]) == (size_t)(eq - o->names[i]) &&
                strncmp(o->names[i], types[t], (size_t)(eq - o->names[i])) == 0)
                type = t;
        if (type < 0) {
            fprintf(stderr, "warta-train-tagger: --names wants person=FILE, location=FILE or organization=FILE\n");
            goto done;
        }
        size_t len;
        char *text = slurp_text(eq + 1, &len);
        int bad = !text || tr_classes_count_names(cls, text, len, type) < 0;
        free(text);
        if (bad)
            goto done;
    }
    uint32_t n_begin, n_inside;
    if (tr_classes_count_connectors(cls, train) < 0 || tr_classes_add_vocab(cls, train) < 0 ||
        tr_classes_apply(cls, cm, &n_begin, &n_inside) < 0)
        goto done;
    fprintf(stderr, "words: %u (%u with vectors), %u begin names, %u join names\n", cm->n_words, cm->n_vocab,
            n_begin, n_inside);
    rc = 0;
done:
    if (rc)
        fprintf(stderr, "warta-train-tagger: cannot build the word classes\n");
    tr_classes_free(cls);
    return rc;
}

static int parse_args(int argc, char **argv, options *o)
{
    memset(o, 0, sizeof *o);
    o->epochs = 10;
    o->runs = 1;
    o->vocab_min = 3;
    o->bits = 21;
    o->prune = 1.0f;
    /* P(name right | margin) = 1 / (1 + exp(-(a margin + b))), a logistic fit
     * to the margins of the shipped model's names on the three dev sets */
    o->conf_a = 0.02f;
    o->conf_b = 1.33f;
    o->seed = 12345;
    const char **list = NULL;
    int *count = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            exit(0);
        } else if (strcmp(a, "-v") == 0) {
            o->verbose++;
        } else if (strcmp(a, "--train") == 0) {
            list = o->train, count = &o->n_train;
        } else if (strcmp(a, "--dev") == 0) {
            list = o->dev, count = &o->n_dev;
        } else if (strcmp(a, "--eval") == 0) {
            list = o->eval, count = &o->n_eval;
        } else if (strcmp(a, "--raw") == 0) {
            list = o->raw, count = &o->n_raw;
        } else if (strcmp(a, "--names") == 0) {
            list = o->names, count = &o->n_names;
        } else if (a[0] == '-' && a[1] == '-' && !v) {
            fprintf(stderr, "warta-train-tagger: %s needs a value\n", a);
            return -1;
        } else if (strcmp(a, "--lang-domain") == 0) {
            i++;
            if (strncmp(v, "id=", 3) == 0)
                o->lang_domain[0] = v + 3;
            else if (strncmp(v, "en=", 3) == 0)
                o->lang_domain[1] = v + 3;
            else
                return -1;
        } else if (strcmp(a, "--out") == 0) {
            o->out = argv[++i];
        } else if (strcmp(a, "--record-scales") == 0) {
            o->record = argv[++i];
        } else if (strcmp(a, "--model") == 0) {
            o->model = argv[++i];
        } else if (strcmp(a, "--speed") == 0) {
            o->speed = argv[++i];
        } else if (strcmp(a, "--vocab-min") == 0) {
            o->vocab_min = (uint32_t)atoi(argv[++i]);
        } else if (strcmp(a, "--runs") == 0) {
            o->runs = atoi(argv[++i]);
        } else if (strcmp(a, "--epochs") == 0) {
            o->epochs = atoi(argv[++i]);
        } else if (strcmp(a, "--bits") == 0) {
            o->bits = (uint32_t)atoi(argv[++i]);
        } else if (strcmp(a, "--conf") == 0) {
            if (sscanf(argv[++i], "%f,%f", &o->conf_a, &o->conf_b) != 2)
                return -1;
        } else if (strcmp(a, "--prune") == 0) {
            o->prune = (float)atof(argv[++i]);
        } else if (strcmp(a, "--seed") == 0) {
            o->seed = strtoull(argv[++i], NULL, 10) | 1;
        } else if (a[0] != '-' && list && *count < MAX_FILES) {
            list[(*count)++] = a;
        } else {
            fprintf(stderr, "warta-train-tagger: unexpected '%s'\n", a);
            return -1;
        }
    }
    if (o->bits < 16 || o->bits > 26 || o->epochs < 1 || o->runs < 1)
        return -1;
    return 0;
}

/* Trains o->runs perceptrons over different shuffles into tr->w/tw, their
 * average (less dependence on one order of the sentences). */
static int train_runs(trainer *tr, const options *o, const tr_set *train)
{
    size_t slots = (size_t)1 << tr->bits;
    float *sum_w = o->runs > 1 ? calloc(slots * TG_NL, sizeof *sum_w) : NULL;
    float sum_tw[TG_NL * TG_NL] = {0};
    size_t *order = malloc((train->n + 1) * sizeof *order);
    seg_buf b;
    memset(&b, 0, sizeof b);
    int rc = -1;
    if ((o->runs > 1 && !sum_w) || !order)
        goto done;
    uint64_t rng = o->seed;
    for (int run = 0; run < o->runs; run++) {
        memset(tr->w, 0, slots * TG_NL * sizeof *tr->w);
        memset(tr->u, 0, slots * TG_NL * sizeof *tr->u);
        memset(tr->tw, 0, sizeof tr->tw);
        memset(tr->tu, 0, sizeof tr->tu);
        tr->c = 1;
        for (size_t i = 0; i < train->n; i++)
            order[i] = i;
        for (int ep = 0; ep < o->epochs; ep++) {
            for (size_t i = train->n; i > 1; i--) {
                size_t j = rng_next(&rng) % i, t = order[i - 1];
                order[i - 1] = order[j];
                order[j] = t;
            }
            long wrong = 0;
            for (size_t i = 0; i < train->n; i++) {
                const tr_sent *s = &train->s[order[i]];
                if (seg_reserve(&b, s->toks.n_tokens + 1) < 0)
                    goto done;
                wrong += train_sentence(tr, s, &b);
            }
            fprintf(stderr, "run %d epoch %d: %ld candidate tokens wrong\n", run + 1, ep + 1, wrong);
        }
        /* averaged weights: w - u / c */
        for (size_t k = 0; k < slots * TG_NL; k++)
            tr->w[k] -= (float)(tr->u[k] / tr->c);
        for (int k = 0; k < TG_NL * TG_NL; k++)
            tr->tw[k] -= (float)(tr->tu[k] / tr->c);
        if (sum_w) {
            for (size_t k = 0; k < slots * TG_NL; k++)
                sum_w[k] += tr->w[k] / (float)o->runs;
            for (int k = 0; k < TG_NL * TG_NL; k++)
                sum_tw[k] += tr->tw[k] / (float)o->runs;
        }
    }
    if (sum_w) {
        memcpy(tr->w, sum_w, slots * TG_NL * sizeof *tr->w);
        memcpy(tr->tw, sum_tw, sizeof tr->tw);
    }
    rc = 0;
done:
    if (rc)
        fprintf(stderr, "warta-train-tagger: out of memory\n");
    free(sum_w);
    free(order);
    seg_free(&b);
    return rc;
}

int main(int argc, char **argv)
{
    options o;
    if (parse_args(argc, argv, &o) < 0) {
        usage(stderr);
        return 2;
    }
    if (o.record)
        return tr_record_scales(o.record) == WARTA_OK ? 0 : 1;
    if (o.model && o.n_eval)
        return eval_files(o.model, o.eval, o.n_eval, o.verbose);
    if (o.model && o.speed)
        return speed(o.model, o.speed);
    if (!o.out || !o.n_train) {
        usage(stderr);
        return 2;
    }
    warta_tagger_model *cm = warta_tagger_model_new(o.bits);
    tr_set train, dev;
    memset(&train, 0, sizeof train);
    memset(&dev, 0, sizeof dev);
    if (!cm || load_sets(o.train, o.n_train, cm, &train, "train") < 0 ||
        load_sets(o.dev, o.n_dev, cm, &dev, "dev") < 0)
        return 1;
    for (int l = 0; l < 2; l++) {
        int d = o.lang_domain[l] ? warta_tagger_model_domain(cm, o.lang_domain[l]) : 0;
        if (d < 0) {
            fprintf(stderr, "warta-train-tagger: no training file has domain '%s'\n", o.lang_domain[l]);
            return 2;
        }
        cm->lang_domain[l] = (uint32_t)d;
    }
    if (dev.n) {
        size_t dropped = tr_drop_overlap(&train, &dev);
        fprintf(stderr, "dropped %zu training sentences that are also in the dev files\n", dropped);
    }
    /* the word classes first: they decide the candidates */
    if (build_words(cm, &o, &train) < 0 || collect_shapes(cm, &train) < 0)
        return 1;
    tr_finish(&train, cm);
    tr_finish(&dev, cm);
    report_set(&train, "train");
    if (dev.n)
        report_set(&dev, "dev");
    trainer tr;
    memset(&tr, 0, sizeof tr);
    tr.model = cm;
    tr.bits = o.bits;
    tr.mask = cm->mask;
    size_t slots = (size_t)1 << o.bits;
    tr.w = calloc(slots * TG_NL, sizeof *tr.w);
    tr.u = calloc(slots * TG_NL, sizeof *tr.u);
    if (!tr.w || !tr.u || train_runs(&tr, &o, &train) < 0) {
        fprintf(stderr, "warta-train-tagger: out of memory\n");
        return 1;
    }
    uint32_t kept = 0;
    tr_model_out mo = {cm, tr.w, tr.tw, o.prune, o.conf_a, o.conf_b};
    if (tr_model_save(o.out, &mo, &kept) != WARTA_OK) {
        perror(o.out);
        return 1;
    }
    if (tr_record_scales(o.out) != WARTA_OK)
        return 1;
    fprintf(stderr, "wrote %s: %u weight rows, %u words\n", o.out, kept, cm->n_words);
    free(tr.w);
    free(tr.u);
    warta_tagger_model_free(cm);
    tr_set_free(&train);
    int rc = 0;
    if (dev.n) {
        tr_set_free(&dev);
        rc = eval_files(o.out, o.dev, o.n_dev, o.verbose);
    }
    return rc;
}
