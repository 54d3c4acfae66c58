/*
 * train_classes.c — the word classes the trainer stores in the model file.
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
    uint16_t klass;
} counts;

struct tr_classes {
    counts *cell;
    uint32_t mask, n;
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

tr_classes *tr_classes_new(void)
{
    tr_classes *c = calloc(1, sizeof *c);
    if (c && !(c->cell = calloc(1024, sizeof *c->cell))) {
        free(c);
        return NULL;
    }
    if (c)
        c->mask = 1023;
    return c;
}

void tr_classes_free(tr_classes *c)
{
    if (c) {
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

static int enough(uint32_t in, uint32_t out)
{
    return in >= 2 && in * 25 >= in + out;   /* at least one time in 25 */
}

tg_class_entry *tr_classes_build(tr_classes *c, uint32_t *n_out, uint32_t *n_begin, uint32_t *n_inside)
{
    tg_class_entry *e = malloc((c->n + 1) * sizeof *e);
    uint32_t n = 0;
    *n_begin = *n_inside = 0;
    if (!e)
        return NULL;
    for (uint32_t i = 0; i <= c->mask; i++) {
        counts *x = &c->cell[i];
        if (!x->key)
            continue;
        uint16_t k = x->klass;
        if (enough(x->begin_in, x->begin_out)) {
            k |= TG_K_BEGIN;
            ++*n_begin;
        }
        if (enough(x->inside_in, x->inside_out)) {
            k |= TG_K_INSIDE;
            ++*n_inside;
        }
        if (k)
            e[n++] = (tg_class_entry){x->word, k};
    }
    *n_out = n;
    return e;
}
