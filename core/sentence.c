/*
 * core/sentence.c — sentence boundaries over the token stream.
 *
 * A sentence ends at a line break, or after a run of terminal marks
 * (. ! ? …) and the closing quotes or brackets glued to it, when white space
 * and something that can start a sentence follow: a capitalised word, a
 * number, a quote mark, an opening bracket, or a letter of a script without
 * case.  So `... ini." Kata` splits after the quote, `... ini," katanya` and
 * `... ini." katanya` do not.  A dot does not end a sentence after a single
 * capital initial ("J. Smith"), after a title abbreviation ("Dr.", "Jl."), nor
 * inside a dotted acronym ("U.S.", "S.H."), nor after a list marker opening a
 * sentence ("1.", "b."); abbreviations marked `end` in the list ("dll.",
 * "Inc.") end one only before a capitalised word.
 *
 * The abbreviation list is core/data/abbreviations.tsv, compiled in and
 * parsed into a fixed hash set the first time it is needed.  Matching is on
 * the exact surface (case-sensitive), because lower-case twins of titles are
 * ordinary words that end sentences ("50 sen." is fifty cents).
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "text.h"

#include "abbreviations_data.h"

/* ---- the abbreviation set ----------------------------------------------- */

#define ABBR_SLOTS 2048u /* power of two; at most half full */

typedef struct abbr_slot {
    const char *text; /* into warta_data_abbreviations, not NUL-terminated */
    uint16_t len;
    uint8_t kind;
} abbr_slot;

static abbr_slot abbr_table[ABBR_SLOTS];
static size_t abbr_max_len; /* most words before a dot are longer: no lookup */
static pthread_once_t abbr_once = PTHREAD_ONCE_INIT;

static uint32_t hash_bytes(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static void abbr_insert(const char *s, size_t n, int kind)
{
    static uint32_t used;
    if (n == 0 || n > UINT16_MAX || used >= ABBR_SLOTS / 2)
        return;
    for (uint32_t h = hash_bytes(s, n) & (ABBR_SLOTS - 1);; h = (h + 1) & (ABBR_SLOTS - 1)) {
        abbr_slot *e = &abbr_table[h];
        if (!e->text) {
            e->text = s;
            e->len = (uint16_t)n;
            e->kind = (uint8_t)kind;
            if (n > abbr_max_len)
                abbr_max_len = n;
            used++;
            return;
        }
        if (e->len == n && memcmp(e->text, s, n) == 0)
            return; /* first line wins */
    }
}

static void abbr_build(void)
{
    const char *p = warta_data_abbreviations;
    const char *end = p + warta_data_abbreviations_len;
    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        if (!eol)
            eol = end;
        const char *q = p, *tab;
        while (q < eol && (*q == ' ' || *q == '\t'))
            q++;
        if (q < eol && *q != '#' && *q != '\r') {
            tab = memchr(q, '\t', (size_t)(eol - q));
            const char *phrase_end = tab ? tab : eol;
            while (phrase_end > q && (phrase_end[-1] == ' ' || phrase_end[-1] == '\r'))
                phrase_end--;
            int kind = WARTA_ABBR_TITLE;
            if (tab && (size_t)(eol - tab) >= 4 && memcmp(tab + 1, "end", 3) == 0)
                kind = WARTA_ABBR_END;
            abbr_insert(q, (size_t)(phrase_end - q), kind);
        }
        p = eol + 1;
    }
}

int warta_sentence__abbreviation(const char *text, size_t len)
{
    pthread_once(&abbr_once, abbr_build);
    if (len == 0 || len > abbr_max_len)
        return WARTA_ABBR_NONE;
    for (uint32_t h = hash_bytes(text, len) & (ABBR_SLOTS - 1);; h = (h + 1) & (ABBR_SLOTS - 1)) {
        const abbr_slot *e = &abbr_table[h];
        if (!e->text)
            return WARTA_ABBR_NONE;
        if (e->len == len && memcmp(e->text, text, len) == 0)
            return e->kind;
    }
}

/* ---- boundaries ---------------------------------------------------------- */

enum { T_NONE, T_MARK, T_IDEOGRAPHIC, T_ACRONYM };

static int terminal(const char *text, const warta_token *tk)
{
    const char *p = text + tk->start;
    uint32_t n = tk->end - tk->start;
    if (tk->flags & WARTA_TOK_PUNCT) {
        if (n == 1)
            return (*p == '.' || *p == '!' || *p == '?') ? T_MARK : T_NONE;
        if (n != 3)
            return T_NONE;
        if (memcmp(p, "\xE2\x80\xA6", 3) == 0) /* … */
            return T_MARK;
        if (memcmp(p, "\xE3\x80\x82", 3) == 0 || memcmp(p, "\xEF\xBC\x81", 3) == 0 || /* 。！ */
            memcmp(p, "\xEF\xBC\x9F", 3) == 0 || memcmp(p, "\xEF\xBD\xA1", 3) == 0)   /* ？｡ */
            return T_IDEOGRAPHIC;
        return T_NONE;
    }
    /* Only dotted acronyms end in a dot among words. */
    return (tk->flags & WARTA_TOK_WORD) && p[n - 1] == '.' ? T_ACRONYM : T_NONE;
}

static int closer(const warta_token *tk)
{
    const char *k = tk->key;
    if (tk->flags & WARTA_TOK_QUOTE)
        return !(tk->flags & WARTA_TOK_OPENING_GLYPH);
    return (tk->flags & WARTA_TOK_PUNCT) && (k[0] == ')' || k[0] == ']' || k[0] == '}') && k[1] == '\0';
}

