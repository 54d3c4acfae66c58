/*
 * train.c — warta-train-tagger: trains the tagger's averaged perceptron on
 * token files and writes the model file; also scores a model on token files
 * and times it on raw text.
 *
 *   warta-train-tagger --out tagger.model --train FILE... [--dev FILE...]
 *                      [--epochs N] [--bits B] [--prune X] [--seed S]
 *   warta-train-tagger --model tagger.model --eval FILE... [-v]
 *   warta-train-tagger --model tagger.model --speed TEXTFILE
 *
 * Training is the structured perceptron over each run of candidate tokens
 * (the same runs the plugin decodes), with weight averaging.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "train.h"

typedef struct options {
    const char *out, *model, *speed;
    const char *train[16], *dev[16], *eval[16];
    int n_train, n_dev, n_eval;
    int epochs, verbose;
    uint32_t bits;
    float prune;
    uint64_t seed;
} options;

static void usage(FILE *f)
{
    fputs("usage: warta-train-tagger --out MODEL --train FILE... [--dev FILE...] [--epochs N] [--bits B]\n"
          "                          [--prune X] [--seed S]\n"
          "       warta-train-tagger --model MODEL --eval FILE... [-v]\n"
          "       warta-train-tagger --model MODEL --speed TEXTFILE\n"
          "FILE: one token a line, the tag in the last column (TAB or space separated),\n"
          "      a blank line between sentences (NERGrit, IndoLEM, idner-news-2k, CoNLL-2003).\n",
          f);
}

static uint64_t rng_next(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

typedef struct trainer {
    uint32_t bits, mask;
    float *w;        /* [slots][TG_NL] */
    double *u;       /* sum of c * update, for averaging */
    const warta_tagger_model *model;   /* word classes */
    float tw[TG_NL * TG_NL];
    double tu[TG_NL * TG_NL];
    double c;
} trainer;

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
    uint32_t *feats;     /* [n][TG_MAX_FEATS] */
    uint32_t *nf;
    float *emit;
    int32_t *work;
    uint8_t *pred;
    tg_tok *info;
    uint32_t cap;
} seg_buf;

