/*
 * train_classes.c — the word classes the trainer stores in the model file.
 *
 * Vocabulary: the keys of the training sentences, whose word features the
 * plugin sums into vectors when it loads the model.
 *
 * Name lists: how often a word occurs in names of each type (and as a
 * person's first name), in three steps.  Capitalisation: how often a word
 * seen mid-sentence in plain news text is capitalised, in four steps; this
 * tells a sentence's first word "Guna" from a name.
 *
 * Connectors: the lower-case words that the training data shows at the
 * start of a name before a capitalised word ("desa", "kecamatan") or inside
 * one ("dan", "of", "bin", "von"), often enough against how often they
 * stand in the same place outside names.  Only they, next to a capitalised
 * word, become candidates, so run-of-the-mill lower-case words cost nothing.
 */
#include <stdlib.h>
#include <string.h>

#include "train.h"

typedef struct counts {
    uint64_t key;        /* the word's hash with its low bit set: 0 is empty */
    uint64_t word;       /* the word's hash */
    uint32_t begin_in, begin_out, inside_in, inside_out;
    uint32_t total;                 /* occurrences in plain text */
    uint32_t mid, mid_cap;          /* mid-sentence occurrences, capitalised ones */
    uint32_t gaz[TG_NTYPES], gaz_first;
    char *str;                      /* the key, for a word that gets vectors */
    uint8_t trained;                /* the word occurs in the training data */
} counts;

struct tr_classes {
    counts *cell;
    uint32_t mask, n;
    uint32_t vocab_min;   /* a word this frequent in plain text gets vectors too; 0 never */
};

static counts *cell_of(tr_classes *c, uint64_t key)
{
    if (c->n * 2 >= c->mask) {
        uint32_t cap = (c->mask + 1) * 2;
        counts *nc = calloc(cap, sizeof *nc);
        if (!nc)
            return NULL;
        for (uint32_t i = 0; i <= c->mask; i++) {
            if (!c->cell[i].key)
                continue;
            uint32_t h = (uint32_t)c->cell[i].key & (cap - 1);
            while (nc[h].key)
                h = (h + 1) & (cap - 1);
            nc[h] = c->cell[i];
        }
        free(c->cell);
        c->cell = nc;
        c->mask = cap - 1;
    }
    uint64_t word = key;
    key |= 1;
    uint32_t h = (uint32_t)key & c->mask;
    while (c->cell[h].key && c->cell[h].key != key)
        h = (h + 1) & c->mask;
    if (!c->cell[h].key) {
        c->cell[h].key = key;
        c->cell[h].word = word;
        c->n++;
    }
    return &c->cell[h];
}

tr_classes *tr_classes_new(uint32_t vocab_min)
{
    tr_classes *c = calloc(1, sizeof *c);
    if (c && !(c->cell = calloc(1024, sizeof *c->cell))) {
        free(c);
        return NULL;
    }
    if (c) {
        c->mask = 1023;
        c->vocab_min = vocab_min;
    }
    return c;
}

void tr_classes_free(tr_classes *c)
{
    if (c) {
        for (uint32_t i = 0; i <= c->mask; i++)
            free(c->cell[i].str);
        free(c->cell);
        free(c);
    }
}

static int is_cap_word(const warta_token *t)
{
    return (t->flags & WARTA_TOK_WORD) && (t->flags & (WARTA_TOK_CAPITAL | WARTA_TOK_ALLCAPS));
}

int tr_classes_count_connectors(tr_classes *c, const tr_set *set)
{
    for (size_t k = 0; k < set->n; k++) {
        const tr_sent *s = &set->s[k];
        const warta_token *tk = s->toks.tokens;
        uint32_t n = s->toks.n_tokens;
        for (uint32_t t = 0; t < n; t++) {
            if (!(tk[t].flags & WARTA_TOK_WORD) || (tk[t].flags & (WARTA_TOK_CAPITAL | WARTA_TOK_ALLCAPS)))
                continue;
            int next_cap = t + 1 < n && is_cap_word(&tk[t + 1]) && tk[t + 1].sentence == tk[t].sentence;
            int prev_in = t > 0 && tk[t - 1].sentence == tk[t].sentence &&
                          (is_cap_word(&tk[t - 1]) || s->labels[t - 1] != TG_O);
            uint8_t l = s->labels[t];
            if (!next_cap && !prev_in)
                continue;
            counts *x = cell_of(c, warta_tagger_hash(tk[t].key, strlen(tk[t].key)));
            if (!x)
                return -1;
            if (next_cap)
                l != TG_O && (l & 1) ? x->begin_in++ : l == TG_O ? x->begin_out++ : 0;
            if (prev_in)
                l != TG_O && !(l & 1) ? x->inside_in++ : l == TG_O ? x->inside_out++ : 0;
        }
    }
    return 0;
}

