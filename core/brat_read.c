/*
 * core/brat_read.c — brat standoff lines into arrays (brat_read.h).  T
 * lines are read in a first pass, so relations, attributes and groups may
 * name a T that comes later in the file; ids are found through a hash map,
 * so a file of any size reads in linear time.
 */
#include "brat_read.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "strmap.h"
#include "text.h"
#include "warta/plugin.h"

typedef struct reader {
    warta_brat_ann *a;
    warta_strmap ids;         /* T id -> index into a->tb */
    const uint32_t *c2b;      /* code point -> byte offset, n_chars + 1 entries */
    uint32_t n_chars;
    unsigned line;
    char *err;
    size_t err_size;
    uint32_t cap_tb, cap_frags, cap_rels, cap_attrs, cap_groups, cap_members;
} reader;

static int fail(reader *r, const char *fmt, ...)
{
    if (r->err && r->err_size) {
        int n = snprintf(r->err, r->err_size, "line %u: ", r->line);
        va_list ap;
        va_start(ap, fmt);
        if (n >= 0 && (size_t)n < r->err_size)
            vsnprintf(r->err + n, r->err_size - (size_t)n, fmt, ap);
        va_end(ap);
    }
    return WARTA_EINVAL;
}

/* Room for one more element in *items (n used, *cap allocated). */
static int room(void **items, uint32_t n, uint32_t *cap, size_t size)
{
    if (n < *cap)
        return WARTA_OK;
    uint32_t c = *cap ? *cap * 2 : 32;
    void *g = realloc(*items, (size_t)c * size);
    if (!g)
        return WARTA_ENOMEM;
    *items = g;
    *cap = c;
    return WARTA_OK;
}

/* Copies the next word of *p (up to a space, tab or end) into buf, cut to
 * size - 1 bytes, and moves *p past it and the blanks after it.  Returns
 * the word's length (0: none left). */
static size_t word(const char **p, char *buf, size_t size)
{
    const char *s = *p + strspn(*p, " \t"), *e = s + strcspn(s, " \t");
    size_t n = (size_t)(e - s), k = n < size - 1 ? n : size - 1;
    memcpy(buf, s, k);
    buf[k] = '\0';
    *p = e + strspn(e, " ");
    return n;
}

static int32_t find_t(const reader *r, const char *id)
{
    return warta_strmap__get(&r->ids, id);
}

/* "T3\tquote 10 25;30 41\ttext" */
static int read_t(reader *r, const char *line)
{
    warta_brat_ann *a = r->a;
    if (room((void **)&a->tb, a->n_tb, &r->cap_tb, sizeof *a->tb) != WARTA_OK)
        return WARTA_ENOMEM;
    warta_brat_tb *t = &a->tb[a->n_tb];
    memset(t, 0, sizeof *t);
    const char *p = line;
    if (word(&p, t->id, sizeof t->id) >= sizeof t->id || *p == '\0')
        return fail(r, "malformed T line");
    /* the type, then "s e;s e", then a tab and the covered text */
    if (!word(&p, t->type, sizeof t->type))
        return fail(r, "no type in %s", t->id);
    t->first_frag = a->n_frags;
    for (;;) {
        char *end;
        unsigned long s = strtoul(p, &end, 10);
        if (end == p || *end != ' ')
            return fail(r, "bad offsets in %s", t->id);
        p = end + 1;
        unsigned long e = strtoul(p, &end, 10);
        if (end == p || e < s || e > r->n_chars)
            return fail(r, "bad or out-of-text offsets in %s", t->id);
        if (room((void **)&a->frags, a->n_frags, &r->cap_frags, sizeof *a->frags) != WARTA_OK)
            return WARTA_ENOMEM;
        a->frags[a->n_frags++] = (warta_brat_span){r->c2b[s], r->c2b[e]};
        t->n_frags++;
        p = end;
        if (*p != ';')
            break;
        p++;
    }
    if (*p && *p != '\t')
        return fail(r, "bad offsets in %s", t->id);
    a->n_tb++;
    return WARTA_OK;
}

/* After the T lines: the first line of each id wins, as in brat. */
static int index_ids(reader *r)
{
    for (uint32_t i = 0; i < r->a->n_tb; i++)
        if (find_t(r, r->a->tb[i].id) < 0 && warta_strmap__put(&r->ids, r->a->tb[i].id, (int32_t)i) != 0)
            return WARTA_ENOMEM;
    return WARTA_OK;
}

/* "R1\tspeaker Arg1:T3 Arg2:T1" */
static int read_r(reader *r, const char *line)
{
    warta_brat_ann *a = r->a;
    warta_brat_rel rel;
    char id[16], arg[2][64];
    const char *p = line;
    word(&p, id, sizeof id);
    if (!word(&p, rel.name, sizeof rel.name))
        return fail(r, "malformed R line");
    for (int k = 0; k < 2; k++) {
        char want[] = "ArgN:";
        want[3] = (char)('1' + k);
        if (!word(&p, arg[k], sizeof arg[k]) || strncmp(arg[k], want, 5) != 0)
            return fail(r, "relation %s lacks %.4s", rel.name, want);
    }
    rel.arg1 = find_t(r, arg[0] + 5);
    rel.arg2 = find_t(r, arg[1] + 5);
    if (rel.arg1 < 0 || rel.arg2 < 0)
        return fail(r, "relation names an unknown T: %s", rel.name);
    if (room((void **)&a->rels, a->n_rels, &r->cap_rels, sizeof *a->rels) != WARTA_OK)
        return WARTA_ENOMEM;
    a->rels[a->n_rels++] = rel;
    return WARTA_OK;
}

