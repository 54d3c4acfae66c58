/*
 * tagger_run.c — tagging one text: candidates, emission scores from the
 * word vectors and the context features, Viterbi over each run of
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
    free(s->oov);
    free(s->rest);
    free(s->n_rest);
    memset(s, 0, sizeof *s);
}

static int scratch_reserve(tg_scratch *s, uint32_t n)
{
    s->n_oov = 0;
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
    uint32_t *rest = realloc(s->rest, (size_t)cap * TG_MAX_REST * sizeof *rest);
    if (rest)
        s->rest = rest;
    uint8_t *n_rest = realloc(s->n_rest, cap);
    if (n_rest)
        s->n_rest = n_rest;
    if (!info || !emit || !work || !labels || !rest || !n_rest)
        return WARTA_ENOMEM;
    s->cap = cap;
    return WARTA_OK;
}

/* The vector at position d of a token the model has none for, summed from
 * its features the first time a candidate needs it. */
static const float *oov_vector(const warta_tagger_model *m, const tg_input *in, tg_scratch *s, uint32_t j, int d)
{
    size_t per = (size_t)TG_NOFF * TG_NL;
    tg_tok *x = &s->info[j];
    if (!x->oov) {
        if (s->n_oov == s->cap_oov) {
            uint32_t cap = s->cap_oov ? s->cap_oov * 2 : 256;
            float *o = realloc(s->oov, cap * per * sizeof *o);
            if (!o)
                return NULL;
            s->oov = o;
            s->cap_oov = cap;
        }
        x->oov = ++s->n_oov;
        x->oov_done = 0;
    }
    float *v = s->oov + (size_t)(x->oov - 1) * per + (size_t)(d + 2) * TG_NL;
    if (!(x->oov_done & (1u << (d + 2)))) {
        uint32_t feats[TG_MAX_FEATS];
        memset(v, 0, TG_NL * sizeof *v);
        uint32_t nf = warta_tagger_word_features(in->tokens[j].key, x->key, x->klass, d, in->domain, m->mask, feats);
        warta_tagger_model_score(m, feats, nf, v);
        x->oov_done |= (uint8_t)(1u << (d + 2));
    }
    return v;
}

static inline void add(float *e, const float *v)
{
    for (int c = 0; c < TG_NL; c++)
        e[c] += v[c];
}

/* Emission scores of candidate i: the tabled context factors, the looked-up
 * rest, and the vectors of the words at -2..+2. */
static int emission(const warta_tagger_model *m, const tg_input *in, tg_scratch *s, uint32_t i, float *e)
{
    const tg_tables *tb = m->tables[in->domain];
    const tg_tok *x = &s->info[i];
    uint32_t feats[TG_MAX_FEATS], nf = 0, mask = m->mask, dom = in->domain;
    size_t ns = (size_t)m->n_shapes[0] + 1;
    unsigned cap = TG_K_CAP(x->klass);
    memset(e, 0, TG_NL * sizeof *e);
    add(e, tb->run[warta_tagger_run_of(in, s->info, i)]);
    add(e, tb->cap_ss[cap][x->sent_start]);
    if (x->lid)
        add(e, tb->lshape + (size_t)x->lid * TG_NL);
    else
        nf += warta_tagger_f_lshape(x->lshape, mask, feats + nf);
    if (x->sid) {
        add(e, tb->cap_shape + ((size_t)cap * ns + x->sid) * TG_NL);
        add(e, tb->ss_shape + ((size_t)x->sent_start * ns + x->sid) * TG_NL);
    } else {
        nf += warta_tagger_f_cap_shape(cap, x->shape, mask, feats + nf);
        nf += warta_tagger_f_ss_shape(x->sent_start, x->shape, dom, mask, feats + nf);
    }
    memcpy(feats + nf, s->rest + (size_t)i * TG_MAX_REST, s->n_rest[i] * sizeof *feats);
    nf += s->n_rest[i];
    const int vectors = m->vec[dom] != NULL;
    float vs = m->vscale[dom];
    uint32_t sent = in->tokens[i].sentence;
    for (int d = -2; d <= 2; d++) {
        int64_t j = (int64_t)i + d;
        if (j < 0 || j >= in->n || in->tokens[j].sentence != sent) {
            add(e, tb->pad[d + 2]);
            continue;
        }
        const tg_tok *y = &s->info[j];
        if (d >= -1 && d <= 1) {
            if (y->sid)
                add(e, tb->shape + ((size_t)y->sid * 3 + (size_t)(d + 1)) * TG_NL);
            else
                nf += warta_tagger_f_shape(y->shape, d, dom, mask, feats + nf);
        }
        if (y->vocab && vectors) {
            int16_t spare[TG_NOFF * TG_NL];
            const int16_t *v = warta_tagger_model_vectors(m, dom, y->vocab - 1, spare) + (size_t)(d + 2) * TG_NL;
            for (int c = 0; c < TG_NL; c++)
                e[c] += (float)v[c] * vs;
            continue;
        }
        const float *v = oov_vector(m, in, s, (uint32_t)j, d);
        if (!v)
            return WARTA_ENOMEM;
        add(e, v);
    }
    warta_tagger_model_score(m, feats, nf, e);
    return WARTA_OK;
}

