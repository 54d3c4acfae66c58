/*
 * officials.h — shared declarations of the officials plugin's files.
 *
 * One document goes through three steps, each linear in its tokens:
 *   officials_doc.c    classifies every token once (title, stopword, common
 *                      word, first name, known name) and maps the earlier
 *                      location/organisation annotations onto tokens;
 *   officials_scan.c   one left-to-right pass reading title chains and name
 *                      runs (officials_chain.c) and emitting mentions;
 *   officials_known.c  a second pass that finds bare later (or earlier)
 *                      mentions of names found in the first ("Trump").
 * Every symbol shared between the files is hidden in the .so; the prefix
 * keeps them apart from the host's when the plugin is linked statically.
 */
#ifndef WARTA_OFFICIALS_H
#define WARTA_OFFICIALS_H

#include <stdint.h>

#include "warta/plugin.h"

typedef struct warta_officials {
    const warta_host *host;
    warta_lexicon *titles;   /* titles.tsv                 */
    warta_lexicon *names;    /* person-names.tsv           */
    warta_lexicon *first;    /* first-names.tsv            */
    warta_lexicon *stop;     /* stopwords-capitalised.tsv  */
    warta_lexicon *common;   /* common-words.tsv           */
    warta_lexicon *words;    /* role-words.tsv (asked only inside titles) */
    warta_lexicon *degrees;  /* degrees.tsv (asked only after a name)      */
    float context_min_score; /* option officials.context_min_score */
    char *guesses;           /* option officials.guesses: plugin names, comma-separated */
} warta_officials;

/* Kinds of titles.tsv entries. */
enum {
    OFF_T_NONE = 0,
    OFF_T_OFFICE,
    OFF_T_RANK,
    OFF_T_OCCUPATION,
    OFF_T_HONORIFIC,
    OFF_T_PREFIX,
    OFF_T_FORMER,
    OFF_T_SUFFIX,
    OFF_T_LEAD
};

/* What a token is, as far as names are concerned. */
enum {
    OFF_CAP = 1u << 0,      /* capitalised word that can belong to a name      */
    OFF_UPPER = 1u << 1,    /* all-caps word (acronym): never a name word      */
    OFF_STOP = 1u << 2,     /* stopwords-capitalised.tsv                       */
    OFF_COMMON = 1u << 3,   /* common-words.tsv: usually written in lower case */
    OFF_FIRST = 1u << 4,    /* first-names.tsv                                 */
    OFF_FIGURE = 1u << 5,   /* person-names.tsv "figure": a name on its own    */
    OFF_KNOWN = 1u << 6,    /* inside a person-names.tsv "full" name           */
    OFF_INITIAL = 1u << 7,  /* one capital letter ("F" of "John F. Kennedy")   */
    OFF_COMMA = 1u << 8,
    OFF_OPEN = 1u << 9,     /* (                                               */
    OFF_CLOSE = 1u << 10,   /* )                                               */
    OFF_DOT = 1u << 11,     /* .                                               */
    OFF_COVERED = 1u << 12, /* inside a location/organisation annotation       */
    OFF_TAKEN = 1u << 13,   /* inside a name this plugin already emitted       */
    OFF_PORTFOLIO = 1u << 14,/* the title starting here takes portfolio words  */
    OFF_LOWER = 1u << 15,   /* a word starting in lower case                   */
    OFF_EN_TITLE = 1u << 16,/* the title starting here is English (flag "en")   */
    OFF_DESC = 1u << 17,    /* the title starting here takes lower-case words
                               describing the field: "pengamat kebijakan publik" */
    OFF_BARE_LEAD = 1u << 18,/* a lead that needs no comma: "X selaku Ketua ..." */
    OFF_HEAD = 1u << 19,    /* head noun of an organisation or place (Dinas)    */
    OFF_TAIL = 1u << 20,    /* ... one that ends its name (Group, Institute)    */
    OFF_OTHER_TYPE = 1u << 21,/* inside a place/organisation guess too weak to be
                                 context: enough to doubt a person with no evidence */
    OFF_GEN = 1u << 22,     /* generational suffix ending a name (Jr, II)       */
    OFF_GEN_COMMA = 1u << 23,/* ... that may follow a comma ("Belafonte, Sr.")  */
    OFF_INNER = 1u << 24,   /* honorific kept between name words ("Najib Tun Razak") */
    OFF_REGNAL = 1u << 25,  /* regnal number ending a titled name ("Paulus II")   */
    OFF_GUESSED = 1u << 26  /* inside a guess's place/organisation (officials.guesses):
                               only a title or an honorific reads a name there  */
};

