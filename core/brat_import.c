/*
 * core/brat_import.c — brat standoff (.ann) back into a warta result, so
 * annotations corrected in brat or INCEpTION come back as warta JSON (or any
 * other format).  Reads what the brat writer writes: T lines (mention types,
 * role, quote with fragments, cue), R lines role / affiliation / speaker /
 * cue, A kind lines, "*\tCoref" lines; other lines (notes, events) are
 * skipped.  Offsets are code points, as in brat.  The syntax is brat_read.c's;
 * this file maps it onto mentions, parts, refs and quotes.
 */
#include "result.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "brat_read.h"
#include "warta/warta.h"

/* What warta's model takes from each T line, gathered from the relations,
 * attributes and Coref groups that name it. */
typedef struct t_links {
    int32_t ann;                 /* store id once emitted, else -1 */
    int32_t role, aff, cue, speaker, coref_head; /* T indices, or -1 */
    const char *kind;
} t_links;

static t_links *link_ts(const warta_brat_ann *b)
{
    t_links *l = malloc((b->n_tb ? b->n_tb : 1) * sizeof *l);
    if (!l)
        return NULL;
    for (uint32_t i = 0; i < b->n_tb; i++)
        l[i] = (t_links){-1, -1, -1, -1, -1, -1, NULL};
    for (uint32_t i = 0; i < b->n_rels; i++) {
        const warta_brat_rel *r = &b->rels[i];
        t_links *t = &l[r->arg1];
        if (strcmp(r->name, "role") == 0)
            t->role = r->arg2;
        else if (strcmp(r->name, "affiliation") == 0)
            t->aff = r->arg2;
        else if (strcmp(r->name, "speaker") == 0)
            t->speaker = r->arg2;
        else if (strcmp(r->name, "cue") == 0)
            t->cue = r->arg2; /* other relations: not part of warta's model */
    }
    for (uint32_t i = 0; i < b->n_attrs; i++)
        if (strcmp(b->attrs[i].name, "kind") == 0)
            l[b->attrs[i].target].kind = strcmp(b->attrs[i].value, "indirect") == 0 ? "indirect"
                                         : strcmp(b->attrs[i].value, "mixed") == 0  ? "mixed"
                                                                                    : "direct";
    /* every member of a Coref group points at the earliest one */
    for (uint32_t g = 0; g < b->n_groups; g++) {
        const warta_brat_group *grp = &b->groups[g];
        if (strcmp(grp->name, "Coref") != 0 || !grp->n)
            continue;
        int32_t head = b->members[grp->first];
        for (uint32_t k = 1; k < grp->n; k++)
            if (b->members[grp->first + k] < head)
                head = b->members[grp->first + k];
        for (uint32_t k = 0; k < grp->n; k++)
            l[b->members[grp->first + k]].coref_head = head;
    }
    return l;
}

static int is_part_type(const char *type)
{
    return strcmp(type, "role") == 0 || strcmp(type, "cue") == 0 || strcmp(type, "quote") == 0;
}

static int emit(warta_store *s, warta_annotation *a, int32_t *id)
{
    a->struct_size = sizeof *a;
    a->score = 1.0f; /* a person wrote it */
    return warta_store__emit(s, a, id);
}

/* Mentions first (so quotes can point at them); refs between mentions are
 * set after all are in, because a brat file may name them in any order. */
static int fill_mentions(const warta_brat_ann *b, t_links *l, warta_store *s, const char *text)
{
    int rc = WARTA_OK;
    for (uint32_t i = 0; i < b->n_tb && rc == WARTA_OK; i++) {
        const warta_brat_tb *t = &b->tb[i];
        if (is_part_type(t->type))
            continue;
        warta_annotation a;
        memset(&a, 0, sizeof a);
        warta_part role;
        warta_attr attrs[2];
        char *role_text = NULL;
        warta_brat_span name = warta_brat__extent(b, i);
        a.kind = WARTA_ANN_MENTION;
        a.start = name.start;
        a.end = name.end;
        a.label = t->type;
        if (l[i].role >= 0) {
            warta_brat_span r = warta_brat__first(b, (uint32_t)l[i].role);
            role = (warta_part){"role", r.start, r.end};
            role_text = strndup(text + role.start, role.end - role.start);
            if (!role_text)
                return WARTA_ENOMEM;
            attrs[0] = (warta_attr){"role", role_text};
            a.parts = &role;
            a.n_parts = 1;
            a.attrs = attrs;
            a.n_attrs = 1;
            if (strcmp(t->type, "person") == 0)
                a.label = "official";
        }
        rc = emit(s, &a, &l[i].ann);
        free(role_text);
    }
    for (uint32_t i = 0; i < b->n_tb && rc == WARTA_OK; i++) {
        if (l[i].ann < 0)
            continue;
        warta_ref refs[2];
        uint32_t n = 0;
        if (l[i].aff >= 0 && l[l[i].aff].ann >= 0)
            refs[n++] = (warta_ref){"affiliation", l[l[i].aff].ann};
        if (l[i].coref_head >= 0 && l[i].coref_head != (int32_t)i && l[l[i].coref_head].ann >= 0)
            refs[n++] = (warta_ref){"coref", l[l[i].coref_head].ann};
        if (!n)
            continue;
        warta_ref *copy = warta_arena__alloc(&s->arena, n * sizeof *copy);
        if (!copy)
            return WARTA_ENOMEM;
        memcpy(copy, refs, n * sizeof *copy); /* names are static strings */
        s->anns[l[i].ann].refs = copy;
        s->anns[l[i].ann].n_refs = n;
    }
    return rc;
}

