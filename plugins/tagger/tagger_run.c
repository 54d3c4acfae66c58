/*
 * tagger_run.c — tagging one text: candidates, Viterbi over each run of
 * candidates, and names with a confidence.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tagger.h"

void warta_tagger_viterbi(const float *emit, uint32_t n, const float *trans, uint8_t *out, int32_t *work)
{
    /* allowed[p][c]: I-x only after B-x or I-x */
    static const uint8_t allowed[TG_NL][TG_NL] = {
        {1, 1, 0, 1, 0, 1, 0}, {1, 1, 1, 1, 0, 1, 0}, {1, 1, 1, 1, 0, 1, 0},
        {1, 1, 0, 1, 1, 1, 0}, {1, 1, 0, 1, 1, 1, 0}, {1, 1, 0, 1, 0, 1, 1},
        {1, 1, 0, 1, 0, 1, 1},
    };
    float prev[TG_NL], cur[TG_NL];
    for (int c = 0; c < TG_NL; c++)
        prev[c] = allowed[TG_O][c] ? trans[TG_O * TG_NL + c] + emit[c] : -1e30f;
    for (uint32_t t = 1; t < n; t++) {
        const float *e = emit + (size_t)t * TG_NL;
        int32_t *bp = work + (size_t)t * TG_NL;
        for (int c = 0; c < TG_NL; c++) {
            float best = -1e30f;
            int arg = TG_O;
            for (int p = 0; p < TG_NL; p++) {
                if (!allowed[p][c])
                    continue;
                float v = prev[p] + trans[p * TG_NL + c];
                if (v > best) {
                    best = v;
                    arg = p;
                }
            }
            cur[c] = best + e[c];
            bp[c] = arg;
        }
        memcpy(prev, cur, sizeof prev);
    }
    float best = -1e30f;
    int arg = TG_O;
    for (int c = 0; c < TG_NL; c++) {
        float v = prev[c] + trans[c * TG_NL + TG_O];
        if (v > best) {
            best = v;
            arg = c;
        }
    }
    for (uint32_t t = n; t-- > 0;) {
        out[t] = (uint8_t)arg;
        if (t > 0)
            arg = work[(size_t)t * TG_NL + arg];
    }
}

void warta_tagger_scratch_free(tg_scratch *s)
{
    free(s->info);
    free(s->emit);
    free(s->work);
    free(s->labels);
    memset(s, 0, sizeof *s);
}

static int scratch_reserve(tg_scratch *s, uint32_t n)
{
    if (n <= s->cap)
        return WARTA_OK;
    uint32_t cap = s->cap ? s->cap : 256;
    while (cap < n)
        cap = cap > UINT32_MAX / 2 ? n : cap * 2;
    tg_tok *info = realloc(s->info, (size_t)cap * sizeof *info);
    if (info)
        s->info = info;
    float *emit = realloc(s->emit, (size_t)cap * TG_NL * sizeof *emit);
    if (emit)
        s->emit = emit;
    int32_t *work = realloc(s->work, (size_t)cap * TG_NL * sizeof *work);
    if (work)
        s->work = work;
    uint8_t *labels = realloc(s->labels, cap);
    if (labels)
        s->labels = labels;
    if (!info || !emit || !work || !labels)
        return WARTA_ENOMEM;
    s->cap = cap;
    return WARTA_OK;
}

/* Confidence from how far each token's label beats O: the weakest token
 * decides.  The model's conf_a/conf_b stretch the margin, and the result is
 * kept in [0.55, 0.85): under the lexicon plugins' exact hits, which the
 * merge should prefer on the same span. */
static float confidence(const warta_tagger_model *m, const float *emit, const uint8_t *labels, uint32_t a,
                        uint32_t b)
{
    float margin = 1e30f;
    for (uint32_t t = a; t < b; t++) {
        const float *e = emit + (size_t)t * TG_NL;
        float d = e[labels[t]] - e[TG_O];
        if (d < margin)
            margin = d;
    }
    return 0.55f + 0.3f / (1.0f + expf(-(m->conf_a * margin + m->conf_b)));
}

int warta_tagger_run(const warta_tagger_model *m, const tg_input *in, tg_scratch *s, tg_span_fn fn,
                     void *payload)
{
    if (scratch_reserve(s, in->n) != WARTA_OK)
        return WARTA_ENOMEM;
    tg_tok *info = s->info;
    warta_tagger_prepare(m, in, info);
    uint32_t mask = (uint32_t)(((uint64_t)1 << m->hash_bits) - 1);
    uint32_t feats[TG_MAX_FEATS];
    for (uint32_t i = 0; i < in->n;) {
        if (!info[i].cand) {
            i++;
            continue;
        }
        uint32_t a = i;
        do {
            float *e = s->emit + (size_t)i * TG_NL;
            memset(e, 0, TG_NL * sizeof *e);
            warta_tagger_model_score(m, feats, warta_tagger_features(in, info, i, mask, feats), e);
            i++;
        } while (i < in->n && info[i].cand && !info[i].sent_start);
        warta_tagger_viterbi(s->emit + (size_t)a * TG_NL, i - a, m->trans, s->labels + a,
                             s->work + (size_t)a * TG_NL);
        for (uint32_t t = a; t < i;) {
            uint8_t l = s->labels[t];
            if (l == TG_O) {
                t++;
                continue;
            }
            uint32_t b = t + 1;
            while (b < i && s->labels[b] == l + 1)
                b++;
            tg_span span = {t, b, (l - 1) / 2, confidence(m, s->emit, s->labels, t, b)};
            int rc = fn(payload, &span);
            if (rc)
                return rc;
            t = b;
        }
    }
    return WARTA_OK;
}
