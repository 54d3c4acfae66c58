/*
 * warta/plugin.h — the detector plugin ABI.
 *
 * A plugin is a shared library that exports ONE function, warta_plugin_entry(),
 * returning a pointer to a static const warta_plugin descriptor.  It includes
 * only this header and links nothing from the host: every service it needs
 * (logging, configuration, lexicon matching) reaches it through the
 * warta_host table passed to create().
 *
 * Ownership, one rule per direction:
 *   - Everything the host passes in is BORROWED: the document, its tokens,
 *     sentences and earlier annotations for the duration of process(); the
 *     host table and configuration strings until destroy() returns.
 *   - Everything the plugin passes to sink->emit() is COPIED before emit()
 *     returns; the plugin may reuse or free it at once.  The host owns every
 *     annotation.  The plugin owns only its instance state.
 *   - A lexicon obtained with host->lexicon_load() belongs to the plugin and is
 *     released with host->lexicon_free(), normally in destroy().
 *
 * Offsets are byte offsets into warta_doc.text, half-open [start, end).
 *
 * Versioning: a host refuses a plugin whose abi_major differs from its own.
 * Minor revisions only append members to the END of a struct; each struct
 * carries its struct_size, and a reader uses a member only when the size
 * covers it (WARTA_HAS).  Data members are fixed-width integers.
 *
 * Errors: create() and process() return WARTA_OK or a negative WARTA_E* code
 * and explain it through host->log().  A plugin never prints, exits, aborts or
 * longjmps across this boundary.
 *
 * Threads: process() may be called from several threads at once on different
 * documents with the same instance; treat the instance as read-only after
 * create() returns.
 */
#ifndef WARTA_PLUGIN_H
#define WARTA_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define WARTA_PLUGIN_ABI_MAJOR 1u
#define WARTA_PLUGIN_ABI_MINOR 2u   /* 1: the "none" claim (WARTA_LABEL_NONE); 2: WARTA_TOK_HYPHEN */

#if defined(_WIN32)
#define WARTA_PLUGIN_EXPORT __declspec(dllexport)
#else
#define WARTA_PLUGIN_EXPORT __attribute__((visibility("default")))
#endif

/* Return codes shared by the host and plugins: 0 ok, >0 not an error, <0 error. */
enum {
    WARTA_OK = 0,
    WARTA_STOP = 1,       /* from emit(): enough for this document; not an error */
    WARTA_ERROR = -1,
    WARTA_ENOMEM = -2,
    WARTA_EINVAL = -3,
    WARTA_EUTF8 = -4,
    WARTA_EABI = -5,
    WARTA_ENOTFOUND = -6,
    WARTA_ECONFIG = -7,
    WARTA_EIO = -8
};

enum { WARTA_LOG_ERROR = 0, WARTA_LOG_WARN = 1, WARTA_LOG_INFO = 2, WARTA_LOG_DEBUG = 3 };

/* ---- the document, as a plugin sees it ---------------------------------- */

/* Token flags. Shape flags describe the surface; quote flags describe a quote
 * mark's glyph and its position (left-flanking: followed by text and preceded
 * by space or an opening bracket; right-flanking: the mirror).  A mark may be
 * both or neither; pairing them is the quote detector's job because Kompas
 * writes ” … ” with the same glyph on both sides. */
enum {
    WARTA_TOK_WORD = 1u << 0,        /* letters (may contain digits, - ' .)      */
    WARTA_TOK_NUMBER = 1u << 1,      /* starts with a digit                      */
    WARTA_TOK_PUNCT = 1u << 2,       /* punctuation or symbol                    */
    WARTA_TOK_CAPITAL = 1u << 3,     /* first letter is upper or title case      */
    WARTA_TOK_ALLCAPS = 1u << 4,     /* two or more letters, none lower case     */
    WARTA_TOK_QUOTE = 1u << 5,       /* any quotation mark                        */
    WARTA_TOK_QUOTE_SINGLE = 1u << 6,/* ' ‘ ’ ‚ ‛ ‹ ›                            */
    WARTA_TOK_LEFT_FLANK = 1u << 7,  /* can open: space/start before, text after */
    WARTA_TOK_RIGHT_FLANK = 1u << 8, /* can close: text before, space/end after  */
    WARTA_TOK_OPENING_GLYPH = 1u << 9, /* “ ‘ „ « ‹ ``: a glyph meant to open      */
    WARTA_TOK_CLOSING_GLYPH = 1u << 10,/* ” ’ » › '': a glyph meant to close      */
    WARTA_TOK_SENT_START = 1u << 11, /* first token of a sentence                */
    WARTA_TOK_PARA_START = 1u << 12, /* first token after a line break           */
    WARTA_TOK_SPACE_BEFORE = 1u << 13,/* white space precedes the token          */
    WARTA_TOK_HYPHEN = 1u << 14      /* a word holding an inner "-" between two
                                        letters ("Ukraina-Rusia"); ABI 1.2: an
                                        older host never sets it               */
};

