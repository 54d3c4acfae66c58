/*
 * core/link.h — groups the kept mentions of one document into entities.
 *
 * People: the same normalised name is the same person; a one-word mention
 * ("Trump") joins the most recent person whose name ends with that word
 * ("Donald Trump", "Presiden Trump" contributes "Trump"), and a full name
 * joins an earlier one-word mention of its last word.  Plugins may link
 * mentions explicitly with a "coref" ref.  Everything else: same label and
 * same normalised text.
 */
#ifndef WARTA_CORE_LINK_H
#define WARTA_CORE_LINK_H

#include "merge.h"
#include "text.h"

typedef struct warta_link {
    int32_t *entity_of;   /* per annotation id: entity index, -1 if not a kept mention */
    uint32_t n_entities;  /* numbered in order of first mention                        */
} warta_link;

int warta_link__run(const warta_store *store, const warta_tokens *tokens,
                    const warta_merge *merge, warta_link *out);
void warta_link__free(warta_link *link);
int warta_link__is_person(const char *label);

#endif
