/*
 * tagger_feat.c — per-token values, the candidate rule and the feature
 * templates.  A feature is a template number mixed with one or two
 * per-token hashes computed once in warta_tagger_prepare.
 *
 * Features come in two kinds (see tagger.h): those of one word at a
 * position -2..+2, which a model may sum per word in advance, and the
 * context features of a candidate.  warta_tagger_features lists both, as
 * the trainer sees them; the plugin reads the first kind from vectors.
 */
#include <string.h>

#include "tagger.h"

/* Template numbers: part of every feature's hash, so never renumber one
 * without bumping TG_VERSION. */
enum {
    T_BIAS = 1, T_W0, T_WM1, T_WP1, T_WM2, T_WP2, T_PRE, T_SUF = T_PRE + 4,
    T_SH0 = T_SUF + 4, T_SHM1, T_SHP1, T_SH3, T_WM1_W0, T_W0_WP1, T_WM1_SH0, T_SH0_WP1,
    T_SS_SH0, T_SS_W0, T_LSH0, T_LEN, T_GZ0, T_GZM1, T_GZP1, T_WM2_WM1, T_SHM2, T_SHP2,
    T_CAND_RUN, T_GZT, T_CAP0 = T_GZT + TG_NTYPES, T_CAPM1, T_CAPP1, T_CAP_SS, T_CAP_SH0, T_DOMAIN
};

#define PAD_CLASS 255u

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

/* warta_tagger_hash of a NUL-terminated string, in one pass. */
static inline uint64_t hash_cstr(const char *s)
{
    uint64_t h = 0xcbf29ce484222325ull;
    size_t n = 0;
    for (; s[n]; n++) {
        h ^= (unsigned char)s[n];
        h *= 0x100000001b3ull;
    }
    return mix64(h ^ n);
}

/* Token values are well-mixed hashes already: one multiply spreads a
 * template number into them. */
static inline uint32_t feat1(uint32_t t, uint64_t v, uint32_t mask)
{
    return (uint32_t)(((v ^ (0x9e3779b97f4a7c15ull * t)) * 0xbf58476d1ce4e5b9ull) >> 32) & mask;
}

static inline uint32_t feat2(uint32_t t, uint64_t a, uint64_t b, uint32_t mask)
{
    uint64_t h = (a * 0x2545f4914f6cdd1dull + b) ^ (0x9e3779b97f4a7c15ull * t);
    return (uint32_t)((h * 0xbf58476d1ce4e5b9ull) >> 32) & mask;
}

/* The data set's own copy of a feature (domain adaptation: the shared copy
 * learns what the data sets agree on, this one their conventions). */
static inline uint32_t in_domain(uint32_t domain, uint32_t slot, uint32_t mask)
{
    return feat2(T_DOMAIN, domain, slot, mask);
}

/* The collapsed and the plain shape of a surface: X upper, x lower, d
 * digit; - . ' & kept; other punctuation p.  A non-ASCII letter takes its
 * case from the token's flags, which is right for every news name. */
void warta_tagger_shapes(const char *s, size_t n, int caps, uint64_t *shape, uint64_t *lshape)
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

/* What a token needs depends on its distance to a candidate: the words
 * at +-2 only their key and classes (level 1), the candidate and its
 * neighbours also their shapes (level 2).  Most tokens of a text need
 * nothing. */
static void fill1(const warta_tagger_model *m, const tg_input *in, tg_tok *x)
{
    const tg_word *w = m ? warta_tagger_model_word(m, x->key) : NULL;
    x->klass = w ? w->klass : 0;
    x->vocab = w ? w->vocab : 0;
#if defined(__GNUC__)
    /* the candidates around will read this word's vectors soon */
    if (x->vocab && m->vec[in->domain]) {
        const char *v = (const char *)(m->vec[in->domain] + (size_t)(x->vocab - 1) * TG_NOFF * TG_NL);
        __builtin_prefetch(v);
        __builtin_prefetch(v + 64);
    }
#else
    (void)in;
#endif
    x->ready = 1;
}

static void fill2(const warta_tagger_model *m, const tg_input *in, tg_tok *x, uint32_t i)
{
    const warta_token *t = &in->tokens[i];
    warta_tagger_shapes(in->text + t->start, t->end - t->start, x->caps, &x->shape, &x->lshape);
    x->sid = m ? warta_tagger_model_shape_id(m, x->shape, 0) : 0;
    x->lid = m ? warta_tagger_model_shape_id(m, x->lshape, 1) : 0;
    x->ready = 2;
}