static unsigned step(uint32_t n)
{
    return n == 0 ? 0 : n == 1 ? 1 : n < 10 ? 2 : 3;
}

static int enough(uint32_t in, uint32_t out)
{
    return in >= 2 && in * 25 >= in + out;   /* at least one time in 25 */
}

int tr_classes_apply(tr_classes *c, warta_tagger_model *m, uint32_t *n_begin, uint32_t *n_inside)
{
    *n_begin = *n_inside = 0;
    for (uint32_t i = 0; i <= c->mask; i++) {
        counts *x = &c->cell[i];
        if (!x->key)
            continue;
        uint32_t k = 0;
        for (int t = 0; t < TG_NTYPES; t++)
            k |= step(x->gaz[t]) << (TG_K_GAZ_SHIFT + 2 * t);
        if (x->gaz_first >= 2)
            k |= TG_K_FIRST_NAME;
        if (x->mid >= 3) {
            uint32_t r = x->mid_cap * 100 / x->mid;
            k |= (uint32_t)(r < 5 ? 1 : r < 50 ? 2 : r < 95 ? 3 : 4) << TG_K_CAP_SHIFT;
        }
        if (x->trained)
            k |= TG_K_TRAINED;
        if (enough(x->begin_in, x->begin_out)) {
            k |= TG_K_BEGIN;
            ++*n_begin;
        }
        if (enough(x->inside_in, x->inside_out)) {
            k |= TG_K_INSIDE;
            ++*n_inside;
        }
        /* a key too long for the file keeps its classes but gets no vectors */
        const char *str = x->str && strlen(x->str) < 256 ? x->str : NULL;
        if ((k || str) && warta_tagger_model_add_word(m, x->word, (uint16_t)k, str) != WARTA_OK)
            return -1;
    }
    return 0;
}

int tr_classes_add_vocab(tr_classes *c, const tr_set *set)
{
    for (size_t k = 0; k < set->n; k++) {
        const warta_tokens *toks = &set->s[k].toks;
        for (uint32_t i = 0; i < toks->n_tokens; i++) {
            const char *key = toks->tokens[i].key;
            counts *x = cell_of(c, warta_tagger_hash(key, strlen(key)));
            if (!x)
                return -1;
            if (!x->str && !(x->str = strdup(key)))
                return -1;
            x->trained = 1;
        }
    }
    return 0;
}

/* Capitalised mid-sentence: not at a sentence or paragraph start, nor after
 * a quote mark, colon or dash, where a capital says nothing. */
int tr_classes_count_text(tr_classes *c, const char *text, size_t len)
{
    warta_tokens toks;
    if (warta_tokens__build(text, len, &toks) != WARTA_OK)
        return -1;
    for (uint32_t i = 0; i < toks.n_tokens; i++) {
        const warta_token *t = &toks.tokens[i], *p = i ? &toks.tokens[i - 1] : t;
        if (!(t->flags & WARTA_TOK_WORD))
            continue;
        counts *x = cell_of(c, warta_tagger_hash(t->key, strlen(t->key)));
        if (!x || (++x->total == c->vocab_min && !x->str && !(x->str = strdup(t->key)))) {
            warta_tokens__free(&toks);
            return -1;
        }
        if (i == 0 || (t->flags & (WARTA_TOK_SENT_START | WARTA_TOK_PARA_START)) || (p->flags & WARTA_TOK_QUOTE) ||
            strcmp(p->key, ":") == 0 || strcmp(p->key, "-") == 0)
            continue;
        x->mid++;
        x->mid_cap += (t->flags & (WARTA_TOK_CAPITAL | WARTA_TOK_ALLCAPS)) != 0;
    }
    warta_tokens__free(&toks);
    return 0;
}

int tr_classes_count_names(tr_classes *c, const char *text, size_t len, int type)
{
    warta_tokens toks;
    if (warta_tokens__build(text, len, &toks) != WARTA_OK)
        return -1;
    for (uint32_t i = 0; i < toks.n_tokens; i++) {
        const warta_token *t = &toks.tokens[i];
        if (!(t->flags & WARTA_TOK_WORD))
            continue;
        counts *x = cell_of(c, warta_tagger_hash(t->key, strlen(t->key)));
        if (!x) {
            warta_tokens__free(&toks);
            return -1;
        }
        x->gaz[type]++;
        /* a line is one name */
        if (type == TG_PER && (i == 0 || (t->flags & WARTA_TOK_PARA_START)))
            x->gaz_first++;
    }
    warta_tokens__free(&toks);
    return 0;
}
