/*
 * train_save.c — writes the model file (layout in tagger_model.c): the
 * averaged weights, pruned and quantised to int16 with one scale, and the
 * word classes and listed names the features read; then the scales of the
 * word vectors, which only the written weights decide.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "tagger.h"
#include "train.h"

static void wr32(FILE *f, uint32_t v)
{
    unsigned char b[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 24)};
    fwrite(b, 1, 4, f);
}

static void wrf(FILE *f, float v)
{
    uint32_t u;
    memcpy(&u, &v, sizeof u);
    wr32(f, u);
}

static float row_max(const float *w)
{
    float m = 0;
    for (int c = 0; c < TG_NL; c++)
        m = fmaxf(m, fabsf(w[c]));
    return m;
}

int tr_model_save(const char *path, const tr_model_out *o, uint32_t *n_kept)
{
    const warta_tagger_model *m = o->words;
    size_t slots = (size_t)1 << m->hash_bits;
    float maxw = 0;
    uint32_t kept = 0;
    for (size_t s = 0; s < slots; s++) {
        float r = row_max(o->w + s * TG_NL);
        if (r >= o->prune && r > 0) {
            kept++;
            maxw = fmaxf(maxw, r);
        }
    }
    float scale = maxw > 0 ? maxw / 32767.0f : 1.0f;
    FILE *f = fopen(path, "wb");
    if (!f)
        return WARTA_EIO;
    fwrite(TG_MAGIC, 1, 8, f);
    wr32(f, TG_VERSION);
    wr32(f, TG_NL);
    wr32(f, m->hash_bits);
    wr32(f, kept);
    wr32(f, m->n_words);
    wr32(f, m->n_domains);
    wr32(f, m->lang_domain[0]);
    wr32(f, m->lang_domain[1]);
    wr32(f, m->n_shapes[0]);
    wr32(f, m->n_shapes[1]);
    wrf(f, scale);
    wrf(f, o->conf_a);
    wrf(f, o->conf_b);
    for (int k = 0; k < TG_NL * TG_NL; k++)
        wrf(f, o->trans[k]);
    for (int d = 0; d < TG_MAX_DOMAINS; d++)
        wrf(f, 0); /* the vector scales: tr_record_scales */
    for (size_t s = 0; s < slots; s++) {
        const float *w = o->w + s * TG_NL;
        float r = row_max(w);
        if (!(r >= o->prune && r > 0))
            continue;
        wr32(f, (uint32_t)s);
        for (int c = 0; c < TG_NL; c++) {
            long q = lrintf(w[c] / scale);
            uint16_t u = (uint16_t)(int16_t)(q > 32767 ? 32767 : q < -32767 ? -32767 : q);
            unsigned char b[2] = {(unsigned char)u, (unsigned char)(u >> 8)};
            fwrite(b, 1, 2, f);
        }
    }
    for (uint32_t i = 0; i <= m->word_mask && m->words; i++) {
        const tg_word *w = &m->words[i];
        if (!w->used)
            continue;
        const char *key = w->vocab ? m->vocab[w->vocab - 1] : "";
        size_t len = strlen(key);
        wr32(f, (uint32_t)w->key);
        wr32(f, (uint32_t)(w->key >> 32));
        fputc(w->klass & 0xff, f);
        fputc(w->klass >> 8, f);
        fputc((int)len, f);
        fwrite(key, 1, len, f);
    }
    for (uint32_t d = 1; d <= m->n_domains; d++) {
        size_t len = strlen(m->domain_name[d]);
        fputc((int)len, f);
        fwrite(m->domain_name[d], 1, len, f);
    }
    for (int k = 0; k < 2; k++)
        for (uint32_t i = 0; i < m->n_shapes[k]; i++) {
            wr32(f, (uint32_t)m->shapes[k][i]);
            wr32(f, (uint32_t)(m->shapes[k][i] >> 32));
        }
    fwrite("END!", 1, 4, f);
    if (n_kept)
        *n_kept = kept;
    return fclose(f) == 0 ? WARTA_OK : WARTA_EIO;
}

int tr_record_scales(const char *path)
{
    char err[4200];
    warta_tagger_model *m = NULL;
    int rc = warta_tagger_model_load(path, &m, err, sizeof err);
    if (rc != WARTA_OK) {
        fprintf(stderr, "warta-train-tagger: %s\n", err);
        return rc;
    }
    float scales[TG_MAX_DOMAINS] = {0};
    for (uint32_t d = 0; d <= m->n_domains && rc == WARTA_OK; d++) {
        rc = warta_tagger_model_sum_vectors(m, d);
        scales[d] = m->vscale[d];
    }
    warta_tagger_model_free(m);
    if (rc != WARTA_OK) {
        fprintf(stderr, "warta-train-tagger: out of memory\n");
        return rc;
    }
    FILE *f = fopen(path, "r+b");
    if (!f || fseek(f, TG_SCALES_OFFSET, SEEK_SET) != 0) {
        perror(path);
        if (f)
            fclose(f);
        return WARTA_EIO;
    }
    for (int d = 0; d < TG_MAX_DOMAINS; d++)
        wrf(f, scales[d]);
    if (fclose(f) != 0) {
        perror(path);
        return WARTA_EIO;
    }
    return WARTA_OK;
}
