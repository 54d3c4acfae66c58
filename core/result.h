/*
 * core/result.h — an annotated document as the embedding API and writers see
 * it: merged, linked, in text order, with code-point offsets beside bytes.
 */
#ifndef WARTA_CORE_RESULT_H
#define WARTA_CORE_RESULT_H

#include "link.h"
#include "merge.h"
#include "store.h"
#include "text.h"
#include "warta/warta.h"

struct warta_result {
    char *text;
    size_t len;
    char *id, *lang;
    warta_mention *mentions;  uint32_t n_mentions;
    int32_t *mention_parent;            /* per mention: enclosing mention or -1  */
    uint32_t (*role_chars)[2];          /* per mention: role span in code points */
    warta_entity *entities;   uint32_t n_entities;
    uint32_t *entity_mentions;
    warta_quote *quotes;      uint32_t n_quotes;
    warta_span *content;
    warta_arena arena;                  /* labels, attributes, names             */
    size_t repaired;                    /* bytes of bad UTF-8 replaced (core.invalid) */
};

/* Merges, links and builds the result of a filled store: what every path
 * into a result (plugins, brat import) shares.  run_order ranks plugins for
 * the merge. */
int warta_result__from_store(warta_store *store, const warta_tokens *tokens,
                             const char *const *run_order, uint32_t n_run, const char *id,
                             const char *lang, warta_result **out);

/* Builds the result, taking over the store's arena. */
int warta_result__build(warta_store *store, const warta_merge *merge, const warta_link *link,
                        const char *id, const char *lang, warta_result **out);

#endif
