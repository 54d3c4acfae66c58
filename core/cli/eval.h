/*
 * core/cli/eval.h — `warta eval`: gold and predicted annotations in one
 * shape, so every reader (brat, CoNLL/BIO, PFSA-ID, PolNeAR, warta's own
 * JSON) feeds the same scorer.  All offsets are BYTE offsets into the
 * document text, half-open; readers of character-offset formats convert.
 */
#ifndef WARTA_CLI_EVAL_H
#define WARTA_CLI_EVAL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "files.h"
#include "text.h" /* warta_utf8__char_starts: brat/PolNeAR character offsets */
#include "warta/warta.h"

/* Entity types that are scored; "official" counts as person. */
enum { EV_PERSON, EV_LOCATION, EV_ORGANIZATION, EV_N_TYPES };

/* What a gold set annotates: only these layers are scored, so a NER data set
 * without organisations does not turn every predicted organisation into a
 * false positive. */
enum {
    EV_L_PERSON = 1u << EV_PERSON,
    EV_L_LOCATION = 1u << EV_LOCATION,
    EV_L_ORGANIZATION = 1u << EV_ORGANIZATION,
    EV_L_ENTITIES = EV_L_PERSON | EV_L_LOCATION | EV_L_ORGANIZATION,
    EV_L_ROLE = 1u << 3,
    EV_L_AFFILIATION = 1u << 4,
    EV_L_QUOTE = 1u << 5,
    EV_L_CUE = 1u << 6,
    EV_L_SPEAKER = 1u << 7,
    EV_L_ROLE_SPAN = 1u << 8    /* role spans tagged on their own (PFSA-ID's ROLE) */
};

/* A gold quote's speaker: named by a set of spans (a coreference chain), known
 * to be absent, or not determinable from the data (left out of the speaker
 * score). */
enum { EV_SPK_NONE, EV_SPK_SET, EV_SPK_UNKNOWN };

typedef struct ev_span {
    uint32_t start, end;
} ev_span;

typedef struct ev_mention {
    ev_span span;
    int type;               /* EV_PERSON.. */
    int nested;             /* predicted mention inside another: not scored (flat evaluation) */
    int has_role;
    ev_span role;
    int has_aff;
    ev_span aff;            /* the affiliation's own span */
} ev_mention;

typedef struct ev_quote {
    uint32_t frag_at, n_frag;   /* content fragments in doc->frags, sorted, trimmed */
    int has_cue;
    ev_span cue;
    int speaker;                /* EV_SPK_* */
    uint32_t spk_at, n_spk;     /* speaker spans in doc->spk */
    char kind;                  /* 'd' direct, 'i' indirect, 'm' mixed, 0 unknown */
} ev_quote;

typedef struct ev_doc {
    char *id;
    char *text;
    size_t len;
    char *lang;                 /* NULL = unknown */
    ev_mention *m; uint32_t n_m, cap_m;
    ev_quote *q;   uint32_t n_q, cap_q;
    ev_span *frags; uint32_t n_frags, cap_frags;
    ev_span *spk;   uint32_t n_spk, cap_spk;
    ev_span *cues;  uint32_t n_cues, cap_cues;   /* distinct cue spans, for cue F1 */
    ev_span *roles; uint32_t n_roles, cap_roles; /* gold role spans tagged on their own */
    ev_span *named; uint32_t n_named, cap_named; /* gold PERSON spans of such data: whose roles count */
} ev_doc;

typedef struct ev_corpus {
    ev_doc *docs; uint32_t n, cap;
    unsigned layers;
    const char *format;         /* static string */
    long ignored_labels;        /* gold spans whose label maps to nothing */
} ev_corpus;

/* ---- documents (eval_doc.c) ---- */
ev_doc *ev_corpus_add(ev_corpus *c);
void ev_corpus_free(ev_corpus *c);
void ev_doc_clear(ev_doc *d);
int ev_doc_set(ev_doc *d, const char *id, const char *text, size_t len, const char *lang);
int ev_add_mention(ev_doc *d, const ev_mention *m);
/* Adds a quote whose content fragments and speaker spans are given; the
 * fragments are sorted and trimmed of white space, quote marks and edge
 * punctuation (conventions differ on the comma before a closing mark). */
int ev_add_quote(ev_doc *d, const ev_span *frags, uint32_t n_frags, const ev_span *cue,
                 int speaker, const ev_span *spk, uint32_t n_spk, char kind);
/* Adds a cue span once. */
int ev_add_cue(ev_doc *d, ev_span cue);
/* Adds a gold role span (a data set tagging roles apart from persons). */
int ev_add_role(ev_doc *d, ev_span role);
int ev_add_named(ev_doc *d, ev_span name);
/* Marks predicted mentions strictly inside another one (or duplicating one). */
void ev_mark_nested(ev_doc *d);
/* The key documents are paired by: the id's last path component without a
 * .txt/.ann/.json suffix.  Writes into buf. */
const char *ev_doc_key(const char *id, char *buf, size_t size);
char *ev_strndup(const char *s, size_t n);

/* ---- readers (eval_brat.c, eval_conll.c, eval_polnear.c, eval_pred.c) ---- */

