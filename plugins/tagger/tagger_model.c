/*
 * tagger_model.c — the model file, the weight lookup and the per-word
 * vectors.
 *
 * File layout (little-endian):
 *   "WTAGGER\0"  u32 version  u32 n_labels  u32 hash_bits  u32 n_entries  u32 n_words
 *   u32 n_domains  u32 domain_for_id  u32 domain_for_en  u32 n_shapes  u32 n_plain_shapes
 *   f32 scale  f32 conf_a  f32 conf_b  f32 trans[n_labels * n_labels]
 *   f32 vector_scale[8]                                  domains 0..n_domains, 0 = not recorded
 *   n_entries x (u32 slot, i16 w[n_labels])              sorted by slot
 *   n_words   x (u64 key hash, u16 classes, u8 len, len bytes of key)   len 0: no vectors
 *   n_domains x (u8 len, len bytes of name)              domains 1..n_domains
 *   n_shapes x u64, n_plain_shapes x u64                 shape hashes seen in training
 *   "END!"
 * Weights are quantised to int16 with one scale.  The word vectors are
 * quantised with one scale per domain, the largest sum over the whole
 * vocabulary: the trainer records it so that the plugin can sum a word
 * when a text first needs it and get the int16 values that summing them
 * all would give.  The tables are open
 * addressing at a load of at most one half, so a miss (most features of an
 * unknown word) ends after a probe or two.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tagger.h"

static uint32_t rd32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static float rdf(const unsigned char *p)
{
    uint32_t u = rd32(p);
    float f;
    memcpy(&f, &u, sizeof f);
    return f;
}

static uint32_t pow2_at_least(uint64_t n)
{
    uint32_t c = 16;
    while (c < n)
        c <<= 1;
    return c;
}

#define HEADER_BYTES (TG_SCALES_OFFSET + TG_MAX_DOMAINS * 4)
#define ENTRY_BYTES (4 + 2 * TG_NL)

/* ---- words: classes and vocabulary ---- */

static int words_reserve(warta_tagger_model *m, uint32_t n)
{
    uint32_t cap = pow2_at_least((uint64_t)n * 2);
    if (cap <= m->word_mask + 1 && m->words)
        return WARTA_OK;
    tg_word *w = calloc(cap, sizeof *w);
    if (!w)
        return WARTA_ENOMEM;
    for (uint32_t i = 0; m->words && i <= m->word_mask; i++) {
        if (!m->words[i].used)
            continue;
        uint32_t h = (uint32_t)m->words[i].key & (cap - 1);
        while (w[h].used)
            h = (h + 1) & (cap - 1);
        w[h] = m->words[i];
    }
    free(m->words);
    m->words = w;
    m->word_mask = cap - 1;
    return WARTA_OK;
}

const tg_word *warta_tagger_model_word(const warta_tagger_model *m, uint64_t key)
{
    if (!m->words)
        return NULL;
    uint32_t h = (uint32_t)key & m->word_mask;
    while (m->words[h].used) {
        if (m->words[h].key == key)
            return &m->words[h];
        h = (h + 1) & m->word_mask;
    }
    return NULL;
}

/* Adds a word with its key, when it has one: key_str itself when `stored`
 * (a key of vocab_block), else a copy. */
static int add_word(warta_tagger_model *m, uint64_t key, uint16_t klass, const char *key_str, int stored)
{
    /* the table stays at most half full (what words_reserve keeps) */
    if ((!m->words || (uint64_t)(m->n_words + 1) * 2 > (uint64_t)m->word_mask + 1) &&
        words_reserve(m, m->n_words + 1) != WARTA_OK)
        return WARTA_ENOMEM;
    uint32_t h = (uint32_t)key & m->word_mask;
    while (m->words[h].used && m->words[h].key != key)
        h = (h + 1) & m->word_mask;
    tg_word *w = &m->words[h];
    if (!w->used) {
        w->used = 1;
        w->key = key;
        m->n_words++;
    }
    w->klass = klass;
    if (key_str && !w->vocab) {
        if (m->n_vocab % 1024 == 0) {
            size_t cap = (size_t)m->n_vocab + 1024;
            char **v = realloc(m->vocab, cap * sizeof *v);
            if (v)
                m->vocab = v;
            uint64_t *vh = realloc(m->vocab_hash, cap * sizeof *vh);
            if (vh)
                m->vocab_hash = vh;
            uint16_t *vk = realloc(m->vocab_klass, cap * sizeof *vk);
            if (vk)
                m->vocab_klass = vk;
            if (!v || !vh || !vk)
                return WARTA_ENOMEM;
        }
        char *s;
        if (stored) {
            s = (char *)key_str;
            if (m->n_vocab == m->n_vocab_stored)
                m->n_vocab_stored++;
        } else {
            size_t n = strlen(key_str) + 1;
            if (!(s = malloc(n)))
                return WARTA_ENOMEM;
            memcpy(s, key_str, n);
        }
        m->vocab[m->n_vocab] = s;
        m->vocab_hash[m->n_vocab] = key;
        m->vocab_klass[m->n_vocab] = klass;
        w->vocab = ++m->n_vocab;
    } else if (w->vocab) {
        m->vocab_klass[w->vocab - 1] = klass;
    }
    return WARTA_OK;
}

