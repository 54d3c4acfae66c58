/*
 * tagger_model.c — the model file and the weight lookup.
 *
 * File layout (little-endian):
 *   "WTAGGER\0"  u32 version  u32 n_labels  u32 hash_bits  u32 n_entries  u32 n_classes
 *   f32 scale  f32 conf_a  f32 conf_b  f32 trans[n_labels * n_labels]
 *   n_entries x (u32 slot, i16 w[n_labels])      sorted by slot
 *   n_classes x (u64 key hash, u16 class)
 *   "END!"
 * Weights are stored sparse and quantised: a slot is kept only when one of
 * its weights matters, which is what keeps the file a few MB.  Loaded into
 * an open-addressing table sized for a load of at most one half, so a miss
 * (most features of most tokens) ends after a probe or two.
 */
#include <errno.h>
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

#define HEADER_BYTES (8 + 5 * 4 + 3 * 4 + TG_NL * TG_NL * 4)
#define ENTRY_BYTES (4 + 2 * TG_NL)
#define CLASS_BYTES 10

/* Word classes: open addressing on the key hash, sized for half load. */
static int class_reserve(warta_tagger_model *m, uint32_t n)
{
    uint32_t cap = pow2_at_least((uint64_t)n * 2);
    free(m->classes);
    m->classes = calloc(cap, sizeof *m->classes);
    m->class_mask = cap - 1;
    m->n_classes = 0;
    return m->classes ? WARTA_OK : WARTA_ENOMEM;
}

static void class_put(warta_tagger_model *m, uint64_t key, uint16_t klass)
{
    uint32_t lo = (uint32_t)key, hi = (uint32_t)(key >> 32);
    if (!lo)
        lo = 1; /* 0 marks an empty cell; a 2^-32 chance of a wrong class is harmless */
    uint32_t h = lo & m->class_mask;
    while (m->classes[h].key_lo && !(m->classes[h].key_lo == lo && m->classes[h].key_hi == hi))
        h = (h + 1) & m->class_mask;
    if (!m->classes[h].key_lo)
        m->n_classes++;
    m->classes[h].key_lo = lo;
    m->classes[h].key_hi = hi;
    m->classes[h].klass = klass;
}

int warta_tagger_model_set_classes(warta_tagger_model *m, const tg_class_entry *e, uint32_t n)
{
    if (class_reserve(m, n) != WARTA_OK)
        return WARTA_ENOMEM;
    for (uint32_t i = 0; i < n; i++)
        class_put(m, e[i].key, e[i].klass);
    return WARTA_OK;
}

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

int warta_tagger_model_load(const char *path, warta_tagger_model **out, char *err, size_t errsize)
{
    size_t len = 0;
    int rc = WARTA_OK;
    unsigned char *buf = slurp(path, &len, err, errsize, &rc);
    if (!buf)
        return rc;
    warta_tagger_model *m = NULL;
    const unsigned char *p = buf;
    if (len < HEADER_BYTES || memcmp(p, TG_MAGIC, 8) != 0) {
        snprintf(err, errsize, "'%s' is not a tagger model file", path);
        rc = WARTA_EINVAL;
        goto done;
    }
    uint32_t version = rd32(p + 8), nl = rd32(p + 12), bits = rd32(p + 16);
    uint32_t n_entries = rd32(p + 20), n_classes = rd32(p + 24);
    if (version != TG_VERSION || nl != TG_NL || bits < 8 || bits > 30) {
        snprintf(err, errsize, "model file '%s' has version %u with %u labels; this plugin reads version %u "
                 "with %u labels", path, version, nl, TG_VERSION, TG_NL);
        rc = WARTA_EINVAL;
        goto done;
    }
    if (len != HEADER_BYTES + (uint64_t)n_entries * ENTRY_BYTES + (uint64_t)n_classes * CLASS_BYTES + 4 ||
        memcmp(buf + len - 4, "END!", 4) != 0) {
        snprintf(err, errsize, "model file '%s' is truncated or damaged", path);
        rc = WARTA_EINVAL;
        goto done;
    }
    m = calloc(1, sizeof *m);
    if (!m) {
        rc = WARTA_ENOMEM;
        snprintf(err, errsize, "out of memory loading '%s'", path);
        goto done;
    }
    m->hash_bits = bits;
    m->scale = rdf(p + 28);
    m->conf_a = rdf(p + 32);
    m->conf_b = rdf(p + 36);
    for (int k = 0; k < TG_NL * TG_NL; k++)
        m->trans[k] = rdf(p + 40 + 4 * k);
    p += HEADER_BYTES;
    uint32_t cap = pow2_at_least((uint64_t)n_entries * 2);
    m->table = calloc(cap, sizeof *m->table);
    if (!m->table || class_reserve(m, n_classes) != WARTA_OK) {
        rc = WARTA_ENOMEM;
        snprintf(err, errsize, "out of memory loading '%s'", path);
        goto done;
    }
    m->table_mask = cap - 1;
    for (uint32_t i = 0; i < n_entries; i++, p += ENTRY_BYTES) {
        uint32_t slot = rd32(p);
        uint32_t h = slot & m->table_mask;
        while (m->table[h].key && m->table[h].key != slot + 1)
            h = (h + 1) & m->table_mask;
        m->table[h].key = slot + 1;
        for (int c = 0; c < TG_NL; c++)
            m->table[h].w[c] = (int16_t)(uint16_t)(p[4 + 2 * c] | p[5 + 2 * c] << 8);
    }
    m->n_entries = n_entries;
    for (uint32_t i = 0; i < n_classes; i++, p += CLASS_BYTES)
        class_put(m, (uint64_t)rd32(p) | (uint64_t)rd32(p + 4) << 32, (uint16_t)(p[8] | p[9] << 8));
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
    free(m->classes);
    free(m);
}

void warta_tagger_model_score(const warta_tagger_model *m, const uint32_t *feats, uint32_t nf, float *emit)
{
    int32_t acc[TG_NL] = {0};
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

uint16_t warta_tagger_model_class(const warta_tagger_model *m, uint64_t key)
{
    if (!m->n_classes)
        return 0;
    uint32_t lo = (uint32_t)key, hi = (uint32_t)(key >> 32);
    if (!lo)
        lo = 1;
    uint32_t h = lo & m->class_mask;
    while (m->classes[h].key_lo) {
        if (m->classes[h].key_lo == lo && m->classes[h].key_hi == hi)
            return m->classes[h].klass;
        h = (h + 1) & m->class_mask;
    }
    return 0;
}