static int glued(const warta_token *tk)
{
    return !(tk->flags & (WARTA_TOK_SPACE_BEFORE | WARTA_TOK_PARA_START));
}

static int can_start(const char *text, size_t len, const warta_token *tk)
{
    if (tk->flags & (WARTA_TOK_CAPITAL | WARTA_TOK_NUMBER | WARTA_TOK_QUOTE))
        return 1;
    if (tk->flags & WARTA_TOK_PUNCT)
        return (tk->key[0] == '(' || tk->key[0] == '[') && tk->key[1] == '\0';
    int32_t cp;
    warta_utf8__decode(text, len, tk->start, &cp);
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LO || c == UTF8PROC_CATEGORY_LM;
}

/* A list marker ("1." or "b." opening a sentence) is not a sentence. */
static int list_marker(const char *text, const warta_token *toks, uint32_t s, uint32_t i)
{
    if (i != s + 1 || text[toks[i].start] != '.' || toks[s].end != toks[i].start)
        return 0;
    uint32_t n = toks[s].end - toks[s].start;
    if (toks[s].flags & WARTA_TOK_NUMBER)
        return n <= 3 && !(toks[s].flags & WARTA_TOK_WORD);
    return n == 1 && (toks[s].flags & WARTA_TOK_WORD);
}

/* Terminal marks are tokens [i, r), closers [r, j), the sentence began at s;
 * does it end at j? */
static int ends_at(const char *text, size_t len, const warta_token *toks, uint32_t n, uint32_t s, uint32_t i,
                   uint32_t r, uint32_t j)
{
    if (j >= n || (toks[j].flags & WARTA_TOK_PARA_START))
        return 1;
    const warta_token *t = &toks[i], *next = &toks[j];
    int kind = terminal(text, t);
    if (!(next->flags & WARTA_TOK_SPACE_BEFORE))
        return kind == T_IDEOGRAPHIC;
    if (!can_start(text, len, next))
        return 0;
    int capital_word = (next->flags & WARTA_TOK_WORD) && (next->flags & WARTA_TOK_CAPITAL);
    if (r != i + 1)
        return 1; /* "...", "?!": no abbreviation ends that way */
    if (list_marker(text, toks, s, i))
        return 0;
    if (kind == T_ACRONYM)
        return warta_sentence__abbreviation(text + t->start, t->end - t->start) == WARTA_ABBR_END && capital_word;
    if (text[t->start] == '.' && i > 0 && toks[i - 1].end == t->start && (toks[i - 1].flags & WARTA_TOK_WORD)) {
        const warta_token *w = &toks[i - 1];
        int a = warta_sentence__abbreviation(text + w->start, t->end - w->start);
        if (a == WARTA_ABBR_TITLE)
            return 0;
        if (a == WARTA_ABBR_END)
            return capital_word;
        if ((w->flags & WARTA_TOK_CAPITAL) && warta_utf8__count(text + w->start, w->end - w->start) == 1)
            return 0; /* an initial: "J. Smith" */
    }
    return 1;
}

static int add_sentence(warta_sentence **v, uint32_t *n, uint32_t *cap, const warta_token *toks, uint32_t a,
                        uint32_t b)
{
    if (*n == *cap) {
        uint32_t c = *cap ? *cap * 2 : 16;
        warta_sentence *nv = realloc(*v, (size_t)c * sizeof *nv);
        if (!nv)
            return WARTA_ENOMEM;
        *v = nv;
        *cap = c;
    }
    warta_sentence *s = &(*v)[(*n)++];
    s->start = toks[a].start;
    s->end = toks[b - 1].end;
    s->tok_start = a;
    s->tok_end = b;
    return WARTA_OK;
}

int warta_sentence__split(const char *text, size_t len, warta_token *toks, uint32_t n, warta_sentence **out,
                          uint32_t *n_out)
{
    warta_sentence *v = NULL;
    uint32_t nv = 0, cap = 0, s = 0, i = 0;
    *out = NULL;
    *n_out = 0;
    while (i < n) {
        if (i > s && (toks[i].flags & WARTA_TOK_PARA_START)) {
            if (add_sentence(&v, &nv, &cap, toks, s, i) != WARTA_OK)
                goto nomem;
            s = i;
        }
        if (!terminal(text, &toks[i])) {
            i++;
            continue;
        }
        uint32_t r = i + 1, j;
        while (r < n && glued(&toks[r]) && terminal(text, &toks[r]) == T_MARK)
            r++;
        j = r;
        while (j < n && glued(&toks[j]) && closer(&toks[j]))
            j++;
        if (ends_at(text, len, toks, n, s, i, r, j)) {
            if (add_sentence(&v, &nv, &cap, toks, s, j) != WARTA_OK)
                goto nomem;
            s = j;
        }
        i = j;
    }
    if (s < n && add_sentence(&v, &nv, &cap, toks, s, n) != WARTA_OK)
        goto nomem;
    for (uint32_t k = 0; k < nv; k++) {
        toks[v[k].tok_start].flags |= WARTA_TOK_SENT_START;
        for (uint32_t t = v[k].tok_start; t < v[k].tok_end; t++)
            toks[t].sentence = k;
    }
    *out = v;
    *n_out = nv;
    return WARTA_OK;
nomem:
    free(v);
    return WARTA_ENOMEM;
}
