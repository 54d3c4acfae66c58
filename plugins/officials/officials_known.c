/*
 * officials_known.c — the second pass: a single capitalised word that is
 * part of a name found in the first pass ("Trump" after "Donald Trump",
 * "Zulkifli" after "Zulkifli Hasan", also in a headline before it) is a
 * mention of that person, with ref "coref" to the fuller mention.
 *
 * A hyphenated word whose capitalised parts are words of different such
 * names ("pasangan Prabowo-Gibran", "duet Trump-Musk") holds a mention of
 * each.
 *
 * The words go in an open-addressing table keyed by the token's normalised
 * key, so the pass is linear in tokens.  A word shared by two different
 * multi-word names ("Muhammad") is still a person, but gets no coref,
 * unless one name is sure and the others guesses: "Purbaya" after "Menkeu
 * Purbaya Yudhi Sadewa" and a video title read as "Purbaya Ungkap Rahasia
 * Soeharto" repeats the minister (without the coref, a "none" claim the
 * tagger makes over the word alone would drop it).
 */
#include <stdlib.h>
#include <string.h>

#include "officials.h"
#include "warta/plugin_kit.h"

/* A name this sure (a listed name, a name with its office) outweighs a
 * guess from capitals alone (0.55-0.7). */
#define OFF_SURE_NAME 0.8f

typedef struct slot {
    const char *key;   /* token key, owned by the document */
    int32_t found;     /* index into c->found, -1 when ambiguous */
    uint32_t len;      /* words of that name */
    int sure;          /* the name(s) found are sure ones */
} slot;

static uint32_t hash_key(const char *s)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static slot *lookup(slot *tab, uint32_t mask, const char *key)
{
    for (uint32_t i = hash_key(key) & mask;; i = (i + 1) & mask)
        if (!tab[i].key || strcmp(tab[i].key, key) == 0)
            return &tab[i];
}

static int same_name(const off_ctx *c, const off_found *a, const off_found *b)
{
    if (a->name_e - a->name_s != b->name_e - b->name_s)
        return 0;
    for (uint32_t k = 0; k < a->name_e - a->name_s; k++)
        if (strcmp(c->doc->tokens[a->name_s + k].key, c->doc->tokens[b->name_s + k].key) != 0)
            return 0;
    return 1;
}

/* A word good enough to stand for the whole name. */
static int telling_word(const off_ctx *c, uint32_t i)
{
    uint32_t k = c->t[i].cls;
    if (!(k & OFF_CAP) || (k & (OFF_COMMON | OFF_STOP | OFF_INITIAL | OFF_COVERED)))
        return 0;
    if (c->t[i].title_n && c->t[i].title_kind != OFF_T_NONE)
        return 0;
    return c->doc->tokens[i].end - c->doc->tokens[i].start >= 3;
}

static void insert(const off_ctx *c, slot *tab, uint32_t mask, uint32_t f)
{
    const off_found *fd = &c->found[f];
    uint32_t len = fd->name_e - fd->name_s;
    for (uint32_t i = fd->name_s; i < fd->name_e; i++) {
        if (!telling_word(c, i))
            continue;
        slot *s = lookup(tab, mask, c->doc->tokens[i].key);
        int sure = fd->score >= OFF_SURE_NAME;
        if (!s->key) {
            s->key = c->doc->tokens[i].key;
            s->found = (int32_t)f;
            s->len = len;
            s->sure = sure;
        } else if (s->found >= 0 && len > 1 && s->len == 1) {
            s->found = (int32_t)f; /* "Donald Trump" over an earlier "Presiden Trump" */
            s->len = len;
            s->sure = sure;
        } else if (len > 1 && sure && !s->sure) {
            s->found = (int32_t)f; /* a sure name over guesses, which never take it back */
            s->len = len;
            s->sure = 1;
        } else if (s->found >= 0 && len > 1 && sure == s->sure && !same_name(c, &c->found[s->found], fd)) {
            s->found = -1;
        }
    }
}

/* A word person-names.tsv lists as naming one well-known person alone
 * ("Prabowo", "Jokowi"). */
static int is_figure(const off_ctx *c, const char *text, size_t len)
{
    const char *v = c->in->host->lexicon_lookup(c->in->names, text, len);
    return v && strncmp(v, "figure", 6) == 0 && (v[6] == '\t' || v[6] == '\0');
}

/* "Prabowo-Gibran" after "Prabowo Subianto" and "Gibran Rakabuming Raka":
 * a person per part, each with its coref, when the word joins two or more
 * capitalised parts and each is a telling word of a different name found
 * in the document or a listed figure ("Bandara Soekarno-Hatta" after
 * "Soekarno" alone names no one new; "Marie-Louise" after "Marie-Louise
 * Coninsx" is one name). */