/* How far each token's label beats O: the weakest token decides.  The
 * confidence (run_chunk) is the model's logistic fit of precision against
 * this margin, squeezed into [0.55, 0.85): under the lexicon plugins'
 * exact hits, which the merge should prefer on the same span. */
static float margin_of(const float *emit, const uint8_t *labels, uint32_t a, uint32_t b)
{
    float margin = 1e30f;
    for (uint32_t t = a; t < b; t++) {
        const float *e = emit + (size_t)t * TG_NL;
        float d = e[labels[t]] - e[TG_O];
        if (d < margin)
            margin = d;
    }
    return margin;
}

/* How far O beats every name label on each token: the weakest decides. */
static float none_margin_of(const float *emit, uint32_t a, uint32_t b)
{
    float margin = 1e30f;
    for (uint32_t t = a; t < b; t++) {
        const float *e = emit + (size_t)t * TG_NL;
        float best = e[TG_B_PER];
        for (int c = TG_B_PER + 1; c < TG_NL; c++)
            if (e[c] > best)
                best = e[c];
        if (e[TG_O] - best < margin)
            margin = e[TG_O] - best;
    }
    return margin;
}

/* Tags tokens [0, in->n) of one chunk of whole sentences; spans are
 * reported shifted by `base`. */
static int run_chunk(const warta_tagger_model *m, const tg_input *in, uint32_t base, tg_scratch *s, tg_span_fn fn,
                     void *payload)
{
    if (scratch_reserve(s, in->n) != WARTA_OK)
        return WARTA_ENOMEM;
    tg_tok *info = s->info;
    warta_tagger_prepare(m, in, info);
    /* The word-pair weights are scattered over the table: ask for all of a
     * chunk's at once, so the fetches overlap. */
    for (uint32_t i = 0; i < in->n; i++) {
        if (!info[i].cand)
            continue;
        uint32_t *r = s->rest + (size_t)i * TG_MAX_REST;
        s->n_rest[i] = (uint8_t)warta_tagger_f_rest(in, info, i, m->mask, r);
#if defined(__GNUC__)
        for (uint32_t k = 0; k < s->n_rest[i]; k++)
            __builtin_prefetch(&m->table[r[k] & m->table_mask]);
#endif
    }
    for (uint32_t i = 0; i < in->n;) {
        if (!info[i].cand) {
            i++;
            continue;
        }
        uint32_t a = i;
        do {
            if (emission(m, in, s, i, s->emit + (size_t)i * TG_NL) != WARTA_OK)
                return WARTA_ENOMEM;
            i++;
        } while (i < in->n && info[i].cand && !info[i].sent_start);
        warta_tagger_viterbi(s->emit + (size_t)a * TG_NL, i - a, m->trans, s->labels + a,
                             s->work + (size_t)a * TG_NL);
        for (uint32_t t = a; t < i;) {
            uint8_t l = s->labels[t];
            if (l == TG_O) {
                uint32_t b = t + 1;
                while (b < i && s->labels[b] == TG_O)
                    b++;
                if (in->want_none) {
                    /* the same fit of precision against the margin, on a
                     * wider scale: a name guess is a rule plugin's to lose
                     * only where the model is surer than that plugin */
                    float margin = none_margin_of(s->emit, t, b);
                    tg_span span = {base + t, base + b, TG_NONE, margin,
                                    0.55f + 0.3f / (1.0f + expf(-(m->conf_a * margin + m->conf_b))), 0};
                    int rc = fn(payload, &span);
                    if (rc)
                        return rc;
                }
                t = b;
                continue;
            }
            uint32_t b = t + 1;
            while (b < i && s->labels[b] == l + 1)
                b++;
            float margin = margin_of(s->emit, s->labels, t, b);
            tg_span span = {base + t, base + b, (l - 1) / 2, margin,
                            0.55f + 0.3f / (1.0f + expf(-(m->conf_a * margin + m->conf_b))), 0};
            span.unseen_acronym = b == t + 1 && info[t].caps == 2 && !(info[t].klass & TG_K_TRAINED);
            int rc = fn(payload, &span);
            if (rc)
                return rc;
            t = b;
        }
    }
    return WARTA_OK;
}

