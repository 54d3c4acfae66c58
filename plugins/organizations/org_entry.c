#include "org_entry.h"

#include <stdlib.h>
#include <string.h>

#include "warta/plugin_kit.h"

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
    warta_kit_tsv_field(&p, out->type, sizeof out->type);
    warta_kit_tsv_field(&p, score, sizeof score);
    warta_kit_tsv_field(&p, flags, sizeof flags);
    warta_kit_tsv_field(&p, out->canonical, sizeof out->canonical);
    if (strcmp(out->canonical, "-") == 0)
        out->canonical[0] = '\0';
    out->flags = parse_flags(flags);
    return warta_kit_parse_score(score, &out->score);
}

int warta_org_head_parse(const char *value, org_head *out)
{
    char position[16], score[16], name[16];
    const char *p = value ? value : "";
    memset(out, 0, sizeof *out);
    warta_kit_tsv_field(&p, position, sizeof position);
    warta_kit_tsv_field(&p, score, sizeof score);
    warta_kit_tsv_field(&p, out->type, sizeof out->type);
    warta_kit_tsv_field(&p, name, sizeof name);
    out->common_words = strcmp(name, "common") == 0;
    out->position = strcmp(position, "pre") == 0    ? ORG_HEAD_PRE
                    : strcmp(position, "post") == 0 ? ORG_HEAD_POST
                                                    : 0;
    if (!out->position)
        return -1;
    return warta_kit_parse_score(score, &out->score);
}

unsigned warta_org_place_flags(const char *value)
{
    char type[24], flags[32];
    const char *p = value ? value : "";
    warta_kit_tsv_field(&p, type, sizeof type);
    warta_kit_tsv_field(&p, flags, sizeof flags);
    return parse_flags(flags);
}
