/*
 * core/cli/eval_tokens.h — a token-tagged document being turned into an
 * ev_doc: shared by the CoNLL/BIO reader and the PFSA-ID quote assembly.
 */
#ifndef WARTA_CLI_EVAL_TOKENS_H
#define WARTA_CLI_EVAL_TOKENS_H

#include "eval.h"

typedef struct ev_tok {
    const char *form;
    const char *tag;
    uint32_t sent;           /* sentence index in the file */
    uint32_t start, end;     /* bytes in the rebuilt document text */
} ev_tok;

/* A tagged span after decoding B/I/L/U/O, as token indices [a, b). */
typedef struct ev_tspan {
    int target;              /* EV_T_* from the label map */
    const char *label;
    uint32_t a, b;
} ev_tspan;

/* Builds quotes (STATEMENT), cues and speakers of one document from its
 * tagged spans, PFSA-ID style; docs/eval.md explains the attribution rule. */
int ev_pfsa_quotes(ev_doc *d, const ev_tok *tok, uint32_t n_tok, const ev_tspan *sp, uint32_t n_sp);

#endif
