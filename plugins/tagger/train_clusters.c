/*
 * train_clusters.c — word clusters from unlabelled text, for the cluster
 * features (tagger_feat.c).
 *
 * A word is described by the words seen right before and right after it
 * (the commonest TR_CL_CONTEXTS words of the texts, one "other" and one
 * "sentence edge"), counts square-rooted and the vector scaled to length 1
 * (a Hellinger-like distance, so a frequent word does not dominate).  The
 * words are then grouped twice by spherical k-means, into a fine and a
 * coarse set of clusters, like two prefix lengths of Brown clusters: words
 * that stand where "Jakarta", "Surabaya" stand, or where "Joko", "Budi"
 * stand, share a cluster whether or not the labelled data has them.  The
 * k most frequent words seed the clusters, and every sum runs in a fixed
 * order, so the same texts give the same clusters.
 *
 * Only vocabulary words (those that get vectors, train_classes.c) with a
 * letter and at least min_count occurrences are clustered, so the plugin
 * never needs a cluster for a word it has no vector for.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "train.h"

#define TR_CL_CONTEXTS 600u
#define SEQ_EDGE UINT32_MAX        /* between sentences and texts */
#define SEQ_UNKNOWN (UINT32_MAX - 1) /* a word without vectors */

struct tr_clusters {
    const warta_tagger_model *m;
    uint32_t *seq;                 /* vocabulary index, SEQ_EDGE, SEQ_UNKNOWN */
    size_t n, cap;
};

tr_clusters *tr_clusters_new(const warta_tagger_model *m)
{
    tr_clusters *c = calloc(1, sizeof *c);
    if (c)
        c->m = m;
    return c;
}

void tr_clusters_free(tr_clusters *c)
{
    if (c) {
        free(c->seq);
        free(c);
    }
}

static int push(tr_clusters *c, uint32_t v)
{
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 1 << 16;
        uint32_t *s = realloc(c->seq, cap * sizeof *s);
        if (!s)
            return -1;
        c->seq = s;
        c->cap = cap;
    }
    c->seq[c->n++] = v;
    return 0;
}

static int add_tokens(tr_clusters *c, const warta_tokens *toks)
{
    if (push(c, SEQ_EDGE) < 0)
        return -1;
    for (uint32_t i = 0; i < toks->n_tokens; i++) {
        const warta_token *t = &toks->tokens[i];
        if (i > 0 && t->sentence != t[-1].sentence && push(c, SEQ_EDGE) < 0)
            return -1;
        const tg_word *w = warta_tagger_model_word(c->m, warta_tagger_hash(t->key, strlen(t->key)));
        if (push(c, w && w->vocab ? w->vocab - 1 : SEQ_UNKNOWN) < 0)
            return -1;
    }
    return 0;
}

int tr_clusters_add_text(tr_clusters *c, const char *text, size_t len)
{
    warta_tokens toks;
    if (warta_tokens__build(text, len, &toks) != WARTA_OK)
        return -1;
    int rc = add_tokens(c, &toks);
    warta_tokens__free(&toks);
    return rc;
}

int tr_clusters_add_set(tr_clusters *c, const tr_set *set)
{
    for (size_t k = 0; k < set->n; k++)
        if (add_tokens(c, &set->s[k].toks) < 0)
            return -1;
    return 0;
}

static const uint32_t *sort_freq;