int warta_tagger_model_add_word(warta_tagger_model *m, uint64_t key, uint16_t klass, const char *key_str)
{
    return add_word(m, key, klass, key_str, 0);
}

warta_tagger_model *warta_tagger_model_new(uint32_t hash_bits)
{
    warta_tagger_model *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->hash_bits = hash_bits;
    m->mask = (uint32_t)(((uint64_t)1 << hash_bits) - 1);
    m->scale = 1.0f;
    return m;
}

int warta_tagger_model_domain(const warta_tagger_model *m, const char *name)
{
    for (uint32_t d = 1; d <= m->n_domains; d++)
        if (strcmp(m->domain_name[d], name) == 0)
            return (int)d;
    return -1;
}

/* ---- shapes seen in training ---- */

int warta_tagger_model_set_shapes(warta_tagger_model *m, int plain, const uint64_t *shapes, uint32_t n)
{
    if (n >= UINT16_MAX)
        n = UINT16_MAX - 1;
    uint32_t cap = pow2_at_least((uint64_t)n * 2);
    uint64_t *sh = malloc(((size_t)n + 1) * sizeof *sh);
    uint16_t *ids = calloc(cap, sizeof *ids);
    if (!sh || !ids) {
        free(sh);
        free(ids);
        return WARTA_ENOMEM;
    }
    memcpy(sh, shapes, (size_t)n * sizeof *sh);
    free(m->shapes[plain]);
    free(m->shape_ids[plain]);
    m->shapes[plain] = sh;
    m->shape_ids[plain] = ids;
    m->shape_mask[plain] = cap - 1;
    m->n_shapes[plain] = n;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t h = (uint32_t)sh[i] & (cap - 1);
        while (ids[h] && sh[ids[h] - 1] != sh[i])
            h = (h + 1) & (cap - 1);
        ids[h] = (uint16_t)(i + 1);
    }
    return WARTA_OK;
}

uint16_t warta_tagger_model_shape_id(const warta_tagger_model *m, uint64_t shape, int plain)
{
    const uint16_t *ids = m->shape_ids[plain];
    if (!ids)
        return 0;
    uint32_t h = (uint32_t)shape & m->shape_mask[plain];
    while (ids[h]) {
        if (m->shapes[plain][ids[h] - 1] == shape)
            return ids[h];
        h = (h + 1) & m->shape_mask[plain];
    }
    return 0;
}

/* ---- weights ---- */

void warta_tagger_model_score(const warta_tagger_model *m, const uint32_t *feats, uint32_t nf, float *emit)
{
    int32_t acc[TG_NL] = {0};
    if (!m->table)
        return;
#if defined(__GNUC__)
    /* the probes are independent: start every cache miss first */
    for (uint32_t f = 0; f < nf; f++)
        __builtin_prefetch(&m->table[feats[f] & m->table_mask]);
#endif
    for (uint32_t f = 0; f < nf; f++) {
        uint32_t key = feats[f] + 1, h = feats[f] & m->table_mask;
        const tg_entry *e;
        while ((e = &m->table[h])->key && e->key != key)
            h = (h + 1) & m->table_mask;
        if (e->key)
            for (int c = 0; c < TG_NL; c++)
                acc[c] += e->w[c];
    }
    for (int c = 0; c < TG_NL; c++)
        emit[c] += (float)acc[c] * m->scale;
}

enum { PER = TG_NOFF * TG_NL };

/* lrintf's rounding (to nearest, ties to even) without its libm call:
 * adding and taking away 1.5 * 2^23 leaves the nearest integer of any
 * |q| below 2^22, and q is at most 32767 here.  Both ways of summing
 * vectors quantise through this one function, so they agree bit for bit. */
static inline int16_t quantise(float x, float scale)
{
    const float magic = 12582912.0f;
    float up = x / scale + magic;
    return (int16_t)(up - magic);
}

