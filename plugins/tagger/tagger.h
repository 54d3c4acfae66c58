/*
 * plugins/tagger/tagger.h — the statistical tagger shared by the plugin and
 * the training tool, so both compute features and decode the same way.
 *
 * Model: averaged perceptron, BIO over person/location/organization, first-
 * order Viterbi.  Features are hashed to a slot; the model file keeps the
 * slots' weights quantised to int16 (tagger_model.c).
 *
 * Speed comes from three things:
 *   - only a capitalised word, a number after one, or one of the few lower-
 *     case words the training data shows inside names ("dan", "of", "bin",
 *     "desa"), next to a capitalised word, may carry a name; every other
 *     token is O without being looked at, and Viterbi runs over each run of
 *     candidates on its own;
 *   - most features depend on one word only (the word, its affixes, its
 *     classes, as seen from two tokens left to two tokens right); for the
 *     words of the training data and the frequent words of plain text their
 *     weights are summed once, the first time a text needs the word, into
 *     one small vector per word and position, so a candidate reads five
 *     vectors instead of probing forty weights (summing all 120,000 words
 *     at load took most of the start-up); the shape and flag features are
 *     tabled when the model loads (tagger_tables.c);
 *   - what remains (the shape trigram, word pairs) is about seven probes,
 *     requested a chunk of sentences at a time so the fetches overlap.
 * The training tool trains under the same candidate rule and features.
 */
#ifndef WARTA_TAGGER_H
#define WARTA_TAGGER_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "warta/plugin.h"

enum { TG_O, TG_B_PER, TG_I_PER, TG_B_LOC, TG_I_LOC, TG_B_ORG, TG_I_ORG, TG_NL };
enum { TG_PER, TG_LOC, TG_ORG, TG_NTYPES };
/* tg_span.type of a run of candidates the model looked at and found no name
 * in (reported only when tg_input.want_none is set) */
#define TG_NONE TG_NTYPES

/* Word classes stored in the model file, learnt from the training data,
 * name lists and plain text. */
enum {
    TG_K_BEGIN = 1u << 0,     /* lower-case word that begins names ("desa Kramas")          */
    TG_K_INSIDE = 1u << 1,    /* lower-case word inside names ("Bank of America", "bin")    */
    TG_K_GAZ_SHIFT = 2,       /* 2 bits per type: in no, one, a few, many listed names      */
    TG_K_FIRST_NAME = 1u << 8,/* begins listed person names                                 */
    TG_K_CAP_SHIFT = 9,       /* 3 bits: unknown, capitalised mid-sentence <5%, <50%, <95%, more */
    TG_K_TRAINED = 1u << 15   /* occurs in the training data: only such a word has features
                                 of its own (the others would only hit other features' rows) */
};
#define TG_K_GAZ(k, type) (((k) >> (TG_K_GAZ_SHIFT + 2 * (type))) & 3u)
#define TG_K_CAP(k) (((k) >> TG_K_CAP_SHIFT) & 7u)

#define TG_MAX_FEATS 64
#define TG_MAX_REST 8                /* most warta_tagger_f_rest returns */
#define TG_NOFF 5                    /* word positions seen from a candidate: -2..+2 */
#define TG_MAX_DOMAINS 8
#define TG_MAGIC "WTAGGER"           /* 8 bytes with its NUL */
#define TG_VERSION 7u                /* file layout and feature set: bump on any change */
/* Where the header keeps the vector scales (tagger_model.c). */
#define TG_SCALES_OFFSET (8 + 10 * 4 + 3 * 4 + TG_NL * TG_NL * 4)

/* Per-token values, computed for the tokens a candidate looks at. */
typedef struct tg_tok {
    uint64_t key;        /* hash of the normalised key                        */
    uint64_t shape;      /* hash of the collapsed shape "Xx", "X.X.", "d"      */
    uint64_t lshape;     /* hash of the shape before collapsing, 8 chars max    */
    uint32_t vocab;      /* 1 + index of the word's vectors, 0 = none           */
    uint32_t oov;        /* 1 + index of vectors computed for this text, 0 = none */
    uint16_t sid, lid;   /* ids of shape and lshape in the model's tables, 0 = none */
    uint16_t klass;      /* TG_K_* bits                                         */
    uint8_t cand;        /* may carry a name label                              */
    uint8_t sent_start;
    uint8_t caps;        /* 0 lower, 1 capitalised, 2 all capitals              */
    uint8_t ready;       /* key, shapes, klass and vocab are set                */
    uint8_t oov_done;    /* bit d+2: the vector at position d is computed       */
} tg_tok;

