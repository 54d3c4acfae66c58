#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct warta_arena_block {
    warta_arena_block *next;
    size_t used, size;
    max_align_t data[]; /* keeps the first allocation aligned */
};

enum { ARENA_FIRST_BLOCK = 4096, ARENA_MAX_BLOCK = 1 << 20 };

void warta_arena__init(warta_arena *arena)
{
    arena->head = NULL;
    arena->next_size = ARENA_FIRST_BLOCK;
}

void warta_arena__release(warta_arena *arena)
{
    warta_arena_block *b = arena->head;
    while (b) {
        warta_arena_block *next = b->next;
        free(b);
        b = next;
    }
    warta_arena__init(arena);
}

void *warta_arena__alloc(warta_arena *arena, size_t size)
{
    const size_t align = _Alignof(max_align_t);
    size_t need = (size + align - 1) & ~(align - 1);
    if (need < size)
        return NULL;
    warta_arena_block *b = arena->head;
    if (!b || b->size - b->used < need) {
        size_t bsize = arena->next_size;
        if (bsize < need)
            bsize = need;
        b = malloc(sizeof *b + bsize);
        if (!b)
            return NULL;
        b->next = arena->head;
        b->used = 0;
        b->size = bsize;
        arena->head = b;
        if (arena->next_size < ARENA_MAX_BLOCK)
            arena->next_size *= 2;
    }
    void *p = (char *)b->data + b->used;
    b->used += need;
    return p;
}

char *warta_arena__strndup(warta_arena *arena, const char *s, size_t len)
{
    if (!s)
        return NULL;
    char *p = warta_arena__alloc(arena, len + 1);
    if (!p)
        return NULL;
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *warta_arena__strdup(warta_arena *arena, const char *s)
{
    return s ? warta_arena__strndup(arena, s, strlen(s)) : NULL;
}