/* The unquantised vectors of vocabulary word w: domain 0 sums every word
 * feature; another domain adds only its copies of the few features at
 * position 0 to domain 0's vectors. */
static void word_sums(const warta_tagger_model *m, uint32_t domain, uint32_t w, float *e)
{
    uint32_t feats[TG_MAX_FEATS];
    memset(e, 0, PER * sizeof *e);
    if (domain) {
        int16_t spare[PER];
        const int16_t *base = warta_tagger_model_vectors(m, 0, w, spare);
        for (size_t k = 0; k < PER; k++)
            e[k] = (float)base[k] * m->vscale[0];
        uint32_t nf = warta_tagger_word_domain_features(m->vocab_hash[w], m->vocab_klass[w], domain, m->mask, feats);
        warta_tagger_model_score(m, feats, nf, e + 2 * TG_NL);
        return;
    }
    for (int d = -2; d <= 2; d++) {
        uint32_t nf = warta_tagger_word_features(m->vocab[w], m->vocab_hash[w], m->vocab_klass[w], d, 0, m->mask,
                                                 feats);
        warta_tagger_model_score(m, feats, nf, e + (size_t)(d + 2) * TG_NL);
    }
}

int warta_tagger_model_sum_vectors(warta_tagger_model *m, uint32_t domain)
{
    if (domain >= TG_MAX_DOMAINS)
        return WARTA_EINVAL;
    if (!m->n_vocab || (m->vec[domain] && !m->vec_state[domain]))
        return WARTA_OK;
    if (domain && warta_tagger_model_sum_vectors(m, 0) != WARTA_OK)
        return WARTA_ENOMEM;
    size_t total = (size_t)m->n_vocab * PER;
    float *tmp = malloc(total * sizeof *tmp);
    int16_t *vec = malloc(total * sizeof *vec);
    if (!tmp || !vec) {
        free(tmp);
        free(vec);
        return WARTA_ENOMEM;
    }
    float maxv = 0; /* no NaN here: a plain compare, which (unlike fmaxf) inlines */
    for (uint32_t w = 0; w < m->n_vocab; w++) {
        float *e = tmp + (size_t)w * PER;
        word_sums(m, domain, w, e);
        for (size_t k = 0; k < PER; k++) {
            float a = fabsf(e[k]);
            if (a > maxv)
                maxv = a;
        }
    }
    float scale = maxv > 0 ? maxv / 32767.0f : 1.0f;
    for (size_t k = 0; k < total; k++)
        vec[k] = quantise(tmp[k], scale);
    free(tmp);
    free(m->vec[domain]);
    free((void *)m->vec_state[domain]);
    m->vec[domain] = vec;
    m->vec_state[domain] = NULL;
    m->vscale[domain] = scale;
    return WARTA_OK;
}

/* Room for every word's vectors, summed when a text first needs them: a
 * calloc this large maps pages the kernel zeroes on first touch, so the
 * words no text needs cost no memory. */
static int lazy_vectors(warta_tagger_model *m, uint32_t domain)
{
    if (m->vec[domain] || !m->n_vocab)
        return WARTA_OK;
    if (domain && lazy_vectors(m, 0) != WARTA_OK)
        return WARTA_ENOMEM;
    m->vec[domain] = calloc((size_t)m->n_vocab * PER, sizeof *m->vec[domain]);
    m->vec_state[domain] = calloc(m->n_vocab, sizeof *m->vec_state[domain]);
    if (!m->vec[domain] || !m->vec_state[domain])
        return WARTA_ENOMEM;
    m->vscale[domain] = m->file_vscale[domain];
    return WARTA_OK;
}

const int16_t *warta_tagger_model_vectors_slow(const warta_tagger_model *m, uint32_t domain, uint32_t w,
                                               int16_t *spare)
{
    float e[PER];
    word_sums(m, domain, w, e);
    for (size_t k = 0; k < PER; k++)
        spare[k] = quantise(e[k], m->vscale[domain]);
    /* Another thread may be summing the same word: the first to claim it
     * stores it, and a reader takes it only once it is READY. */
    unsigned char expect = TG_VEC_EMPTY;
    if (atomic_compare_exchange_strong_explicit(&m->vec_state[domain][w], &expect, TG_VEC_BUSY,
                                                memory_order_acquire, memory_order_relaxed)) {
        memcpy(m->vec[domain] + (size_t)w * PER, spare, sizeof(int16_t) * PER);
        atomic_store_explicit(&m->vec_state[domain][w], TG_VEC_READY, memory_order_release);
    }
    return spare;
}

