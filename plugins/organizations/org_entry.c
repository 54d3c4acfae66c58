#include "org_entry.h"

#include <stdlib.h>
#include <string.h>

/* Copies the next tab-separated field of *p into buf and advances *p. */
static void next_field(const char **p, char *buf, size_t size)
{
    const char *s = *p, *tab = strchr(s, '\t');
    size_t n = tab ? (size_t)(tab - s) : strlen(s);
    size_t k = n < size - 1 ? n : size - 1;
    memcpy(buf, s, k);
    buf[k] = '\0';
    *p = tab ? tab + 1 : s + n;
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
        f |= ORG_CAPS;
    if (strstr(s, "nostart"))
        f |= ORG_NOSTART;
    if (strstr(s, "building"))
        f |= ORG_BUILDING;
    return f;
}

int warta_org_entry_parse(const char *value, org_entry *out)
{
    char score[16], flags[32];
    const char *p = value ? value : "";
    memset(out, 0, sizeof *out);
    next_field(&p, out->type, sizeof out->type);
    next_field(&p, score, sizeof score);
    next_field(&p, flags, sizeof flags);
    next_field(&p, out->canonical, sizeof out->canonical);
    if (strcmp(out->canonical, "-") == 0)
        out->canonical[0] = '\0';
    out->flags = parse_flags(flags);
    return parse_score(score, &out->score);
}

int warta_org_head_parse(const char *value, org_head *out)
{
    char position[16], score[16], name[16];
    const char *p = value ? value : "";
    memset(out, 0, sizeof *out);
    next_field(&p, position, sizeof position);
    next_field(&p, score, sizeof score);
    next_field(&p, out->type, sizeof out->type);
    next_field(&p, name, sizeof name);
    out->common_words = strcmp(name, "common") == 0;
    out->position = strcmp(position, "pre") == 0    ? ORG_HEAD_PRE
                    : strcmp(position, "post") == 0 ? ORG_HEAD_POST
                                                    : 0;
    if (!out->position)
        return -1;
    return parse_score(score, &out->score);
}

unsigned warta_org_place_flags(const char *value)
{
    char type[24], flags[32];
    const char *p = value ? value : "";
    next_field(&p, type, sizeof type);
    next_field(&p, flags, sizeof flags);
    return parse_flags(flags);
}
