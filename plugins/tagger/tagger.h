/*
 * plugins/tagger/tagger.h — the statistical tagger shared by the plugin and
 * the training tool, so both compute features and decode the same way.
 *
 * Model: averaged perceptron, BIO over person/location/organization, first-
 * order Viterbi.  Features are hashed to a slot; the model file keeps only
 * slots with a weight worth keeping, quantised to int16 (see tagger_model.c).
 *
 * Speed comes from scoring few tokens: only a capitalised token, or a lower-
 * case word joining two capitalised ones ("Bank of America", "Pendidikan dan
 * Kebudayaan"), may be inside a name; every other token is O without being
 * looked at, and Viterbi runs over each run of candidates on its own.  The
 * training tool trains under the same rule.
 */
#ifndef WARTA_TAGGER_H
#define WARTA_TAGGER_H

#include <stddef.h>
#include <stdint.h>

#include "warta/plugin.h"

enum { TG_O, TG_B_PER, TG_I_PER, TG_B_LOC, TG_I_LOC, TG_B_ORG, TG_I_ORG, TG_NL };
enum { TG_PER, TG_LOC, TG_ORG, TG_NTYPES };

/* Word classes stored in the model file, learnt from the training data. */
enum {
    TG_K_BEGIN = 1u << 0,     /* lower-case word that begins names ("desa Kramas")          */
    TG_K_INSIDE = 1u << 1,    /* lower-case word inside names ("Bank of America", "bin")    */
};

#define TG_MAX_FEATS 64
#define TG_MAGIC "WTAGGER"           /* 8 bytes with its NUL */
#define TG_VERSION 2u                /* file layout and feature set: bump on any change */

/* Per-token values computed once per document. */
typedef struct tg_tok {
    uint64_t key;        /* hash of the normalised key (or of a pad)        */
    uint64_t shape;      /* hash of the collapsed shape "Xx", "X.X.", "d"    */
    uint64_t lshape;     /* hash of the shape before collapsing, 8 chars max  */
    uint8_t cand;        /* may carry an entity label                         */
    uint8_t sent_start;
    uint8_t caps;        /* 0 lower, 1 capitalised, 2 all capitals            */
    uint16_t klass;      /* TG_K_* bits the model file gives the key           */
} tg_tok;

typedef struct warta_tagger_model warta_tagger_model;

/* Borrowed view of a tokenized text, as the plugin and trainer both see it. */
typedef struct tg_input {
    const char *text;
    const warta_token *tokens;
    uint32_t n;
} tg_input;

uint64_t warta_tagger_hash(const char *s, size_t n);

/* Fills info[0..in->n).  The model supplies the distributional classes (may
 * be NULL while training builds them). */
void warta_tagger_prepare(const warta_tagger_model *m, const tg_input *in, tg_tok *info);

/* Feature slots of token i (a candidate) into out[TG_MAX_FEATS], each
 * masked with mask; returns how many. */
uint32_t warta_tagger_features(const tg_input *in, const tg_tok *info, uint32_t i, uint32_t mask,
                               uint32_t *out);

/* Viterbi over one segment of n tokens: emit[n*TG_NL] scores, trans[TG_NL*TG_NL]
 * label bigram weights (entering from O and leaving to O at the ends); BIO
 * constraints are enforced.  Writes labels to out; uses work[n*TG_NL] ints. */
void warta_tagger_viterbi(const float *emit, uint32_t n, const float *trans, uint8_t *out, int32_t *work);

/* ---- the model file (tagger_model.c) ---- */

struct warta_tagger_model {
    uint32_t hash_bits;
    float trans[TG_NL * TG_NL];
    float scale;                 /* int16 weight * scale = weight           */
    float conf_a, conf_b;        /* confidence = 1/(1+exp(-(a*margin+b)))   */
    uint32_t n_entries;
    uint32_t table_mask;         /* open addressing, key 0 = empty           */
    struct tg_entry *table;
    uint32_t n_classes;
    uint32_t class_mask;
    struct tg_class *classes;
};

typedef struct tg_entry {
    uint32_t key;                /* slot + 1 */
    int16_t w[TG_NL];
} tg_entry;

typedef struct tg_class {
    uint32_t key_lo;             /* low 32 bits of the key hash; 0 = empty */
    uint32_t key_hi;
    uint16_t klass;
} tg_class;

typedef struct tg_class_entry {
    uint64_t key;
    uint16_t klass;
} tg_class_entry;

/* Reads a model file.  On failure returns a WARTA_E* code and writes why
 * into err. */
int warta_tagger_model_load(const char *path, warta_tagger_model **out, char *err, size_t errsize);
void warta_tagger_model_free(warta_tagger_model *m);
/* Adds the weights of slots feats[0..nf) to emit[TG_NL]. */
void warta_tagger_model_score(const warta_tagger_model *m, const uint32_t *feats, uint32_t nf, float *emit);
uint16_t warta_tagger_model_class(const warta_tagger_model *m, uint64_t key);
/* Replaces the model's word classes (the trainer builds them before any
 * weight exists).  WARTA_OK or WARTA_ENOMEM. */
int warta_tagger_model_set_classes(warta_tagger_model *m, const tg_class_entry *e, uint32_t n);

/* ---- tagging a text (tagger_run.c) ---- */

typedef struct tg_span {
    uint32_t tok_start, tok_end;   /* token indices, half-open */
    int type;                      /* TG_PER.. */
    float conf;
} tg_span;

typedef struct tg_scratch {
    tg_tok *info;
    float *emit;
    int32_t *work;
    uint8_t *labels;
    uint32_t cap;
} tg_scratch;

void warta_tagger_scratch_free(tg_scratch *s);

/* Tags a whole text and calls fn for each name found, in order; stops and
 * returns fn's value when it is non-zero.  Returns WARTA_ENOMEM when the
 * scratch cannot grow. */
typedef int (*tg_span_fn)(void *payload, const tg_span *span);
int warta_tagger_run(const warta_tagger_model *m, const tg_input *in, tg_scratch *s, tg_span_fn fn,
                     void *payload);

#endif