int warta_tagger_model_prepare(warta_tagger_model *m, uint32_t domain)
{
    if (domain >= TG_MAX_DOMAINS)
        return WARTA_EINVAL;
    /* on demand only with the scales recorded, the domain's and domain 0's
     * its vectors build on (a domain the file does not have has none):
     * else summed now, as for a file written without them */
    int recorded = m->file_vscale[domain] > 0 && m->file_vscale[0] > 0;
    int rc = recorded ? lazy_vectors(m, domain) : warta_tagger_model_sum_vectors(m, domain);
    if (rc != WARTA_OK)
        return rc;
    if (!m->tables[domain] && !(m->tables[domain] = warta_tagger_tables_build(m, domain)))
        return WARTA_ENOMEM;
    return WARTA_OK;
}

/* ---- the file ---- */

static unsigned char *slurp(const char *path, size_t *len, char *err, size_t errsize, int *rc)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errsize, "cannot open model file '%s': %s", path, strerror(errno));
        *rc = errno == ENOENT ? WARTA_ENOTFOUND : WARTA_EIO;
        return NULL;
    }
    unsigned char *buf = NULL;
    long size = -1;
    if (fseek(f, 0, SEEK_END) == 0)
        size = ftell(f);
    if (size >= 0 && fseek(f, 0, SEEK_SET) == 0 && (buf = malloc((size_t)size + 1)) &&
        fread(buf, 1, (size_t)size, f) == (size_t)size) {
        fclose(f);
        *len = (size_t)size;
        return buf;
    }
    snprintf(err, errsize, "cannot read model file '%s'%s", path, buf || size < 0 ? "" : ": out of memory");
    *rc = buf || size < 0 ? WARTA_EIO : WARTA_ENOMEM;
    free(buf);
    fclose(f);
    return NULL;
}

static int load_body(warta_tagger_model *m, const unsigned char *p, const unsigned char *end, uint32_t n_entries,
                     uint32_t n_words, const uint32_t *n_shapes)
{
    if ((size_t)(end - p) < (uint64_t)n_entries * ENTRY_BYTES)
        return WARTA_EINVAL;
    uint32_t cap = pow2_at_least((uint64_t)n_entries * 2);
    m->table = calloc(cap, sizeof *m->table);
    if (!m->table)
        return WARTA_ENOMEM;
    m->table_mask = cap - 1;
    for (uint32_t i = 0; i < n_entries; i++, p += ENTRY_BYTES) {
        uint32_t slot = rd32(p);
        if (slot > m->mask)
            return WARTA_EINVAL;
        uint32_t h = slot & m->table_mask;
        while (m->table[h].key && m->table[h].key != slot + 1)
            h = (h + 1) & m->table_mask;
        m->table[h].key = slot + 1;
        for (int c = 0; c < TG_NL; c++)
            m->table[h].w[c] = (int16_t)(uint16_t)(p[4 + 2 * c] | p[5 + 2 * c] << 8);
    }
    m->n_entries = n_entries;
    if (words_reserve(m, n_words) != WARTA_OK)
        return WARTA_ENOMEM;
    /* the keys go into one block, not one allocation each */
    size_t key_bytes = 0;
    const unsigned char *q = p;
    for (uint32_t i = 0; i < n_words; i++) {
        if (end - q < 11 || end - q < 11 + q[10])
            return WARTA_EINVAL;
        key_bytes += q[10] ? q[10] + 1u : 0;
        q += 11 + q[10];
    }
    if (key_bytes && !(m->vocab_block = malloc(key_bytes)))
        return WARTA_ENOMEM;
    char *key = m->vocab_block;
    for (uint32_t i = 0; i < n_words; i++) {
        uint64_t h = (uint64_t)rd32(p) | (uint64_t)rd32(p + 4) << 32;
        uint16_t klass = (uint16_t)(p[8] | p[9] << 8);
        uint8_t len = p[10];
        char *stored = NULL;
        if (len) {
            memcpy(key, p + 11, len);
            key[len] = '\0';
            stored = key;
            key += len + 1;
        }
        p += 11 + len;
        int rc = add_word(m, h, klass, stored, 1);
        if (rc != WARTA_OK)
            return rc;
    }
    for (uint32_t d = 1; d <= m->n_domains; d++) {
        if (end - p < 1 || end - p < 1 + p[0] || p[0] >= sizeof m->domain_name[d])
            return WARTA_EINVAL;
        memcpy(m->domain_name[d], p + 1, p[0]);
        m->domain_name[d][p[0]] = '\0';
        p += 1 + p[0];
    }
    for (int k = 0; k < 2; k++) {
        if ((size_t)(end - p) < (uint64_t)n_shapes[k] * 8 || n_shapes[k] >= UINT16_MAX)
            return WARTA_EINVAL;
        uint64_t *sh = malloc(((size_t)n_shapes[k] + 1) * sizeof *sh);
        if (!sh)
            return WARTA_ENOMEM;
        for (uint32_t i = 0; i < n_shapes[k]; i++, p += 8)
            sh[i] = (uint64_t)rd32(p) | (uint64_t)rd32(p + 4) << 32;
        int rc = warta_tagger_model_set_shapes(m, k, sh, n_shapes[k]);
        free(sh);
        if (rc != WARTA_OK)
            return rc;
    }
    return p == end ? WARTA_OK : WARTA_EINVAL;
}

