/*
 * core/brat_import.c — brat standoff (.ann) back into a warta result, so
 * annotations corrected in brat or INCEpTION come back as warta JSON (or any
 * other format).  Reads what the brat writer writes: T lines (mention types,
 * role, quote with fragments, cue), R lines role / affiliation / speaker /
 * cue, A kind lines, "*\tCoref" lines; other lines (notes, events) are
 * skipped.  Offsets are code points, as in brat.
 */
#include "result.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "strmap.h"
#include "warta/warta.h"

#define MAX_FRAGS 32

typedef struct brat_t {
    char id[16];
    char type[48];
    uint32_t frag[MAX_FRAGS][2]; /* byte offsets */
    uint32_t n_frag;
    int32_t ann;                 /* store id once emitted, else -1 */
    int32_t role, aff, cue, speaker, coref_head; /* indices into the T table, or -1 */
    const char *kind;
} brat_t;

typedef struct brat_doc {
    brat_t *t;
    uint32_t n, cap;
    warta_strmap by_id;          /* T id -> index, filled once every T line is read */
} brat_doc;

static int fail(char *err, size_t size, unsigned line, const char *what, const char *arg)
{
    if (err && size)
        snprintf(err, size, "line %u: %s%s", line, what, arg);
    return WARTA_EINVAL;
}

static int32_t find_t(const brat_doc *d, const char *id, size_t n)
{
    char key[sizeof d->t[0].id];
    if (n >= sizeof key)
        return -1; /* longer than any T id kept */
    memcpy(key, id, n);
    key[n] = '\0';
    return warta_strmap__get(&d->by_id, key);
}

/* After the T lines: the first line of each id wins, as in brat. */
static int index_ids(brat_doc *d)
{
    for (uint32_t i = 0; i < d->n; i++)
        if (warta_strmap__get(&d->by_id, d->t[i].id) < 0 &&
            warta_strmap__put(&d->by_id, d->t[i].id, (int32_t)i) != 0)
            return WARTA_ENOMEM;
    return WARTA_OK;
}

static int parse_t(brat_doc *d, const char *line, const uint32_t *c2b, uint32_t n_chars,
                   unsigned lineno, char *err, size_t size)
{
    if (d->n == d->cap) {
        uint32_t ncap = d->cap ? d->cap * 2 : 64;
        brat_t *g = realloc(d->t, ncap * sizeof *g);
        if (!g)
            return WARTA_ENOMEM;
        d->t = g;
        d->cap = ncap;
    }
    brat_t *t = &d->t[d->n];
    memset(t, 0, sizeof *t);
    t->ann = t->role = t->aff = t->cue = t->speaker = t->coref_head = -1;
    int used = 0;
    if (sscanf(line, "%15[^\t]\t%47s%n", t->id, t->type, &used) != 2)
        return fail(err, size, lineno, "malformed T line", "");
    /* " s e;s e\ttext" */
    const char *p = line + used;
    for (;;) {
        char *end;
        unsigned long s = strtoul(p, &end, 10);
        if (end == p)
            return fail(err, size, lineno, "bad offsets in ", t->id);
        p = end;
        unsigned long e = strtoul(p, &end, 10);
        if (end == p || s > e || e > n_chars)
            return fail(err, size, lineno, "bad or out-of-text offsets in ", t->id);
        if (t->n_frag == MAX_FRAGS)
            return fail(err, size, lineno, "too many fragments in ", t->id);
        t->frag[t->n_frag][0] = c2b[s];
        t->frag[t->n_frag][1] = c2b[e];
        t->n_frag++;
        p = end;
        if (*p != ';')
            break;
        p++;
    }
    d->n++;
    return WARTA_OK;
}

static int32_t arg(const brat_doc *d, const char *line, const char *name)
{
    const char *a = strstr(line, name);
    if (!a)
        return -1;
    a += strlen(name);
    return find_t(d, a, strcspn(a, " \t\r\n"));
}

