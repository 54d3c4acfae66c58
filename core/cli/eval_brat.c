/*
 * Reads the repository's gold corpus: brat standoff (corpus/README.md), a
 * .txt beside each .ann, CHARACTER offsets converted to bytes here.
 * Types person/location/organization/role/quote/cue; relations role,
 * affiliation (Arg1 the person), speaker and cue (Arg1 the quote);
 * attribute kind; "*\tCoref T1 T2 ..." chains, used as the speaker's chain.
 */
#include "eval.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

enum { K_NONE, K_ENTITY, K_ROLE, K_QUOTE, K_CUE, K_OTHER };

typedef struct tbound {
    int kind;
    int type;            /* EV_* for entities */
    ev_span frag[16];
    uint32_t n_frag;
    int32_t mention;     /* index in doc->m */
    int32_t chain;       /* coref chain, -1 */
    uint32_t cue, speaker;  /* T numbers, 0 = none */
    char qkind;
} tbound;

typedef struct ann {
    tbound *t;
    uint32_t n_t;        /* highest T number + 1 */
    /* relations kept until every T line is known */
    struct rel { char name[16]; uint32_t a, b; } *rel;
    size_t n_rel, cap_rel;
    uint32_t (*coref)[2];   /* (T number, chain) pairs */
    size_t n_coref, cap_coref;
    uint32_t n_chains;
} ann;

static int type_kind(const char *t, size_t n, int *type)
{
    static const char *const ents[] = {"person", "location", "organization"};
    for (int i = 0; i < 3; i++)
        if (strlen(ents[i]) == n && strncmp(t, ents[i], n) == 0) {
            *type = i;
            return K_ENTITY;
        }
    if (n == 4 && strncmp(t, "role", 4) == 0)
        return K_ROLE;
    if (n == 5 && strncmp(t, "quote", 5) == 0)
        return K_QUOTE;
    if (n == 3 && strncmp(t, "cue", 3) == 0)
        return K_CUE;
    return K_OTHER;
}

/* "T12" -> 12; 0 when the token is not a T id. */
static uint32_t t_number(const char *s, const char **end)
{
    if (*s != 'T' || !isdigit((unsigned char)s[1]))
        return 0;
    char *e;
    unsigned long v = strtoul(s + 1, &e, 10);
    if (end)
        *end = e;
    return v > 0 && v < 10000000 ? (uint32_t)v : 0;
}

static tbound *t_slot(ann *a, uint32_t n)
{
    if (n >= a->n_t) {
        uint32_t cap = n + 1 > a->n_t * 2 ? n + 1 : a->n_t * 2;
        tbound *g = realloc(a->t, cap * sizeof *g);
        if (!g)
            return NULL;
        memset(g + a->n_t, 0, (cap - a->n_t) * sizeof *g);
        a->t = g;
        a->n_t = cap;
    }
    return &a->t[n];
}

/* "person 17 29;30 35" -> kind, frags in bytes. */
static int parse_t(ann *a, uint32_t num, const char *f, const uint32_t *c2b, uint32_t n_chars,
                   char *err, size_t errsize, const char *where)
{
    const char *sp = strchr(f, ' ');
    if (!sp)
        goto bad;
    tbound *t = t_slot(a, num);
    if (!t)
        return -1;
    memset(t, 0, sizeof *t);
    t->mention = -1;
    t->chain = -1;
    t->kind = type_kind(f, (size_t)(sp - f), &t->type);
    const char *p = sp + 1;
    while (*p) {
        char *e;
        unsigned long s = strtoul(p, &e, 10);
        if (e == p || *e != ' ')
            goto bad;
        p = e + 1;
        unsigned long x = strtoul(p, &e, 10);
        if (e == p || x < s || x > n_chars)
            goto bad;
        if (t->n_frag < 16) {
            t->frag[t->n_frag].start = c2b[s];
            t->frag[t->n_frag].end = c2b[x];
            t->n_frag++;
        }
        p = e;
        if (*p == ';')
            p++;
        else if (*p && *p != '\t')
            goto bad;
        else
            break;
    }
    if (t->n_frag == 0)
        goto bad;
    return 0;
bad:
    snprintf(err, errsize, "%s: bad text-bound annotation T%u '%s'", where, num, f);
    return -2;
}

