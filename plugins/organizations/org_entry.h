/*
 * org_entry.h — the value columns of the organizations lexicons, parsed.
 * Private to the organizations plugin (hidden symbols, never exported).
 */
#ifndef WARTA_ORG_ENTRY_H
#define WARTA_ORG_ENTRY_H

enum {
    ORG_CAPS = 1u << 0,   /* acronym: no lower-case letter ("WHO", not "who") */
    ORG_NOSTART = 1u << 1, /* not as the first word of a sentence ("Antara")  */
    ORG_BUILDING = 1u << 2 /* a seat: a place after "di" ("di Istana ...")     */
};

/* orgs.tsv row: phrase TAB type TAB score TAB flags TAB canonical */
typedef struct org_entry {
    char type[24];
    char canonical[112];
    float score;
    unsigned flags;
} org_entry;

enum { ORG_HEAD_PRE = 1, ORG_HEAD_POST = 2 };

/* heads.tsv row: phrase TAB position TAB score TAB type TAB name */
typedef struct org_head {
    int position;
    int common_words; /* the name is made of common words (vocab.tsv) */
    float score;
    char type[24];
} org_head;

/* Return 0, or -1 for a malformed row (the row is then ignored). */
int warta_org_entry_parse(const char *value, org_entry *out);
int warta_org_head_parse(const char *value, org_head *out);
/* places.tsv row: phrase TAB type TAB flags; returns its ORG_* flags. */
unsigned warta_org_place_flags(const char *value);

#endif