/* Name-ish evidence that keeps a common word inside a name. */
#define OFF_NAMEISH (OFF_FIRST | OFF_FIGURE | OFF_KNOWN)

typedef struct off_tok {
    uint32_t cls;        /* OFF_* bits                                          */
    uint8_t title_n;     /* tokens of the title starting here, 0 = none         */
    uint8_t title_kind;  /* OFF_T_*                                             */
    uint8_t known_n;     /* tokens of a known full name starting here           */
    uint8_t deferred;    /* a one-word person the scan left to the bare-mention
                            pass (officials_scan.c), emitted there               */
    float deferred_score;
    int32_t ann;         /* longest location/organisation starting here, or -1 */
    uint32_t ann_end;    /* its end token (exclusive)                           */
} off_tok;

/* A name this plugin emitted, remembered for the bare-mention pass. */
typedef struct off_found {
    uint32_t name_s, name_e; /* tokens */
    int32_t id;              /* annotation id returned by emit()                */
    float score;
} off_found;

typedef struct off_ctx {
    const warta_officials *in;
    const warta_doc *doc;
    const warta_sink *sink;
    off_tok *t;
    uint32_t n;
    off_found *found;
    uint32_t n_found, cap_found;
    uint32_t n_deferred;     /* tokens with off_tok.deferred set                */
    int stopped;             /* emit() said WARTA_STOP                          */
} off_ctx;

/* What one mention is made of, in token indices (end exclusive; s == e
 * when absent). */
typedef struct off_mention {
    uint32_t name_s, name_e;
    uint32_t role_s, role_e;  /* the office or occupation                     */
    uint32_t rank_s, rank_e;  /* a police or military rank                    */
    uint32_t hon_s, hon_e;    /* an honorific                                 */
    uint32_t aff_s, aff_e;    /* affiliation as written                       */
    int32_t aff_ann;          /* its annotation id, or -1 when not annotated  */
    int32_t coref;            /* an earlier mention of the same person, or -1 */
    uint32_t deg_s, deg_e;    /* degrees after the name ("SH MH")             */
    uint32_t byte_s, byte_e;  /* when byte_e > byte_s, the name is these bytes
                                 of its token ("Gibran" in "Prabowo-Gibran")  */
    int former;
    float score;
} off_mention;

/* A title chain: "mantan Wakil Presiden AS", "Kapolda Metro Jaya Irjen". */
typedef struct off_chain {
    uint32_t start, end;      /* tokens the chain covers                      */
    uint32_t role_s, role_e, rank_s, rank_e, aff_s, aff_e;
    int32_t aff_ann;
    int former;
    int last_kind;            /* OFF_T_* of the last title read               */
    int open_role;            /* the role ends the chain and its title takes
                                 portfolio words: unit words may extend it     */
} off_chain;

/* What stands between a title and its name when the name does not follow
 * the title at once: "Kepala Bidang Humas | Polda Metro Jaya | Kombes |
 * Yusri Yunus", "Ketua | Gugus Tugas ... Covid - 19 | Doni Monardo". */
