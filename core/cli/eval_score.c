/*
 * Scoring one document pair into the running totals (docs/eval.md):
 *   entities   exact = same span and type; partial = overlapping, same type;
 *   role       the predicted mention overlapping a gold person carries a
 *              role overlapping the gold role (exact: both spans equal);
 *   affiliation likewise with the affiliation's span;
 *   quotes     exact = the same content fragments (after trimming marks and
 *              edge punctuation); partial = content IoU >= 0.5 in bytes;
 *   speaker    on partially matched quotes: right when a predicted speaker
 *              span overlaps a gold speaker span (the gold chain), or both
 *              have none;
 *   cue        exact / overlapping cue spans.
 *   role spans (data sets tagging roles on their own, PFSA-ID): the role
 *              spans of predicted mentions against the gold role spans;
 *              when the data tags persons only partly (PFSA-ID: sources),
 *              only predicted mentions overlapping a gold person count,
 *              since roles of people it never tags cannot be judged.
 * Predicted mentions nested in another are dropped first (flat evaluation).
 */
#include "eval.h"

#include <stdlib.h>
#include <string.h>

static const char *const type_names[EV_N_TYPES] = {"person", "location", "organization"};

void ev_scores_init(ev_scores *s, unsigned layers)
{
    memset(s, 0, sizeof *s);
    s->layers = layers;
}

void ev_scores_free(ev_scores *s)
{
    for (size_t i = 0; i < s->cap_err; i++) {
        free(s->err[i].key);
        free(s->err[i].doc);
    }
    free(s->err);
    s->err = NULL;
    s->cap_err = s->n_err = 0;
}

/* ---- error examples: counted by (class, type, gold text, predicted text) ---- */

