/*
 * train_save.c — writes the model file (layout in tagger_model.c): the
 * averaged weights, pruned and quantised to int16 with one scale.
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

int warta_tagger_model_save(const char *path, uint32_t bits, const float *w, const float *trans, float prune,
                            float conf_a, float conf_b, const tg_class_entry *classes, uint32_t n_classes,
                            uint32_t *n_kept)
{
    size_t slots = (size_t)1 << bits;
    float maxw = 0;
    uint32_t kept = 0;
    for (size_t s = 0; s < slots; s++) {
        float rowmax = 0;
        for (int c = 0; c < TG_NL; c++)
            rowmax = fmaxf(rowmax, fabsf(w[s * TG_NL + c]));
        if (rowmax >= prune && rowmax > 0) {
            kept++;
            maxw = fmaxf(maxw, rowmax);
        }
    }
    float scale = maxw > 0 ? maxw / 32767.0f : 1.0f;
    FILE *f = fopen(path, "wb");
    if (!f)
        return WARTA_EIO;
    fwrite(TG_MAGIC, 1, 8, f);
    wr32(f, TG_VERSION);
    wr32(f, TG_NL);
    wr32(f, bits);
    wr32(f, kept);
    wr32(f, n_classes);
    wrf(f, scale);
    wrf(f, conf_a);
    wrf(f, conf_b);
    for (int k = 0; k < TG_NL * TG_NL; k++)
        wrf(f, trans[k]);
    for (size_t s = 0; s < slots; s++) {
        float rowmax = 0;
        for (int c = 0; c < TG_NL; c++)
            rowmax = fmaxf(rowmax, fabsf(w[s * TG_NL + c]));
        if (!(rowmax >= prune && rowmax > 0))
            continue;
        wr32(f, (uint32_t)s);
        for (int c = 0; c < TG_NL; c++) {
            long q = lrintf(w[s * TG_NL + c] / scale);
            uint16_t u = (uint16_t)(int16_t)(q > 32767 ? 32767 : q < -32767 ? -32767 : q);
            unsigned char b[2] = {(unsigned char)u, (unsigned char)(u >> 8)};
            fwrite(b, 1, 2, f);
        }
    }
    for (uint32_t i = 0; i < n_classes; i++) {
        wr32(f, (uint32_t)classes[i].key);
        wr32(f, (uint32_t)(classes[i].key >> 32));
        fputc(classes[i].klass & 0xff, f);
        fputc(classes[i].klass >> 8, f);
    }
    fwrite("END!", 1, 4, f);
    if (n_kept)
        *n_kept = kept;
    return fclose(f) == 0 ? WARTA_OK : WARTA_EIO;
}