static void need1(const warta_tagger_model *m, const tg_input *in, tg_tok *info, uint32_t i)
{
    if (!info[i].ready) {
        info[i].key = hash_cstr(in->tokens[i].key);
        fill1(m, in, &info[i]);
    }
}

/* Keys first, with the word table's cells fetched ahead, then the rest. */
static void fill_around(const warta_tagger_model *m, const tg_input *in, tg_tok *info, uint32_t i)
{
    uint32_t a = i >= 2 ? i - 2 : 0, b = i + 3 < in->n ? i + 3 : in->n;
    for (uint32_t j = a; j < b; j++) {
        if (info[j].ready)
            continue;
        info[j].key = hash_cstr(in->tokens[j].key);
#if defined(__GNUC__)
        if (m && m->words)
            __builtin_prefetch(&m->words[(uint32_t)info[j].key & m->word_mask]);
#endif
    }
    for (uint32_t j = a; j < b; j++) {
        tg_tok *x = &info[j];
        if (!x->ready)
            fill1(m, in, x);
        if (x->ready < 2 && j + 1 >= i && j <= i + 1)
            fill2(m, in, x, j);
    }
}

void warta_tagger_prepare(const warta_tagger_model *m, const tg_input *in, tg_tok *info)
{
    for (uint32_t i = 0; i < in->n; i++) {
        const warta_token *t = &in->tokens[i];
        tg_tok *x = &info[i];
        x->caps = (t->flags & WARTA_TOK_ALLCAPS) ? 2 : (t->flags & WARTA_TOK_CAPITAL) ? 1 : 0;
        x->sent_start = (t->flags & WARTA_TOK_SENT_START) || i == 0 || t->sentence != t[-1].sentence;
        x->cand = x->caps && (t->flags & WARTA_TOK_WORD);
        x->ready = 0;
        x->oov = 0;
    }
    for (uint32_t i = 0; i < in->n; i++) {
        tg_tok *x = &info[i];
        uint32_t fl = in->tokens[i].flags;
        if (x->cand) {
            /* A sentence's first word, alone, that plain text mostly writes
             * in lower case ("Dalam", "Menurut", "Ia") is no name. */
            if (x->sent_start && x->caps == 1 && !(i + 1 < in->n && info[i + 1].caps && !info[i + 1].sent_start)) {
                need1(m, in, info, i);
                if (TG_K_CAP(x->klass) == 1) {
                    x->cand = 0;
                    continue;
                }
            }
            fill_around(m, in, info, i);
            continue;
        }
        /* Lower-case words the training data shows inside names may join
         * one next to a capitalised word ("Bank of America", "Pendidikan
         * dan Kebudayaan", "desa Kramas"), and so may a number after one
         * ("SMA Negeri 1 Kawali", "Sigma 6"). */
        if (!(fl & (WARTA_TOK_WORD | WARTA_TOK_NUMBER)))
            continue;
        int after = i > 0 && info[i - 1].cand && !x->sent_start;
        int before = i + 1 < in->n && info[i + 1].caps && (in->tokens[i + 1].flags & WARTA_TOK_WORD) &&
                     !info[i + 1].sent_start;
        if (!after && !before)
            continue;
        need1(m, in, info, i);
        if (fl & WARTA_TOK_NUMBER)
            x->cand = after && info[i - 1].caps;
        else
            x->cand = ((x->klass & TG_K_INSIDE) && after) || ((x->klass & TG_K_BEGIN) && before);
        if (x->cand)
            fill_around(m, in, info, i);
    }
}

/* A word's features of its own at position 0, the ones with a copy per
 * domain. */
static uint32_t own_features(uint64_t hash, uint16_t klass, uint32_t mask, uint32_t *out)
{
    uint32_t n = 0;
    out[n++] = feat1(T_GZ0, (klass >> TG_K_GAZ_SHIFT) & 0x7f, mask);
    out[n++] = feat1(T_CAP0, TG_K_CAP(klass), mask);
    if (klass & TG_K_TRAINED)
        out[n++] = feat1(T_W0, hash, mask);
    return n;
}

uint32_t warta_tagger_word_domain_features(uint64_t hash, uint16_t klass, uint32_t domain, uint32_t mask,
                                           uint32_t *out)
{
    uint32_t n = own_features(hash, klass, mask, out);
    for (uint32_t f = 0; f < n; f++)
        out[f] = in_domain(domain, out[f], mask);
    return n;
}