typedef struct off_zone {
    uint32_t start, end;      /* tokens read                                  */
    uint32_t unit_e;          /* capitalised words right after the title that
                                 stand before an organisation: the unit of the
                                 office ("Humas"); == start when none          */
    uint32_t aff_s, aff_e;    /* affiliation as written                       */
    int32_t aff_ann;          /* the first annotation in it, or -1            */
    uint32_t rank_s, rank_e, hon_s, hon_e;
    uint32_t name_s, name_e;  /* == when no name ends the zone                */
    int marked;               /* the name follows a rank, honorific or comma  */
} off_zone;

/* The title kind (OFF_T_*) of the title starting at token i, if any. */
static inline int off_title_kind(const off_ctx *c, uint32_t i)
{
    return i < c->n && c->t[i].title_n ? c->t[i].title_kind : OFF_T_NONE;
}

static inline int off_same_sentence(const off_ctx *c, uint32_t a, uint32_t b)
{
    return c->doc->tokens[a].sentence == c->doc->tokens[b].sentence;
}

/* Does a token of [s, e) have any of bits? */
static inline int off_has_any(const off_ctx *c, uint32_t s, uint32_t e, uint32_t bits)
{
    for (uint32_t k = s; k < e; k++)
        if (c->t[k].cls & bits)
            return 1;
    return 0;
}

/* Do all tokens of the non-empty [s, e) have all of bits? */
static inline int off_has_all(const off_ctx *c, uint32_t s, uint32_t e, uint32_t bits)
{
    for (uint32_t k = s; k < e; k++)
        if ((c->t[k].cls & bits) != bits)
            return 0;
    return s < e;
}

/* officials_doc.c */
int warta_officials__ctx_init(off_ctx *c, const warta_officials *in, const warta_doc *doc,
                              const warta_sink *sink);
void warta_officials__ctx_free(off_ctx *c);

/* officials_chain.c */
int warta_officials__is_role_title(const off_ctx *c, uint32_t i);
int warta_officials__particle(const off_ctx *c, uint32_t i);
uint32_t warta_officials__parse_chain(const off_ctx *c, uint32_t t, off_chain *ch);
uint32_t warta_officials__name_run(const off_ctx *c, uint32_t s, uint32_t *name_s, uint32_t *name_e);
uint32_t warta_officials__name_run_raw(const off_ctx *c, uint32_t s, uint32_t *name_s, uint32_t *name_e,
                                       uint32_t *raw_e);
uint32_t warta_officials__skip_honorifics(const off_ctx *c, uint32_t t, uint32_t *hon_s, uint32_t *hon_e);
int warta_officials__titled_name(const off_ctx *c, off_chain *ch, off_mention *m);
int warta_officials__name_word(const off_ctx *c, uint32_t i);
uint32_t warta_officials__skip_bracketed(const off_ctx *c, uint32_t t);
uint32_t warta_officials__skip_suffixes(const off_ctx *c, uint32_t t);
int warta_officials__appositive_name_at(const off_ctx *c, uint32_t t);
uint32_t warta_officials__desc_words(const off_ctx *c, uint32_t t);

/* officials_zone.c */
int warta_officials__word_kind(const off_ctx *c, uint32_t i, const char *kind);
int warta_officials__zone(const off_ctx *c, uint32_t t, off_zone *z);
int warta_officials__zone_goes_on(const off_ctx *c, uint32_t ns, uint32_t i);

/* officials_emit.c */
int warta_officials__emit(off_ctx *c, const off_mention *m);
void warta_officials__mention_init(off_mention *m);
const char *warta_officials__figure_name(const off_ctx *c, uint32_t tok);

/* officials_postnominal.c */
uint32_t warta_officials__generation_end(const off_ctx *c, uint32_t b);
uint32_t warta_officials__regnal_end(const off_ctx *c, uint32_t b);
int warta_officials__degree_starts(const off_ctx *c, uint32_t k);
uint32_t warta_officials__degrees(const off_ctx *c, uint32_t t, uint32_t *deg_s, uint32_t *deg_e);

/* officials_scan.c */
int warta_officials__scan(off_ctx *c);

/* officials_known.c */
int warta_officials__bare_mentions(off_ctx *c);

#endif
