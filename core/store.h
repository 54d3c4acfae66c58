/*
 * core/store.h — the annotations of one document while plugins run.  The
 * sink copies what a plugin emits into the document's arena, so a plugin's
 * buffers are free to go the moment emit() returns.
 */
#ifndef WARTA_CORE_STORE_H
#define WARTA_CORE_STORE_H

#include "arena.h"
#include "warta/plugin.h"

typedef struct warta_store {
    warta_arena arena;
    const char *text;
    uint32_t len;
    warta_annotation *anns;
    uint32_t n, cap;
    const char *plugin;          /* name stamped on what is emitted now        */
    char error[256];             /* why the last emit was refused              */
} warta_store;

void warta_store__init(warta_store *store, const char *text, uint32_t len);
void warta_store__release(warta_store *store);
/* The sink's emit(): validates spans and refs, copies, assigns the id. */
int warta_store__emit(void *payload, const warta_annotation *ann, int32_t *id_out);

/* Helpers for reading an annotation's parts, attrs and refs by name. */
const warta_part *warta_ann__part(const warta_annotation *a, const char *name);
const char *warta_ann__attr(const warta_annotation *a, const char *key);
int32_t warta_ann__ref(const warta_annotation *a, const char *name);

#endif