#ifndef TG_CHUNK
#define TG_CHUNK 128
#endif
int warta_tagger_run(const warta_tagger_model *m, const tg_input *in, tg_scratch *s, tg_span_fn fn,
                     void *payload)
{
    if (in->domain >= TG_MAX_DOMAINS || !m->tables[in->domain])
        return WARTA_EINVAL;   /* warta_tagger_model_prepare() was not called for it */
    /* A few sentences at a time: features never cross a sentence, and the
     * words and vectors a chunk fetches are still in cache when its
     * candidates are scored. */
    for (uint32_t a = 0; a < in->n;) {
        uint32_t b = a + 1;
        while (b < in->n && (b - a < TG_CHUNK || in->tokens[b].sentence == in->tokens[b - 1].sentence))
            b++;
        tg_input chunk = {in->text, in->tokens + a, b - a, in->domain, in->want_none};
        int rc = run_chunk(m, &chunk, a, s, fn, payload);
        if (rc)
            return rc;
        a = b;
    }
    return WARTA_OK;
}

const char *warta_tagger_guess_lang(const warta_token *tokens, uint32_t n)
{
    /* the commonest function words, which the two languages do not share */
    static const char *const id[] = {"yang", "dan", "di", "itu", "dengan", "untuk", "dari", "ini", "tidak",
                                     "akan", "ke", "dalam", "juga", "pada", "adalah"};
    static const char *const en[] = {"the", "and", "of", "to", "is", "that", "for", "with", "was", "on",
                                     "are", "by", "at", "be", "from"};
    int n_id = 0, n_en = 0;
    for (uint32_t i = 0; i < n && i < 400; i++) {
        const char *k = tokens[i].key;
        if (!(tokens[i].flags & WARTA_TOK_WORD) || strlen(k) > 7)
            continue;
        for (size_t w = 0; w < sizeof id / sizeof id[0]; w++)
            n_id += strcmp(k, id[w]) == 0;
        for (size_t w = 0; w < sizeof en / sizeof en[0]; w++)
            n_en += strcmp(k, en[w]) == 0;
    }
    if (n_id == n_en)
        return NULL;
    return n_id > n_en ? "id" : "en";
}