int warta_tagger_model_load(const char *path, warta_tagger_model **out, char *err, size_t errsize)
{
    size_t len = 0;
    int rc = WARTA_OK;
    unsigned char *buf = slurp(path, &len, err, errsize, &rc);
    if (!buf)
        return rc;
    warta_tagger_model *m = NULL;
    const unsigned char *p = buf;
    if (len < HEADER_BYTES + 4 || memcmp(p, TG_MAGIC, 8) != 0) {
        snprintf(err, errsize, "'%s' is not a tagger model file", path);
        rc = WARTA_EINVAL;
        goto done;
    }
    uint32_t version = rd32(p + 8), nl = rd32(p + 12), bits = rd32(p + 16);
    if (version != TG_VERSION || nl != TG_NL || bits < 8 || bits > 30) {
        snprintf(err, errsize, "model file '%s' has version %u with %u labels; this plugin reads version %u "
                 "with %u labels", path, version, nl, TG_VERSION, TG_NL);
        rc = WARTA_EINVAL;
        goto done;
    }
    uint32_t n_entries = rd32(p + 20), n_words = rd32(p + 24), n_domains = rd32(p + 28);
    if (!(m = warta_tagger_model_new(bits))) {
        rc = WARTA_ENOMEM;
        snprintf(err, errsize, "out of memory loading '%s'", path);
        goto done;
    }
    m->n_domains = n_domains;
    m->lang_domain[0] = rd32(p + 32);
    m->lang_domain[1] = rd32(p + 36);
    uint32_t n_shapes[2] = {rd32(p + 40), rd32(p + 44)};
    m->scale = rdf(p + 48);
    m->conf_a = rdf(p + 52);
    m->conf_b = rdf(p + 56);
    for (int k = 0; k < TG_NL * TG_NL; k++)
        m->trans[k] = rdf(p + 60 + 4 * k);
    for (uint32_t d = 0; d < TG_MAX_DOMAINS; d++) {
        /* a scale is never 0: 0 (or nonsense) says none was recorded */
        float v = rdf(p + TG_SCALES_OFFSET + 4 * d);
        m->file_vscale[d] = v > 0 && v < 1e30f ? v : 0;
    }
    if (n_domains >= TG_MAX_DOMAINS || m->lang_domain[0] > n_domains || m->lang_domain[1] > n_domains ||
        memcmp(buf + len - 4, "END!", 4) != 0) {
        rc = WARTA_EINVAL;
    } else {
        rc = load_body(m, buf + HEADER_BYTES, buf + len - 4, n_entries, n_words, n_shapes);
    }
    if (rc == WARTA_ENOMEM)
        snprintf(err, errsize, "out of memory loading '%s'", path);
    else if (rc != WARTA_OK)
        snprintf(err, errsize, "model file '%s' is truncated or damaged", path);
done:
    free(buf);
    if (rc != WARTA_OK) {
        warta_tagger_model_free(m);
        return rc;
    }
    *out = m;
    return WARTA_OK;
}

void warta_tagger_model_free(warta_tagger_model *m)
{
    if (!m)
        return;
    free(m->table);
    free(m->words);
    for (uint32_t i = m->n_vocab_stored; i < m->n_vocab; i++)
        free(m->vocab[i]);
    free(m->vocab_block);
    free(m->vocab);
    free(m->vocab_hash);
    free(m->vocab_klass);
    for (int d = 0; d < TG_MAX_DOMAINS; d++) {
        free(m->vec[d]);
        free((void *)m->vec_state[d]);
        warta_tagger_tables_free(m->tables[d]);
    }
    for (int k = 0; k < 2; k++) {
        free(m->shapes[k]);
        free(m->shape_ids[k]);
    }
    free(m);
}