static int parse_line(ann *a, char *line, const uint32_t *c2b, uint32_t n_chars, char *err,
                      size_t errsize, const char *where)
{
    char *tab = strchr(line, '\t');
    if (!tab)
        return 0;
    *tab = '\0';
    char *f = tab + 1;
    char *tab2 = strchr(f, '\t');
    if (tab2)
        *tab2 = '\0';
    if (line[0] == 'T') {
        uint32_t num = t_number(line, NULL);
        return num ? parse_t(a, num, f, c2b, n_chars, err, errsize, where) : 0;
    }
    if (line[0] == 'R') {
        char *sp = strchr(f, ' ');
        const char *a1 = sp ? strstr(sp, "Arg1:") : NULL, *a2 = sp ? strstr(sp, "Arg2:") : NULL;
        if (!sp || !a1 || !a2 || (size_t)(sp - f) >= 16)
            return 0;
        if (a->n_rel == a->cap_rel) {
            size_t cap = a->cap_rel ? a->cap_rel * 2 : 32;
            struct rel *g = realloc(a->rel, cap * sizeof *g);
            if (!g)
                return -1;
            a->rel = g;
            a->cap_rel = cap;
        }
        struct rel *r = &a->rel[a->n_rel++];
        memcpy(r->name, f, (size_t)(sp - f));
        r->name[sp - f] = '\0';
        r->a = t_number(a1 + 5, NULL);
        r->b = t_number(a2 + 5, NULL);
        return 0;
    }
    if (line[0] == 'A' || line[0] == 'M') {
        /* "kind T16 indirect" */
        if (strncmp(f, "kind ", 5) != 0)
            return 0;
        const char *e;
        uint32_t num = t_number(f + 5, &e);
        if (num && *e == ' ') {
            tbound *t = t_slot(a, num);
            if (!t)
                return -1;
            t->qkind = e[1] == 'd' ? 'd' : e[1] == 'i' ? 'i' : 0;
        }
        return 0;
    }
    if (line[0] == '*' && strncmp(f, "Coref ", 6) == 0) {
        uint32_t chain = ++a->n_chains;
        const char *p = f + 6;
        while (*p) {
            while (*p == ' ')
                p++;
            const char *e;
            uint32_t num = t_number(p, &e);
            if (!num)
                break;
            if (a->n_coref == a->cap_coref) {
                size_t cap = a->cap_coref ? a->cap_coref * 2 : 32;
                uint32_t(*g)[2] = realloc(a->coref, cap * sizeof *g);
                if (!g)
                    return -1;
                a->coref = g;
                a->cap_coref = cap;
            }
            a->coref[a->n_coref][0] = num;
            a->coref[a->n_coref][1] = chain;
            a->n_coref++;
            p = e;
        }
    }
    return 0;
}

static ev_span extent(const tbound *t)
{
    ev_span s = {t->frag[0].start, t->frag[t->n_frag - 1].end};
    for (uint32_t i = 1; i < t->n_frag; i++) {
        if (t->frag[i].start < s.start)
            s.start = t->frag[i].start;
        if (t->frag[i].end > s.end)
            s.end = t->frag[i].end;
    }
    return s;
}

static tbound *t_get(ann *a, uint32_t n, int kind)
{
    return n && n < a->n_t && a->t[n].kind == kind ? &a->t[n] : NULL;
}

static int build(ann *a, ev_doc *d, long *ignored)
{
    for (size_t i = 0; i < a->n_coref; i++)
        if (a->coref[i][0] < a->n_t)
            a->t[a->coref[i][0]].chain = (int32_t)a->coref[i][1];
    for (uint32_t n = 1; n < a->n_t; n++) {
        tbound *t = &a->t[n];
        if (t->kind == K_ENTITY) {
            ev_mention m;
            memset(&m, 0, sizeof m);
            m.span = extent(t);
            m.type = t->type;
            t->mention = (int32_t)d->n_m;
            if (ev_add_mention(d, &m) < 0)
                return -1;
            if ((uint32_t)t->mention == d->n_m)
                t->mention = -1;
        } else if (t->kind == K_CUE) {
            if (ev_add_cue(d, extent(t)) < 0)
                return -1;
        } else if (t->kind == K_OTHER) {
            (*ignored)++;
        }
    }
    for (size_t i = 0; i < a->n_rel; i++) {
        const struct rel *r = &a->rel[i];
        if (strcmp(r->name, "role") == 0 || strcmp(r->name, "affiliation") == 0) {
            tbound *p = t_get(a, r->a, K_ENTITY);
            tbound *o = r->b && r->b < a->n_t ? &a->t[r->b] : NULL;
            if (!p || !o || o->kind == K_NONE || p->mention < 0)
                continue;
            ev_mention *m = &d->m[p->mention];
            if (r->name[0] == 'r') {
                m->has_role = 1;
                m->role = extent(o);
            } else {
                m->has_aff = 1;
                m->aff = extent(o);
            }
        } else if (strcmp(r->name, "speaker") == 0 || strcmp(r->name, "cue") == 0) {
            tbound *q = t_get(a, r->a, K_QUOTE);
            if (q && r->name[0] == 's')
                q->speaker = r->b;
            else if (q)
                q->cue = r->b;
        }
    }
    ev_span *spk = NULL;
    size_t cap = 0;
    for (uint32_t n = 1; n < a->n_t; n++) {
        tbound *t = &a->t[n];
        if (t->kind != K_QUOTE)
            continue;
        tbound *cue = t->cue && t->cue < a->n_t && a->t[t->cue].kind != K_NONE ? &a->t[t->cue] : NULL;
        ev_span cs = cue ? extent(cue) : (ev_span){0, 0};
        tbound *sp = t->speaker && t->speaker < a->n_t && a->t[t->speaker].kind != K_NONE
                         ? &a->t[t->speaker] : NULL;
        size_t n_spk = 0;
        if (sp) {
            /* The chain is short (one person's mentions); scanning the T table
             * per speaking quote stays linear in practice. */
            for (uint32_t k = 1; k < a->n_t; k++) {
                tbound *o = &a->t[k];
                if (o != sp && (sp->chain < 0 || o->chain != sp->chain || o->kind == K_NONE))
                    continue;
                if (n_spk == cap) {
                    cap = cap ? cap * 2 : 16;
                    ev_span *g = realloc(spk, cap * sizeof *g);
                    if (!g) {
                        free(spk);
                        return -1;
                    }
                    spk = g;
                }
                spk[n_spk++] = extent(o);
            }
        }
        if (ev_add_quote(d, t->frag, t->n_frag, cue ? &cs : NULL, sp ? EV_SPK_SET : EV_SPK_NONE, spk,
                         (uint32_t)n_spk, t->qkind) < 0) {
            free(spk);
            return -1;
        }
    }
    free(spk);
    return 0;
}

