/*
 * One-to-one matching of gold and predicted spans.  Candidate pairs come
 * from a sweep over both lists sorted by start (only overlapping spans are
 * ever compared, so the work follows the number of overlaps, not the
 * product of the list sizes); the pairs are then taken greedily, best
 * score first, each gold and each prediction at most once.
 */
#include "eval.h"

#include <stdlib.h>

typedef struct pair {
    uint32_t g, p;
    double score;
} pair;

static const ev_span *sort_spans;

static int cmp_by_start(const void *a, const void *b)
{
    const ev_span *x = &sort_spans[*(const uint32_t *)a], *y = &sort_spans[*(const uint32_t *)b];
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
        return x->end < y->end ? -1 : 1;
    return *(const uint32_t *)a < *(const uint32_t *)b ? -1 : 1;
}

static int cmp_pair(const void *a, const void *b)
{
    const pair *x = a, *y = b;
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    if (x->g != y->g)
        return x->g < y->g ? -1 : 1;
    return x->p < y->p ? -1 : x->p > y->p;
}

static uint32_t *sorted_index(const ev_span *s, uint32_t n)
{
    uint32_t *ix = malloc((n ? n : 1) * sizeof *ix);
    if (!ix)
        return NULL;
    for (uint32_t i = 0; i < n; i++)
        ix[i] = i;
    sort_spans = s;
    qsort(ix, n, sizeof *ix, cmp_by_start);
    return ix;
}

long ev_match(const ev_span *g, uint32_t ng, const ev_span *p, uint32_t np, ev_pair_fn fn,
              const void *ctx, int32_t *g_to_p, int32_t *p_to_g)
{
    for (uint32_t i = 0; i < ng; i++)
        g_to_p[i] = -1;
    for (uint32_t i = 0; i < np; i++)
        p_to_g[i] = -1;
    if (!ng || !np)
        return 0;
    uint32_t *gi = sorted_index(g, ng), *pi = sorted_index(p, np);
    uint32_t *active = malloc(ng * sizeof *active);
    pair *pairs = NULL;
    size_t n_pairs = 0, cap = 0;
    long matched = -1;
    if (!gi || !pi || !active)
        goto out;
    uint32_t n_active = 0, next = 0;
    for (uint32_t k = 0; k < np; k++) {
        const ev_span *ps = &p[pi[k]];
        /* Golds ending before this prediction starts end before every later
         * one too (predictions come by start): drop them for good. */
        uint32_t w = 0;
        for (uint32_t a = 0; a < n_active; a++)
            if (g[active[a]].end > ps->start)
                active[w++] = active[a];
        n_active = w;
        while (next < ng && g[gi[next]].start < ps->end) {
            if (g[gi[next]].end > ps->start)
                active[n_active++] = gi[next];
            next++;
        }
        for (uint32_t a = 0; a < n_active; a++) {
            const ev_span *gs = &g[active[a]];
            if (gs->start >= ps->end || ps->start >= gs->end)
                continue;
            double s = fn(ctx, active[a], pi[k]);
            if (s < 0)
                continue;
            if (n_pairs == cap) {
                cap = cap ? cap * 2 : 64;
                pair *np2 = realloc(pairs, cap * sizeof *np2);
                if (!np2)
                    goto out;
                pairs = np2;
            }
            pairs[n_pairs].g = active[a];
            pairs[n_pairs].p = pi[k];
            pairs[n_pairs++].score = s;
        }
    }
    if (n_pairs)
        qsort(pairs, n_pairs, sizeof *pairs, cmp_pair);
    matched = 0;
    for (size_t i = 0; i < n_pairs; i++) {
        if (g_to_p[pairs[i].g] >= 0 || p_to_g[pairs[i].p] >= 0)
            continue;
        g_to_p[pairs[i].g] = (int32_t)pairs[i].p;
        p_to_g[pairs[i].p] = (int32_t)pairs[i].g;
        matched++;
    }
out:
    free(gi);
    free(pi);
    free(active);
    free(pairs);
    return matched;
}
