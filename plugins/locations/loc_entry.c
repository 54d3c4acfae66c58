#include "loc_entry.h"

#include <stdlib.h>
#include <string.h>

/* Copies the next tab-separated field of *p into buf and advances *p. */
static size_t next_field(const char **p, char *buf, size_t size)
{
    const char *s = *p, *tab = strchr(s, '\t');
    size_t n = tab ? (size_t)(tab - s) : strlen(s);
    size_t k = n < size - 1 ? n : size - 1;
    memcpy(buf, s, k);
    buf[k] = '\0';
    *p = tab ? tab + 1 : s + n;
    return n;
}

static int parse_score(const char *s, float *out)
{
    char *end;
    float v = strtof(s, &end);
    if (end == s || v < 0.0f || v > 1.0f)
        return -1;
    *out = v;
    return 0;
}

static unsigned parse_flags(const char *s)
{
    unsigned f = 0;
    if (strstr(s, "caps"))
        f |= LOC_CAPS;
    if (strstr(s, "cue"))
        f |= LOC_CUE;
    if (strstr(s, "nostart"))
        f |= LOC_NOSTART;
    if (strstr(s, "noprecap"))
        f |= LOC_NOPRECAP;
    return f;
}

void warta_loc_entry_clear(loc_entry *e)
{
    memset(e, 0, sizeof *e);
}

void warta_loc_entry_set_type(loc_entry *e, const char *type)
{
    size_t n = strlen(type);
    if (n >= sizeof e->type)
        n = sizeof e->type - 1;
    memcpy(e->type, type, n);
    e->type[n] = '\0';
}

int warta_loc_entry_parse(const char *value, loc_entry *out)
{
    char score[16], flags[32];
    const char *p = value ? value : "";
    warta_loc_entry_clear(out);
    next_field(&p, out->type, sizeof out->type);
    next_field(&p, score, sizeof score);
    next_field(&p, flags, sizeof flags);
    next_field(&p, out->id, sizeof out->id);
    if (strcmp(out->id, "-") == 0)
        out->id[0] = '\0';
    out->flags = parse_flags(flags);
    return parse_score(score, &out->score);
}

int warta_loc_head_parse(const char *value, loc_head *out)
{
    char list[16], listed[16], other[16], lower[8];
    const char *p = value ? value : "";
    memset(out, 0, sizeof *out);
    next_field(&p, list, sizeof list);
    next_field(&p, listed, sizeof listed);
    next_field(&p, other, sizeof other);
    next_field(&p, out->type, sizeof out->type);
    next_field(&p, lower, sizeof lower);
    out->lower_ok = strcmp(lower, "yes") == 0;
    out->list = strcmp(list, "gazetteer") == 0   ? LOC_LIST_GAZETTEER
                : strcmp(list, "districts") == 0 ? LOC_LIST_DISTRICTS
                                                 : LOC_LIST_NONE;
    if (parse_score(listed, &out->score_listed) < 0)
        return -1;
    if (parse_score(other, &out->score_other) < 0)
        out->score_other = 0.0f;
    return 0;
}
