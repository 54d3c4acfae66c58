/*
 * core/arena.h — a bump allocator for one document's or one engine's small
 * strings and arrays: many allocations, one free.  Blocks grow geometrically
 * and are never moved, so pointers into an arena stay valid until it is
 * released.
 */
#ifndef WARTA_CORE_ARENA_H
#define WARTA_CORE_ARENA_H

#include <stddef.h>

typedef struct warta_arena_block warta_arena_block;
typedef struct warta_arena {
    warta_arena_block *head;
    size_t next_size;
} warta_arena;

void warta_arena__init(warta_arena *arena);
void warta_arena__release(warta_arena *arena);
/* size bytes aligned for any type, or NULL when out of memory. */
void *warta_arena__alloc(warta_arena *arena, size_t size);
/* Copy of s[0,len) with a NUL after it; NULL s gives NULL. */
char *warta_arena__strndup(warta_arena *arena, const char *s, size_t len);
char *warta_arena__strdup(warta_arena *arena, const char *s);

#endif