static int parse_r(brat_doc *d, const char *line, unsigned lineno, char *err, size_t size)
{
    char rel[48];
    if (sscanf(line, "%*[^\t]\t%47s", rel) != 1)
        return fail(err, size, lineno, "malformed R line", "");
    int32_t a = arg(d, line, "Arg1:"), b = arg(d, line, "Arg2:");
    if (a < 0 || b < 0)
        return fail(err, size, lineno, "relation names an unknown T: ", rel);
    brat_t *t = &d->t[a];
    if (strcmp(rel, "role") == 0)
        t->role = b;
    else if (strcmp(rel, "affiliation") == 0)
        t->aff = b;
    else if (strcmp(rel, "speaker") == 0)
        t->speaker = b;
    else if (strcmp(rel, "cue") == 0)
        t->cue = b;
    return WARTA_OK; /* other relations: not part of warta's model */
}

static int parse_a(brat_doc *d, const char *line)
{
    char name[48], target[16], value[16] = "";
    if (sscanf(line, "%*[^\t]\t%47s %15s %15s", name, target, value) < 2 ||
        strcmp(name, "kind") != 0)
        return WARTA_OK;
    int32_t t = find_t(d, target, strlen(target));
    if (t >= 0)
        d->t[t].kind = strcmp(value, "indirect") == 0 ? "indirect"
                       : strcmp(value, "mixed") == 0  ? "mixed"
                                                      : "direct";
    return WARTA_OK;
}

