/*
 * officials_emit.c — turning an off_mention into a warta_annotation.
 *
 * The name is the span; the office goes in part "role" and attr "role" (as
 * written), the affiliation in part/attr "affiliation" and, when another
 * plugin annotated it, ref "affiliation"; degrees after the name in attr
 * "degree" and part "degree".  The host copies everything
 * before emit() returns, so the strings live in one short-lived buffer.
 */
#include <stdlib.h>
#include <string.h>

#include "officials.h"
#include "warta/plugin_kit.h"

/* "Joko Widodo" for a figure written "Jokowi": person-names.tsv's third
 * column, or NULL.  The string lives in the lexicon. */
const char *warta_officials__figure_name(const off_ctx *c, uint32_t tok)
{
    if (!(c->t[tok].cls & OFF_FIGURE))
        return NULL;
    warta_lexicon_match lm;
    if (c->in->host->lexicon_match(c->in->names, c->doc, tok, &lm) != 1 || !lm.value)
        return NULL;
    const char *tab = strchr(lm.value, '\t');
    return tab && tab[1] ? tab + 1 : NULL;
}

void warta_officials__mention_init(off_mention *m)
{
    memset(m, 0, sizeof *m);
    m->aff_ann = -1;
    m->coref = -1;
}

typedef struct span {
    uint32_t start, end; /* bytes */
} span;

static span tokens_span(const off_ctx *c, uint32_t s, uint32_t e)
{
    span sp = {0, 0};
    if (e > s) {
        sp.start = c->doc->tokens[s].start;
        sp.end = c->doc->tokens[e - 1].end;
    }
    return sp;
}

/* Copies text[sp] into buf at *used, NUL-terminated; returns the copy. */
static const char *copy_text(const off_ctx *c, span sp, char *buf, size_t *used)
{
    char *out = buf + *used;
    size_t n = sp.end - sp.start;
    memcpy(out, c->doc->text + sp.start, n);
    out[n] = '\0';
    *used += n + 1;
    return out;
}

static int remember(off_ctx *c, const off_mention *m, int32_t id)
{
    for (uint32_t k = m->name_s; k < m->name_e; k++)
        c->t[k].cls |= OFF_TAKEN;
    if (c->n_found == c->cap_found) {
        uint32_t cap = c->cap_found ? c->cap_found * 2 : 16;
        off_found *f = realloc(c->found, cap * sizeof *f);
        if (!f)
            return WARTA_ENOMEM;
        c->found = f;
        c->cap_found = cap;
    }
    off_found *f = &c->found[c->n_found++];
    f->name_s = m->name_s;
    f->name_e = m->name_e;
    f->id = id;
    f->score = m->score;
    return WARTA_OK;
}

/* A mention over sp with its label and score, nothing else set. */
static warta_annotation mention_over(span sp, const char *label, float score)
{
    warta_annotation a;
    memset(&a, 0, sizeof a);
    a.struct_size = sizeof a;
    a.kind = WARTA_ANN_MENTION;
    a.start = sp.start;
    a.end = sp.end;
    a.label = label;
    a.score = score;
    return a;
}

/* Hands a to the host; WARTA_STOP ends the document's work (c->stopped)
 * and is no error. */
static int send(off_ctx *c, const warta_annotation *a, int32_t *id)
{
    int rc = c->sink->emit(c->sink->payload, a, id);
    if (rc == WARTA_STOP) {
        c->stopped = 1;
        return WARTA_OK;
    }
    return rc;
}

/* The degrees after a name are no name of any kind ("Sp.A", "MA" after
 * "Ani,"): a "none" claim as sure as the person over them lets the merge
 * drop another plugin's guess there. */
static int claim_degrees(off_ctx *c, span deg, float score)
{
    if (deg.end <= deg.start)
        return WARTA_OK;
    int rc = warta_kit_emit_claim(c->in->host, c->sink, deg.start, deg.end, score, NULL);
    if (rc == WARTA_STOP)
        c->stopped = 1;
    return rc < 0 ? rc : WARTA_OK;
}

