/*
 * plugins/quotes/qt.h — state shared by the quotes plugin's files.
 *
 * One document is processed in four steps, each in its own file:
 *   qt_context.c  per-token cue classes and the earlier entity mentions,
 *                 mapped to token indices;
 *   qt_pair.c     quote marks paired with a stack into direct quotations;
 *   qt_attrib.c   speakers and cues of direct quotes, anaphora (katanya,
 *                 Ia, he said) and the document-order attribution pass;
 *   qt_indirect.c reported speech (X mengatakan bahwa ..., Menurut X, ...).
 * Every step is linear in the tokens: look-arounds are bounded windows.
 * Nothing here is exported (the plugin builds with hidden visibility); the
 * warta_qt__ prefix keeps the non-static names out of everyone's way.
 */
#ifndef WARTA_QUOTES_QT_H
#define WARTA_QUOTES_QT_H

#include <stdint.h>

#include "warta/plugin.h"

/* cues.tsv classes. */
enum {
    QT_CUE_ATTR = 1,     /* A: attributes an adjacent direct quote           */
    QT_CUE_INDIRECT = 2, /* I: introduces reported speech after its subject   */
    QT_CUE_NYA = 4,      /* N: the cue is the (anaphoric) speaker             */
    QT_CUE_MENURUT = 8   /* M: "according to", the speaker follows            */
};

/* function_words.tsv classes. */
enum { QT_FW_GAP = 1, QT_FW_PREP = 2, QT_FW_BLOCK = 4, QT_FW_COORD = 8, QT_FW_TITLE = 16,
       QT_FW_REL = 32, QT_FW_DEM = 64, QT_FW_SOURCE = 128 };

/* complementisers.tsv reach. */
enum { QT_COMP_NEAR = 1, QT_COMP_FAR = 2 };

/* Per-token scratch flags. */
enum {
    QT_T_IN_QUOTE = 1,     /* inside a direct quotation, marks included    */
    QT_T_CUE_DIRECT = 2,   /* cue already attributes a direct quote        */
    QT_T_CUE_INDIRECT = 4  /* cue already introduces an indirect quote     */
};

enum { QT_PERSON = 1, QT_OFFICIAL, QT_ORG, QT_LOC };

typedef struct qt_instance {
    const warta_host *host;
    warta_lexicon *cues, *pronouns, *comps, *words;
} qt_instance;

typedef struct qt_mention {
    int32_t id;             /* annotation id                                   */
    uint8_t type;           /* QT_PERSON ...                                   */
    uint8_t subject;        /* named as the subject of its clause              */
    uint32_t tok_s, tok_e;  /* the name, token indices, half-open              */
    uint32_t ext_s;         /* first token including an office written before  */
    uint32_t ext_e;         /* end including degrees written after ("M.Ed")    */
} qt_mention;

typedef struct qt_span {
    uint32_t start, end;    /* bytes */
} qt_span;

/* How a speaker was found. */
enum { QT_SPK_NONE = 0, QT_SPK_MENTION, QT_SPK_PRONOUN, QT_SPK_NYA, QT_SPK_NAME, QT_SPK_SUBJECT,
       QT_SPK_INHERITED,
       QT_SPK_UNNAMED /* a subject that names no one: "pihak berwenang", "kesaksian yang" */ };

typedef struct qt_speaker {
    int32_t s, e;           /* tokens of the speaker as written, -1 when none  */
    int32_t ment;           /* resolved mention (index into ctx->ments) or -1  */
    uint8_t how;            /* QT_SPK_*                                        */
} qt_speaker;

enum { QT_DIRECT = 1, QT_INDIRECT = 2 };

