/*
 * Quotes from token tags, PFSA-ID style.  The data set tags STATEMENT, CUE
 * (CUECOREF for -nya cues), PERSON and PERSONCOREF but does not link them,
 * and it tags a person only where they speak, so the links are rebuilt here
 * (docs/eval.md):
 *   - a statement's cue is the nearest cue span before or after it within
 *     one sentence of its first or last sentence (ties go to the cue after);
 *   - its speaker is the speaker span (named or referring) nearest the cue in
 *     the cue's sentence; a referring one (PERSONCOREF: "ia", "Presiden")
 *     and a cue without any speaker in its sentence (ujarnya) also accept the
 *     nearest named speaker before the statement;
 *   - a named speaker is known by its words: every capitalised occurrence in
 *     the document of a word (3+ letters) of that name counts as the same
 *     speaker, standing in for the coreference chain the data does not have;
 *   - a statement without a cue continues the previous statement's speaker
 *     when that one ended at most two sentences earlier; otherwise its
 *     speaker is unknown and it is left out of the speaker score.
 */
#include "eval_tokens.h"

#include <stdlib.h>
#include <string.h>

typedef struct cand {
    uint32_t a, b;
    int ref;         /* referring (speaker_ref), not a name */
} cand;

typedef struct pctx {
    const ev_tok *tok;
    cand *named; uint32_t n_named;      /* named speakers, text order */
    cand *all; uint32_t n_all;          /* named and referring, text order */
    uint32_t *caps; uint32_t n_caps;    /* capitalised tokens, sorted by form */
    ev_span *set; uint32_t n_set, cap_set;
} pctx;

static const ev_tok *sort_tok;

static int cmp_form(const void *x, const void *y)
{
    uint32_t i = *(const uint32_t *)x, j = *(const uint32_t *)y;
    int r = strcmp(sort_tok[i].form, sort_tok[j].form);
    return r ? r : (i < j ? -1 : i > j);
}

static int name_word(const char *f)
{
    return f[0] >= 'A' && f[0] <= 'Z' && strlen(f) >= 3;
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

/* Named span k and every capitalised occurrence of its words. */
static int add_name(pctx *c, uint32_t k)
{
    if (set_add(c, c->named[k].a, c->named[k].b) < 0)
        return -1;
    for (uint32_t t = c->named[k].a; t < c->named[k].b; t++) {
        const char *w = c->tok[t].form;
        if (!name_word(w))
            continue;
        uint32_t lo = 0, hi = c->n_caps;
        while (lo < hi) {
            uint32_t mid = (lo + hi) / 2;
            if (strcmp(c->tok[c->caps[mid]].form, w) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (uint32_t i = lo; i < c->n_caps && strcmp(c->tok[c->caps[i]].form, w) == 0; i++)
            if (set_add(c, c->caps[i], c->caps[i] + 1) < 0)
                return -1;
    }
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
    int32_t k = nearest_in_sentence(c, cue->a, cue->b, c->tok[cue->a].sent);
    if (k >= 0 && !c->all[k].ref) {
        int32_t nk = named_before(c, c->all[k].b);   /* its index among the named */
        return nk >= 0 ? add_name(c, (uint32_t)nk) : 0;
    }
    uint32_t limit = stmt_a < cue->a ? stmt_a : cue->a;
    if (k >= 0) {
        if (set_add(c, c->all[k].a, c->all[k].b) < 0)
            return -1;
        if (c->all[k].a < limit)
            limit = c->all[k].a;
    }
    int32_t ante = named_before(c, limit);
    return ante >= 0 ? add_name(c, (uint32_t)ante) : 0;
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

/* A statement without a cue: the previous statement's speakers, copied
 * because d->spk may move while the new quote is added. */
static int inherit(pctx *c, const ev_doc *d, const ev_quote *prev)
{
    for (uint32_t k = 0; k < prev->n_spk; k++) {
        if (c->n_set == c->cap_set) {
            uint32_t cap = c->cap_set ? c->cap_set * 2 : 16;
            ev_span *g = realloc(c->set, cap * sizeof *g);
            if (!g)
                return -1;
            c->set = g;
            c->cap_set = cap;
        }
        c->set[c->n_set++] = d->spk[prev->spk_at + k];
    }
    return 0;
}

int ev_pfsa_quotes(ev_doc *d, const ev_tok *tok, uint32_t n_tok, const ev_tspan *sp, uint32_t n_sp)
{
    uint32_t n_stmt = 0, n_cue = 0, n_all = 0;
    for (uint32_t i = 0; i < n_sp; i++) {
        n_stmt += sp[i].target == EV_T_QUOTE;
        n_cue += sp[i].target == EV_T_CUE;
        n_all += sp[i].target == EV_T_SPEAKER || sp[i].target == EV_T_PERSON ||
                 sp[i].target == EV_T_SPEAKER_REF;
    }
    if (n_cue == 0 && n_stmt == 0)
        return 0;
    pctx c;
    memset(&c, 0, sizeof c);
    c.tok = tok;
    ev_tspan *cues = malloc((n_cue + 1) * sizeof *cues);
    c.named = malloc((n_all + 1) * sizeof *c.named);
    c.all = malloc((n_all + 1) * sizeof *c.all);
    c.caps = malloc((n_tok + 1) * sizeof *c.caps);
    int rc = cues && c.named && c.all && c.caps ? 0 : -1;
    n_cue = 0;
    for (uint32_t i = 0; rc == 0 && i < n_sp; i++) {
        int t = sp[i].target;
        cand k = {sp[i].a, sp[i].b, t == EV_T_SPEAKER_REF};
        if (t == EV_T_CUE) {
            cues[n_cue++] = sp[i];
            ev_span s = {tok[sp[i].a].start, tok[sp[i].b - 1].end};
            rc = ev_add_cue(d, s);
        } else if (t == EV_T_SPEAKER || t == EV_T_PERSON || t == EV_T_SPEAKER_REF) {
            if (!k.ref)
                c.named[c.n_named++] = k;
            c.all[c.n_all++] = k;
        }
    }
    for (uint32_t i = 0; rc == 0 && i < n_tok; i++)
        if (name_word(tok[i].form))
            c.caps[c.n_caps++] = i;
    if (rc == 0 && c.n_caps) {
        sort_tok = tok;
        qsort(c.caps, c.n_caps, sizeof *c.caps, cmp_form);
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
            rc = inherit(&c, d, prev);
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
    free(c.caps);
    free(c.set);
    return rc;
}