static uint64_t hash(const char *s)
{
    uint64_t h = 1469598103934665603u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

static int err_put(ev_scores *s, char *key, const char *doc)
{
    if ((s->n_err + 1) * 2 > s->cap_err) {
        size_t cap = s->cap_err ? s->cap_err * 2 : 256;
        ev_error *t = calloc(cap, sizeof *t);
        if (!t)
            return -1;
        for (size_t i = 0; i < s->cap_err; i++) {
            if (!s->err[i].key)
                continue;
            size_t k = hash(s->err[i].key) & (cap - 1);
            while (t[k].key)
                k = (k + 1) & (cap - 1);
            t[k] = s->err[i];
        }
        free(s->err);
        s->err = t;
        s->cap_err = cap;
    }
    size_t k = hash(key) & (s->cap_err - 1);
    while (s->err[k].key && strcmp(s->err[k].key, key) != 0)
        k = (k + 1) & (s->cap_err - 1);
    if (s->err[k].key) {
        s->err[k].count++;
        free(key);
        return 0;
    }
    s->err[k].key = key;
    s->err[k].count = 1;
    s->err[k].doc = ev_strndup(doc, strlen(doc));
    s->n_err++;
    return s->err[k].doc ? 0 : -1;
}

/* Appends text[a,b) to out on one line, cut at about 80 bytes on a UTF-8
 * boundary. */
static size_t put_text(char *out, size_t at, size_t size, const ev_doc *d, ev_span sp)
{
    size_t n = 0, max = 80;
    if (sp.end > d->len || sp.start > sp.end)
        return at;
    for (uint32_t i = sp.start; i < sp.end && at + 4 < size; i++, n++) {
        unsigned char c = (unsigned char)d->text[i];
        if (n >= max && (c & 0xC0) != 0x80) {
            memcpy(out + at, "...", 3);
            at += 3;
            break;
        }
        out[at++] = c == '\n' || c == '\t' || c == '\r' ? ' ' : (char)c;
    }
    out[at] = '\0';
    return at;
}

/* One error: gold text from doc g, predicted text from doc p. */
static int report2(ev_scores *s, const char *cls, const char *type, const ev_doc *g, const ev_span *gold,
                   const ev_doc *p, const ev_span *pred)
{
    char buf[600];
    int n = snprintf(buf, sizeof buf, "%s\t%s\t", cls, type);
    size_t at = (size_t)n;
    if (gold)
        at = put_text(buf, at, sizeof buf, g, *gold);
    buf[at++] = '\t';
    buf[at] = '\0';
    if (pred)
        at = put_text(buf, at, sizeof buf, p, *pred);
    char *key = ev_strndup(buf, at);
    return key ? err_put(s, key, g->id) : -1;
}

static int report(ev_scores *s, const char *cls, const char *type, const ev_doc *d, const ev_span *gold,
                  const ev_span *pred)
{
    return report2(s, cls, type, d, gold, d, pred);
}

/* ---- pair scores ---- */

typedef struct ctx {
    const ev_doc *g, *p;
    const uint32_t *gi, *pi;    /* item -> mention or quote index */
} ctx;

static int overlaps(ev_span a, ev_span b)
{
    return a.start < b.end && b.start < a.end;
}

static double overlap_len(ev_span a, ev_span b)
{
    uint32_t s = a.start > b.start ? a.start : b.start, e = a.end < b.end ? a.end : b.end;
    return e > s ? (double)(e - s) : 0.0;
}

static int same(ev_span a, ev_span b)
{
    return a.start == b.start && a.end == b.end;
}

static double ent_exact(const void *v, uint32_t g, uint32_t p)
{
    const ctx *c = v;
    const ev_mention *a = &c->g->m[c->gi[g]], *b = &c->p->m[c->pi[p]];
    return a->type == b->type && same(a->span, b->span) ? 1.0 : -1.0;
}

static double ent_partial(const void *v, uint32_t g, uint32_t p)
{
    const ctx *c = v;
    const ev_mention *a = &c->g->m[c->gi[g]], *b = &c->p->m[c->pi[p]];
    return a->type == b->type ? overlap_len(a->span, b->span) : -1.0;
}

static double ent_any(const void *v, uint32_t g, uint32_t p)
{
    const ctx *c = v;
    return overlap_len(c->g->m[c->gi[g]].span, c->p->m[c->pi[p]].span);
}

static double role_exact(const void *v, uint32_t g, uint32_t p)
{
    const ctx *c = v;
    const ev_mention *a = &c->g->m[c->gi[g]], *b = &c->p->m[c->pi[p]];
    return same(a->span, b->span) && same(a->role, b->role) ? 1.0 : -1.0;
}

static double role_partial(const void *v, uint32_t g, uint32_t p)
{
    const ctx *c = v;
    const ev_mention *a = &c->g->m[c->gi[g]], *b = &c->p->m[c->pi[p]];
    return overlaps(a->role, b->role) ? overlap_len(a->span, b->span) + overlap_len(a->role, b->role)
                                      : -1.0;
}

static double aff_exact(const void *v, uint32_t g, uint32_t p)
{
    const ctx *c = v;
    const ev_mention *a = &c->g->m[c->gi[g]], *b = &c->p->m[c->pi[p]];
    return same(a->span, b->span) && same(a->aff, b->aff) ? 1.0 : -1.0;
}

static double aff_partial(const void *v, uint32_t g, uint32_t p)
{
    const ctx *c = v;
    const ev_mention *a = &c->g->m[c->gi[g]], *b = &c->p->m[c->pi[p]];
    return overlaps(a->aff, b->aff) ? overlap_len(a->span, b->span) + overlap_len(a->aff, b->aff) : -1.0;
}

/* |intersection| / |union| of two sorted fragment lists, in bytes. */
static double content_iou(const ev_doc *gd, const ev_quote *a, const ev_doc *pd, const ev_quote *b)
{
    const ev_span *x = gd->frags + a->frag_at, *y = pd->frags + b->frag_at;
    double inter = 0, ua = 0, ub = 0;
    for (uint32_t i = 0; i < a->n_frag; i++)
        ua += x[i].end - x[i].start;
    for (uint32_t i = 0; i < b->n_frag; i++)
        ub += y[i].end - y[i].start;
    uint32_t i = 0, k = 0;
    while (i < a->n_frag && k < b->n_frag) {
        inter += overlap_len(x[i], y[k]);
        if (x[i].end < y[k].end)
            i++;
        else
            k++;
    }
    double uni = ua + ub - inter;
    return uni > 0 ? inter / uni : 0.0;
}

static double quote_exact(const void *v, uint32_t g, uint32_t p)
{
    const ctx *c = v;
    const ev_quote *a = &c->g->q[g], *b = &c->p->q[p];
    if (a->n_frag != b->n_frag)
        return -1.0;
    for (uint32_t i = 0; i < a->n_frag; i++)
        if (!same(c->g->frags[a->frag_at + i], c->p->frags[b->frag_at + i]))
            return -1.0;
    return 1.0;
}

static double quote_partial(const void *v, uint32_t g, uint32_t p)
{
    const ctx *c = v;
    double iou = content_iou(c->g, &c->g->q[g], c->p, &c->p->q[p]);
    return iou >= 0.5 ? iou : -1.0;
}

static double cue_exact(const void *v, uint32_t g, uint32_t p)
{
    const ctx *c = v;
    return same(c->g->cues[g], c->p->cues[p]) ? 1.0 : -1.0;
}

static double cue_partial(const void *v, uint32_t g, uint32_t p)
{
    const ctx *c = v;
    return overlap_len(c->g->cues[g], c->p->cues[p]);
}

/* ---- per layer ---- */

typedef struct work {
    ev_span *gs, *ps;
    uint32_t *gi, *pi;
    int32_t *g2p, *p2g, *g2p_x, *p2g_x, *g2p_t, *p2g_t;
} work;

static int work_alloc(work *w, uint32_t ng, uint32_t np)
{
    size_t G = ng ? ng : 1, P = np ? np : 1;
    w->gs = malloc(G * sizeof *w->gs);
    w->ps = malloc(P * sizeof *w->ps);
    w->gi = malloc(G * sizeof *w->gi);
    w->pi = malloc(P * sizeof *w->pi);
    w->g2p = malloc(G * 3 * sizeof *w->g2p);
    w->p2g = malloc(P * 3 * sizeof *w->p2g);
    if (!w->gs || !w->ps || !w->gi || !w->pi || !w->g2p || !w->p2g)
        return -1;
    w->g2p_x = w->g2p + G;
    w->g2p_t = w->g2p + 2 * G;
    w->p2g_x = w->p2g + P;
    w->p2g_t = w->p2g + 2 * P;
    return 0;
}

static void work_free(work *w)
{
    free(w->gs);
    free(w->ps);
    free(w->gi);
    free(w->pi);
    free(w->g2p);
    free(w->p2g);
}

static int score_entities(ev_scores *s, const ev_doc *g, const ev_doc *p)
{
    work w;
    int rc = work_alloc(&w, g->n_m, p->n_m);
    uint32_t ng = 0, np = 0;
    for (uint32_t i = 0; rc == 0 && i < g->n_m; i++)
        if (s->layers & (1u << g->m[i].type)) {
            w.gi[ng] = i;
            w.gs[ng++] = g->m[i].span;
            s->ent[g->m[i].type].gold++;
        }
    for (uint32_t i = 0; rc == 0 && i < p->n_m; i++)
        if (!p->m[i].nested && (s->layers & (1u << p->m[i].type))) {
            w.pi[np] = i;
            w.ps[np++] = p->m[i].span;
            s->ent[p->m[i].type].pred++;
        }
    ctx c = {g, p, w.gi, w.pi};
    if (rc == 0 && (ev_match(w.gs, ng, w.ps, np, ent_exact, &c, w.g2p_x, w.p2g_x) < 0 ||
                    ev_match(w.gs, ng, w.ps, np, ent_partial, &c, w.g2p, w.p2g) < 0))
        rc = -1;
    for (uint32_t i = 0; rc == 0 && i < ng; i++) {
        const ev_mention *m = &g->m[w.gi[i]];
        if (w.g2p_x[i] >= 0)
            s->ent[m->type].tp_exact++;
        if (w.g2p[i] >= 0) {
            s->ent[m->type].tp_partial++;
            if (w.g2p_x[i] < 0)
                rc = report(s, "boundary", type_names[m->type], g, &m->span,
                            &p->m[w.pi[w.g2p[i]]].span);
        }
    }
    /* what is left: a type confusion when spans still overlap, else missed
     * or spurious */
    uint32_t ug = 0, up = 0;
    for (uint32_t i = 0; rc == 0 && i < ng; i++)
        if (w.g2p[i] < 0) {
            w.gi[ug] = w.gi[i];
            w.gs[ug++] = w.gs[i];
        }
    for (uint32_t i = 0; rc == 0 && i < np; i++)
        if (w.p2g[i] < 0) {
            w.pi[up] = w.pi[i];
            w.ps[up++] = w.ps[i];
        }
    if (rc == 0 && ev_match(w.gs, ug, w.ps, up, ent_any, &c, w.g2p_t, w.p2g_t) < 0)
        rc = -1;
    for (uint32_t i = 0; rc == 0 && i < ug; i++) {
        const ev_mention *m = &g->m[w.gi[i]];
        if (w.g2p_t[i] >= 0) {
            char t[64];
            snprintf(t, sizeof t, "%s>%s", type_names[m->type], type_names[p->m[w.pi[w.g2p_t[i]]].type]);
            rc = report(s, "wrong_type", t, g, &m->span, &p->m[w.pi[w.g2p_t[i]]].span);
        } else {
            rc = report(s, "missed", type_names[m->type], g, &m->span, NULL);
        }
    }
    for (uint32_t i = 0; rc == 0 && i < up; i++)
        if (w.p2g_t[i] < 0)
            rc = report(s, "spurious", type_names[p->m[w.pi[i]].type], p, NULL, &p->m[w.pi[i]].span);
    work_free(&w);
    return rc;
}

/* Role or affiliation: items are the person mentions carrying one. */
static int score_attached(ev_scores *s, const ev_doc *g, const ev_doc *p, int aff)
{
    work w;
    int rc = work_alloc(&w, g->n_m, p->n_m);
    uint32_t ng = 0, np = 0;
    ev_count *cnt = aff ? &s->aff : &s->role;
    const char *name = aff ? "affiliation" : "role";
    for (uint32_t i = 0; rc == 0 && i < g->n_m; i++)
        if (aff ? g->m[i].has_aff : g->m[i].has_role) {
            w.gi[ng] = i;
            w.gs[ng++] = g->m[i].span;
        }
    for (uint32_t i = 0; rc == 0 && i < p->n_m; i++)
        if (!p->m[i].nested && (aff ? p->m[i].has_aff : p->m[i].has_role)) {
            w.pi[np] = i;
            w.ps[np++] = p->m[i].span;
        }
    cnt->gold += ng;
    cnt->pred += np;
    ctx c = {g, p, w.gi, w.pi};
    if (rc == 0 && (ev_match(w.gs, ng, w.ps, np, aff ? aff_exact : role_exact, &c, w.g2p_x, w.p2g_x) < 0 ||
                    ev_match(w.gs, ng, w.ps, np, aff ? aff_partial : role_partial, &c, w.g2p, w.p2g) < 0))
        rc = -1;
    for (uint32_t i = 0; rc == 0 && i < ng; i++) {
        const ev_mention *m = &g->m[w.gi[i]];
        cnt->tp_exact += w.g2p_x[i] >= 0;
        cnt->tp_partial += w.g2p[i] >= 0;
        if (w.g2p[i] < 0)
            rc = report(s, "missed", name, g, aff ? &m->aff : &m->role, NULL);
    }
    for (uint32_t i = 0; rc == 0 && i < np; i++)
        if (w.p2g[i] < 0) {
            const ev_mention *m = &p->m[w.pi[i]];
            rc = report(s, "spurious", name, p, NULL, aff ? &m->aff : &m->role);
        }
    work_free(&w);
    return rc;
}

static ev_span extent(const ev_doc *d, const ev_quote *q)
{
    ev_span s = {d->frags[q->frag_at].start, d->frags[q->frag_at + q->n_frag - 1].end};
    return s;
}

static int speaker_right(const ev_doc *g, const ev_quote *gq, const ev_doc *p, const ev_quote *pq)
{
    if (gq->speaker == EV_SPK_NONE)
        return pq->speaker == EV_SPK_NONE;
    if (pq->speaker != EV_SPK_SET)
        return 0;
    for (uint32_t i = 0; i < gq->n_spk; i++)
        for (uint32_t k = 0; k < pq->n_spk; k++)
            if (overlaps(g->spk[gq->spk_at + i], p->spk[pq->spk_at + k]))
                return 1;
    return 0;
}

static int score_quotes(ev_scores *s, const ev_doc *g, const ev_doc *p)
{
    work w;
    int rc = work_alloc(&w, g->n_q, p->n_q);
    for (uint32_t i = 0; rc == 0 && i < g->n_q; i++)
        w.gs[i] = extent(g, &g->q[i]);
    for (uint32_t i = 0; rc == 0 && i < p->n_q; i++)
        w.ps[i] = extent(p, &p->q[i]);
    ctx c = {g, p, NULL, NULL};
    if (rc == 0 && (ev_match(w.gs, g->n_q, w.ps, p->n_q, quote_exact, &c, w.g2p_x, w.p2g_x) < 0 ||
                    ev_match(w.gs, g->n_q, w.ps, p->n_q, quote_partial, &c, w.g2p, w.p2g) < 0))
        rc = -1;
    s->quote.gold += g->n_q;
    s->quote.pred += p->n_q;
    s->quote_speaker.pred += p->n_q;
    for (uint32_t i = 0; rc == 0 && i < g->n_q; i++) {
        const ev_quote *q = &g->q[i];
        int k = q->kind == 'd' ? 0 : q->kind == 'i' ? 1 : -1;
        if (k >= 0) {
            s->kind_gold[k]++;
            s->kind_found[k] += w.g2p[i] >= 0;
        }
        s->quote.tp_exact += w.g2p_x[i] >= 0;
        if (q->speaker == EV_SPK_UNKNOWN) {
            s->spk_unknown++;
            if (w.g2p[i] >= 0)
                s->quote_speaker.pred--; /* its speaker cannot be judged either way */
        } else {
            s->quote_speaker.gold++;
        }
        if (w.g2p[i] < 0) {
            ev_span e = extent(g, q);
            rc = report(s, "missed", "quote", g, &e, NULL);
            continue;
        }
        s->quote.tp_partial++;
        const ev_quote *pq = &p->q[w.g2p[i]];
        if (q->speaker == EV_SPK_UNKNOWN)
            continue;
        int right = speaker_right(g, q, p, pq);
        if (q->speaker == EV_SPK_NONE) {
            s->spk_none++;
            s->spk_none_right += right;
        } else {
            s->spk_eval++;
            s->spk_right += right;
        }
        s->quote_speaker.tp_partial += right;
        s->quote_speaker.tp_exact += right && w.g2p_x[i] >= 0;
        if (!right)
            rc = report2(s, "wrong_speaker", "quote", g, q->n_spk ? &g->spk[q->spk_at] : NULL, p,
                         pq->n_spk ? &p->spk[pq->spk_at] : NULL);
    }
    for (uint32_t i = 0; rc == 0 && i < p->n_q; i++)
        if (w.p2g[i] < 0) {
            ev_span e = extent(p, &p->q[i]);
            rc = report(s, "spurious", "quote", p, NULL, &e);
        }
    work_free(&w);
    return rc;
}

static int score_cues(ev_scores *s, const ev_doc *g, const ev_doc *p)
{
    work w;
    int rc = work_alloc(&w, g->n_cues, p->n_cues);
    ctx c = {g, p, NULL, NULL};
    if (rc == 0 &&
        (ev_match(g->cues, g->n_cues, p->cues, p->n_cues, cue_exact, &c, w.g2p_x, w.p2g_x) < 0 ||
         ev_match(g->cues, g->n_cues, p->cues, p->n_cues, cue_partial, &c, w.g2p, w.p2g) < 0))
        rc = -1;
    s->cue.gold += g->n_cues;
    s->cue.pred += p->n_cues;
    for (uint32_t i = 0; rc == 0 && i < g->n_cues; i++) {
        s->cue.tp_exact += w.g2p_x[i] >= 0;
        s->cue.tp_partial += w.g2p[i] >= 0;
        if (w.g2p[i] < 0)
            rc = report(s, "missed", "cue", g, &g->cues[i], NULL);
    }
    for (uint32_t i = 0; rc == 0 && i < p->n_cues; i++)
        if (w.p2g[i] < 0)
            rc = report(s, "spurious", "cue", p, NULL, &p->cues[i]);
    work_free(&w);
    return rc;
}

static double role_span_exact(const void *v, uint32_t g, uint32_t p)
{
    const ev_span *const *sp = v;
    return same(sp[0][g], sp[1][p]) ? 1.0 : -1.0;
}

static double role_span_partial(const void *v, uint32_t g, uint32_t p)
{
    const ev_span *const *sp = v;
    return overlap_len(sp[0][g], sp[1][p]);
}

static int score_role_spans(ev_scores *s, const ev_doc *g, const ev_doc *p)
{
    ev_span *pred = malloc((p->n_m ? p->n_m : 1) * sizeof *pred);
    uint32_t np = 0;
    for (uint32_t i = 0; pred && i < p->n_m; i++) {
        if (!p->m[i].has_role)
            continue;
        int judged = g->n_named == 0;
        for (uint32_t k = 0; !judged && k < g->n_named; k++)
            judged = overlap_len(g->named[k], p->m[i].span) > 0;
        if (judged)
            pred[np++] = p->m[i].role;
    }
    work w;
    int rc = pred ? work_alloc(&w, g->n_roles, np) : -1;
    const ev_span *both[2] = {g->roles, pred};
    if (rc == 0 &&
        (ev_match(g->roles, g->n_roles, pred, np, role_span_exact, both, w.g2p_x, w.p2g_x) < 0 ||
         ev_match(g->roles, g->n_roles, pred, np, role_span_partial, both, w.g2p, w.p2g) < 0))
        rc = -1;
    if (rc == 0) {
        s->role_span.gold += g->n_roles;
        s->role_span.pred += np;
        for (uint32_t i = 0; rc == 0 && i < g->n_roles; i++) {
            s->role_span.tp_exact += w.g2p_x[i] >= 0;
            s->role_span.tp_partial += w.g2p[i] >= 0;
            if (w.g2p[i] < 0)
                rc = report(s, "missed", "role", g, &g->roles[i], NULL);
        }
        for (uint32_t i = 0; rc == 0 && i < np; i++)
            if (w.p2g[i] < 0)
                rc = report(s, "spurious", "role", p, NULL, &pred[i]);
        work_free(&w);
    }
    free(pred);
    return rc;
}

int ev_score_doc(ev_scores *s, const ev_doc *gold, ev_doc *pred)
{
    ev_doc empty;
    memset(&empty, 0, sizeof empty);
    empty.id = gold->id;
    empty.text = gold->text;
    empty.len = gold->len;
    if (!pred)
        pred = &empty;
    s->docs++;
    int rc = 0;
    if (s->layers & EV_L_ENTITIES)
        rc = score_entities(s, gold, pred);
    if (rc == 0 && (s->layers & EV_L_ROLE))
        rc = score_attached(s, gold, pred, 0);
    if (rc == 0 && (s->layers & EV_L_AFFILIATION))
        rc = score_attached(s, gold, pred, 1);
    if (rc == 0 && (s->layers & EV_L_QUOTE))
        rc = score_quotes(s, gold, pred);
    if (rc == 0 && (s->layers & EV_L_CUE))
        rc = score_cues(s, gold, pred);
    if (rc == 0 && (s->layers & EV_L_ROLE_SPAN))
        rc = score_role_spans(s, gold, pred);
    return rc;
}
