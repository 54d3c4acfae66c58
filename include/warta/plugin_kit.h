/*
 * warta/plugin_kit.h — small helpers most detector plugins need, over the
 * document view and the host services of plugin.h.
 *
 * Header-only on purpose: a plugin still links nothing of the host and
 * needs nothing beyond the ABI, so a plugin built with these helpers loads
 * into any host of its ABI major.  Everything here is a pure function of
 * its arguments (safe from any number of threads at once).
 */
#ifndef WARTA_PLUGIN_KIT_H
#define WARTA_PLUGIN_KIT_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "warta/plugin.h"

/* ---- tokens and sentences ---------------------------------------------- */

/* First token of tok's sentence. */
static inline uint32_t warta_kit_sentence_start(const warta_doc *doc, uint32_t tok)
{
    uint32_t s = doc->tokens[tok].sentence;
    return s < doc->n_sentences ? doc->sentences[s].tok_start : 0;
}

/* One past the last token of tok's sentence. */
static inline uint32_t warta_kit_sentence_end(const warta_doc *doc, uint32_t tok)
{
    uint32_t s = doc->tokens[tok].sentence;
    return s < doc->n_sentences ? doc->sentences[s].tok_end : doc->n_tokens;
}

/* First token among [lo, hi) starting at or after byte off (tokens are
 * sorted by position); hi when none does. */
