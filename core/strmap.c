#include "strmap.h"

#include <stdlib.h>
#include <string.h>

#include "warta/plugin.h"

uint64_t warta_strmap__hash(const char *s)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

void warta_strmap__init(warta_strmap *map)
{
    map->slots = NULL;
    map->cap = map->n = 0;
}

void warta_strmap__free(warta_strmap *map)
{
    free(map->slots);
    warta_strmap__init(map);
}

static warta_strmap_slot *find(const warta_strmap *map, const char *key, uint64_t h)
{
    size_t mask = map->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        warta_strmap_slot *s = &map->slots[i];
        if (!s->key || (s->hash == h && strcmp(s->key, key) == 0))
            return s;
    }
}

static int grow(warta_strmap *map)
{
    size_t ncap = map->cap ? map->cap * 2 : 64;
    warta_strmap old = *map;
    map->slots = calloc(ncap, sizeof *map->slots);
    if (!map->slots) {
        *map = old;
        return WARTA_ENOMEM;
    }
    map->cap = ncap;
    for (size_t i = 0; i < old.cap; i++)
        if (old.slots[i].key)
            *find(map, old.slots[i].key, old.slots[i].hash) = old.slots[i];
    free(old.slots);
    return WARTA_OK;
}

int warta_strmap__put(warta_strmap *map, const char *key, int32_t value)
{
    if ((map->n + 1) * 4 > map->cap * 3 && grow(map) < 0)
        return WARTA_ENOMEM;
    uint64_t h = warta_strmap__hash(key);
    warta_strmap_slot *s = find(map, key, h);
    if (!s->key) {
        s->key = key;
        s->hash = h;
        map->n++;
    }
    s->value = value;
    return WARTA_OK;
}

int32_t warta_strmap__get(const warta_strmap *map, const char *key)
{
    if (!map->cap)
        return -1;
    const warta_strmap_slot *s = find(map, key, warta_strmap__hash(key));
    return s->key ? s->value : -1;
}