/* "*\tCoref T1 T4 T9": every member points at the earliest one. */
static void parse_coref(brat_doc *d, const char *line)
{
    const char *members = strstr(line, "Coref");
    if (!members)
        return;
    int32_t head = -1;
    for (int pass = 0; pass < 2; pass++) {
        for (const char *p = members + 5; *p;) {
            p += strspn(p, " \t");
            size_t n = strcspn(p, " \t\r\n");
            if (!n)
                break;
            int32_t t = find_t(d, p, n);
            if (t >= 0 && pass == 0 && (head < 0 || t < head))
                head = t;
            if (t >= 0 && pass == 1)
                d->t[t].coref_head = head;
            p += n;
        }
    }
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
static int fill_store(brat_doc *d, warta_store *s, const char *text)
{
    int rc = WARTA_OK;
    for (uint32_t i = 0; i < d->n && rc == WARTA_OK; i++) {
        brat_t *t = &d->t[i];
        if (is_part_type(t->type))
            continue;
        warta_annotation a;
        memset(&a, 0, sizeof a);
        warta_part role;
        warta_attr attrs[2];
        char *role_text = NULL;
        a.kind = WARTA_ANN_MENTION;
        a.start = t->frag[0][0];
        a.end = t->frag[t->n_frag - 1][1];
        a.label = t->type;
        if (t->role >= 0) {
            const brat_t *r = &d->t[t->role];
            role = (warta_part){"role", r->frag[0][0], r->frag[0][1]};
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
        rc = emit(s, &a, &t->ann);
        free(role_text);
    }
    for (uint32_t i = 0; i < d->n && rc == WARTA_OK; i++) {
        brat_t *t = &d->t[i];
        if (t->ann < 0)
            continue;
        warta_ref refs[2];
        uint32_t n = 0;
        if (t->aff >= 0 && d->t[t->aff].ann >= 0)
            refs[n++] = (warta_ref){"affiliation", d->t[t->aff].ann};
        if (t->coref_head >= 0 && t->coref_head != (int32_t)i && d->t[t->coref_head].ann >= 0)
            refs[n++] = (warta_ref){"coref", d->t[t->coref_head].ann};
        if (!n)
            continue;
        warta_ref *copy = warta_arena__alloc(&s->arena, n * sizeof *copy);
        if (!copy)
            return WARTA_ENOMEM;
        memcpy(copy, refs, n * sizeof *copy); /* names are static strings */
        s->anns[t->ann].refs = copy;
        s->anns[t->ann].n_refs = n;
    }
    for (uint32_t i = 0; i < d->n && rc == WARTA_OK; i++) {
        brat_t *t = &d->t[i];
        if (strcmp(t->type, "quote") != 0)
            continue;
        warta_part parts[MAX_FRAGS + 2];
        uint32_t np = 0;
        warta_annotation a;
        memset(&a, 0, sizeof a);
        a.kind = WARTA_ANN_QUOTE;
        a.label = "quote";
        a.start = t->frag[0][0];
        a.end = t->frag[0][1];
        for (uint32_t f = 0; f < t->n_frag; f++) {
            parts[np++] = (warta_part){"content", t->frag[f][0], t->frag[f][1]};
            if (t->frag[f][0] < a.start)
                a.start = t->frag[f][0];
            if (t->frag[f][1] > a.end)
                a.end = t->frag[f][1];
        }
        if (t->cue >= 0)
            parts[np++] = (warta_part){"cue", d->t[t->cue].frag[0][0], d->t[t->cue].frag[0][1]};
        warta_ref spk;
        if (t->speaker >= 0 && d->t[t->speaker].ann >= 0) {
            const brat_t *sp = &d->t[t->speaker];
            parts[np++] = (warta_part){"speaker", sp->frag[0][0], sp->frag[sp->n_frag - 1][1]};
            spk = (warta_ref){"speaker", sp->ann};
            a.refs = &spk;
            a.n_refs = 1;
        }
        warta_attr kind = {"kind", t->kind ? t->kind : "direct"};
        a.parts = parts;
        a.n_parts = np;
        a.attrs = &kind;
        a.n_attrs = 1;
        rc = emit(s, &a, NULL);
    }
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
    uint32_t n_chars;
    uint32_t *c2b = warta_utf8__char_starts(text, len, &n_chars);
    char *copy = malloc(ann_len + 1);
    brat_doc d = {0};
    warta_strmap__init(&d.by_id);
    int rc = c2b && copy ? WARTA_OK : WARTA_ENOMEM;
    if (rc == WARTA_OK) {
        memcpy(copy, ann ? ann : "", ann_len);
        copy[ann_len] = '\0';
    }
    /* Two passes: T lines first, so relations may precede their arguments. */
    for (int pass = 0; pass < 2 && rc == WARTA_OK; pass++) {
        if (pass == 1 && (rc = index_ids(&d)) != WARTA_OK)
            break;
        unsigned lineno = 0;
        for (char *line = copy, *next; line && *line && rc == WARTA_OK; line = next) {
            next = strchr(line, '\n');
            if (next)
                *next++ = '\0';
            lineno++;
            size_t n = strlen(line);
            if (n && line[n - 1] == '\r')
                line[n - 1] = '\0';
            if (pass == 0 && line[0] == 'T')
                rc = parse_t(&d, line, c2b, n_chars, lineno, err, err_size);
            else if (pass == 1 && line[0] == 'R')
                rc = parse_r(&d, line, lineno, err, err_size);
            else if (pass == 1 && line[0] == 'A')
                rc = parse_a(&d, line);
            else if (pass == 1 && line[0] == '*')
                parse_coref(&d, line);
            if (next)
                next[-1] = '\n'; /* restore for the second pass */
        }
    }
    warta_tokens tokens;
    memset(&tokens, 0, sizeof tokens);
    warta_store store;
    warta_store__init(&store, text, (uint32_t)len);
    if (rc == WARTA_OK)
        rc = warta_tokens__build(text, len, &tokens);
    store.plugin = "brat";
    if (rc == WARTA_OK)
        rc = fill_store(&d, &store, text);
    if (rc == WARTA_OK) {
        static const char *const order[] = {"brat"};
        rc = warta_result__from_store(&store, &tokens, order, 1, id, lang, out);
    } else if (err && err_size && !err[0]) {
        snprintf(err, err_size, "%s", store.error[0] ? store.error : warta_strerror(rc));
    }
    warta_store__release(&store);
    warta_tokens__free(&tokens);
    warta_strmap__free(&d.by_id);
    free(d.t);
    free(copy);
    free(c2b);
    return rc;
}
