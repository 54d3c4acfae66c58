/*
 * core/strmap.h — an open-addressing map from borrowed strings to int32.
 * The caller keeps the key strings alive as long as the map.
 */
#ifndef WARTA_CORE_STRMAP_H
#define WARTA_CORE_STRMAP_H

#include <stddef.h>
#include <stdint.h>

typedef struct warta_strmap_slot {
    const char *key;
    uint64_t hash;
    int32_t value;
} warta_strmap_slot;

typedef struct warta_strmap {
    warta_strmap_slot *slots;
    size_t cap, n;
} warta_strmap;

uint64_t warta_strmap__hash(const char *s);
void warta_strmap__init(warta_strmap *map);
void warta_strmap__free(warta_strmap *map);
/* Inserts or overwrites. Returns 0 or WARTA_ENOMEM. */
int warta_strmap__put(warta_strmap *map, const char *key, int32_t value);
/* The value, or -1 when absent. */
int32_t warta_strmap__get(const warta_strmap *map, const char *key);

#endif
