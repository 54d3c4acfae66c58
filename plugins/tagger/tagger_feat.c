/*
 * tagger_feat.c — per-token values and the feature templates.  Everything a
 * feature needs is hashed once per token in warta_tagger_prepare; a feature
 * is then a mix of a template number and one or two of those hashes.
 */
#include <string.h>

#include "tagger.h"

/* Template numbers: part of every feature's hash, so never renumber one
 * without bumping TG_VERSION. */
enum {
    T_BIAS = 1, T_W0, T_WM1, T_WP1, T_WM2, T_WP2, T_PRE, T_SUF = T_PRE + 4,
    T_SH0 = T_SUF + 4, T_SHM1, T_SHP1, T_SH3, T_WM1_W0, T_W0_WP1, T_WM1_SH0, T_SH0_WP1,
    T_SS_SH0, T_SS_W0, T_LSH0, T_LEN, T_CLS0, T_CLSM1, T_CLSP1, T_WM2_WM1, T_SHM2, T_SHP2,
    T_CAND_RUN
};

#define PAD_LEFT 0x5a17c0de1ef70000ull
#define PAD_RIGHT 0x5a17c0de819f7000ull

static inline uint64_t mix64(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h;
}

uint64_t warta_tagger_hash(const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ull;
    }
    return mix64(h ^ n);
}

static inline uint32_t feat1(uint32_t t, uint64_t v, uint32_t mask)
{
    return (uint32_t)mix64(v + 0x9e3779b97f4a7c15ull * t) & mask;
}

static inline uint32_t feat2(uint32_t t, uint64_t a, uint64_t b, uint32_t mask)
{
    return (uint32_t)mix64((a * 0x2545f4914f6cdd1dull) ^ b ^ (0x9e3779b97f4a7c15ull * t)) & mask;
}

/* The collapsed and the plain shape of a surface: X upper, x lower, d
 * digit; - . ' & kept; other punctuation p.  A non-ASCII letter takes its
 * case from the token's flags, which is right for every news name. */
static void shapes(const char *s, size_t n, int caps, uint64_t *shape, uint64_t *lshape)
{
    char sh[8], ls[8];
    size_t ns = 0, nl = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        char k;
        if (c >= 'A' && c <= 'Z')
            k = 'X';
        else if (c >= 'a' && c <= 'z')
            k = 'x';
        else if (c >= '0' && c <= '9')
            k = 'd';
        else if (c == '-' || c == '.' || c == '\'' || c == '&')
            k = (char)c;
        else if (c < 0x80)
            k = 'p';
        else if ((c & 0xc0) == 0x80)
            continue;
        else
            k = (caps == 2 || (caps == 1 && i == 0)) ? 'X' : 'x';
        if (nl < sizeof ls)
            ls[nl++] = k;
        if ((ns == 0 || sh[ns - 1] != k) && ns < sizeof sh)
            sh[ns++] = k;
    }
    *shape = warta_tagger_hash(sh, ns);
    *lshape = warta_tagger_hash(ls, nl);
}

static inline int same_sentence(const tg_input *in, uint32_t a, uint32_t b)
{
    return in->tokens[a].sentence == in->tokens[b].sentence;
}

void warta_tagger_prepare(const warta_tagger_model *m, const tg_input *in, tg_tok *info)
{
    for (uint32_t i = 0; i < in->n; i++) {
        const warta_token *t = &in->tokens[i];
        tg_tok *x = &info[i];
        x->caps = (t->flags & WARTA_TOK_ALLCAPS) ? 2 : (t->flags & WARTA_TOK_CAPITAL) ? 1 : 0;
        x->sent_start = (t->flags & WARTA_TOK_SENT_START) || i == 0 || !same_sentence(in, i - 1, i);
        x->cand = x->caps && (t->flags & WARTA_TOK_WORD);
        x->key = warta_tagger_hash(t->key, strlen(t->key));
        x->klass = m ? warta_tagger_model_class(m, x->key) : 0;
        shapes(in->text + t->start, t->end - t->start, x->caps, &x->shape, &x->lshape);
    }
    /* Lower-case words the training data shows inside names may join one
     * next to a capitalised word ("Bank of America", "Pendidikan dan
     * Kebudayaan", "desa Kramas"), and so may a number after one ("SMA
     * Negeri 1 Kawali", "Sigma 6"). */
    for (uint32_t i = 0; i < in->n; i++) {
        tg_tok *x = &info[i];
        uint32_t fl = in->tokens[i].flags;
        if (x->cand || !(fl & (WARTA_TOK_WORD | WARTA_TOK_NUMBER)))
            continue;
        int after = i > 0 && info[i - 1].cand && !x->sent_start;
        if (fl & WARTA_TOK_NUMBER)
            x->cand = after && info[i - 1].caps;
        else if ((x->klass & TG_K_INSIDE) && after)
            x->cand = 1;
        else if ((x->klass & TG_K_BEGIN) && i + 1 < in->n && info[i + 1].caps &&
                 (in->tokens[i + 1].flags & WARTA_TOK_WORD) && same_sentence(in, i, i + 1))
            x->cand = 1;
    }
}

