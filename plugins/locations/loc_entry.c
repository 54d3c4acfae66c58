#include "loc_entry.h"

#include <stdlib.h>
#include <string.h>

#include "warta/plugin_kit.h"

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
    warta_kit_tsv_field(&p, out->type, sizeof out->type);
    warta_kit_tsv_field(&p, score, sizeof score);
    warta_kit_tsv_field(&p, flags, sizeof flags);
    warta_kit_tsv_field(&p, out->id, sizeof out->id);
    if (strcmp(out->id, "-") == 0)
        out->id[0] = '\0';
    out->flags = parse_flags(flags);
    return warta_kit_parse_score(score, &out->score);
}

int warta_loc_head_parse(const char *value, loc_head *out)
{
    char list[16], listed[16], other[16], lower[8], alone[8];
    const char *p = value ? value : "";
    memset(out, 0, sizeof *out);
    warta_kit_tsv_field(&p, list, sizeof list);
    warta_kit_tsv_field(&p, listed, sizeof listed);
    warta_kit_tsv_field(&p, other, sizeof other);
    warta_kit_tsv_field(&p, out->type, sizeof out->type);
    warta_kit_tsv_field(&p, lower, sizeof lower);
    warta_kit_tsv_field(&p, alone, sizeof alone);
    out->lower_ok = strcmp(lower, "yes") == 0;
    out->alone_none = strcmp(alone, "none") == 0;
    out->list = strcmp(list, "gazetteer") == 0   ? LOC_LIST_GAZETTEER
                : strcmp(list, "districts") == 0 ? LOC_LIST_DISTRICTS
                                                 : LOC_LIST_NONE;
    if (warta_kit_parse_score(listed, &out->score_listed) < 0)
        return -1;
    if (warta_kit_parse_score(other, &out->score_other) < 0)
        out->score_other = 0.0f;
    return 0;
}