/* A label mapping: source label -> person, location, organization (scored
 * entities), quote (a statement: quote content), cue, speaker (a named
 * speaker, not scored as an entity), speaker_ref (a pronoun or title standing
 * for an earlier speaker, PFSA-ID's PERSONCOREF) or ignore. */
enum { EV_T_PERSON = EV_PERSON, EV_T_LOCATION = EV_LOCATION, EV_T_ORGANIZATION = EV_ORGANIZATION,
       EV_T_QUOTE = 10, EV_T_CUE, EV_T_SPEAKER, EV_T_SPEAKER_REF, EV_T_IGNORE, EV_T_ROLE };
typedef struct ev_labelmap {
    char *from[64];
    int to[64];
    int n;
} ev_labelmap;
/* Parses "A=b,C=d" into map (later entries win).  Returns 0 or -1 with a
 * message in err. */
int ev_labelmap_parse(ev_labelmap *map, const char *spec, char *err, size_t errsize);
int ev_labelmap_get(const ev_labelmap *map, const char *label);   /* -1 when absent */
void ev_labelmap_free(ev_labelmap *map);

/* How sentences of a token file become documents. */
enum { EV_DOCS_AUTO, EV_DOCS_SENTENCE, EV_DOCS_DOCSTART, EV_DOCS_KOMPAS, EV_DOCS_FILE, EV_DOCS_N };

typedef struct ev_token_opts {
    const ev_labelmap *map;
    int docs;              /* EV_DOCS_* */
    int per_doc;           /* sentences per document for EV_DOCS_N */
    int detok;             /* rebuild spacing around punctuation and quote marks */
    int sent_space;        /* sentences joined by a space, not a newline */
    int rejoin;            /* a hyphen or apostrophe token between two words joins them */
    const char *lang;
    long limit;            /* documents, 0 = all */
} ev_token_opts;

int ev_read_brat(const char *path, const char *lang, long limit, ev_corpus *c, char *err, size_t errsize);
int ev_read_tokens(const char *path, const ev_token_opts *o, ev_corpus *c, char *err, size_t errsize);
int ev_read_polnear(const char *path, long limit, ev_corpus *c, char *err, size_t errsize);

/* warta's JSON: one record (a cJSON object) -> document.  With a gold
 * document, the record's text must equal the gold's (a record without text
 * takes the gold's).  Returns 0, -1 out of memory, -2 bad record, -3 an error
 * record (the document failed). */
struct cJSON;
int ev_doc_from_json(const struct cJSON *rec, const ev_doc *gold, ev_doc *d, char *err, size_t errsize);
/* Reads a file of JSON records (JSONL or pretty records one after another),
 * calling fn for each; returns 0, or -1 with err set when the file cannot be
 * read or parsed. */
typedef int (*ev_json_fn)(const struct cJSON *rec, void *payload);
int ev_read_json_records(const char *path, ev_json_fn fn, void *payload, char *err, size_t errsize);
int ev_read_warta_gold(const char *path, long limit, ev_corpus *c, char *err, size_t errsize);
/* A pipeline result -> predicted document. */
int ev_doc_from_result(const warta_result *r, ev_doc *d);

/* ---- matching and scoring (eval_match.c, eval_score.c) ---- */

/* Pair score: <0 no match, else higher is better. */
typedef double (*ev_pair_fn)(const void *ctx, uint32_t g, uint32_t p);
/* One-to-one matching of gold and predicted items whose spans overlap (or,
 * for zero-width spans, coincide): candidates by a sweep over sorted spans,
 * then greedy by score.  g_to_p/p_to_g get the partner or -1.  Returns the
 * number of pairs, or -1 when out of memory. */
long ev_match(const ev_span *g, uint32_t ng, const ev_span *p, uint32_t np, ev_pair_fn fn,
              const void *ctx, int32_t *g_to_p, int32_t *p_to_g);

typedef struct ev_count {
    long gold, pred, tp_exact, tp_partial;
} ev_count;

typedef struct ev_error {
    char *key;          /* class \t type \t gold text \t pred text */
    long count;
    char *doc;          /* first document it was seen in */
} ev_error;

typedef struct ev_scores {
    unsigned layers;
    long docs, docs_missing, docs_failed;
    ev_count ent[EV_N_TYPES];
    ev_count role, aff, quote, cue, quote_speaker;
    ev_count role_span;                 /* EV_L_ROLE_SPAN: every predicted role vs gold roles */
    long spk_eval, spk_right, spk_none, spk_none_right, spk_unknown;
    long kind_gold[2], kind_found[2];   /* gold quotes by kind, and found (partial) */
    ev_error *err; size_t n_err, cap_err;   /* open-addressing table */
} ev_scores;

void ev_scores_init(ev_scores *s, unsigned layers);
/* Keeps only direct (and mixed) quotes and the cues of those: for gold data
 * that annotates direct speech only. */
void ev_keep_direct(ev_doc *d);
void ev_scores_free(ev_scores *s);
/* Scores one predicted document against its gold; pred may be NULL (no
 * prediction: everything is a false negative). */
int ev_score_doc(ev_scores *s, const ev_doc *gold, ev_doc *pred);

/* ---- reporting (eval_report.c) ---- */
void ev_print_table(FILE *out, const ev_scores *s, int show_errors);
int ev_write_json(const char *path, const ev_scores *s, const char *gold, const char *format,
                  int max_errors, char *err, size_t errsize);

#endif