static inline uint32_t warta_kit_token_at(const warta_doc *doc, uint32_t off, uint32_t lo, uint32_t hi)
{
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (doc->tokens[mid].start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The tokens [*s, *e) starting inside bytes [start, end).  Every token has
 * a byte, so the end is at most end - start tokens after the start: it is
 * searched there, not in the whole document again. */
static inline void warta_kit_token_span(const warta_doc *doc, uint32_t start, uint32_t end, uint32_t *s,
                                        uint32_t *e)
{
    *s = warta_kit_token_at(doc, start, 0, doc->n_tokens);
    uint32_t reach = end > start ? end - start : 0, room = doc->n_tokens - *s;
    *e = warta_kit_token_at(doc, end, *s, *s + (reach < room ? reach : room));
}

/* A word written with a capital first letter ("Jakarta", "DPR"). */
static inline int warta_kit_capital_word(const warta_token *t)
{
    return (t->flags & WARTA_TOK_WORD) && (t->flags & WARTA_TOK_CAPITAL);
}

/* Does tok open its sentence?  Up to three opening marks may come first
 * (a quote mark or a bracket before "Malang ..."): its capital then says
 * nothing about a name. */
static inline int warta_kit_sentence_initial(const warta_doc *doc, uint32_t tok)
{
    uint32_t s = warta_kit_sentence_start(doc, tok);
    for (uint32_t j = tok; j > s; j--) {
        if (doc->tokens[j - 1].flags & (WARTA_TOK_WORD | WARTA_TOK_NUMBER))
            return 0;
        if (tok - j > 3)
            return 0;
    }
    return 1;
}

/* Any ASCII lower-case letter in bytes [s, e) of the text: "AS" is an
 * acronym, "As" and "as" are not. */
static inline int warta_kit_has_lower_ascii_span(const warta_doc *doc, uint32_t s, uint32_t e)
{
    for (uint32_t b = s; b < e; b++)
        if (doc->text[b] >= 'a' && doc->text[b] <= 'z')
            return 1;
    return 0;
}

/* The same over one token. */
static inline int warta_kit_has_lower_ascii(const warta_doc *doc, const warta_token *t)
{
    return warta_kit_has_lower_ascii_span(doc, t->start, t->end);
}

/* A word holding a hyphen between two of its letters ("Ukraina-Rusia",
 * "pro-Hamas", "Prabowo-Gibran"): the tokenizer keeps it one token, so a
 * name inside it is only seen part by part.  The tokenizer's flag (ABI
 * 1.2) answers it: a byte scan of every word cost the pipeline 4 %. */
static inline int warta_kit_hyphenated(const warta_token *t)
{
    return (t->flags & (WARTA_TOK_WORD | WARTA_TOK_HYPHEN)) == (WARTA_TOK_WORD | WARTA_TOK_HYPHEN);
}

/* The parts of a hyphenated word, one per call, as bytes [*s, *e) of the
 * text: set *at = t->start first; returns 0 when none is left.  A part may
 * be empty ("a--b"). */
static inline int warta_kit_hyphen_part(const warta_doc *doc, const warta_token *t, uint32_t *at, uint32_t *s,
                                        uint32_t *e)
{
    if (*at > t->end)
        return 0;
    uint32_t b = *at;
    while (b < t->end && doc->text[b] != '-')
        b++;
    *s = *at;
    *e = b;
    *at = b + 1;
    return 1;
}

/* A part starting with an ASCII capital ("Rusia" in "pro-Rusia"). */
static inline int warta_kit_capital_part(const warta_doc *doc, uint32_t s, uint32_t e)
{
    return e > s && doc->text[s] >= 'A' && doc->text[s] <= 'Z';
}

/* ---- the host's merge, as a plugin can foresee it ----------------------- */

/* Person and official are one kind of thing for the merge. */
static inline int warta_kit_same_kind(const char *a, const char *b)
{
    int pa = strcmp(a, "person") == 0 || strcmp(a, "official") == 0;
    int pb = strcmp(b, "person") == 0 || strcmp(b, "official") == 0;
    return pa && pb ? 1 : strcmp(a, b) == 0;
}

/* Must the merge keep only one of two mentions?  When their spans cross,
 * cover the same bytes, or one nests in the other with the same kind (a
 * location inside a location is two guesses at one name); nesting across
 * kinds ("Rusia" inside "Kementerian Luar Negeri Rusia") stands.  The host
 * decides with this very function. */
static inline int warta_kit_merge_conflict(const warta_annotation *a, const warta_annotation *b)
{
    if (a->start == b->start && a->end == b->end)
        return 1;
    if (a->end <= b->start || b->end <= a->start)
        return 0;
    int a_in_b = b->start <= a->start && a->end <= b->end;
    int b_in_a = a->start <= b->start && b->end <= a->end;
    if (!a_in_b && !b_in_a)
        return 1; /* crossing */
    return warta_kit_same_kind(a->label, b->label);
}

/* Does a win a conflict with b on its own merits: the higher score, then
 * the longer span?  -1 b wins, 0 a tie (the host then takes the plugin that
 * ran first), 1 a wins. */
static inline int warta_kit_merge_outranks(const warta_annotation *a, const warta_annotation *b)
{
    if (a->score != b->score)
        return a->score > b->score ? 1 : -1;
    uint32_t la = a->end - a->start, lb = b->end - b->start;
    return la == lb ? 0 : la > lb ? 1 : -1;
}

/* ---- claims ---------------------------------------------------------------- */

/* "No name here" over bytes [start, end), as sure as `score`: a mention
 * labelled WARTA_LABEL_NONE (plugin.h), which the merge uses to drop any
 * weaker mention lying wholly inside it.  A host before ABI 1.1 would output
 * the claim as a name, so there nothing is emitted and WARTA_OK returned;
 * else what sink->emit returned (WARTA_STOP included), the claim's index in
 * *id_out when that is not NULL. */
static inline int warta_kit_emit_claim(const warta_host *host, const warta_sink *sink, uint32_t start, uint32_t end,
                                       float score, int32_t *id_out)
{
    if (host->abi_minor < 1)
        return WARTA_OK;
    warta_annotation a;
    memset(&a, 0, sizeof a);
    a.struct_size = sizeof a;
    a.kind = WARTA_ANN_MENTION;
    a.start = start;
    a.end = end;
    a.label = WARTA_LABEL_NONE;
    a.score = score;
    return sink->emit(sink->payload, &a, id_out);
}

/* ---- lexicons -------------------------------------------------------------- */

/* The value of the one-word entry of lx that tok is ("cue", "connector"
 * in a words.tsv), or "" when tok is no such entry. */
static inline const char *warta_kit_word_value(const warta_host *host, const warta_lexicon *lx,
                                               const warta_doc *doc, uint32_t tok)
{
    warta_lexicon_match m;
    if (tok >= doc->n_tokens || host->lexicon_match(lx, doc, tok, &m) != 1)
        return "";
    return m.value;
}

/* host->lexicon_load, and on failure a line saying what the user can do
 * about it (the host has already said where it looked). */
static inline int warta_kit_load_lexicon(const warta_host *host, const char *plugin, const char *file,
                                         warta_lexicon **out)
{
    int rc = host->lexicon_load(host->host_data, file, out);
    if (rc < 0)
        host->log(host->host_data, WARTA_LOG_ERROR,
                  "%s: cannot load lexicon '%s' (%d); reinstall the plugin's data "
                  "or give a directory holding it with --lexicon-dir",
                  plugin, file, rc);
    return rc;
}

/* One lexicon file a plugin keeps in one of its own members. */
typedef struct warta_kit_lexicon_slot {
    const char *file;
    warta_lexicon **lexicon;
} warta_kit_lexicon_slot;

/* Releases every loaded slot and clears it (destroy(), or a failed
 * create()). */
static inline void warta_kit_free_lexicons(const warta_host *host, const warta_kit_lexicon_slot *slots, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (*slots[i].lexicon) {
            host->lexicon_free(host->host_data, *slots[i].lexicon);
            *slots[i].lexicon = NULL;
        }
}

/* Loads each file into its slot, in order.  On the first failure releases
 * what was loaded and returns that code; a host without the lexicon
 * services gets WARTA_EABI, said in the log. */
static inline int warta_kit_load_lexicons(const warta_host *host, const char *plugin,
                                          const warta_kit_lexicon_slot *slots, size_t n)
{
    if (!WARTA_HAS(warta_host, host, lexicon_load) || !WARTA_HAS(warta_host, host, lexicon_match) ||
        !WARTA_HAS(warta_host, host, lexicon_free)) {
        if (host && host->log)
            host->log(host->host_data, WARTA_LOG_ERROR, "%s: host lacks lexicon services", plugin);
        return WARTA_EABI;
    }
    for (size_t i = 0; i < n; i++) {
        int rc = warta_kit_load_lexicon(host, plugin, slots[i].file, slots[i].lexicon);
        if (rc < 0) {
            warta_kit_free_lexicons(host, slots, i);
            return rc;
        }
    }
    return WARTA_OK;
}

/* ---- lexicon values: tab-separated columns ------------------------------ */

/* Copies the next tab-separated field of *p into buf (cut to size - 1
 * bytes) and moves *p past it.  Returns the field's full length. */
static inline size_t warta_kit_tsv_field(const char **p, char *buf, size_t size)
{
    const char *s = *p, *tab = strchr(s, '\t');
    size_t n = tab ? (size_t)(tab - s) : strlen(s);
    size_t k = n < size - 1 ? n : size - 1;
    memcpy(buf, s, k);
    buf[k] = '\0';
    *p = tab ? tab + 1 : s + n;
    return n;
}

/* A plain decimal of at most seven digits ("0.85", "1", "0.9"), as strtof
 * reads it, into *v; 0 for any other form (strtof's to read).  n and 10^k
 * are exact floats below 2^24, and a quotient of two floats taken in double
 * and rounded to float is the float nearest the exact quotient (double has
 * more than twice float's precision), as strtof's result is. */
static inline int warta_kit_short_decimal(const char *s, float *v)
{
    uint32_t n = 0, den = 1;
    int digits = 0, point = 0;
    for (;; s++) {
        if (*s >= '0' && *s <= '9') {
            if (++digits > 7)
                return 0;
            n = n * 10 + (uint32_t)(*s - '0');
            den *= point ? 10 : 1;
        } else if (*s == '.' && !point && digits) {
            point = 1;
        } else {
            break;
        }
    }
    if (!digits || *s != '\0')
        return 0;
    *v = (float)((double)n / (double)den);
    return 1;
}

/* A score column: a number in [0, 1].  Returns 0, or -1 (out untouched).
 * Plugins read one at each lexicon match they take, and strtof costs about
 * 600 instructions a call: the usual short decimal is read by hand, to the
 * same float. */
static inline int warta_kit_parse_score(const char *s, float *out)
{
    float v;
    if (!warta_kit_short_decimal(s, &v)) {
        char *end;
        v = strtof(s, &end);
        if (end == s)
            return -1;
    }
    if (v < 0.0f || v > 1.0f)
        return -1;
    *out = v;
    return 0;
}

#endif