static int read_pair(const char *txt_path, const char *ann_path, const char *lang, ev_corpus *c,
                     char *err, size_t errsize)
{
    size_t len, alen;
    char *text = cli_read_file(txt_path, &len);
    if (!text) {
        snprintf(err, errsize, "cannot read %s", txt_path);
        return -2;
    }
    char *annt = cli_read_file(ann_path, &alen);
    if (!annt) {
        free(text);
        snprintf(err, errsize, "cannot read %s", ann_path);
        return -2;
    }
    uint32_t n_chars;
    uint32_t *c2b = warta_utf8__char_starts(text, len, &n_chars);
    ann a;
    memset(&a, 0, sizeof a);
    int rc = c2b ? 0 : -1;
    char *line = annt;
    long lineno = 0;
    while (rc == 0 && line && *line) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        size_t n = strlen(line);
        if (n && line[n - 1] == '\r')
            line[n - 1] = '\0';
        char where[600];
        snprintf(where, sizeof where, "%s:%ld", ann_path, ++lineno);
        rc = parse_line(&a, line, c2b, n_chars, err, errsize, where);
        line = nl ? nl + 1 : NULL;
    }
    ev_doc *d = rc == 0 ? ev_corpus_add(c) : NULL;
    if (rc == 0 && !d)
        rc = -1;
    if (d) {
        char key[512];
        rc = ev_doc_set(d, ev_doc_key(txt_path, key, sizeof key), text, len, lang);
        if (rc == 0)
            rc = build(&a, d, &c->ignored_labels);
    }
    if (rc == -1)
        snprintf(err, errsize, "out of memory reading %s", ann_path);
    free(a.t);
    free(a.rel);
    free(a.coref);
    free(c2b);
    free(annt);
    free(text);
    return rc;
}

static char *swap_suffix(const char *path, const char *from, const char *to)
{
    size_t n = strlen(path) - strlen(from);
    char *s = malloc(n + strlen(to) + 1);
    if (s) {
        memcpy(s, path, n);
        strcpy(s + n, to);
    }
    return s;
}

int ev_read_brat(const char *path, const char *lang, long limit, ev_corpus *c, char *err,
                 size_t errsize)
{
    c->format = "brat";
    c->layers = EV_L_ENTITIES | EV_L_ROLE | EV_L_AFFILIATION | EV_L_QUOTE | EV_L_CUE | EV_L_SPEAKER;
    size_t n = 0;
    char **anns = NULL;
    if (cli_has_suffix(path, ".ann") || cli_has_suffix(path, ".txt")) {
        anns = malloc(sizeof *anns);
        if (anns && (anns[0] = cli_has_suffix(path, ".txt") ? swap_suffix(path, ".txt", ".ann")
                                                          : ev_strndup(path, strlen(path))))
            n = 1;
    } else {
        anns = cli_list_dir(path, ".ann", &n);
        if (!anns) {
            snprintf(err, errsize, "cannot read directory %s", path);
            return -2;
        }
    }
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0 && (!limit || (long)c->n < limit); i++) {
        char *txt = swap_suffix(anns[i], ".ann", ".txt");
        rc = txt ? read_pair(txt, anns[i], lang, c, err, errsize) : -1;
        free(txt);
    }
    cli_free_list(anns, n);
    if (rc == 0 && c->n == 0) {
        snprintf(err, errsize, "no .ann files in %s", path);
        rc = -2;
    }
    return rc;
}