typedef struct warta_token {
    uint32_t start, end;   /* bytes into warta_doc.text                            */
    uint32_t flags;        /* WARTA_TOK_*                                          */
    uint32_t sentence;     /* index into warta_doc.sentences                       */
    const char *key;       /* NUL-terminated normalised form: NFC, case-folded,
                              quote marks folded to " and ', dashes to -          */
} warta_token;

typedef struct warta_sentence {
    uint32_t start, end;             /* bytes                                      */
    uint32_t tok_start, tok_end;     /* token indices, half-open                    */
} warta_sentence;

/* Annotation kinds. */
enum { WARTA_ANN_MENTION = 1, WARTA_ANN_QUOTE = 2 };

/* A mention labelled "none" is a claim, not a name: its plugin examined
 * every token of [start, end) and saw no name there, `score` being how sure
 * it is.  The merge drops each mention of any plugin lying wholly inside the
 * claim whose score is lower, and never outputs the claim itself.  Since
 * ABI 1.1: emit it only when host->abi_minor >= 1 (an older host would
 * output it as a mention).  Plugins reading earlier annotations see it and
 * should skip labels they do not know, as always. */
#define WARTA_LABEL_NONE "none"

/* A named extra span of an annotation: "role", "affiliation", "degree"
 * (written after a person's name), "cue", "content" (a quote may have
 * several), "speaker". */
typedef struct warta_part {
    const char *name;
    uint32_t start, end;
} warta_part;

/* A key/value attribute: "role" = "Juru Bicara", "kind" = "direct", ... */
typedef struct warta_attr {
    const char *key;
    const char *value;
} warta_attr;

/* A named link to another annotation of this document, by the id emit()
 * returned or the id field of an earlier annotation: "affiliation",
 * "speaker", "coref" (same entity as). */
typedef struct warta_ref {
    const char *name;
    int32_t target;
} warta_ref;

typedef struct warta_annotation {
    uint32_t struct_size;   /* sizeof(warta_annotation) as the writer compiled it */
    uint32_t kind;          /* WARTA_ANN_*                                        */
    uint32_t start, end;    /* bytes; a mention's name, a quote's whole extent     */
    const char *label;      /* "official", "person", "location", "organization",
                               "quote", or a plugin's own label                   */
    float score;            /* confidence in [0,1]                                 */
    int32_t id;             /* set by the host; ignored in emit()                 */
    const char *plugin;     /* set by the host; ignored in emit()                 */
    const warta_part *parts; uint32_t n_parts;
    const warta_attr *attrs; uint32_t n_attrs;
    const warta_ref *refs;   uint32_t n_refs;
} warta_annotation;

/* Borrowed view of one document, valid only during process(). */
typedef struct warta_doc {
    uint32_t struct_size;
    uint32_t len;                    /* bytes of text                               */
    const char *text;                /* valid UTF-8, not necessarily NUL-terminated */
    const char *id;                  /* the document's id, or ""                    */
    const char *lang;                /* "id", "en" or "" when unknown               */
    const warta_token *tokens;       uint32_t n_tokens;
    const warta_sentence *sentences; uint32_t n_sentences;
    /* Annotations emitted by plugins that ran earlier, in emit order; their
     * ids are their indices.  Plugins run after those producing the labels
     * they declare in `needs`. */
    const warta_annotation *annotations; uint32_t n_annotations;
} warta_doc;

