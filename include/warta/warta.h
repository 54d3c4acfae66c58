/*
 * warta/warta.h — embedding API.
 *
 *     warta_engine *eng;
 *     warta_engine_new(&eng);
 *     warta_engine_add_plugin_dir(eng, "/path/to/plugins");   optional
 *     if (warta_engine_load(eng) < 0) fprintf(stderr, "%s\n", warta_engine_last_error(eng));
 *     warta_result *res;
 *     if (warta_annotate(eng, text, len, "doc-1", "id", &res) == WARTA_OK) {
 *         warta_result_write_json(res, stdout, WARTA_JSON_PRETTY);
 *         warta_result_free(res);
 *     }
 *     warta_engine_free(eng);
 *
 * Conventions: functions returning int give WARTA_OK (0) or a negative
 * WARTA_E* code (see plugin.h), with the message on the object
 * (warta_engine_last_error).  Objects returned through an `out` pointer are
 * owned by the caller and released with the matching _free, which accepts
 * NULL.  Pointers returned by getters live as long as their parent object.
 * Offsets are byte offsets into the annotated text, half-open; char_start and
 * char_end count Unicode code points.
 *
 * warta_annotate() may be called from several threads at once on one engine
 * once warta_engine_load() has returned.
 */
#ifndef WARTA_WARTA_H
#define WARTA_WARTA_H

#include <stdint.h>
#include <stdio.h>

#include "warta/plugin.h"

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define WARTA_API __declspec(dllexport)
#else
#define WARTA_API __attribute__((visibility("default")))
#endif

#define WARTA_VERSION "0.1.0"
/* Version of the JSON output contract, docs/output-schema.md. */
#define WARTA_SCHEMA_VERSION "1.0"

typedef struct warta_engine warta_engine;
typedef struct warta_result warta_result;

/** Version string of the library, e.g. "0.1.0". */
WARTA_API const char *warta_version(void);
/** Text for a WARTA_* return code; never NULL, static storage. */
WARTA_API const char *warta_strerror(int code);

/* ---- engine -------------------------------------------------------------- */

WARTA_API int warta_engine_new(warta_engine **out);
WARTA_API void warta_engine_free(warta_engine *engine);
/** Adds a directory searched for plugins before WARTA_PLUGIN_PATH and the
 *  installed directory.  Copies the string. */
WARTA_API int warta_engine_add_plugin_dir(warta_engine *engine, const char *dir);
/** Adds a directory searched for lexicons before each plugin's own data
 *  directory; a lexicon "titles.tsv" of plugin "officials" is looked up as
 *  DIR/officials/titles.tsv, then DIR/titles.tsv. */
WARTA_API int warta_engine_add_lexicon_dir(warta_engine *engine, const char *dir);
/** Restricts loading to these plugin names (comma-separated); NULL = all. */
WARTA_API int warta_engine_select_plugins(warta_engine *engine, const char *names);
/** Sets a plugin option, "plugin.key" = value, read through host->config_get. */
WARTA_API int warta_engine_set(warta_engine *engine, const char *key, const char *value);
/** Discovers, checks, orders and creates the plugins.  Refused files are
 *  remembered with their reason (warta_engine_plugin_info).  Returns a
 *  negative code when a selected plugin cannot be used or the dependency
 *  order is impossible; refusing a stray file is not an error. */
WARTA_API int warta_engine_load(warta_engine *engine);
/** The last error message on this engine, or "". */
WARTA_API const char *warta_engine_last_error(const warta_engine *engine);

typedef struct warta_plugin_info {
    const char *path;       /* file it came from                                  */
    const char *name;       /* descriptor name, or NULL when refused before it    */
    const char *version;
    const char *summary;
    uint32_t abi_major;     /* as declared by the plugin, 0 when unknown          */
    const char *produces;   /* comma-separated labels                             */
    const char *needs;
    const char *refused;    /* NULL when loaded, else why it was refused          */
    int order;              /* run position, -1 when not loaded                   */
} warta_plugin_info;

/** Number of plugin files seen by warta_engine_load (loaded and refused). */
WARTA_API uint32_t warta_engine_plugin_count(const warta_engine *engine);
WARTA_API const warta_plugin_info *warta_engine_plugin_info(const warta_engine *engine, uint32_t i);

/* ---- annotating ------------------------------------------------------------ */

/** Annotates `len` bytes of UTF-8 `text`.  `id` and `lang` may be NULL.
 *  On invalid UTF-8 returns WARTA_EUTF8 and *out is NULL; the message
 *  names the byte offset. Any other failure (a plugin error) also returns
 *  a negative code. The message is also on the result when one is made. */
WARTA_API int warta_annotate(warta_engine *engine, const char *text, size_t len,
                             const char *id, const char *lang, warta_result **out);
/** Like warta_annotate, but the error message goes to errbuf (thread-safe). */
WARTA_API int warta_annotate_r(warta_engine *engine, const char *text, size_t len,
                               const char *id, const char *lang, warta_result **out,
                               char *errbuf, size_t errbuf_size);
WARTA_API void warta_result_free(warta_result *result);

/* ---- reading a result ------------------------------------------------------ */

typedef struct warta_mention {
    uint32_t start, end;            /* bytes                                      */
    uint32_t char_start, char_end;  /* code points                                */
    const char *type;               /* label                                      */
    const char *plugin;
    float score;
    int32_t entity;                 /* index into entities                        */
    const char *role;               /* officials: the office, or NULL             */
    int32_t role_start, role_end;   /* bytes of the role span, -1 when absent     */
    int32_t affiliation;            /* mention index of the affiliation, or -1    */
    const warta_attr *attrs; uint32_t n_attrs;   /* every attribute the plugin set */
} warta_mention;

