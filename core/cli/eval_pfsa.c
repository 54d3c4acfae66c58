/*
 * Quotes from token tags, PFSA-ID style.  The data set tags STATEMENT, CUE
 * (CUECOREF for -nya cues), PERSON and PERSONCOREF but does not link them, so
 * the link is rebuilt here (docs/eval.md):
 *   - a statement's cue is the nearest cue span before or after it within
 *     one sentence of its first or last sentence (ties go to the cue after);
 *   - its speaker is the speaker span (named or referring) nearest the cue in
 *     the cue's sentence; a referring one (PERSONCOREF: "ia", "Presiden")
 *     and a cue without any speaker in its sentence (ujarnya) also accept the
 *     nearest named speaker before the statement;
 *   - a named speaker brings every named span of the document ending in the
 *     same word (its surname chain);
 *   - a statement without a cue continues the previous statement's speaker
 *     when that one ended at most two sentences earlier; otherwise its
 *     speaker is unknown and it is left out of the speaker score.
 */
#include "eval_tokens.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct cand {
    uint32_t a, b;
    int ref;         /* referring (speaker_ref), not a name */
    uint32_t group;  /* surname chain of a named span */
} cand;

typedef struct pctx {
    const ev_tok *tok;
    cand *named; uint32_t n_named;      /* named speakers, text order */
    cand *all; uint32_t n_all;          /* named and referring, text order */
    uint32_t *by_group;                 /* named indices sorted by group */
    ev_span *set; uint32_t n_set, cap_set;
} pctx;

static const char *last_form(const pctx *c, const cand *s)
{
    return c->tok[s->b - 1].form;
}

static const pctx *sort_ctx;

static int cmp_named_form(const void *x, const void *y)
{
    const pctx *c = sort_ctx;
    uint32_t i = *(const uint32_t *)x, j = *(const uint32_t *)y;
    int r = strcasecmp(last_form(c, &c->named[i]), last_form(c, &c->named[j]));
    return r ? r : (i < j ? -1 : i > j);
}

static int set_add(pctx *c, uint32_t a, uint32_t b)
{
    if (c->n_set == c->cap_set) {
        uint32_t cap = c->cap_set ? c->cap_set * 2 : 16;
        ev_span *g = realloc(c->set, cap * sizeof *g);
        if (!g)
            return -1;
        c->set = g;
        c->cap_set = cap;
    }
    ev_span s = {c->tok[a].start, c->tok[b - 1].end};
    c->set[c->n_set++] = s;
    return 0;
}

/* Adds named span k and the rest of its surname chain. */
static int add_chain(pctx *c, uint32_t k)
{
    uint32_t g = c->named[k].group;
    /* by_group is sorted by group: binary search the first member */
    uint32_t lo = 0, hi = c->n_named;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (c->named[c->by_group[mid]].group < g)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (uint32_t i = lo; i < c->n_named && c->named[c->by_group[i]].group == g; i++)
        if (set_add(c, c->named[c->by_group[i]].a, c->named[c->by_group[i]].b) < 0)
            return -1;
    return 0;
}