static int fill_quote(const warta_brat_ann *b, const t_links *l, uint32_t i, warta_store *s)
{
    const warta_brat_tb *t = &b->tb[i];
    warta_part *parts = malloc((t->n_frags + 2) * sizeof *parts);
    if (!parts)
        return WARTA_ENOMEM;
    uint32_t np = 0;
    for (uint32_t f = 0; f < t->n_frags; f++) {
        warta_brat_span c = b->frags[t->first_frag + f];
        parts[np++] = (warta_part){"content", c.start, c.end};
    }
    warta_brat_span whole = warta_brat__extent(b, i);
    warta_annotation a;
    memset(&a, 0, sizeof a);
    a.kind = WARTA_ANN_QUOTE;
    a.label = "quote";
    a.start = whole.start;
    a.end = whole.end;
    if (l[i].cue >= 0) {
        warta_brat_span c = warta_brat__first(b, (uint32_t)l[i].cue);
        parts[np++] = (warta_part){"cue", c.start, c.end};
    }
    warta_ref spk;
    if (l[i].speaker >= 0 && l[l[i].speaker].ann >= 0) {
        warta_brat_span sp = warta_brat__extent(b, (uint32_t)l[i].speaker);
        parts[np++] = (warta_part){"speaker", sp.start, sp.end};
        spk = (warta_ref){"speaker", l[l[i].speaker].ann};
        a.refs = &spk;
        a.n_refs = 1;
    }
    warta_attr kind = {"kind", l[i].kind ? l[i].kind : "direct"};
    a.parts = parts;
    a.n_parts = np;
    a.attrs = &kind;
    a.n_attrs = 1;
    int rc = emit(s, &a, NULL);
    free(parts);
    return rc;
}

static int fill_store(const warta_brat_ann *b, warta_store *s, const char *text)
{
    t_links *l = link_ts(b);
    if (!l)
        return WARTA_ENOMEM;
    int rc = fill_mentions(b, l, s, text);
    for (uint32_t i = 0; i < b->n_tb && rc == WARTA_OK; i++)
        if (strcmp(b->tb[i].type, "quote") == 0)
            rc = fill_quote(b, l, i, s);
    free(l);
    return rc;
}

int warta_result_from_brat(const char *text, size_t len, const char *ann, size_t ann_len,
                           const char *id, const char *lang, warta_result **out, char *err,
                           size_t err_size)
{
    if (err && err_size)
        err[0] = '\0';
    if (!out || (!text && len) || (!ann && ann_len))
        return WARTA_EINVAL;
    *out = NULL;
    size_t bad;
    if (len >= UINT32_MAX || warta_utf8__validate(text ? text : "", len, &bad) < 0) {
        if (err && err_size)
            snprintf(err, err_size, "the text is not valid UTF-8 (or over 4 GiB)");
        return WARTA_EUTF8;
    }
    text = text ? text : "";
    warta_brat_ann b;
    int rc = warta_brat__read(text, len, ann, ann_len, &b, err, err_size);
    warta_tokens tokens;
    memset(&tokens, 0, sizeof tokens);
    warta_store store;
    warta_store__init(&store, text, (uint32_t)len);
    if (rc == WARTA_OK)
        rc = warta_tokens__build(text, len, &tokens);
    store.plugin = "brat";
    if (rc == WARTA_OK)
        rc = fill_store(&b, &store, text);
    if (rc == WARTA_OK) {
        static const char *const order[] = {"brat"};
        rc = warta_result__from_store(&store, &tokens, order, 1, id, lang, out);
    } else if (err && err_size && !err[0]) {
        snprintf(err, err_size, "%s", store.error[0] ? store.error : warta_strerror(rc));
    }
    warta_store__release(&store);
    warta_tokens__free(&tokens);
    warta_brat__free(&b);
    return rc;
}