typedef struct warta_entity {
    const char *type;               /* "official" when any mention holds an office */
    const char *name;               /* longest mention text                       */
    const char *role;               /* first role seen, or NULL                   */
    int32_t affiliation;            /* entity index, or -1                        */
    const uint32_t *mentions; uint32_t n_mentions;   /* mention indices, in order  */
} warta_entity;

typedef struct warta_span {
    uint32_t start, end, char_start, char_end;
} warta_span;

typedef struct warta_quote {
    const char *kind;               /* "direct", "indirect", "mixed"              */
    warta_span span;                /* the whole quotation, marks included        */
    const warta_span *content; uint32_t n_content;  /* the quoted words          */
    int32_t has_cue; warta_span cue;
    int32_t has_speaker_span; warta_span speaker_span;  /* as written: "katanya", "Ia" */
    int32_t speaker_mention;        /* mention index or -1 (no speaker in text)   */
    int32_t speaker_entity;         /* entity index or -1                         */
    const char *plugin;
    float score;
} warta_quote;

WARTA_API const char *warta_result_text(const warta_result *r, size_t *len);
WARTA_API const char *warta_result_id(const warta_result *r);
WARTA_API const char *warta_result_lang(const warta_result *r);
WARTA_API uint32_t warta_result_mention_count(const warta_result *r);
WARTA_API const warta_mention *warta_result_mention(const warta_result *r, uint32_t i);
WARTA_API uint32_t warta_result_entity_count(const warta_result *r);
WARTA_API const warta_entity *warta_result_entity(const warta_result *r, uint32_t i);
WARTA_API uint32_t warta_result_quote_count(const warta_result *r);
WARTA_API const warta_quote *warta_result_quote(const warta_result *r, uint32_t i);

/* ---- writing --------------------------------------------------------------- */

enum { WARTA_JSON_PRETTY = 1u << 0, WARTA_JSON_NO_TEXT = 1u << 1 };

/** The result as JSON (docs/output-schema.md); one line unless
 *  WARTA_JSON_PRETTY.  Caller frees with free(). NULL when out of memory. */
WARTA_API char *warta_result_to_json(const warta_result *r, unsigned flags);
/** Writes warta_result_to_json and a newline. */
WARTA_API int warta_result_write_json(const warta_result *r, FILE *out, unsigned flags);
/** An error record for a document that could not be annotated:
 *  {"id":…, "error": {"code":…, "message":…}}.  Caller frees with free(). */
WARTA_API char *warta_error_record_json(const char *id, int code, const char *message);

/* ---- other formats ----------------------------------------------------------
 * Each writes one document; all return WARTA_OK, WARTA_ENOMEM or WARTA_EIO. */

/** CoNLL: "token TAB BIO-tag" lines, a blank line after each sentence, the
 *  document opened by a "-DOCSTART-" line.  Tags: PER (official, person), LOC,
 *  ORG, other labels upper-cased; nested mentions are left out (flat NER). */
WARTA_API int warta_result_write_conll(const warta_result *r, FILE *out);
/** brat standoff: the text to `txt`, the annotations to `ann`, with
 *  character offsets as brat expects: T lines for mentions, roles, quotes
 *  (content fragments), cues; R lines role/affiliation/speaker/cue; A lines
 *  for a quote's kind; * Coref lines for entities with several mentions. */
WARTA_API int warta_result_write_brat(const warta_result *r, FILE *txt, FILE *ann);
/** A self-contained HTML page: call begin once, write each document, end once.
 *  Entities are highlighted by type with a legend; each quote links to its
 *  speaker; hovering shows role, affiliation, plugin and score. */
WARTA_API int warta_html_begin(FILE *out, const char *title);
WARTA_API int warta_result_write_html(const warta_result *r, FILE *out);
WARTA_API int warta_html_end(FILE *out);
/** Inline markup for reading in a terminal: [name]{type …} and «quote»{→ speaker};
 *  with WARTA_TEXT_COLOR, ANSI colours by type. */
enum { WARTA_TEXT_COLOR = 1u << 0 };
WARTA_API int warta_result_write_text(const warta_result *r, FILE *out, unsigned flags);

/** Reads annotations back from brat standoff (`ann`, character offsets, as
 *  warta_result_write_brat writes them) for `text`, so corrections made in
 *  brat or INCEpTION come back as a result any writer can write.  No plugin
 *  runs.  On a malformed line returns WARTA_EINVAL with the line in err. */
WARTA_API int warta_result_from_brat(const char *text, size_t len, const char *ann,
                                     size_t ann_len, const char *id, const char *lang,
                                     warta_result **out, char *err, size_t err_size);

/* ---- invalid UTF-8 ---------------------------------------------------------
 * By default a document that is not valid UTF-8 fails with WARTA_EUTF8.  With
 * warta_engine_set(engine, "core.invalid", "replace") (before load) each byte
 * that is not part of a well-formed sequence is replaced by U+001A SUBSTITUTE,
 * one byte for one byte, so offsets still point at the original bytes; the
 * result's text is the repaired text. */

/** Number of bytes replaced that way in this document; 0 when none. */
WARTA_API size_t warta_result_repaired(const warta_result *r);

#ifdef __cplusplus
}
#endif
#endif /* WARTA_WARTA_H */
