#include "link.h"

#include <stdlib.h>
#include <string.h>

#include "store.h"
#include "text.h"
#include "strmap.h"

int warta_link__is_person(const char *label)
{
    return strcmp(label, "person") == 0 || strcmp(label, "official") == 0;
}

static int32_t find_root(int32_t *up, int32_t x)
{
    while (up[x] != x) {
        up[x] = up[up[x]];
        x = up[x];
    }
    return x;
}

/* The mention earlier in the text stays the root, so entities are
 * numbered in order of first mention. */
static void unite(int32_t *up, const uint32_t *rank, int32_t a, int32_t b)
{
    a = find_root(up, a);
    b = find_root(up, b);
    if (a == b)
        return;
    if (rank[a] < rank[b])
        up[b] = a;
    else
        up[a] = b;
}

/* First token starting at or after byte off. */
static uint32_t token_at(const warta_tokens *t, uint32_t off)
{
    uint32_t lo = 0, hi = t->n_tokens;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (t->tokens[mid].start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

typedef struct name_key {
    char *full;   /* word keys joined by one space                  */
    char *last;   /* key of the last word                           */
    int words;
} name_key;

/* The keys of the word tokens of tok[0, n) joined by one space into k
 * (arena memory); k->full stays NULL when there is no word. */
static int join_word_keys(warta_arena *arena, const warta_token *tok, uint32_t n, name_key *k)
{
    memset(k, 0, sizeof *k);
    size_t total = 1;
    for (uint32_t i = 0; i < n; i++)
        if (!(tok[i].flags & WARTA_TOK_PUNCT))
            total += strlen(tok[i].key) + 1;
    if (total == 1)
        return WARTA_OK;
    if (!(k->full = warta_arena__alloc(arena, total)))
        return WARTA_ENOMEM;
    char *w = k->full;
    for (uint32_t i = 0; i < n; i++) {
        if (tok[i].flags & WARTA_TOK_PUNCT)
            continue;
        size_t len = strlen(tok[i].key);
        if (k->words++)
            *w++ = ' ';
        k->last = w;
        memcpy(w, tok[i].key, len);
        w += len;
    }
    *w = '\0';
    return WARTA_OK;
}

/* Builds the normalised key of a mention from its tokens, so "Trump",
 * "TRUMP" and "Trump" with a different quote or dash agree. */
static int mention_key(warta_arena *arena, const warta_store *s, const warta_tokens *t,
                       const warta_annotation *a, name_key *k)
{
    uint32_t first = token_at(t, a->start), end = first;
    while (end < t->n_tokens && t->tokens[end].end <= a->end)
        end++;
    int rc = join_word_keys(arena, t->tokens + first, end - first, k);
    if (rc < 0 || k->full)
        return rc;
    /* A span that does not line up with tokens: normalise its text. */
    char *norm;
    size_t len;
    rc = warta_text__normalize(s->text + a->start, a->end - a->start, &norm, &len);
    if (rc < 0)
        return rc;
    k->full = k->last = warta_arena__strndup(arena, norm, len);
    free(norm);
    k->words = 1;
    return k->full ? WARTA_OK : WARTA_ENOMEM;
}

/* The name key of a plain name such as an attribute's "Joko Widodo", made
 * as mention_key makes a mention's; NULL on no memory or no word. */
static const char *name_key_of(warta_arena *arena, const char *name)
{
    warta_token_buf tb;
    memset(&tb, 0, sizeof tb);
    name_key k = {0};
    if (warta_tokens__scan(name, strlen(name), &tb) == WARTA_OK)
        join_word_keys(arena, tb.tokens, tb.n_tokens, &k);
    warta_token_buf__free(&tb);
    return k.full;
}

/* label, a separator byte and text: keys of one map that never meet across
 * labels ("Georgia" the state is not "Georgia" the person) or kinds of key. */
static const char *labelled_key(warta_arena *arena, const char *label, char sep, const char *text)
{
    size_t ll = strlen(label), tl = strlen(text);
    char *key = warta_arena__alloc(arena, ll + tl + 2);
    if (key) {
        memcpy(key, label, ll);
        key[ll] = sep;
        memcpy(key + ll + 1, text, tl + 1);
    }
    return key;
}

int warta_link__run(const warta_store *s, const warta_tokens *t, const warta_merge *m,
                    warta_link *out)
{
    uint32_t n = s->n;
    out->n_entities = 0;
    out->entity_of = malloc((n ? n : 1) * sizeof *out->entity_of);
    int32_t *up = malloc((n ? n : 1) * sizeof *up);
    warta_arena arena;
    warta_arena__init(&arena);
    warta_strmap by_name, by_last, other;
    warta_strmap__init(&by_name);
    warta_strmap__init(&by_last);
    warta_strmap__init(&other);
    int32_t *order = malloc((n ? n : 1) * sizeof *order);
    uint32_t *rank = malloc((n ? n : 1) * sizeof *rank);
    uint32_t n_kept = m->n_kept_mentions;
    int rc = out->entity_of && up && order && rank ? WARTA_OK : WARTA_ENOMEM;
    for (uint32_t i = 0; i < n && rc == WARTA_OK; i++) {
        up[i] = (int32_t)i;
        out->entity_of[i] = -1;
    }
    /* The kept mentions by start, inner (shorter) first, then by id: the
     * merge's text order has outer first, so within each start the runs of
     * one end are put back in reverse, each run keeping its id order. */
    for (uint32_t i = 0; i < n_kept && rc == WARTA_OK;) {
        const int32_t *kept = m->kept;
        uint32_t start = s->anns[kept[i]].start, j = i;
        while (j < n_kept && s->anns[kept[j]].start == start)
            j++;
        uint32_t to = j;
        for (uint32_t g = i; g < j;) {
            uint32_t end = s->anns[kept[g]].end, h = g;
            while (h < j && s->anns[kept[h]].end == end)
                h++;
            to -= h - g;
            memcpy(order + to, kept + g, (h - g) * sizeof *order);
            g = h;
        }
        i = j;
    }
    for (uint32_t r = 0; r < n_kept && rc == WARTA_OK; r++)
        rank[order[r]] = r;

    for (uint32_t r = 0; r < n_kept && rc == WARTA_OK; r++) {
        uint32_t i = (uint32_t)order[r];
        const warta_annotation *a = &s->anns[i];
        name_key k;
        if ((rc = mention_key(&arena, s, t, a, &k)) < 0)
            break;
        if (!warta_link__is_person(a->label)) {
            const char *key = labelled_key(&arena, a->label, '\x1f', k.full);
            if (!key) {
                rc = WARTA_ENOMEM;
                break;
            }
            int32_t same = warta_strmap__get(&other, key);
            if (same >= 0)
                unite(up, rank, same, (int32_t)i);
            else
                rc = warta_strmap__put(&other, key, (int32_t)i);
            /* a listed name and its acronym or other form name the same thing:
             * "KPK" and "Komisi Pemberantasan Korupsi" (attr "canonical") */
            const char *canon = warta_ann__attr(a, "canonical");
            if (rc == WARTA_OK && canon && *canon) {
                const char *ckey = labelled_key(&arena, a->label, '\x1e', canon);
                if (!ckey) {
                    rc = WARTA_ENOMEM;
                    break;
                }
                same = warta_strmap__get(&other, ckey);
                if (same >= 0)
                    unite(up, rank, same, (int32_t)i);
                else
                    rc = warta_strmap__put(&other, ckey, (int32_t)i);
            }
            continue;
        }
        int32_t same = warta_strmap__get(&by_name, k.full);
        /* "Jokowi" with attr canonical "Joko Widodo": the person of that
         * name, and the one a later "Joko Widodo" joins */
        const char *canon = warta_ann__attr(a, "canonical");
        if (canon && *canon) {
            const char *ckey = name_key_of(&arena, canon);
            if (ckey) {
                int32_t named = warta_strmap__get(&by_name, ckey);
                if (named >= 0)
                    unite(up, rank, named, (int32_t)i);
                else if ((rc = warta_strmap__put(&by_name, ckey, (int32_t)i)) < 0)
                    break;
            }
        }
        if (same < 0 && k.words == 1)
            same = warta_strmap__get(&by_last, k.full);
        if (same < 0 && k.words > 1) {
            int32_t single = warta_strmap__get(&by_name, k.last);
            if (single >= 0 && warta_strmap__get(&by_last, k.last) < 0)
                same = single; /* "Zelensky" ... later "Volodymyr Zelensky" */
        }
        if (same >= 0)
            unite(up, rank, same, (int32_t)i);
        if (rc == WARTA_OK && warta_strmap__get(&by_name, k.full) < 0)
            rc = warta_strmap__put(&by_name, k.full, (int32_t)i);
        if (rc == WARTA_OK && k.words > 1)
            rc = warta_strmap__put(&by_last, k.last, (int32_t)i); /* most recent wins */
    }
    /* Explicit links from plugins. */
    for (uint32_t r = 0; r < n_kept && rc == WARTA_OK; r++) {
        const warta_annotation *a = &s->anns[order[r]];
        int32_t i = order[r];
        for (uint32_t r = 0; r < a->n_refs; r++) {
            if (strcmp(a->refs[r].name, "coref") != 0)
                continue;
            int32_t target = warta_merge__resolve(m, a->refs[r].target);
            if (target >= 0 && s->anns[target].kind == WARTA_ANN_MENTION)
                unite(up, rank, target, i);
        }
    }
    if (rc == WARTA_OK) {
        for (uint32_t r = 0; r < n_kept; r++) {
            int32_t i = order[r];
            int32_t root = find_root(up, i);
            if (root == i)
                out->entity_of[i] = (int32_t)out->n_entities++;
            else
                out->entity_of[i] = out->entity_of[root]; /* the root came first */
        }
    }
    free(up);
    free(order);
    free(rank);
    warta_strmap__free(&by_name);
    warta_strmap__free(&by_last);
    warta_strmap__free(&other);
    warta_arena__release(&arena);
    if (rc < 0)
        warta_link__free(out);
    return rc;
}

void warta_link__free(warta_link *link)
{
    free(link->entity_of);
    link->entity_of = NULL;
}