/* "A1\tkind T16 indirect" (or an M line, brat's older name) */
static int read_a(reader *r, const char *line)
{
    warta_brat_ann *a = r->a;
    warta_brat_attr at;
    char id[16], target[64];
    const char *p = line;
    word(&p, id, sizeof id);
    if (!word(&p, at.name, sizeof at.name) || !word(&p, target, sizeof target))
        return WARTA_OK;
    word(&p, at.value, sizeof at.value);
    if ((at.target = find_t(r, target)) < 0)
        return WARTA_OK;
    if (room((void **)&a->attrs, a->n_attrs, &r->cap_attrs, sizeof *a->attrs) != WARTA_OK)
        return WARTA_ENOMEM;
    a->attrs[a->n_attrs++] = at;
    return WARTA_OK;
}

/* "*\tCoref T1 T4 T9" */
static int read_group(reader *r, const char *line)
{
    warta_brat_ann *a = r->a;
    warta_brat_group g;
    char star[4], member[64];
    const char *p = line;
    word(&p, star, sizeof star);
    if (!word(&p, g.name, sizeof g.name))
        return WARTA_OK;
    g.first = a->n_members;
    g.n = 0;
    while (word(&p, member, sizeof member)) {
        int32_t t = find_t(r, member);
        if (t < 0)
            continue;
        if (room((void **)&a->members, a->n_members, &r->cap_members, sizeof *a->members) != WARTA_OK)
            return WARTA_ENOMEM;
        a->members[a->n_members++] = t;
        g.n++;
    }
    if (room((void **)&a->groups, a->n_groups, &r->cap_groups, sizeof *a->groups) != WARTA_OK)
        return WARTA_ENOMEM;
    a->groups[a->n_groups++] = g;
    return WARTA_OK;
}

/* One pass over the lines of copy (NUL-terminated, modified and restored). */
static int read_lines(reader *r, char *copy, int pass)
{
    int rc = WARTA_OK;
    r->line = 0;
    for (char *line = copy, *next; line && *line && rc == WARTA_OK; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        r->line++;
        size_t n = strlen(line);
        int cr = n && line[n - 1] == '\r';
        if (cr)
            line[n - 1] = '\0';
        if (pass == 0 && line[0] == 'T')
            rc = read_t(r, line);
        else if (pass == 1 && line[0] == 'R')
            rc = read_r(r, line);
        else if (pass == 1 && (line[0] == 'A' || line[0] == 'M'))
            rc = read_a(r, line);
        else if (pass == 1 && line[0] == '*')
            rc = read_group(r, line);
        if (cr)
            line[n - 1] = '\r';
        if (next)
            next[-1] = '\n';
    }
    return rc;
}

int warta_brat__read(const char *text, size_t len, const char *ann, size_t ann_len, warta_brat_ann *out,
                     char *err, size_t err_size)
{
    memset(out, 0, sizeof *out);
    if (err && err_size)
        err[0] = '\0';
    reader r;
    memset(&r, 0, sizeof r);
    r.a = out;
    r.err = err;
    r.err_size = err_size;
    warta_strmap__init(&r.ids);
    uint32_t *c2b = warta_utf8__char_starts(text ? text : "", len, &r.n_chars);
    char *copy = malloc(ann_len + 1);
    int rc = c2b && copy ? WARTA_OK : WARTA_ENOMEM;
    if (rc == WARTA_OK) {
        r.c2b = c2b;
        memcpy(copy, ann ? ann : "", ann_len);
        copy[ann_len] = '\0';
        rc = read_lines(&r, copy, 0);
    }
    if (rc == WARTA_OK)
        rc = index_ids(&r);
    if (rc == WARTA_OK)
        rc = read_lines(&r, copy, 1);
    if (rc == WARTA_ENOMEM && err && err_size && !err[0])
        snprintf(err, err_size, "out of memory");
    warta_strmap__free(&r.ids);
    free(copy);
    free(c2b);
    return rc;
}

void warta_brat__free(warta_brat_ann *a)
{
    free(a->tb);
    free(a->frags);
    free(a->rels);
    free(a->attrs);
    free(a->groups);
    free(a->members);
    memset(a, 0, sizeof *a);
}

warta_brat_span warta_brat__first(const warta_brat_ann *a, uint32_t i)
{
    return a->frags[a->tb[i].first_frag];
}

warta_brat_span warta_brat__extent(const warta_brat_ann *a, uint32_t i)
{
    const warta_brat_tb *t = &a->tb[i];
    warta_brat_span s = a->frags[t->first_frag];
    for (uint32_t f = t->first_frag + 1; f < t->first_frag + t->n_frags; f++) {
        if (a->frags[f].start < s.start)
            s.start = a->frags[f].start;
        if (a->frags[f].end > s.end)
            s.end = a->frags[f].end;
    }
    return s;
}