static int seg_reserve(seg_buf *b, uint32_t n)
{
    if (n <= b->cap)
        return 0;
    free(b->feats), free(b->nf), free(b->emit), free(b->work), free(b->pred), free(b->info);
    b->cap = n * 2;
    b->feats = malloc((size_t)b->cap * TG_MAX_FEATS * sizeof *b->feats);
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
    tg_input in = {s->text, s->toks.tokens, s->toks.n_tokens};
    warta_tagger_prepare(tr->model, &in, b->info);
    long wrong = 0;
    for (uint32_t i = 0; i < in.n;) {
        if (!b->info[i].cand) {
            i++;
            continue;
        }
        uint32_t a = i;
        do {
            uint32_t *f = b->feats + (size_t)i * TG_MAX_FEATS;
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
                const uint32_t *f = b->feats + (size_t)t * TG_MAX_FEATS;
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

static int load_sets(const char *const *files, int n, tr_set *set, const char *what)
{
    for (int i = 0; i < n; i++) {
        size_t before = set->n;
        if (tr_read(files[i], set) < 0)
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

static int eval_files(const char *model, const char *const *files, int n, int verbose)
{
    warta_tagger_model *m;
    char err[512];
    if (warta_tagger_model_load(model, &m, err, sizeof err) != WARTA_OK) {
        fprintf(stderr, "warta-train-tagger: %s\n", err);
        return 1;
    }
    int rc = 0;
    for (int i = 0; i < n && rc == 0; i++) {
        tr_set set;
        memset(&set, 0, sizeof set);
        if (tr_read(files[i], &set) < 0)
            rc = 1;
        else
            tr_eval(m, &set, files[i], verbose);
        tr_set_free(&set);
    }
    warta_tagger_model_free(m);
    return rc;
}

static int count_span(void *payload, const tg_span *span)
{
    (void)span;
    ++*(long *)payload;
    return 0;
}

static int speed(const char *model, const char *path)
{
    warta_tagger_model *m;
    char err[512];
    if (warta_tagger_model_load(model, &m, err, sizeof err) != WARTA_OK) {
        fprintf(stderr, "warta-train-tagger: %s\n", err);
        return 1;
    }
    FILE *f = fopen(path, "rb");
    char *text = NULL;
    long len = -1;
    if (f && fseek(f, 0, SEEK_END) == 0 && (len = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
        (text = malloc((size_t)len + 1)) && fread(text, 1, (size_t)len, f) == (size_t)len) {
        fclose(f);
    } else {
        perror(path);
        if (f)
            fclose(f);
        free(text);
        warta_tagger_model_free(m);
        return 1;
    }
    warta_tokens toks;
    size_t bad;
    if (warta_utf8__validate(text, (size_t)len, &bad) != WARTA_OK ||
        warta_tokens__build(text, (size_t)len, &toks) != WARTA_OK) {
        fprintf(stderr, "warta-train-tagger: %s: not UTF-8 text\n", path);
        free(text);
        warta_tagger_model_free(m);
        return 1;
    }
    tg_input in = {text, toks.tokens, toks.n_tokens};
    tg_scratch scratch;
    memset(&scratch, 0, sizeof scratch);
    long names = 0;
    int rounds = 0;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    double secs = 0;
    do {
        names = 0;
        warta_tagger_run(m, &in, &scratch, count_span, &names);
        rounds++;
        clock_gettime(CLOCK_MONOTONIC, &t1);
        secs = (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
    } while (secs < 2.0);
    printf("%s: %ld bytes, %u tokens, %ld names; tagging %.1f MB/s (%d rounds, tokenizing excluded)\n", path,
           len, toks.n_tokens, names, (double)len * rounds / secs / 1e6, rounds);
    warta_tagger_scratch_free(&scratch);
    warta_tokens__free(&toks);
    free(text);
    warta_tagger_model_free(m);
    return 0;
}

static int parse_args(int argc, char **argv, options *o)
{
    memset(o, 0, sizeof *o);
    o->epochs = 10;
    o->bits = 21;
    o->prune = 0.05f;
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
        } else if (strcmp(a, "--train") == 0 || strcmp(a, "--dev") == 0 || strcmp(a, "--eval") == 0) {
            list = a[2] == 't' ? o->train : a[2] == 'd' ? o->dev : o->eval;
            count = a[2] == 't' ? &o->n_train : a[2] == 'd' ? &o->n_dev : &o->n_eval;
        } else if (a[0] == '-' && a[1] == '-' && !v) {
            fprintf(stderr, "warta-train-tagger: %s needs a value\n", a);
            return -1;
        } else if (strcmp(a, "--out") == 0) {
            o->out = argv[++i];
        } else if (strcmp(a, "--model") == 0) {
            o->model = argv[++i];
        } else if (strcmp(a, "--speed") == 0) {
            o->speed = argv[++i];
        } else if (strcmp(a, "--epochs") == 0) {
            o->epochs = atoi(argv[++i]);
        } else if (strcmp(a, "--bits") == 0) {
            o->bits = (uint32_t)atoi(argv[++i]);
        } else if (strcmp(a, "--prune") == 0) {
            o->prune = (float)atof(argv[++i]);
        } else if (strcmp(a, "--seed") == 0) {
            o->seed = strtoull(argv[++i], NULL, 10) | 1;
        } else if (a[0] != '-' && list && *count < 16) {
            list[(*count)++] = a;
        } else {
            fprintf(stderr, "warta-train-tagger: unexpected '%s'\n", a);
            return -1;
        }
    }
    if (o->bits < 16 || o->bits > 26 || o->epochs < 1)
        return -1;
    return 0;
}

int main(int argc, char **argv)
{
    options o;
    if (parse_args(argc, argv, &o) < 0) {
        usage(stderr);
        return 2;
    }
    if (o.model && o.n_eval)
        return eval_files(o.model, o.eval, o.n_eval, o.verbose);
    if (o.model && o.speed)
        return speed(o.model, o.speed);
    if (!o.out || !o.n_train) {
        usage(stderr);
        return 2;
    }
    tr_set train, dev;
    memset(&train, 0, sizeof train);
    memset(&dev, 0, sizeof dev);
    if (load_sets(o.train, o.n_train, &train, "train") < 0 || load_sets(o.dev, o.n_dev, &dev, "dev") < 0)
        return 1;
    if (dev.n) {
        size_t dropped = tr_drop_overlap(&train, &dev);
        fprintf(stderr, "dropped %zu training sentences that are also in the dev files\n", dropped);
    }
    /* word classes first: they decide the candidates */
    tr_classes *cls = tr_classes_new();
    warta_tagger_model *cm = calloc(1, sizeof *cm);
    uint32_t n_classes = 0, n_begin = 0, n_inside = 0;
    tg_class_entry *classes = NULL;
    if (!cls || !cm || tr_classes_count_connectors(cls, &train) < 0 ||
        !(classes = tr_classes_build(cls, &n_classes, &n_begin, &n_inside)) ||
        warta_tagger_model_set_classes(cm, classes, n_classes) != WARTA_OK) {
        fprintf(stderr, "warta-train-tagger: out of memory\n");
        return 1;
    }
    fprintf(stderr, "word classes: %u words, %u begin names, %u join names\n", n_classes, n_begin, n_inside);
    tr_finish(&train, cm);
    tr_finish(&dev, cm);
    report_set(&train, "train");
    if (dev.n)
        report_set(&dev, "dev");
    trainer tr;
    memset(&tr, 0, sizeof tr);
    tr.model = cm;
    tr.bits = o.bits;
    tr.mask = (uint32_t)((1u << o.bits) - 1);
    size_t slots = (size_t)1 << o.bits;
    tr.w = calloc(slots * TG_NL, sizeof *tr.w);
    tr.u = calloc(slots * TG_NL, sizeof *tr.u);
    size_t *order = malloc(train.n * sizeof *order);
    seg_buf b;
    memset(&b, 0, sizeof b);
    if (!tr.w || !tr.u || !order) {
        fprintf(stderr, "warta-train-tagger: out of memory\n");
        return 1;
    }
    tr.c = 1;
    for (size_t i = 0; i < train.n; i++)
        order[i] = i;
    uint64_t rng = o.seed;
    for (int ep = 0; ep < o.epochs; ep++) {
        for (size_t i = train.n; i > 1; i--) {
            size_t j = rng_next(&rng) % i, t = order[i - 1];
            order[i - 1] = order[j];
            order[j] = t;
        }
        long wrong = 0;
        for (size_t i = 0; i < train.n; i++) {
            const tr_sent *s = &train.s[order[i]];
            if (seg_reserve(&b, s->toks.n_tokens + 1) < 0) {
                fprintf(stderr, "warta-train-tagger: out of memory\n");
                return 1;
            }
            wrong += train_sentence(&tr, s, &b);
        }
        fprintf(stderr, "epoch %d: %ld candidate tokens wrong\n", ep + 1, wrong);
    }
    /* averaged weights: w - u / c */
    for (size_t k = 0; k < slots * TG_NL; k++)
        tr.w[k] -= (float)(tr.u[k] / tr.c);
    for (int k = 0; k < TG_NL * TG_NL; k++)
        tr.tw[k] -= (float)(tr.tu[k] / tr.c);
    uint32_t kept = 0;
    if (warta_tagger_model_save(o.out, o.bits, tr.w, tr.tw, o.prune, 0.5f, 0.0f, classes, n_classes, &kept) !=
        WARTA_OK) {
        perror(o.out);
        return 1;
    }
    fprintf(stderr, "wrote %s: %u weight rows\n", o.out, kept);
    free(tr.w);
    free(tr.u);
    free(classes);
    tr_classes_free(cls);
    warta_tagger_model_free(cm);
    free(order);
    free(b.feats), free(b.nf), free(b.emit), free(b.work), free(b.pred), free(b.info);
    tr_set_free(&train);
    int rc = 0;
    if (dev.n) {
        tr_set_free(&dev);
        rc = eval_files(o.out, o.dev, o.n_dev, o.verbose);
    }
    return rc;
}
