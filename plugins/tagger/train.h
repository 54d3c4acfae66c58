/*
 * plugins/tagger/train.h — the training tool's data sets: token files read
 * into sentences, each re-tokenized by warta's own tokenizer (so training
 * sees exactly the tokens, keys and flags the plugin sees at run time) with
 * the gold names projected onto those tokens.
 */
#ifndef WARTA_TAGGER_TRAIN_H
#define WARTA_TAGGER_TRAIN_H

#include <stddef.h>
#include <stdint.h>

#include "tagger.h"
#include "text.h"

typedef struct tr_gold {
    uint32_t start, end;   /* bytes */
    int type;              /* TG_PER.. */
} tr_gold;

typedef struct tr_sent {
    char *text;
    size_t len;
    warta_tokens toks;
    uint8_t *labels;       /* gold BIO per warta token, under the candidate rule */
    uint8_t *raw;          /* the same before the rule (set by tr_finish)        */
    tr_gold *gold;         /* gold names as byte spans (before it) */
    uint32_t n_gold;
} tr_sent;

typedef struct tr_set {
    tr_sent *s;
    size_t n, cap;
    /* what the projection and the candidate rule lose */
    long names, misaligned, not_candidate, tokens, candidates;
} tr_set;

/* Reads "token ... tag" lines (TAB or space separated, last column the tag,
 * blank line between sentences, -DOCSTART- lines skipped, CRLF accepted) and
 * appends the sentences to set.  Tags: BIO/BILOU over PER|PERSON|PPL,
 * LOC|LOCATION|PLACE|PLC|GPE, ORG|ORGANISATION|ORGANIZATION; others are O.
 * Returns 0, or -1 with a message on stderr. */
int tr_read(const char *path, tr_set *set);
void tr_set_free(tr_set *set);
/* Applies the candidate rule of model m's word classes (m may be NULL) to
 * the labels and counts what it loses. */
void tr_finish(tr_set *set, const warta_tagger_model *m);

/* Sentences whose token text also occurs in `other` are dropped from set
 * (returns how many). */
size_t tr_drop_overlap(tr_set *set, const tr_set *other);

/* Precision/recall of the model file on a set, by exact byte span and type.
 * Prints a table headed by `name`; returns the micro F1. */
double tr_eval(const warta_tagger_model *m, const tr_set *set, const char *name, int verbose);

/* Word classes (train_classes.c). */
typedef struct tr_classes tr_classes;
tr_classes *tr_classes_new(void);
void tr_classes_free(tr_classes *c);
/* Counts where lower-case words stand in and out of names (labels before
 * the candidate rule).  Returns 0 or -1 when out of memory. */
int tr_classes_count_connectors(tr_classes *c, const tr_set *set);
/* The classes worth storing; caller frees. */
tg_class_entry *tr_classes_build(tr_classes *c, uint32_t *n_out, uint32_t *n_begin, uint32_t *n_inside);

int warta_tagger_model_save(const char *path, uint32_t bits, const float *w, const float *trans, float prune,
                            float conf_a, float conf_b, const tg_class_entry *classes, uint32_t n_classes,
                            uint32_t *n_kept);

#endif