int warta_officials__emit(off_ctx *c, const off_mention *m)
{
    if (c->stopped || m->name_e <= m->name_s)
        return WARTA_OK;
    span name = m->byte_e > m->byte_s ? (span){m->byte_s, m->byte_e} : tokens_span(c, m->name_s, m->name_e);
    span role = tokens_span(c, m->role_s, m->role_e);
    span rank = tokens_span(c, m->rank_s, m->rank_e);
    span hon = tokens_span(c, m->hon_s, m->hon_e);
    span aff = tokens_span(c, m->aff_s, m->aff_e);
    span deg = tokens_span(c, m->deg_s, m->deg_e);
    if (m->aff_ann >= 0 && (uint32_t)m->aff_ann < c->doc->n_annotations) {
        const warta_annotation *a = &c->doc->annotations[m->aff_ann];
        aff.start = a->start;
        aff.end = a->end;
    }
    if (role.end == role.start)
        role = rank; /* a rank alone is the role: "AKBP Budi" */
    else if (rank.end == rank.start)
        rank.start = rank.end = 0;

    size_t need = (role.end - role.start) + (rank.end - rank.start) + (hon.end - hon.start) +
                  (aff.end - aff.start) + (deg.end - deg.start) + 8;
    char *buf = malloc(need);
    if (!buf)
        return WARTA_ENOMEM;
    size_t used = 0;

    warta_part parts[3];
    warta_attr attrs[7];
    warta_ref refs[2];
    uint32_t np = 0, na = 0, nr = 0;
    int has_role = role.end > role.start;
    if (has_role) {
        parts[np++] = (warta_part){"role", role.start, role.end};
        attrs[na++] = (warta_attr){"role", copy_text(c, role, buf, &used)};
        if (rank.end > rank.start && (rank.start != role.start || rank.end != role.end))
            attrs[na++] = (warta_attr){"rank", copy_text(c, rank, buf, &used)};
    }
    if (aff.end > aff.start) {
        parts[np++] = (warta_part){"affiliation", aff.start, aff.end};
        attrs[na++] = (warta_attr){"affiliation", copy_text(c, aff, buf, &used)};
        if (m->aff_ann >= 0)
            refs[nr++] = (warta_ref){"affiliation", m->aff_ann};
    }
    if (hon.end > hon.start)
        attrs[na++] = (warta_attr){"honorific", copy_text(c, hon, buf, &used)};
    if (deg.end > deg.start) {
        /* the span too: "Abdul Mu'ti, M.Ed menegaskan" is said by him, not
         * by the "Ed" another plugin may read as a name (the quotes plugin) */
        parts[np++] = (warta_part){"degree", deg.start, deg.end};
        attrs[na++] = (warta_attr){"degree", copy_text(c, deg, buf, &used)};
    }
    if (m->former && has_role)
        attrs[na++] = (warta_attr){"former", "yes"};
    if (m->coref >= 0)
        refs[nr++] = (warta_ref){"coref", m->coref};
    const char *canon =
        m->name_e == m->name_s + 1 && m->byte_e <= m->byte_s ? warta_officials__figure_name(c, m->name_s) : NULL;
    if (canon)
        attrs[na++] = (warta_attr){"canonical", canon};

    warta_annotation a = mention_over(name, has_role ? "official" : "person", m->score);
    a.parts = np ? parts : NULL;
    a.n_parts = np;
    a.attrs = na ? attrs : NULL;
    a.n_attrs = na;
    a.refs = nr ? refs : NULL;
    a.n_refs = nr;
    int32_t id = -1;
    int rc = send(c, &a, &id);
    free(buf);
    if (rc < 0 || c->stopped)
        return rc;
    rc = remember(c, m, id);
    return rc == WARTA_OK ? claim_degrees(c, deg, m->score) : rc;
}
