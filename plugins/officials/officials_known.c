/*
 * officials_known.c — the second pass: a single capitalised word that is
 * part of a name found in the first pass ("Trump" after "Donald Trump",
 * "Zulkifli" after "Zulkifli Hasan", also in a headline before it) is a
 * mention of that person, with ref "coref" to the fuller mention.
 *
 * The words go in an open-addressing table keyed by the token's normalised
 * key, so the pass is linear in tokens.  A word shared by two different
 * multi-word names ("Muhammad") is still a person, but gets no coref.
 */
#include <stdlib.h>
#include <string.h>

#include "officials.h"

typedef struct slot {
    const char *key;   /* token key, owned by the document */
    int32_t found;     /* index into c->found, -1 when ambiguous */
    uint32_t len;      /* words of that name */
} slot;

static uint32_t hash_key(const char *s)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static slot *lookup(slot *tab, uint32_t mask, const char *key)
{
    for (uint32_t i = hash_key(key) & mask;; i = (i + 1) & mask)
        if (!tab[i].key || strcmp(tab[i].key, key) == 0)
            return &tab[i];
}

static int same_name(const off_ctx *c, const off_found *a, const off_found *b)
{
    if (a->name_e - a->name_s != b->name_e - b->name_s)
        return 0;
    for (uint32_t k = 0; k < a->name_e - a->name_s; k++)
        if (strcmp(c->doc->tokens[a->name_s + k].key, c->doc->tokens[b->name_s + k].key) != 0)
            return 0;
    return 1;
}

/* A word good enough to stand for the whole name. */
static int telling_word(const off_ctx *c, uint32_t i)
{
    uint32_t k = c->t[i].cls;
    if (!(k & OFF_CAP) || (k & (OFF_COMMON | OFF_STOP | OFF_INITIAL | OFF_COVERED)))
        return 0;
    if (c->t[i].title_n && c->t[i].title_kind != OFF_T_NONE)
        return 0;
    return c->doc->tokens[i].end - c->doc->tokens[i].start >= 3;
}

static void insert(const off_ctx *c, slot *tab, uint32_t mask, uint32_t f)
{
    const off_found *fd = &c->found[f];
    uint32_t len = fd->name_e - fd->name_s;
    for (uint32_t i = fd->name_s; i < fd->name_e; i++) {
        if (!telling_word(c, i))
            continue;
        slot *s = lookup(tab, mask, c->doc->tokens[i].key);
        if (!s->key) {
            s->key = c->doc->tokens[i].key;
            s->found = (int32_t)f;
            s->len = len;
        } else if (s->found >= 0 && len > 1 && s->len == 1) {
            s->found = (int32_t)f; /* "Donald Trump" over an earlier "Presiden Trump" */
            s->len = len;
        } else if (s->found >= 0 && len > 1 && !same_name(c, &c->found[s->found], fd)) {
            s->found = -1;
        }
    }
}

int warta_officials__bare_mentions(off_ctx *c)
{
    if (!c->n_found || c->stopped)
        return WARTA_OK;
    uint32_t words = 0;
    for (uint32_t f = 0; f < c->n_found; f++)
        words += c->found[f].name_e - c->found[f].name_s;
    uint32_t cap = 16;
    while (cap < 2 * words + 16)
        cap *= 2;
    slot *tab = calloc(cap, sizeof *tab);
    if (!tab)
        return WARTA_ENOMEM;
    uint32_t mask = cap - 1;
    uint32_t n_first = c->n_found; /* emits below append to c->found */
    for (uint32_t f = 0; f < n_first; f++)
        insert(c, tab, mask, f);

    int rc = WARTA_OK;
    for (uint32_t i = 0; i < c->n && rc == WARTA_OK && !c->stopped; i++) {
        if ((c->t[i].cls & OFF_TAKEN) || !telling_word(c, i))
            continue;
        slot *s = lookup(tab, mask, c->doc->tokens[i].key);
        if (!s->key)
            continue;
        off_mention m;
        warta_officials__mention_init(&m);
        m.name_s = i;
        m.name_e = i + 1;
        m.score = 0.6f;
        if (s->found >= 0)
            m.coref = c->found[s->found].id;
        rc = warta_officials__emit(c, &m);
    }
    free(tab);
    return rc;
}