static int by_freq(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    if (sort_freq[x] != sort_freq[y])
        return sort_freq[x] > sort_freq[y] ? -1 : 1;
    return x < y ? -1 : x > y;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static int has_letter(const char *s)
{
    for (; *s; s++)
        if ((*s >= 'a' && *s <= 'z') || (unsigned char)*s >= 0x80)
            return 1;
    return 0;
}

/* Rows of unit length in compressed form. */
typedef struct rows {
    uint32_t n, dim;
    size_t *start;                 /* [n + 1] */
    uint32_t *col;
    float *val;
} rows;

/* Spherical k-means of r into k clusters seeded by rows 0..k-1 (the most
 * frequent words); writes 0..k-1 into out. */
static int kmeans(const rows *r, uint32_t k, int iters, uint32_t *out)
{
    if (k > r->n)
        k = r->n;
    float *ct = calloc((size_t)r->dim * k, sizeof *ct);      /* [dim][k] */
    double *sum = calloc((size_t)r->dim * k, sizeof *sum);   /* [k][dim] */
    float *score = malloc((size_t)k * sizeof *score);
    uint32_t *size = malloc((size_t)k * sizeof *size);
    if (!ct || !sum || !score || !size) {
        free(ct), free(sum), free(score), free(size);
        return -1;
    }
    for (uint32_t j = 0; j < k; j++)
        for (size_t p = r->start[j]; p < r->start[j + 1]; p++)
            ct[(size_t)r->col[p] * k + j] = r->val[p];
    for (int it = 0; it < iters; it++) {
        uint32_t moved = 0;
        for (uint32_t i = 0; i < r->n; i++) {
            memset(score, 0, (size_t)k * sizeof *score);
            for (size_t p = r->start[i]; p < r->start[i + 1]; p++) {
                const float *c = ct + (size_t)r->col[p] * k;
                float v = r->val[p];
                for (uint32_t j = 0; j < k; j++)
                    score[j] += v * c[j];
            }
            uint32_t best = 0;
            for (uint32_t j = 1; j < k; j++)
                if (score[j] > score[best])
                    best = j;
            moved += it == 0 || out[i] != best;
            out[i] = best;
        }
        fprintf(stderr, "clusters k=%u iteration %d: %u words moved\n", k, it + 1, moved);
        if (!moved)
            break;
        memset(sum, 0, (size_t)r->dim * k * sizeof *sum);
        memset(size, 0, (size_t)k * sizeof *size);
        for (uint32_t i = 0; i < r->n; i++) {
            size[out[i]]++;
            for (size_t p = r->start[i]; p < r->start[i + 1]; p++)
                sum[(size_t)out[i] * r->dim + r->col[p]] += r->val[p];
        }
        for (uint32_t j = 0; j < k; j++) {
            if (!size[j])
                continue; /* an empty cluster keeps its centre */
            double norm = 0;
            for (uint32_t d = 0; d < r->dim; d++)
                norm += sum[(size_t)j * r->dim + d] * sum[(size_t)j * r->dim + d];
            norm = norm > 0 ? 1.0 / sqrt(norm) : 0;
            for (uint32_t d = 0; d < r->dim; d++)
                ct[(size_t)d * k + j] = (float)(sum[(size_t)j * r->dim + d] * norm);
        }
    }
    free(ct), free(sum), free(score), free(size);
    return 0;
}

int tr_clusters_apply(tr_clusters *c, warta_tagger_model *m, uint32_t k_fine, uint32_t k_coarse,
                      uint32_t min_count)
{
    uint32_t nv = m->n_vocab, ctxn = TR_CL_CONTEXTS;
    uint32_t *freq = calloc((size_t)nv + 1, sizeof *freq), *order = malloc(((size_t)nv + 1) * sizeof *order);
    uint32_t *ctx = malloc(((size_t)nv + 1) * sizeof *ctx), *row = malloc(((size_t)nv + 1) * sizeof *row);
    uint64_t *pairs = NULL;
    rows r = {0};
    uint32_t *fine = NULL, *coarse = NULL;
    int rc = -1;
    if (!freq || !order || !ctx || !row)
        goto done;
    for (size_t i = 0; i < c->n; i++)
        if (c->seq[i] < nv)
            freq[c->seq[i]]++;
    for (uint32_t v = 0; v < nv; v++)
        order[v] = v;
    sort_freq = freq;
    qsort(order, nv, sizeof *order, by_freq);
    /* contexts: the commonest words, then "other", then the sentence edge */
    if (ctxn > nv)
        ctxn = nv;
    for (uint32_t v = 0; v < nv; v++)
        ctx[v] = ctxn;
    for (uint32_t i = 0; i < ctxn; i++)
        ctx[order[i]] = i;
    /* rows: the words to cluster, most frequent first */
    uint32_t n = 0;
    for (uint32_t i = 0; i < nv; i++) {
        uint32_t v = order[i];
        row[v] = UINT32_MAX;
        if (freq[v] >= min_count && has_letter(m->vocab[v]))
            order[n++] = v;
    }
    for (uint32_t i = 0; i < n; i++)
        row[order[i]] = i;
    uint32_t dim = 2 * (ctxn + 2);
    size_t np = 0;
    for (size_t i = 0; i < c->n; i++)
        np += c->seq[i] < nv && row[c->seq[i]] != UINT32_MAX;
    pairs = malloc((2 * np + 1) * sizeof *pairs);
    if (!pairs)
        goto done;
    np = 0;
    for (size_t i = 0; i < c->n; i++) {
        uint32_t v = c->seq[i];
        if (v >= nv || row[v] == UINT32_MAX)
            continue;
        uint32_t l = c->seq[i - 1], rr = i + 1 < c->n ? c->seq[i + 1] : SEQ_EDGE; /* seq[0] is an edge */
        uint32_t lc = l == SEQ_EDGE ? ctxn + 1 : l < nv ? ctx[l] : ctxn;
        uint32_t rc2 = rr == SEQ_EDGE ? ctxn + 1 : rr < nv ? ctx[rr] : ctxn;
        pairs[np++] = (uint64_t)row[v] << 32 | lc;
        pairs[np++] = (uint64_t)row[v] << 32 | (ctxn + 2 + rc2);
    }
    qsort(pairs, np, sizeof *pairs, cmp_u64);
    r.n = n;
    r.dim = dim;
    r.start = calloc((size_t)n + 1, sizeof *r.start);
    r.col = malloc((np + 1) * sizeof *r.col);
    r.val = malloc((np + 1) * sizeof *r.val);
    if (!r.start || !r.col || !r.val)
        goto done;
    size_t nz = 0;
    for (size_t p = 0; p < np;) {
        size_t e = p;
        while (e < np && pairs[e] == pairs[p])
            e++;
        uint32_t i = (uint32_t)(pairs[p] >> 32);
        r.col[nz] = (uint32_t)pairs[p];
        r.val[nz] = sqrtf((float)(e - p));
        r.start[i + 1] = ++nz;
        p = e;
    }
    for (uint32_t i = 1; i <= n; i++)
        if (r.start[i] < r.start[i - 1])
            r.start[i] = r.start[i - 1];
    for (uint32_t i = 0; i < n; i++) {
        double norm = 0;
        for (size_t p = r.start[i]; p < r.start[i + 1]; p++)
            norm += (double)r.val[p] * r.val[p];
        norm = norm > 0 ? 1.0 / sqrt(norm) : 0;
        for (size_t p = r.start[i]; p < r.start[i + 1]; p++)
            r.val[p] = (float)(r.val[p] * norm);
    }
    fprintf(stderr, "clusters: %u words of %zu tokens, %u contexts, %zu non-zeros\n", n, c->n, dim, nz);
    fine = malloc(((size_t)n + 1) * sizeof *fine);
    coarse = malloc(((size_t)n + 1) * sizeof *coarse);
    if (!fine || !coarse || kmeans(&r, k_fine, 15, fine) < 0 || kmeans(&r, k_coarse, 15, coarse) < 0)
        goto done;
    for (uint32_t v = 0; v < nv; v++)
        m->vocab_cl[v] = row[v] == UINT32_MAX ? 0 : TG_CL_PACK(fine[row[v]] + 1, coarse[row[v]] + 1);
    m->n_clusters[0] = k_fine < n ? k_fine : n;
    m->n_clusters[1] = k_coarse < n ? k_coarse : n;
    rc = 0;
done:
    free(freq), free(order), free(ctx), free(row), free(pairs);
    free(r.start), free(r.col), free(r.val), free(fine), free(coarse);
    return rc;
}
