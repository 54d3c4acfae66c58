/*
 * core/merge.h — decides which mentions survive when plugins disagree.
 *
 * Nesting across kinds is kept ("Rusia" inside "Kementerian Luar Negeri
 * Rusia").  Two mentions conflict when their spans cross, when they cover
 * the same span (same label: a duplicate; different labels: a
 * disagreement), or when one of a kind nests in another of the same kind
 * ("Anchorage" inside a guessed "Anchorage Alaska"; person and official
 * count as one kind): warta_kit_merge_conflict in warta/plugin_kit.h, so
 * plugins foresee the same rule.  Conflicts
 * are settled inside each group of overlapping mentions, greedily by score,
 * then span length, then the plugin's place in the run order, with one
 * exception: a place or organisation that holds exactly one surer mention
 * of its own label, and no person and no office (a "role" part), takes its
 * place ("Maluku Selatan" over the gazetteer's "Maluku").  A place or
 * organisation holding a person and that person's affiliation conflicts
 * with the person ("Kulon Progo Yohanes Irianta" after "Bupati").  A loser's
 * refs and the refs pointing at it move to the winner that beat it.
 * First, "none" claims (WARTA_LABEL_NONE, plugin.h): a mention lying wholly
 * inside a claim with a higher score is dropped, unless another annotation
 * refers to it (speaker, affiliation) or it repeats (coref) a name that
 * stays; claims themselves are always dropped.
 * Quotes: identical spans are one quote, and a quote nested inside eight
 * others is dropped (output would otherwise grow with the input squared).
 */
#ifndef WARTA_CORE_MERGE_H
#define WARTA_CORE_MERGE_H

#include "store.h"

typedef struct warta_merge {
    int32_t *survivor;   /* per annotation: itself when kept, the winner that
                            replaced it, or -1 when dropped without one        */
    int32_t *parent;     /* per kept mention: smallest kept mention strictly
                            containing it, or -1                              */
    int32_t *kept;       /* the kept mentions, then the kept quotes, each in
                            text order: by start, outer (longer) first, then
                            by id                                             */
    uint32_t n_kept_mentions, n_kept_quotes;
} warta_merge;

/* plugin_rank(name) gives the run position of a plugin (lower wins ties). */
int warta_merge__run(const warta_store *store, const char *const *run_order, uint32_t n_run,
                     warta_merge *out);
void warta_merge__free(warta_merge *merge);
/* Follows survivor links to a kept annotation, or -1. */
int32_t warta_merge__resolve(const warta_merge *merge, int32_t id);

#endif
