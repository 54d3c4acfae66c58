/*
 * org_alias.h — acronyms of the organisations a document names
 * (org_alias.c).
 */
#ifndef WARTA_ORG_ALIAS_H
#define WARTA_ORG_ALIAS_H

#include "warta/plugin.h"

/* An organisation this plugin emitted: tokens [first, last), its id. */
typedef struct org_named {
    uint32_t first, last;
    int32_t id;
} org_named;

/* Emits a mention for every acronym, outside the names, that spells the
 * initials of one of them (names in text order).  WARTA_OK or a negative
 * code. */
int org_alias_emit(const warta_doc *doc, const warta_sink *sink, const org_named *names, uint32_t n_names);

#endif
