/*
 * loc_entry.h — the value columns of the locations lexicons, parsed.
 * Private to the locations plugin (hidden symbols, never exported).
 */
#ifndef WARTA_LOC_ENTRY_H
#define WARTA_LOC_ENTRY_H

enum {
    LOC_CAPS = 1u << 0,    /* acronym: no lower-case letter ("AS", not "as")   */
    LOC_CUE = 1u << 1,     /* only after a cue word ("di Batu")                */
    LOC_NOSTART = 1u << 2, /* not as the first word of a sentence              */
    LOC_NOPRECAP = 1u << 3 /* not right after a capitalised word               */
};

/* gazetteer row: phrase TAB type TAB score TAB flags TAB id */
typedef struct loc_entry {
    char type[24];
    char id[40];
    float score;
    unsigned flags;
} loc_entry;

enum { LOC_LIST_NONE, LOC_LIST_GAZETTEER, LOC_LIST_DISTRICTS };

/* heads.tsv row: phrase TAB list TAB score_listed TAB score_other TAB type
 * TAB lower (yes: a lower-case head may introduce an unlisted name) TAB alone
 * (none: the head standing alone names no place; optional, default -) */
typedef struct loc_head {
    int list;
    int lower_ok;
    int alone_none;
    float score_listed, score_other;
    char type[24];
} loc_head;

/* Both return 0, or -1 for a malformed row (the row is then ignored). */
int warta_loc_entry_parse(const char *value, loc_entry *out);
int warta_loc_head_parse(const char *value, loc_head *out);
void warta_loc_entry_clear(loc_entry *e);
void warta_loc_entry_set_type(loc_entry *e, const char *type);

#endif