uint32_t warta_tagger_features(const tg_input *in, const tg_tok *info, uint32_t i, uint32_t mask,
                               uint32_t *out)
{
    uint32_t n = 0;
    const tg_tok *x = &info[i];
    int has_m1 = i > 0 && same_sentence(in, i - 1, i);
    int has_m2 = has_m1 && i > 1 && same_sentence(in, i - 2, i);
    int has_p1 = i + 1 < in->n && same_sentence(in, i + 1, i);
    int has_p2 = has_p1 && i + 2 < in->n && same_sentence(in, i + 2, i);
    uint64_t wm1 = has_m1 ? info[i - 1].key : PAD_LEFT, wm2 = has_m2 ? info[i - 2].key : PAD_LEFT;
    uint64_t wp1 = has_p1 ? info[i + 1].key : PAD_RIGHT, wp2 = has_p2 ? info[i + 2].key : PAD_RIGHT;
    uint64_t shm1 = has_m1 ? info[i - 1].shape : PAD_LEFT, shp1 = has_p1 ? info[i + 1].shape : PAD_RIGHT;
    uint64_t shm2 = has_m2 ? info[i - 2].shape : PAD_LEFT, shp2 = has_p2 ? info[i + 2].shape : PAD_RIGHT;

    out[n++] = feat1(T_BIAS, 0, mask);
    out[n++] = feat1(T_W0, x->key, mask);
    out[n++] = feat1(T_WM1, wm1, mask);
    out[n++] = feat1(T_WP1, wp1, mask);
    out[n++] = feat1(T_WM2, wm2, mask);
    out[n++] = feat1(T_WP2, wp2, mask);
    out[n++] = feat1(T_SH0, x->shape, mask);
    out[n++] = feat1(T_SHM1, shm1, mask);
    out[n++] = feat1(T_SHP1, shp1, mask);
    out[n++] = feat1(T_SHM2, shm2, mask);
    out[n++] = feat1(T_SHP2, shp2, mask);
    out[n++] = feat2(T_SH3, shm1 * 31 + x->shape, shp1, mask);
    out[n++] = feat2(T_WM1_W0, wm1, x->key, mask);
    out[n++] = feat2(T_W0_WP1, x->key, wp1, mask);
    out[n++] = feat2(T_WM2_WM1, wm2, wm1, mask);
    out[n++] = feat2(T_WM1_SH0, wm1, x->shape, mask);
    out[n++] = feat2(T_SH0_WP1, x->shape, wp1, mask);
    out[n++] = feat2(T_SS_SH0, x->sent_start, x->shape, mask);
    if (x->sent_start)
        out[n++] = feat1(T_SS_W0, x->key, mask);
    out[n++] = feat1(T_LSH0, x->lshape, mask);
    /* How many neighbours are candidates too: names come in runs. */
    out[n++] = feat1(T_CAND_RUN, (uint64_t)(has_m1 && info[i - 1].cand) * 2 + (has_p1 && info[i + 1].cand), mask);
    if (x->klass) {
        out[n++] = feat1(T_CLS0, x->klass, mask);
        out[n++] = feat1(T_CLSM1, has_m1 ? info[i - 1].klass : 255, mask);
        out[n++] = feat1(T_CLSP1, has_p1 ? info[i + 1].klass : 255, mask);
    }

    /* Prefixes and suffixes of 1-4 code points of the key. */
    const char *k = in->tokens[i].key;
    size_t len = strlen(k), cps = 0;
    for (size_t b = 0; b < len; b++)
        cps += ((unsigned char)k[b] & 0xc0) != 0x80;
    out[n++] = feat1(T_LEN, cps > 12 ? 12 : cps, mask);
    size_t b = 0;
    for (uint32_t c = 0; c < 4 && b < len; c++) {
        b++;
        while (b < len && ((unsigned char)k[b] & 0xc0) == 0x80)
            b++;
        if (b == len && c == 0)
            break; /* a one-letter key is its word feature already */
        out[n++] = feat1(T_PRE + c, warta_tagger_hash(k, b), mask);
    }
    size_t e = len;
    for (uint32_t c = 0; c < 4 && e > 0; c++) {
        e--;
        while (e > 0 && ((unsigned char)k[e] & 0xc0) == 0x80)
            e--;
        out[n++] = feat1(T_SUF + c, warta_tagger_hash(k + e, len - e), mask);
    }
    return n;
}