uint32_t warta_tagger_word_features(const char *key, uint64_t hash, uint16_t klass, int d, uint32_t domain,
                                    uint32_t mask, uint32_t *out)
{
    uint32_t n = 0;
    uint64_t gz = (klass >> TG_K_GAZ_SHIFT) & 0x7f, cap = TG_K_CAP(klass);
    int own = (klass & TG_K_TRAINED) != 0;
    switch (d) {
    case -2:
    case 2:
        if (own)
            out[n++] = feat1(d < 0 ? T_WM2 : T_WP2, hash, mask);
        return n;
    case -1:
    case 1:
        if (own)
            out[n++] = feat1(d < 0 ? T_WM1 : T_WP1, hash, mask);
        out[n++] = feat1(d < 0 ? T_GZM1 : T_GZP1, gz, mask);
        out[n++] = feat1(d < 0 ? T_CAPM1 : T_CAPP1, cap, mask);
        return n;
    default:
        break;
    }
    n = own_features(hash, klass, mask, out);
    if (domain)
        n += warta_tagger_word_domain_features(hash, klass, domain, mask, out + n);
    for (int t = 0; t < TG_NTYPES; t++)
        if (TG_K_GAZ(klass, t))
            out[n++] = feat1(T_GZT + t, TG_K_GAZ(klass, t), mask);
    /* length, and prefixes and suffixes of 1-4 code points */
    size_t len = strlen(key), cps = 0;
    for (size_t b = 0; b < len; b++)
        cps += ((unsigned char)key[b] & 0xc0) != 0x80;
    out[n++] = feat1(T_LEN, cps > 12 ? 12 : cps, mask);
    size_t b = 0;
    for (uint32_t c = 0; c < 4 && b < len; c++) {
        b++;
        while (b < len && ((unsigned char)key[b] & 0xc0) == 0x80)
            b++;
        if (b == len && c == 0)
            break; /* a one-letter key is its word feature already */
        out[n++] = feat1(T_PRE + c, warta_tagger_hash(key, b), mask);
    }
    size_t e = len;
    for (uint32_t c = 0; c < 4 && e > 0; c++) {
        e--;
        while (e > 0 && ((unsigned char)key[e] & 0xc0) == 0x80)
            e--;
        out[n++] = feat1(T_SUF + c, warta_tagger_hash(key + e, len - e), mask);
    }
    return n;
}

uint32_t warta_tagger_pad_features(int d, uint32_t mask, uint32_t *out)
{
    uint32_t n = 0;
    uint64_t pad = d < 0 ? TG_PAD_LEFT : TG_PAD_RIGHT;
    if (d == -2 || d == 2) {
        out[n++] = feat1(d < 0 ? T_WM2 : T_WP2, pad, mask);
    } else if (d == -1 || d == 1) {
        out[n++] = feat1(d < 0 ? T_WM1 : T_WP1, pad, mask);
        out[n++] = feat1(d < 0 ? T_GZM1 : T_GZP1, PAD_CLASS, mask);
        out[n++] = feat1(d < 0 ? T_CAPM1 : T_CAPP1, PAD_CLASS, mask);
    }
    return n;
}

uint32_t warta_tagger_f_shape(uint64_t shape, int d, uint32_t domain, uint32_t mask, uint32_t *out)
{
    out[0] = feat1(d < 0 ? T_SHM1 : d > 0 ? T_SHP1 : T_SH0, shape, mask);
    if (!domain)
        return 1;
    out[1] = in_domain(domain, out[0], mask);
    return 2;
}

uint32_t warta_tagger_f_ss_shape(int ss, uint64_t shape, uint32_t domain, uint32_t mask, uint32_t *out)
{
    out[0] = feat2(T_SS_SH0, (uint64_t)ss, shape, mask);
    if (!domain)
        return 1;
    out[1] = in_domain(domain, out[0], mask);
    return 2;
}

uint32_t warta_tagger_f_cap_shape(unsigned cap, uint64_t shape, uint32_t mask, uint32_t *out)
{
    out[0] = feat2(T_CAP_SH0, cap, shape, mask);
    return 1;
}

uint32_t warta_tagger_f_cap_ss(unsigned cap, int ss, uint32_t mask, uint32_t *out)
{
    out[0] = feat1(T_CAP_SS, (uint64_t)cap * 2 + (unsigned)ss, mask);
    return 1;
}

uint32_t warta_tagger_f_lshape(uint64_t lshape, uint32_t mask, uint32_t *out)
{
    out[0] = feat1(T_LSH0, lshape, mask);
    return 1;
}

uint32_t warta_tagger_f_run(unsigned run, uint32_t domain, uint32_t mask, uint32_t *out)
{
    out[0] = feat1(T_BIAS, 0, mask);
    out[1] = feat1(T_CAND_RUN, run, mask);
    if (!domain)
        return 2;
    out[2] = in_domain(domain, out[0], mask);
    out[3] = in_domain(domain, out[1], mask);
    return 4;
}