typedef struct warta_sink {
    void *payload;
    /* Stores a copy of *ann.  Returns WARTA_OK and the new id in *id_out
     * (may be NULL), WARTA_STOP when the host wants no more for this
     * document, or a negative code (invalid span, out of memory). */
    int (*emit)(void *payload, const warta_annotation *ann, int32_t *id_out);
} warta_sink;

/* ---- services the host offers ------------------------------------------- */

/* A compiled lexicon: a UTF-8 TSV file whose first column is a phrase,
 * matched token by token on normalised keys (longest match wins); the other
 * columns are handed back untouched.  Lines starting with # are comments. */
typedef struct warta_lexicon warta_lexicon;

typedef struct warta_lexicon_match {
    uint32_t n_tokens;      /* tokens covered; 0 = no match                      */
    const char *phrase;     /* the first column as written in the file           */
    const char *value;      /* the remaining columns, tab-separated, or ""        */
} warta_lexicon_match;

typedef struct warta_host {
    uint32_t struct_size;   /* sizeof(warta_host) as the host compiled it        */
    uint32_t abi_minor;
    void *host_data;        /* identifies THIS plugin to the host; pass it back  */
    void (*log)(void *host_data, int level, const char *fmt, ...)
#if defined(__GNUC__)
        __attribute__((format(printf, 3, 4)))
#endif
        ;
    /* The value of "<plugin>.<key>" from the command line or embedding
     * options, or NULL.  Host-owned; valid until destroy(). */
    const char *(*config_get)(void *host_data, const char *key);
    /* The directory holding this plugin's data files, ending in '/'. */
    const char *(*resource_dir)(void *host_data);
    /* Finds `file` on the lexicon search path (user directories first, then
     * the plugin's resource_dir) and compiles it.  On failure returns a
     * negative code and has logged every place it looked. */
    int (*lexicon_load)(void *host_data, const char *file, warta_lexicon **out);
    void (*lexicon_free)(void *host_data, warta_lexicon *lexicon);
    /* Longest entry starting at token `tok`.  Returns match.n_tokens. */
    uint32_t (*lexicon_match)(const warta_lexicon *lexicon, const warta_doc *doc,
                              uint32_t tok, warta_lexicon_match *match);
    /* Looks up one string (normalised the same way as tokens); returns the
     * value columns or NULL. */
    const char *(*lexicon_lookup)(const warta_lexicon *lexicon, const char *text, size_t len);
    /* Host extension point: a named later service, or NULL when absent. */
    const void *(*feature)(void *host_data, const char *name);
    /* ABI 1.x: append new members here only. */
} warta_host;

/* True when struct *s, as its writer compiled it, has a non-null member. */
#define WARTA_HAS(type, s, member) \
    (offsetof(type, member) + sizeof((s)->member) <= (s)->struct_size && (s)->member)

/* ---- the descriptor ------------------------------------------------------ */

typedef struct warta_plugin {
    uint32_t abi_major;         /* WARTA_PLUGIN_ABI_MAJOR, first so it is always readable */
    uint32_t struct_size;       /* sizeof(warta_plugin) as the plugin compiled it        */
    const char *name;           /* [a-z0-9_]+, equals the file stem                      */
    const char *version;        /* the plugin's own version                              */
    const char *summary;        /* one line for `warta plugins`                          */
    const char *const *produces;/* labels it emits, NULL-terminated                      */
    const char *const *needs;   /* labels it reads from earlier plugins, NULL-terminated */
    int (*create)(const warta_host *host, void **instance_out);
    void (*destroy)(void *instance);
    int (*process)(const void *instance, const warta_doc *doc, const warta_sink *sink);
    /* ABI 1.x: append new members here only. */
} warta_plugin;

#define WARTA_PLUGIN_ENTRY_SYMBOL "warta_plugin_entry"
typedef const warta_plugin *(*warta_plugin_entry_fn)(void);

/* Writes the one exported entry point for a static const descriptor. */
#define WARTA_PLUGIN_DEFINE(descriptor)                                  \
    WARTA_PLUGIN_EXPORT const warta_plugin *warta_plugin_entry(void);    \
    const warta_plugin *warta_plugin_entry(void) { return &(descriptor); }

#ifdef __cplusplus
}
#endif
#endif /* WARTA_PLUGIN_H */