typedef struct warta_tagger_model warta_tagger_model;

/* Borrowed view of a tokenized text, as the plugin and trainer both see it. */
typedef struct tg_input {
    const char *text;
    const warta_token *tokens;
    uint32_t n;
    uint32_t domain;     /* 0 = none; else the data set whose conventions to follow */
    int want_none;       /* also report TG_NONE spans (the plugin's "none" claims) */
} tg_input;

/* ---- features (tagger_feat.c) ---- */

/* What a feature sees outside the sentence. */
#define TG_PAD_LEFT 0x5a17c0de1ef70000ull
#define TG_PAD_RIGHT 0x5a17c0de819f7000ull

uint64_t warta_tagger_hash(const char *s, size_t n);
/* Hashes of the collapsed ("Xx") and the plain ("Xxxxxxx") shape of a
 * surface; caps: 0 lower, 1 capitalised, 2 all capitals. */
void warta_tagger_shapes(const char *s, size_t n, int caps, uint64_t *shape, uint64_t *lshape);

/* Fills info[0..in->n): the candidate rule, and keys, shapes and classes of
 * the candidates and the tokens around them.  m gives the classes. */
void warta_tagger_prepare(const warta_tagger_model *m, const tg_input *in, tg_tok *info);

/* The features of one word at position d (-2..2) from a candidate: they
 * depend on nothing else, which is what lets a model sum them per word. */
uint32_t warta_tagger_word_features(const char *key, uint64_t hash, uint16_t klass, int d, uint32_t domain,
                                    uint32_t mask, uint32_t *out);
/* Of those at position 0, the domain's own copies (the rest is the same
 * for every domain). */
uint32_t warta_tagger_word_domain_features(uint64_t hash, uint16_t klass, uint32_t domain, uint32_t mask,
                                           uint32_t *out);
/* The same for a position outside the sentence. */
uint32_t warta_tagger_pad_features(int d, uint32_t mask, uint32_t *out);
/* The features of candidate i that combine several tokens or read shapes,
 * in factors of few values each, which a model may also sum in advance:
 * the shape of the token at -1/0/+1, the candidate's sentence start and
 * capitalisation class with its shape, its plain shape, the bias with how
 * many neighbours are candidates; and the rest (shape trigram, word pairs),
 * always looked up. */
uint32_t warta_tagger_f_shape(uint64_t shape, int d, uint32_t domain, uint32_t mask, uint32_t *out);
uint32_t warta_tagger_f_ss_shape(int ss, uint64_t shape, uint32_t domain, uint32_t mask, uint32_t *out);
uint32_t warta_tagger_f_cap_shape(unsigned cap, uint64_t shape, uint32_t mask, uint32_t *out);
uint32_t warta_tagger_f_cap_ss(unsigned cap, int ss, uint32_t mask, uint32_t *out);
uint32_t warta_tagger_f_lshape(uint64_t lshape, uint32_t mask, uint32_t *out);
uint32_t warta_tagger_f_run(unsigned run, uint32_t domain, uint32_t mask, uint32_t *out);
uint32_t warta_tagger_f_rest(const tg_input *in, const tg_tok *info, uint32_t i, uint32_t mask, uint32_t *out);
/* 2 if the token before candidate i is a candidate, + 1 for the one after. */
unsigned warta_tagger_run_of(const tg_input *in, const tg_tok *info, uint32_t i);
/* All of them. */
uint32_t warta_tagger_context_features(const tg_input *in, const tg_tok *info, uint32_t i, uint32_t mask,
                                       uint32_t *out);
/* All features of candidate i (the trainer's view): context, then the words
 * at -2..+2.  out holds TG_MAX_FEATS * (1 + TG_NOFF). */
