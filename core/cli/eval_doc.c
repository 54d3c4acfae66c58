/* Documents of `warta eval`: building, trimming, nesting, file helpers. */
#include "eval.h"

#include <stdlib.h>
#include <string.h>

static int grow(void **p, uint32_t *cap, uint32_t n, size_t size)
{
    if (n < *cap)
        return 0;
    uint32_t c = *cap ? *cap * 2 : 8;
    void *g = realloc(*p, (size_t)c * size);
    if (!g)
        return -1;
    *p = g;
    *cap = c;
    return 0;
}

#define PUSH(arr, n, cap, val)                                                   \
    (grow((void **)&(arr), &(cap), (n), sizeof *(arr)) < 0 ? -1 : ((arr)[(n)++] = (val), 0))

char *ev_strndup(const char *s, size_t n)
{
    char *d = malloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

ev_doc *ev_corpus_add(ev_corpus *c)
{
    if (grow((void **)&c->docs, &c->cap, c->n, sizeof *c->docs) < 0)
        return NULL;
    ev_doc *d = &c->docs[c->n++];
    memset(d, 0, sizeof *d);
    return d;
}

void ev_doc_clear(ev_doc *d)
{
    free(d->id);
    free(d->text);
    free(d->lang);
    free(d->m);
    free(d->q);
    free(d->frags);
    free(d->spk);
    free(d->cues);
    free(d->roles);
    free(d->named);
    memset(d, 0, sizeof *d);
}

void ev_corpus_free(ev_corpus *c)
{
    for (uint32_t i = 0; i < c->n; i++)
        ev_doc_clear(&c->docs[i]);
    free(c->docs);
    c->docs = NULL;
    c->n = c->cap = 0;
}

int ev_doc_set(ev_doc *d, const char *id, const char *text, size_t len, const char *lang)
{
    d->id = ev_strndup(id, strlen(id));
    d->text = ev_strndup(text, len);
    d->len = len;
    d->lang = lang ? ev_strndup(lang, strlen(lang)) : NULL;
    return d->id && d->text && (d->lang || !lang) ? 0 : -1;
}

int ev_add_mention(ev_doc *d, const ev_mention *m)
{
    if (m->span.end <= m->span.start || m->span.end > d->len)
        return 0; /* an empty or out-of-text span cannot be matched; skip it */
    return PUSH(d->m, d->n_m, d->cap_m, *m);
}

int ev_add_cue(ev_doc *d, ev_span cue)
{
    /* Quotes sharing a cue name the same span; cues arrive in text order, so
     * the last one added is the only possible duplicate in practice. */
    for (uint32_t i = d->n_cues; i > 0 && i + 4 > d->n_cues; i--)
        if (d->cues[i - 1].start == cue.start && d->cues[i - 1].end == cue.end)
            return 0;
    return PUSH(d->cues, d->n_cues, d->cap_cues, cue);
}

int ev_add_role(ev_doc *d, ev_span role)
{
    return PUSH(d->roles, d->n_roles, d->cap_roles, role);
}

int ev_add_named(ev_doc *d, ev_span name)
{
    return PUSH(d->named, d->n_named, d->cap_named, name);
}

/* Bytes trimmed from fragment edges: white space, quotation marks and the
 * punctuation that sits next to a closing mark. */
static size_t edge_len(const char *t, size_t at, size_t end, int backward)
{
    static const char *const marks[] = {"\xe2\x80\x9c", "\xe2\x80\x9d", "\xe2\x80\x98", "\xe2\x80\x99",
                                        "\xe2\x80\x9e", "\xc2\xab", "\xc2\xbb", "\xe2\x80\xa6",
                                        "\xe2\x80\xb9", "\xe2\x80\xba"};
    if (at >= end)
        return 0;
    unsigned char c = backward ? (unsigned char)t[end - 1] : (unsigned char)t[at];
    if (strchr(" \t\r\n\"'`,.;:!?", c) && c)
        return 1;
    for (size_t i = 0; i < sizeof marks / sizeof *marks; i++) {
        size_t n = strlen(marks[i]);
        if (end - at >= n && memcmp(backward ? t + end - n : t + at, marks[i], n) == 0)
            return n;
    }
    return 0;
}

static ev_span trim(const char *t, ev_span s)
{
    size_t a = s.start, b = s.end, n;
    while ((n = edge_len(t, a, b, 0)) > 0)
        a += n;
    while ((n = edge_len(t, a, b, 1)) > 0)
        b -= n;
    ev_span r = {(uint32_t)a, (uint32_t)b};
    return r;
}

static int cmp_span(const void *a, const void *b)
{
    const ev_span *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->end < y->end ? -1 : x->end > y->end;
}

int ev_add_quote(ev_doc *d, const ev_span *frags, uint32_t n_frags, const ev_span *cue,
                 int speaker, const ev_span *spk, uint32_t n_spk, char kind)
{
    ev_quote q;
    memset(&q, 0, sizeof q);
    q.frag_at = d->n_frags;
    for (uint32_t i = 0; i < n_frags; i++) {
        if (frags[i].end > d->len || frags[i].end <= frags[i].start)
            continue;
        ev_span t = trim(d->text, frags[i]);
        if (t.end > t.start && PUSH(d->frags, d->n_frags, d->cap_frags, t) < 0)
            return -1;
    }
    q.n_frag = d->n_frags - q.frag_at;
    if (q.n_frag == 0)
        return 0; /* nothing left to compare: not a quote */
    qsort(d->frags + q.frag_at, q.n_frag, sizeof *d->frags, cmp_span);
    if (cue && cue->end > cue->start && cue->end <= d->len) {
        q.has_cue = 1;
        q.cue = *cue;
    }
    q.speaker = speaker;
    q.spk_at = d->n_spk;
    for (uint32_t i = 0; i < n_spk; i++)
        if (spk[i].end <= d->len && PUSH(d->spk, d->n_spk, d->cap_spk, spk[i]) < 0)
            return -1;
    q.n_spk = d->n_spk - q.spk_at;
    if (q.speaker == EV_SPK_SET && q.n_spk == 0)
        q.speaker = EV_SPK_UNKNOWN;
    q.kind = kind;
    return PUSH(d->q, d->n_q, d->cap_q, q);
}

typedef struct order {
    uint32_t start, end, index;
} order;

static int cmp_order(const void *a, const void *b)
{
    const order *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
        return x->end > y->end ? -1 : 1; /* the longer first: it is the container */
    return x->index < y->index ? -1 : x->index > y->index;
}

void ev_mark_nested(ev_doc *d)
{
    if (d->n_m < 2)
        return;
    order *o = malloc(d->n_m * sizeof *o);
    if (!o)
        return;
    for (uint32_t i = 0; i < d->n_m; i++) {
        o[i].start = d->m[i].span.start;
        o[i].end = d->m[i].span.end;
        o[i].index = i;
    }
    qsort(o, d->n_m, sizeof *o, cmp_order);
    /* Sorted by start, longer first: a mention is inside an earlier one
     * exactly when the furthest end seen so far reaches its end. */
    uint32_t reach = 0;
    for (uint32_t i = 0; i < d->n_m; i++) {
        if (i > 0 && reach >= o[i].end)
            d->m[o[i].index].nested = 1;
        if (o[i].end > reach)
            reach = o[i].end;
    }
    free(o);
}

const char *ev_doc_key(const char *id, char *buf, size_t size)
{
    const char *base = strrchr(id, '/');
    base = base ? base + 1 : id;
    size_t n = strlen(base);
    static const char *const suffixes[] = {".txt", ".ann", ".json", ".jsonl"};
    for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++)
        if (cli_has_suffix(base, suffixes[i])) {
            n -= strlen(suffixes[i]);
            break;
        }
    if (n >= size)
        n = size - 1;
    memcpy(buf, base, n);
    buf[n] = '\0';
    return buf;
}

void ev_keep_direct(ev_doc *d)
{
    uint32_t w = 0;
    d->n_cues = 0;
    for (uint32_t i = 0; i < d->n_q; i++) {
        if (d->q[i].kind != 'd' && d->q[i].kind != 'm')
            continue;
        d->q[w++] = d->q[i];
        /* n_cues only shrinks here, so the array has room */
        if (d->q[i].has_cue)
            ev_add_cue(d, d->q[i].cue);
    }
    d->n_q = w;
}
