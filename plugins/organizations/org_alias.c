/*
 * org_alias.c — an acronym standing for an organisation named earlier in
 * the same document: "PPI" after "PT Perusahaan Perdagangan Indonesia",
 * "KPK" after "Komisi Pemberantasan Korupsi".  The acronym gets its own
 * mention with ref "coref" to the full name, so both are one entity.
 *
 * The initials are those of the name's capitalised words (words in
 * brackets and lower-case words such as "dan" left out), with and without
 * a leading all-capitals word ("PT", "CV").  Acronyms of fewer than three
 * letters are left alone: "AS", "RI" and "PT" stand for too many things.
 */
#include <stdlib.h>
#include <string.h>

#include "org_alias.h"

enum { MIN_LETTERS = 3, MAX_LETTERS = 8 };

typedef struct initials {
    char s[MAX_LETTERS + 1];
    int32_t id; /* the full name's annotation */
} initials;

static int by_string(const void *a, const void *b)
{
    return strcmp(((const initials *)a)->s, ((const initials *)b)->s);
}

/* The initials of tokens [first, last) into out; 0 when they are not an
 * acronym's (too few or too many, or a word not starting with A-Z). */
static int initials_of(const warta_doc *doc, uint32_t first, uint32_t last, char *out)
{
    size_t n = 0;
    int depth = 0;
    for (uint32_t t = first; t < last; t++) {
        const warta_token *tk = &doc->tokens[t];
        char c = doc->text[tk->start];
        if (tk->end - tk->start == 1 && (c == '(' || c == ')')) {
            depth += c == '(' ? 1 : -1;
            continue;
        }
        if (depth > 0 || !(tk->flags & WARTA_TOK_WORD) || !(tk->flags & WARTA_TOK_CAPITAL))
            continue;
        if (c < 'A' || c > 'Z' || n == MAX_LETTERS)
            return 0;
        out[n++] = c;
    }
    out[n] = '\0';
    return n >= MIN_LETTERS;
}

/* The acronym a token may be: all capitals, ASCII, MIN..MAX letters. */
static int acronym_text(const warta_doc *doc, uint32_t t, char *out)
{
    const warta_token *tk = &doc->tokens[t];
    uint32_t len = tk->end - tk->start;
    if (!(tk->flags & WARTA_TOK_ALLCAPS) || len < MIN_LETTERS || len > MAX_LETTERS)
        return 0;
    for (uint32_t k = 0; k < len; k++) {
        char c = doc->text[tk->start + k];
        if (c < 'A' || c > 'Z')
            return 0;
        out[k] = c;
    }
    out[len] = '\0';
    return 1;
}

static int emit_alias(const warta_doc *doc, const warta_sink *sink, uint32_t t, int32_t full)
{
    warta_attr attr = {"rule", "acronym"};
    warta_ref ref = {"coref", full};
    warta_annotation a = {0};
    a.struct_size = sizeof a;
    a.kind = WARTA_ANN_MENTION;
    a.start = doc->tokens[t].start;
    a.end = doc->tokens[t].end;
    a.label = "organization";
    a.score = 0.85f; /* backed by the name it spells, as sure as a listed name */
    a.attrs = &attr;
    a.n_attrs = 1;
    a.refs = &ref;
    a.n_refs = 1;
    return sink->emit(sink->payload, &a, NULL);
}

int org_alias_emit(const warta_doc *doc, const warta_sink *sink, const org_named *names, uint32_t n_names)
{
    if (!n_names)
        return WARTA_OK;
    initials *table = malloc((size_t)n_names * 2 * sizeof *table);
    if (!table)
        return WARTA_ENOMEM;
    uint32_t n = 0;
    for (uint32_t i = 0; i < n_names; i++) {
        const org_named *nm = &names[i];
        if (nm->id < 0 || nm->last - nm->first < MIN_LETTERS)
            continue;
        if (initials_of(doc, nm->first, nm->last, table[n].s))
            table[n++].id = nm->id;
        if ((doc->tokens[nm->first].flags & WARTA_TOK_ALLCAPS) &&
            initials_of(doc, nm->first + 1, nm->last, table[n].s))
            table[n++].id = nm->id;
    }
    qsort(table, n, sizeof *table, by_string);
    int rc = WARTA_OK;
    uint32_t next = 0; /* names are in text order: the first not ending before t */
    for (uint32_t t = 0; t < doc->n_tokens && n && rc >= 0 && rc != WARTA_STOP; t++) {
        while (next < n_names && names[next].last <= t)
            next++;
        if (next < n_names && names[next].first <= t)
            continue; /* part of a name already */
        initials key;
        if (!acronym_text(doc, t, key.s))
            continue;
        const initials *hit = bsearch(&key, table, n, sizeof *table, by_string);
        if (hit)
            rc = emit_alias(doc, sink, t, hit->id);
    }
    free(table);
    return rc == WARTA_STOP ? WARTA_OK : rc;
}
