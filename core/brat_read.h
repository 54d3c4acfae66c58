/*
 * core/brat_read.h — the one reader of brat standoff (.ann), for the two
 * places that read it: annotations corrected in brat coming back
 * (`--input brat`, brat_import.c) and the gold corpus of `warta eval`
 * (cli/eval_brat.c).  It knows brat's syntax, not warta's model: what the
 * types and relations mean is for each caller.
 *
 * Read: T (text-bound: id, type, fragments "s e;s e"), R (name Arg1:T Arg2:T),
 * A and M (name target [value]), "*" (name T T ...: equivalence groups,
 * e.g. Coref).  Other lines (# notes, E, N) are skipped.  Offsets in the
 * file count code points; they come out as byte offsets into the text.
 * A T id given twice keeps its first line, as brat does.
 */
#ifndef WARTA_CORE_BRAT_READ_H
#define WARTA_CORE_BRAT_READ_H

#include <stddef.h>
#include <stdint.h>

typedef struct warta_brat_span {
    uint32_t start, end;          /* bytes */
} warta_brat_span;

typedef struct warta_brat_tb {
    char id[16];                  /* "T12" */
    char type[48];
    uint32_t first_frag, n_frags; /* into warta_brat_ann.frags, in file order */
} warta_brat_tb;

typedef struct warta_brat_rel {
    char name[48];
    int32_t arg1, arg2;           /* indices into tb */
} warta_brat_rel;

typedef struct warta_brat_attr {
    char name[48];
    int32_t target;               /* index into tb */
    char value[48];               /* "" for a binary attribute */
} warta_brat_attr;

typedef struct warta_brat_group {
    char name[48];                /* "Coref" */
    uint32_t first, n;            /* into warta_brat_ann.members (tb indices) */
} warta_brat_group;

typedef struct warta_brat_ann {
    warta_brat_tb *tb;        uint32_t n_tb;
    warta_brat_span *frags;   uint32_t n_frags;
    warta_brat_rel *rels;     uint32_t n_rels;
    warta_brat_attr *attrs;   uint32_t n_attrs;
    warta_brat_group *groups; uint32_t n_groups;
    int32_t *members;         uint32_t n_members;
} warta_brat_ann;

/* Reads ann[0, ann_len) against the document text (valid UTF-8).  A
 * malformed T line, offsets outside the text, or a relation naming a T the
 * file lacks is an error: WARTA_EINVAL with "line N: ..." in err.  An
 * attribute or group member naming an unknown T is skipped.  *out is
 * released with warta_brat__free whatever the result. */
int warta_brat__read(const char *text, size_t len, const char *ann, size_t ann_len, warta_brat_ann *out,
                     char *err, size_t err_size);
void warta_brat__free(warta_brat_ann *a);

/* The smallest span holding every fragment of tb[i]. */
warta_brat_span warta_brat__extent(const warta_brat_ann *a, uint32_t i);
/* The first fragment of tb[i]. */
warta_brat_span warta_brat__first(const warta_brat_ann *a, uint32_t i);

#endif