uint32_t warta_tagger_features(const tg_input *in, const tg_tok *info, uint32_t i, uint32_t mask,
                               uint32_t *out);

/* ---- the model file (tagger_model.c) ---- */

typedef struct tg_entry {
    uint32_t key;                /* slot + 1; 0 = empty */
    int16_t w[TG_NL];
} tg_entry;

typedef struct tg_word {
    uint64_t key;                /* key hash */
    uint32_t vocab;              /* 1 + vocabulary index, 0 = none */
    uint16_t klass;
    uint16_t used;               /* 0: an empty cell */
} tg_word;

struct warta_tagger_model {
    uint32_t hash_bits, mask;
    float trans[TG_NL * TG_NL];
    float scale;                 /* int16 weight * scale = weight                 */
    float conf_a, conf_b;        /* confidence from the margin (tagger_run.c)     */
    tg_entry *table;             /* open addressing on the slot                    */
    uint32_t table_mask, n_entries;
    tg_word *words;              /* open addressing on the key hash                */
    uint32_t word_mask, n_words;
    uint32_t n_vocab;            /* words with a key string, hence vectors         */
    char **vocab;                /* their keys                                     */
    char *vocab_block;           /* the keys of a loaded file, all in one block    */
    uint32_t n_vocab_stored;     /* vocab[0..n) point into vocab_block             */
    uint64_t *vocab_hash;
    uint16_t *vocab_klass;
    uint32_t n_domains;
    char domain_name[TG_MAX_DOMAINS][32];   /* [0] = "" (none)                     */
    uint32_t lang_domain[2];     /* default domain for "id" and "en"               */
    int16_t *vec[TG_MAX_DOMAINS];/* [n_vocab][TG_NOFF][TG_NL] per domain, or NULL  */
    float vscale[TG_MAX_DOMAINS];/* int16 vector value * vscale = summed weight   */
    /* Per word, when the vectors are summed on first use: TG_VEC_*; NULL when
     * every word's were summed at once. */
    _Atomic unsigned char *vec_state[TG_MAX_DOMAINS];
    float file_vscale[TG_MAX_DOMAINS];  /* the scales the file recorded, 0 = none   */
    /* shapes seen in training: id = index + 1 (tagger_tables.c) */
    uint32_t n_shapes[2];        /* collapsed, plain                               */
    uint64_t *shapes[2];
    uint16_t *shape_ids[2];      /* open addressing on the hash: id, 0 = empty     */
    uint32_t shape_mask[2];
    struct tg_tables *tables[TG_MAX_DOMAINS];   /* per domain, or NULL            */
};

/* Factor sums per domain, built with the vectors: emission score parts. */
typedef struct tg_tables {
    float pad[TG_NOFF][TG_NL];          /* a position outside the sentence      */
    float run[4][TG_NL];                /* warta_tagger_f_run                  */
    float cap_ss[8][2][TG_NL];
    float *shape;                       /* [n_shapes + 1][3][TG_NL], d = -1..1  */
    float *ss_shape;                    /* [2][n_shapes + 1][TG_NL]             */
    float *cap_shape;                   /* [8][n_shapes + 1][TG_NL]             */
    float *lshape;                      /* [n_lshapes + 1][TG_NL]               */
} tg_tables;

/* Reads a model file.  On failure returns a WARTA_E* code and writes why
 * into err. */
int warta_tagger_model_load(const char *path, warta_tagger_model **out, char *err, size_t errsize);
void warta_tagger_model_free(warta_tagger_model *m);
/* Makes domain d ready for tagging: its context factors, and its word
 * vectors, summed on first use when the file recorded their scales, else
 * all at once (once; not thread-safe: call before tagging).
 * WARTA_OK or WARTA_ENOMEM. */
int warta_tagger_model_prepare(warta_tagger_model *m, uint32_t domain);
/* Sums every vocabulary word's vectors for domain d now and sets
 * vscale[d] from the largest (the trainer records these scales in the
 * file, so that the plugin can sum a word's vectors when a text first
 * needs them and quantise them exactly as here). */
int warta_tagger_model_sum_vectors(warta_tagger_model *m, uint32_t domain);