typedef struct qt_quote {
    uint32_t open, close;   /* direct: first and last mark (or last content
                               token when unclosed); indirect: the cue       */
    uint32_t start, end;    /* bytes of the whole quotation                    */
    uint32_t part0, n_parts;/* content spans in ctx->parts                     */
    int32_t cue_s, cue_e;   /* tokens, half-open, -1 when none                 */
    qt_speaker spk;
    uint32_t attr_end;      /* last token of the quote with its attribution    */
    uint8_t kind, closed, weak, single, drop, comp, post;
    float score;
} qt_quote;

typedef struct qt_ctx {
    const qt_instance *in;
    const warta_doc *doc;
    const warta_token *tok;
    uint32_t n;
    uint8_t *cue;           /* QT_CUE_* of the cue starting at a token        */
    uint8_t *cue_len;       /* its length in tokens                          */
    uint8_t *tf;            /* QT_T_*                                         */
    int32_t *m_start;       /* best mention starting (with its office) here   */
    int32_t *m_end;         /* best mention whose last token is this one      */
    int32_t *last_subj;     /* latest subject mention ending at or before t   */
    int32_t *last_pers;     /* latest person mention ending at or before t    */
    qt_mention *ments;      uint32_t n_ments;
    qt_quote *q;            uint32_t n_q, cap_q;
    qt_span *parts;         uint32_t n_parts, cap_parts;
} qt_ctx;

/* qt_context.c */
int warta_qt__ctx_init(qt_ctx *c, const qt_instance *in, const warta_doc *doc);
void warta_qt__ctx_free(qt_ctx *c);
void warta_qt__anaphora_prepare(qt_ctx *c);
int warta_qt__add_part(qt_ctx *c, uint32_t tok_from, uint32_t tok_to);
qt_quote *warta_qt__new_quote(qt_ctx *c);
uint32_t warta_qt__words(const qt_ctx *c, uint32_t t, uint32_t *len);
int warta_qt__pronoun(const qt_ctx *c, uint32_t t);
int warta_qt__comp(const qt_ctx *c, uint32_t t);

/* Small token predicates. */
static inline int qt_key_is(const qt_ctx *c, uint32_t t, const char *k)
{
    const char *a = c->tok[t].key;
    while (*k && *a == *k) {
        a++;
        k++;
    }
    return *a == '\0' && *k == '\0';
}
static inline int qt_is_comma(const qt_ctx *c, uint32_t t) { return qt_key_is(c, t, ","); }
static inline int qt_is_final(const qt_ctx *c, uint32_t t)
{
    const char *k = c->tok[t].key;
    return (k[0] == '.' || k[0] == '!' || k[0] == '?' || k[0] == ';') && k[1] == '\0';
}
static inline int qt_is_mark(const qt_ctx *c, uint32_t t) { return (c->tok[t].flags & WARTA_TOK_QUOTE) != 0; }
static inline int qt_is_para(const qt_ctx *c, uint32_t t) { return (c->tok[t].flags & WARTA_TOK_PARA_START) != 0; }
static inline uint32_t qt_sent_start(const qt_ctx *c, uint32_t t)
{
    return c->doc->sentences[c->tok[t].sentence].tok_start;
}
static inline uint32_t qt_sent_end(const qt_ctx *c, uint32_t t)
{
    return c->doc->sentences[c->tok[t].sentence].tok_end;
}

/* qt_pair.c */
int warta_qt__pair(qt_ctx *c);

/* qt_attrib.c */
typedef struct qt_prev {
    int32_t speaker;        /* mention index of the last resolved speaker     */
    uint32_t attr_end;      /* where that quote and its attribution ended     */
} qt_prev;
int warta_qt__attribute(qt_ctx *c);
qt_speaker warta_qt__subject_of(qt_ctx *c, uint32_t v, const qt_prev *prev);
int32_t warta_qt__resolve(const qt_ctx *c, uint32_t pos, const qt_prev *prev);
qt_speaker warta_qt__speaker_after(qt_ctx *c, uint32_t a, uint32_t limit, const qt_prev *prev);

/* qt_indirect.c */
int warta_qt__indirect(qt_ctx *c, uint32_t v, qt_prev *prev);

#endif
