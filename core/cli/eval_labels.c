/* Label mappings for token-tagged gold data: --map A=b,... */
#include "eval.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const struct {
    const char *name;
    int target;
} targets[] = {
    {"person", EV_T_PERSON},     {"location", EV_T_LOCATION}, {"organization", EV_T_ORGANIZATION},
    {"organisation", EV_T_ORGANIZATION}, {"quote", EV_T_QUOTE}, {"cue", EV_T_CUE},
    {"speaker", EV_T_SPEAKER},   {"speaker_ref", EV_T_SPEAKER_REF}, {"ignore", EV_T_IGNORE},
    {"role", EV_T_ROLE},
    {"O", EV_T_IGNORE}};

int ev_labelmap_get(const ev_labelmap *map, const char *label)
{
    for (int i = map->n - 1; i >= 0; i--)
        if (strcasecmp(map->from[i], label) == 0)
            return map->to[i];
    return -1;
}

int ev_labelmap_parse(ev_labelmap *map, const char *spec, char *err, size_t errsize)
{
    const char *p = spec;
    while (*p) {
        const char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        const char *eq = memchr(p, '=', n);
        if (n == 0) {
            p += comma ? 1 : 0;
            continue;
        }
        if (!eq || eq == p || eq == p + n - 1) {
            snprintf(err, errsize, "bad --map entry '%.*s' (want LABEL=type)", (int)n, p);
            return -1;
        }
        size_t tn = n - (size_t)(eq + 1 - p);
        int target = -1;
        for (size_t i = 0; i < sizeof targets / sizeof *targets; i++)
            if (strlen(targets[i].name) == tn && strncasecmp(targets[i].name, eq + 1, tn) == 0)
                target = targets[i].target;
        if (target < 0) {
            snprintf(err, errsize,
                     "--map: unknown type '%.*s' (person, location, organization, quote, cue, "
                     "speaker, speaker_ref, role, ignore)", (int)tn, eq + 1);
            return -1;
        }
        if (map->n == (int)(sizeof map->from / sizeof *map->from)) {
            snprintf(err, errsize, "--map: too many entries");
            return -1;
        }
        map->from[map->n] = ev_strndup(p, (size_t)(eq - p));
        if (!map->from[map->n]) {
            snprintf(err, errsize, "out of memory");
            return -1;
        }
        map->to[map->n++] = target;
        p += n + (comma ? 1 : 0);
    }
    return 0;
}

void ev_labelmap_free(ev_labelmap *map)
{
    for (int i = 0; i < map->n; i++)
        free(map->from[i]);
    map->n = 0;
}