enum { TG_VEC_EMPTY, TG_VEC_BUSY, TG_VEC_READY };
const int16_t *warta_tagger_model_vectors_slow(const warta_tagger_model *m, uint32_t domain, uint32_t w,
                                               int16_t *spare);
/* The vectors [TG_NOFF][TG_NL] of vocabulary word w (0-based) in a
 * prepared domain.  Safe from several threads: the first to need a word
 * sums it and stores it for the others; spare[TG_NOFF * TG_NL] holds the
 * answer meanwhile. */
static inline const int16_t *warta_tagger_model_vectors(const warta_tagger_model *m, uint32_t domain, uint32_t w,
                                                        int16_t *spare)
{
    const _Atomic unsigned char *state = m->vec_state[domain];
    if (!state || atomic_load_explicit(&state[w], memory_order_acquire) == TG_VEC_READY)
        return m->vec[domain] + (size_t)w * TG_NOFF * TG_NL;
    return warta_tagger_model_vectors_slow(m, domain, w, spare);
}
tg_tables *warta_tagger_tables_build(const warta_tagger_model *m, uint32_t domain);
void warta_tagger_tables_free(tg_tables *t);
/* Domain number of a name, or -1. */
int warta_tagger_model_domain(const warta_tagger_model *m, const char *name);
/* Adds the weights of slots feats[0..nf) to emit[TG_NL]. */
void warta_tagger_model_score(const warta_tagger_model *m, const uint32_t *feats, uint32_t nf, float *emit);
/* The word's cell, or NULL. */
const tg_word *warta_tagger_model_word(const warta_tagger_model *m, uint64_t key);
/* Id of a shape (plain: 1) in the model's tables, 0 when unknown. */
uint16_t warta_tagger_model_shape_id(const warta_tagger_model *m, uint64_t shape, int plain);
/* Sets the known shapes (the trainer). */
int warta_tagger_model_set_shapes(warta_tagger_model *m, int plain, const uint64_t *shapes, uint32_t n);

/* The trainer's model: word classes and vocabulary, no weights. */
warta_tagger_model *warta_tagger_model_new(uint32_t hash_bits);
/* Adds (or updates) a word; key_str may be NULL (no vectors). */
int warta_tagger_model_add_word(warta_tagger_model *m, uint64_t key, uint16_t klass, const char *key_str);

/* ---- tagging a text (tagger_run.c) ---- */

typedef struct tg_span {
    uint32_t tok_start, tok_end;   /* token indices, half-open */
    int type;                      /* TG_PER.., or TG_NONE */
    float margin;                  /* the weakest token's score over O (TG_NONE:
                                      O's score over the best other label) */
    float conf;                    /* from the margin, in [0.55, 0.85), TG_NONE
                                      too (tagger.none=decisive emits 1.0) */
    uint8_t unseen_acronym;        /* one all-capitals word the training data never had */
} tg_span;

typedef struct tg_scratch {
    tg_tok *info;
    float *emit;
    int32_t *work;
    uint8_t *labels;
    uint32_t cap;
    uint32_t *rest;                /* [n][TG_MAX_REST] warta_tagger_f_rest slots */
    uint8_t *n_rest;
    float *oov;                    /* [n][TG_NOFF][TG_NL] vectors of unknown words */
    uint32_t n_oov, cap_oov;
} tg_scratch;

void warta_tagger_scratch_free(tg_scratch *s);

void warta_tagger_viterbi(const float *emit, uint32_t n, const float *trans, uint8_t *out, int32_t *work);

/* Tags a whole text and calls fn for each name found, in order; stops and
 * returns fn's value when it is non-zero.  The model must have the vectors
 * of in->domain.  Returns WARTA_ENOMEM when the scratch cannot grow. */
typedef int (*tg_span_fn)(void *payload, const tg_span *span);
int warta_tagger_run(const warta_tagger_model *m, const tg_input *in, tg_scratch *s, tg_span_fn fn,
                     void *payload);

/* "id" or "en" from the text's commonest words (the first few hundred
 * tokens), or NULL when neither shows. */
const char *warta_tagger_guess_lang(const warta_token *tokens, uint32_t n);

#endif
