#include "markup.h"

#include <stdlib.h>

static int by_position(const void *x, const void *y)
{
    const warta_mark *a = x, *b = y;
    if (a->pos != b->pos)
        return a->pos < b->pos ? -1 : 1;
    if (a->close != b->close)
        return a->close ? -1 : 1; /* close before open */
    if (a->length != b->length) /* opens: outer first; closes: inner first */
        return (a->close ? a->length < b->length : a->length > b->length) ? -1 : 1;
    if (a->kind != b->kind)
        return a->close ? (a->kind > b->kind ? -1 : 1) : (a->kind < b->kind ? -1 : 1);
    return a->index < b->index ? -1 : a->index > b->index;
}

static void pair(warta_mark *m, size_t *n, uint8_t kind, uint32_t index, uint32_t part,
                 uint32_t start, uint32_t end)
{
    warta_mark open = {start, 0, kind, index, end - start, part};
    warta_mark close = {end, 1, kind, index, end - start, part};
    m[(*n)++] = open;
    m[(*n)++] = close;
}

int warta_markup__build(const warta_result *r, warta_mark **out, size_t *count)
{
    size_t cap = 4 * (size_t)r->n_mentions + 2;
    for (uint32_t q = 0; q < r->n_quotes; q++)
        cap += 2 * (size_t)r->quotes[q].n_content + 2;
    warta_mark *m = malloc(cap * sizeof *m);
    if (!m)
        return WARTA_ENOMEM;
    size_t n = 0;
    for (uint32_t i = 0; i < r->n_mentions; i++) {
        const warta_mention *mm = &r->mentions[i];
        pair(m, &n, MARK_MENTION, i, 0, mm->start, mm->end);
        if (mm->role_start >= 0)
            pair(m, &n, MARK_ROLE, i, 0, (uint32_t)mm->role_start, (uint32_t)mm->role_end);
    }
    for (uint32_t i = 0; i < r->n_quotes; i++) {
        const warta_quote *q = &r->quotes[i];
        for (uint32_t c = 0; c < q->n_content; c++)
            pair(m, &n, MARK_CONTENT, i, c, q->content[c].start, q->content[c].end);
        if (q->has_cue)
            pair(m, &n, MARK_CUE, i, 0, q->cue.start, q->cue.end);
    }
    qsort(m, n, sizeof *m, by_position);
    *out = m;
    *count = n;
    return WARTA_OK;
}