static int hyphen_mentions(off_ctx *c, slot *tab, uint32_t mask, uint32_t i)
{
    const warta_token *t = &c->doc->tokens[i];
    enum { MAX_PARTS = 4 };
    uint32_t ps[MAX_PARTS], pe[MAX_PARTS];
    int32_t pf[MAX_PARTS];
    uint32_t n = 0, at = t->start, s = 0, e = 0;
    while (warta_kit_hyphen_part(c->doc, t, &at, &s, &e)) {
        /* "pro-Prabowo" names him; "Louis-based", "Kurdish-controlled"
         * are words about a place or a people */
        if (!warta_kit_capital_part(c->doc, s, e)) {
            if (n)
                return WARTA_OK;
            continue;
        }
        char key[64];
        if (n == MAX_PARTS || e - s < 3 || e - s >= sizeof key)
            return WARTA_OK;
        for (uint32_t b = s; b < e; b++) {
            unsigned char ch = (unsigned char)c->doc->text[b];
            if (ch >= 0x80)
                return WARTA_OK; /* keys are case-folded NFC; ASCII parts only */
            key[b - s] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
        }
        key[e - s] = '\0';
        const slot *sl = lookup(tab, mask, key);
        int32_t found = sl->key ? sl->found : -1;
        for (uint32_t k = 0; k < n && found >= 0; k++)
            if (pf[k] == found)
                return WARTA_OK; /* "Marie-Louise": two words of one name */
        if (found < 0 && !is_figure(c, c->doc->text + s, e - s))
            return WARTA_OK;
        ps[n] = s;
        pe[n] = e;
        pf[n++] = found;
    }
    if (n < 2)
        return WARTA_OK; /* "sub-Sahara", "antar-Ditjen": one name is too little */
    for (uint32_t k = 0; k < n; k++) {
        off_mention m;
        warta_officials__mention_init(&m);
        m.name_s = i;
        m.name_e = i + 1;
        m.byte_s = ps[k];
        m.byte_e = pe[k];
        m.score = 0.85f; /* every part is a name already found here */
        if (pf[k] >= 0)
            m.coref = c->found[pf[k]].id;
        int rc = warta_officials__emit(c, &m);
        if (rc != WARTA_OK)
            return rc;
    }
    return WARTA_OK;
}

/* One word as a person, with ref "coref" to the name it repeats (>= 0). */
static int emit_alone(off_ctx *c, uint32_t i, float score, int32_t coref)
{
    off_mention m;
    warta_officials__mention_init(&m);
    m.name_s = i;
    m.name_e = i + 1;
    m.score = score;
    m.coref = coref;
    return warta_officials__emit(c, &m);
}

/* The slot of the name found that the word at i may repeat, or NULL. */
static const slot *found_word(const off_ctx *c, slot *tab, uint32_t mask, uint32_t i)
{
    if (!telling_word(c, i))
        return NULL;
    const slot *s = lookup(tab, mask, c->doc->tokens[i].key);
    return s->key ? s : NULL;
}

/* "Teradu VI", "Wilayah V": a numbered thing repeats no one, whoever the
 * word's name was. */
static int numbered(const off_ctx *c, uint32_t i)
{
    return i + 1 < c->n && (c->t[i + 1].cls & OFF_REGNAL);
}

int warta_officials__bare_mentions(off_ctx *c)
{
    if (c->stopped)
        return WARTA_OK;
    /* room for the words of every name found, and for the scan's one-word
     * persons, which become names found below */
    uint32_t words = 0;
    for (uint32_t f = 0; f < c->n_found; f++)
        words += c->found[f].name_e - c->found[f].name_s;
    words += c->n_deferred;
    uint32_t cap = 16;
    while (cap < 2 * words + 16)
        cap *= 2;
    slot *tab = calloc(cap, sizeof *tab);
    if (!tab)
        return WARTA_ENOMEM;
    uint32_t mask = cap - 1;
    uint32_t n_first = c->n_found; /* emits below append to c->found */
    for (uint32_t f = 0; f < n_first; f++)
        insert(c, tab, mask, f);

    /* The scan's one-word persons first ("Menurut Dian, ..."): a repeat
     * of a name found ("Dian Patria") gets its coref; then each is a name
     * found itself, for the repeats below ("Tom" ... "Tom"). */
    int rc = WARTA_OK;
    for (uint32_t i = 0, left = c->n_deferred; left && i < c->n && rc == WARTA_OK && !c->stopped; i++) {
        if (!c->t[i].deferred)
            continue;
        left--;
        const slot *s = numbered(c, i) ? NULL : found_word(c, tab, mask, i);
        rc = s ? emit_alone(c, i, 0.6f, s->found >= 0 ? c->found[s->found].id : -1)
               : emit_alone(c, i, c->t[i].deferred_score, -1);
    }
    for (uint32_t f = n_first; f < c->n_found; f++)
        insert(c, tab, mask, f);

    for (uint32_t i = 0; i < c->n && rc == WARTA_OK && !c->stopped; i++) {
        if (c->t[i].cls & (OFF_TAKEN | OFF_GUESSED))
            continue;
        /* no name found: only a pair of listed figures ("Prabowo-Gibran") */
        const slot *s = c->n_found ? found_word(c, tab, mask, i) : NULL;
        if (!s) {
            if (warta_kit_hyphenated(&c->doc->tokens[i]))
                rc = hyphen_mentions(c, tab, mask, i);
        } else if (!numbered(c, i)) {
            rc = emit_alone(c, i, 0.6f, s->found >= 0 ? c->found[s->found].id : -1);
        }
    }
    free(tab);
    return rc;
}
