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
    tr_gold *gold;         /* gold names as byte spans                           */
    uint32_t n_gold;
    uint32_t domain;
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
 * lower: the file is all lower case (NERP); the words of names and the
 * first word of a sentence are capitalised again.
 * Returns 0, or -1 with a message on stderr. */
int tr_read(const char *path, uint32_t domain, int lower, tr_set *set);
void tr_set_free(tr_set *set);
/* Applies the candidate rule of model m's word classes (m may be NULL) to
 * the labels and counts what it loses. */
void tr_finish(tr_set *set, const warta_tagger_model *m);

/* Sentences whose text also occurs in `other` (compared on letters and
 * digits, case-folded) are dropped from set; returns how many. */
size_t tr_drop_overlap(tr_set *set, const tr_set *other);

/* Precision/recall of a model on a set, by exact byte span and type,
 * through the plugin's own tagging code.  Prints a table headed by `name`;
 * returns the micro F1.  verbose 1 lists the errors, 2 also the precision
 * by confidence. */
double tr_eval(const warta_tagger_model *m, const tr_set *set, const char *name, int verbose);

/* ---- word classes (train_classes.c) ---- */

typedef struct tr_classes tr_classes;
/* vocab_min: a word seen this often in the plain texts gets vectors like
 * the words of the training data (0: only those). */
tr_classes *tr_classes_new(uint32_t vocab_min);
void tr_classes_free(tr_classes *c);
/* Counts where lower-case words stand in and out of names (labels before
 * the candidate rule).  Returns 0 or -1 when out of memory. */
int tr_classes_count_connectors(tr_classes *c, const tr_set *set);
/* Counts capitalisation mid-sentence in plain text (valid UTF-8). */
int tr_classes_count_text(tr_classes *c, const char *text, size_t len);
/* Counts the words of a name list, one name a line, of type TG_PER.. */
int tr_classes_count_names(tr_classes *c, const char *text, size_t len, int type);
/* Remembers the keys of the sentences as the vocabulary. */
int tr_classes_add_vocab(tr_classes *c, const tr_set *set);
/* Adds every word with a class or in the vocabulary to m. */
int tr_classes_apply(tr_classes *c, warta_tagger_model *m, uint32_t *n_begin, uint32_t *n_inside);

/* ---- the model file (train_save.c) ---- */

typedef struct tr_model_out {
    const warta_tagger_model *words;   /* words, domains, languages' domains */
    const float *w;                    /* [1 << bits][TG_NL] */
    const float *trans;                /* [TG_NL * TG_NL]    */
    float prune;                       /* rows whose largest |w| is below are dropped */
    float conf_a, conf_b;
} tr_model_out;

int tr_model_save(const char *path, const tr_model_out *o, uint32_t *n_kept);
/* Sums the vectors of every domain of the model file at path and records
 * their scales in its header.  WARTA_OK, or an error after a message. */
int tr_record_scales(const char *path);

#endif