/* The last named span ending at or before token `pos`, or -1. */
static int32_t named_before(const pctx *c, uint32_t pos)
{
    uint32_t lo = 0, hi = c->n_named;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (c->named[mid].b <= pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo ? (int32_t)lo - 1 : -1;
}

static uint32_t dist(uint32_t a, uint32_t b, uint32_t x, uint32_t y)
{
    return x >= b ? x - b : a >= y ? a - y : 0;
}

/* The speaker candidate nearest [a,b) within sentence `sent`, or -1. */
static int32_t nearest_in_sentence(const pctx *c, uint32_t a, uint32_t b, uint32_t sent)
{
    uint32_t lo = 0, hi = c->n_all;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (c->all[mid].a < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    /* the first candidate after and the last before are the nearest ones */
    int32_t best = -1;
    uint32_t bd = UINT32_MAX;
    if (lo < c->n_all && c->tok[c->all[lo].a].sent == sent) {
        bd = dist(a, b, c->all[lo].a, c->all[lo].b);
        best = (int32_t)lo;
    }
    if (lo > 0 && c->tok[c->all[lo - 1].b - 1].sent == sent &&
        dist(a, b, c->all[lo - 1].a, c->all[lo - 1].b) < bd)
        best = (int32_t)(lo - 1);
    return best;
}

static int speaker_of(pctx *c, const ev_tspan *cue, uint32_t stmt_a)
{
    uint32_t sent = c->tok[cue->a].sent;
    int32_t k = nearest_in_sentence(c, cue->a, cue->b, sent);
    if (k >= 0 && !c->all[k].ref) {
        int32_t nk = named_before(c, c->all[k].b);   /* its index among the named */
        return nk >= 0 ? add_chain(c, (uint32_t)nk) : 0;
    }
    uint32_t limit = stmt_a < cue->a ? stmt_a : cue->a;
    if (k >= 0) {
        if (set_add(c, c->all[k].a, c->all[k].b) < 0)
            return -1;
        if (c->all[k].a < limit)
            limit = c->all[k].a;
    }
    int32_t ante = named_before(c, limit);
    return ante >= 0 ? add_chain(c, (uint32_t)ante) : 0;
}

static const ev_tspan *find_cue(const ev_tok *t, const ev_tspan *cues, uint32_t n, const ev_tspan *s)
{
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (cues[mid].a < s->b)
            lo = mid + 1;
        else
            hi = mid;
    }
    uint32_t first = t[s->a].sent, last = t[s->b - 1].sent;
    const ev_tspan *after = lo < n && t[cues[lo].a].sent <= last + 1 ? &cues[lo] : NULL;
    const ev_tspan *before =
        lo > 0 && cues[lo - 1].b <= s->a && t[cues[lo - 1].b - 1].sent + 1 >= first ? &cues[lo - 1] : NULL;
    if (after && before)
        return s->a - before->b < after->a - s->b ? before : after;
    return after ? after : before;
}

static int quote_mark(const char *f)
{
    return strcmp(f, "\"") == 0 || strcmp(f, "\xe2\x80\x9c") == 0 || strcmp(f, "\xe2\x80\x9d") == 0 ||
           strcmp(f, "``") == 0 || strcmp(f, "''") == 0;
}

int ev_pfsa_quotes(ev_doc *d, const ev_tok *tok, uint32_t n_tok, const ev_tspan *sp, uint32_t n_sp)
{
    (void)n_tok;
    uint32_t n_stmt = 0, n_cue = 0, n_named = 0, n_all = 0;
    for (uint32_t i = 0; i < n_sp; i++) {
        n_stmt += sp[i].target == EV_T_QUOTE;
        n_cue += sp[i].target == EV_T_CUE;
        n_named += sp[i].target == EV_T_SPEAKER || sp[i].target == EV_T_PERSON;
        n_all += sp[i].target == EV_T_SPEAKER || sp[i].target == EV_T_PERSON ||
                 sp[i].target == EV_T_SPEAKER_REF;
    }
    if (n_cue == 0 && n_stmt == 0)
        return 0;
    pctx c;
    memset(&c, 0, sizeof c);
    c.tok = tok;
    ev_tspan *cues = malloc((n_cue + 1) * sizeof *cues);
    c.named = malloc((n_named + 1) * sizeof *c.named);
    c.all = malloc((n_all + 1) * sizeof *c.all);
    c.by_group = malloc((n_named + 1) * sizeof *c.by_group);
    int rc = cues && c.named && c.all && c.by_group ? 0 : -1;
    n_cue = 0;
    for (uint32_t i = 0; rc == 0 && i < n_sp; i++) {
        int t = sp[i].target;
        cand k = {sp[i].a, sp[i].b, t == EV_T_SPEAKER_REF, 0};
        if (t == EV_T_CUE) {
            cues[n_cue++] = sp[i];
            ev_span s = {tok[sp[i].a].start, tok[sp[i].b - 1].end};
            rc = ev_add_cue(d, s);
        } else if (t == EV_T_SPEAKER || t == EV_T_PERSON) {
            c.by_group[c.n_named] = c.n_named;
            c.named[c.n_named++] = k;
            c.all[c.n_all++] = k;
        } else if (t == EV_T_SPEAKER_REF) {
            c.all[c.n_all++] = k;
        }
    }
    if (rc == 0 && c.n_named) {
        /* surname chains: sort by last word, number the runs */
        sort_ctx = &c;
        qsort(c.by_group, c.n_named, sizeof *c.by_group, cmp_named_form);
        uint32_t g = 0;
        for (uint32_t i = 0; i < c.n_named; i++) {
            if (i && strcasecmp(last_form(&c, &c.named[c.by_group[i]]),
                                last_form(&c, &c.named[c.by_group[i - 1]])) != 0)
                g++;
            c.named[c.by_group[i]].group = g;
        }
    }
    uint32_t prev_sent = 0;
    for (uint32_t i = 0; rc == 0 && i < n_sp; i++) {
        if (sp[i].target != EV_T_QUOTE)
            continue;
        const ev_tspan *s = &sp[i];
        const ev_tspan *cue = find_cue(tok, cues, n_cue, s);
        ev_span frag = {tok[s->a].start, tok[s->b - 1].end}, cs = {0, 0};
        const ev_quote *prev = d->n_q ? &d->q[d->n_q - 1] : NULL;
        int spk = EV_SPK_UNKNOWN;
        c.n_set = 0;
        if (cue) {
            cs.start = tok[cue->a].start;
            cs.end = tok[cue->b - 1].end;
            rc = speaker_of(&c, cue, s->a);
            spk = c.n_set ? EV_SPK_SET : EV_SPK_UNKNOWN;
        } else if (prev && prev->speaker == EV_SPK_SET && tok[s->a].sent <= prev_sent + 2) {
            /* a continuation paragraph: copied, since d->spk may move */
            for (uint32_t k = 0; rc == 0 && k < prev->n_spk; k++) {
                ev_span x = d->spk[prev->spk_at + k];
                if (c.n_set == c.cap_set) {
                    uint32_t cap = c.cap_set ? c.cap_set * 2 : 16;
                    ev_span *g = realloc(c.set, cap * sizeof *g);
                    if (!g) {
                        rc = -1;
                        break;
                    }
                    c.set = g;
                    c.cap_set = cap;
                }
                c.set[c.n_set++] = x;
            }
            spk = EV_SPK_SET;
        }
        char kind = quote_mark(tok[s->a].form) || quote_mark(tok[s->b - 1].form) ? 'd' : 'i';
        if (rc == 0)
            rc = ev_add_quote(d, &frag, 1, cue ? &cs : NULL, spk, c.set, c.n_set, kind);
        prev_sent = tok[s->b - 1].sent;
    }
    free(cues);
    free(c.named);
    free(c.all);
    free(c.by_group);
    free(c.set);
    return rc;
}
