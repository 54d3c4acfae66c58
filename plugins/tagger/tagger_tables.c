/*
 * tagger_tables.c — the context factors of a domain summed in advance.
 *
 * Every context feature but the shape trigram and the word pairs takes
 * its value from a small set (the shapes seen in training, two sentence
 * states, eight capitalisation classes, four runs), so the sum of each
 * factor's weights is tabled once per domain when the model loads, and a
 * candidate reads a handful of cached rows instead of probing a dozen
 * weights.  A shape the tables lack is looked up the slow way.
 */
#include <stdlib.h>
#include <string.h>

#include "tagger.h"

static void score(const warta_tagger_model *m, const uint32_t *feats, uint32_t nf, float *out)
{
    memset(out, 0, TG_NL * sizeof *out);
    warta_tagger_model_score(m, feats, nf, out);
}

void warta_tagger_tables_free(tg_tables *t)
{
    if (!t)
        return;
    free(t->shape);
    free(t->ss_shape);
    free(t->cap_shape);
    free(t->lshape);
    free(t);
}

tg_tables *warta_tagger_tables_build(const warta_tagger_model *m, uint32_t domain)
{
    tg_tables *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    size_t ns = (size_t)m->n_shapes[0] + 1, nl = (size_t)m->n_shapes[1] + 1;
    t->shape = calloc(ns * 3 * TG_NL, sizeof *t->shape);
    t->ss_shape = calloc(2 * ns * TG_NL, sizeof *t->ss_shape);
    t->cap_shape = calloc(8 * ns * TG_NL, sizeof *t->cap_shape);
    t->lshape = calloc(nl * TG_NL, sizeof *t->lshape);
    if (!t->shape || !t->ss_shape || !t->cap_shape || !t->lshape) {
        warta_tagger_tables_free(t);
        return NULL;
    }
    uint32_t f[TG_MAX_FEATS], mask = m->mask;
    float tmp[TG_NL];
    /* outside the sentence: the word pads, and the shape pads at -1, +1 */
    for (int d = -2; d <= 2; d++) {
        score(m, f, warta_tagger_pad_features(d, mask, f), t->pad[d + 2]);
        if (d == -1 || d == 1) {
            score(m, f, warta_tagger_f_shape(d < 0 ? TG_PAD_LEFT : TG_PAD_RIGHT, d, domain, mask, f), tmp);
            for (int c = 0; c < TG_NL; c++)
                t->pad[d + 2][c] += tmp[c];
        }
    }
    for (unsigned r = 0; r < 4; r++)
        score(m, f, warta_tagger_f_run(r, domain, mask, f), t->run[r]);
    for (unsigned cap = 0; cap < 8; cap++)
        for (int ss = 0; ss < 2; ss++)
            score(m, f, warta_tagger_f_cap_ss(cap, ss, mask, f), t->cap_ss[cap][ss]);
    for (size_t s = 1; s < ns; s++) {
        uint64_t sh = m->shapes[0][s - 1];
        for (int d = -1; d <= 1; d++)
            score(m, f, warta_tagger_f_shape(sh, d, domain, mask, f), t->shape + (s * 3 + (size_t)(d + 1)) * TG_NL);
        for (int ss = 0; ss < 2; ss++)
            score(m, f, warta_tagger_f_ss_shape(ss, sh, domain, mask, f), t->ss_shape + ((size_t)ss * ns + s) * TG_NL);
        for (unsigned cap = 0; cap < 8; cap++)
            score(m, f, warta_tagger_f_cap_shape(cap, sh, mask, f), t->cap_shape + ((size_t)cap * ns + s) * TG_NL);
    }
    for (size_t l = 1; l < nl; l++)
        score(m, f, warta_tagger_f_lshape(m->shapes[1][l - 1], mask, f), t->lshape + l * TG_NL);
    return t;
}