uint32_t warta_tagger_f_rest(const tg_input *in, const tg_tok *info, uint32_t i, uint32_t mask, uint32_t *out)
{
    uint32_t n = 0;
    const tg_tok *x = &info[i];
    int has_m1 = i > 0 && same_sentence(in, i - 1, i);
    int has_m2 = has_m1 && i > 1 && same_sentence(in, i - 2, i);
    int has_p1 = i + 1 < in->n && same_sentence(in, i + 1, i);
    uint64_t wm1 = has_m1 ? info[i - 1].key : TG_PAD_LEFT, wm2 = has_m2 ? info[i - 2].key : TG_PAD_LEFT;
    uint64_t wp1 = has_p1 ? info[i + 1].key : TG_PAD_RIGHT;
    uint64_t shm1 = has_m1 ? info[i - 1].shape : TG_PAD_LEFT, shp1 = has_p1 ? info[i + 1].shape : TG_PAD_RIGHT;
    /* a pair with a word the training data never saw was never trained */
    int t0 = (x->klass & TG_K_TRAINED) != 0;
    int tm1 = !has_m1 || (info[i - 1].klass & TG_K_TRAINED), tp1 = !has_p1 || (info[i + 1].klass & TG_K_TRAINED);
    int tm2 = !has_m2 || (info[i - 2].klass & TG_K_TRAINED);
    out[n++] = feat2(T_SH3, shm1 * 31 + x->shape, shp1, mask);
    if (tm1 && t0)
        out[n++] = feat2(T_WM1_W0, wm1, x->key, mask);
    if (t0 && tp1)
        out[n++] = feat2(T_W0_WP1, x->key, wp1, mask);
    if (tm2 && tm1)
        out[n++] = feat2(T_WM2_WM1, wm2, wm1, mask);
    if (tm1)
        out[n++] = feat2(T_WM1_SH0, wm1, x->shape, mask);
    if (tp1)
        out[n++] = feat2(T_SH0_WP1, x->shape, wp1, mask);
    if (x->sent_start && t0)
        out[n++] = feat1(T_SS_W0, x->key, mask);
    return n;
}

unsigned warta_tagger_run_of(const tg_input *in, const tg_tok *info, uint32_t i)
{
    int has_m1 = i > 0 && same_sentence(in, i - 1, i);
    int has_p1 = i + 1 < in->n && same_sentence(in, i + 1, i);
    return (unsigned)(has_m1 && info[i - 1].cand) * 2 + (has_p1 && info[i + 1].cand);
}

uint32_t warta_tagger_context_features(const tg_input *in, const tg_tok *info, uint32_t i, uint32_t mask,
                                       uint32_t *out)
{
    const tg_tok *x = &info[i];
    unsigned cap = TG_K_CAP(x->klass);
    uint32_t n = 0, dom = in->domain;
    n += warta_tagger_f_run(warta_tagger_run_of(in, info, i), dom, mask, out + n);
    n += warta_tagger_f_cap_ss(cap, x->sent_start, mask, out + n);
    n += warta_tagger_f_lshape(x->lshape, mask, out + n);
    n += warta_tagger_f_cap_shape(cap, x->shape, mask, out + n);
    n += warta_tagger_f_ss_shape(x->sent_start, x->shape, dom, mask, out + n);
    for (int d = -1; d <= 1; d++) {
        int64_t j = (int64_t)i + d;
        uint64_t sh = j < 0 ? TG_PAD_LEFT : j >= in->n ? TG_PAD_RIGHT
                    : !same_sentence(in, (uint32_t)j, i) ? (d < 0 ? TG_PAD_LEFT : TG_PAD_RIGHT) : info[j].shape;
        n += warta_tagger_f_shape(sh, d, dom, mask, out + n);
    }
    n += warta_tagger_f_rest(in, info, i, mask, out + n);
    return n;
}

uint32_t warta_tagger_features(const tg_input *in, const tg_tok *info, uint32_t i, uint32_t mask,
                               uint32_t *out)
{
    uint32_t n = warta_tagger_context_features(in, info, i, mask, out);
    for (int d = -2; d <= 2; d++) {
        int64_t j = (int64_t)i + d;
        if (j < 0 || j >= in->n || !same_sentence(in, (uint32_t)j, i))
            n += warta_tagger_pad_features(d, mask, out + n);
        else
            n += warta_tagger_word_features(in->tokens[j].key, info[j].key, info[j].klass, d, in->domain, mask,
                                            out + n);
    }
    return n;
}
