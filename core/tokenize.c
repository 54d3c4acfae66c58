/*
 * core/tokenize.c — one pass over the bytes into tokens with shape and quote
 * flags and normalised keys.
 *
 * Token rules, in the order the scanner tries them at a token start:
 *   - white space (Unicode Zs, controls, NUL, zero-width space) separates;
 *     a line break also marks the next token PARA_START;
 *   - a dotted acronym (1-3 letters and a dot, at least twice: "U.S.",
 *     "a.n.", "M.Si.") is one word including its final dot;
 *   - a word or number runs over letters, marks and digits, and keeps a
 *     hyphen before a letter ("negara-negara", "Jong-un", "COVID-19"), an
 *     apostrophe before a letter ("Jum'at"; but "'s" at a word's end is a
 *     token of its own) and . , / : between digits ("2.000", "21/10/2025");
 *   - `` and '' are one double quote mark each;
 *   - anything else is one punctuation token per character, keeping its
 *     combining marks and joined emoji sequences.
 * Tokens never own text: start/end are offsets, and the key is written to
 * one buffer whose address is patched into the tokens at the end.
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "text.h"

/* Character classes; the word-forming ones are contiguous (K_UPPER..K_DIGIT). */
enum { K_SPACE, K_NEWLINE, K_IGNORE, K_JOIN, K_PUNCT, K_UPPER, K_LOWER, K_LETTER, K_MARK, K_DIGIT };

#define S K_SPACE
#define N K_NEWLINE
#define U K_UPPER
#define L K_LOWER
#define D K_DIGIT
#define P K_PUNCT
static const unsigned char ascii_class[128] = {
    S, S, S, S, S, S, S, S, S, S, N, N, N, N, S, S,
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
    S, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P,
    D, D, D, D, D, D, D, D, D, D, P, P, P, P, P, P,
    P, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,
    U, U, U, U, U, U, U, U, U, U, U, P, P, P, P, P,
    P, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
    L, L, L, L, L, L, L, L, L, L, L, P, P, P, P, S,
};
#undef S
#undef N
#undef U
#undef L
#undef D
#undef P

static inline int is_word_class(int k) { return k >= K_UPPER; }
static inline int is_letter_class(int k) { return k >= K_UPPER && k <= K_LETTER; }
static inline int is_space_class(int k) { return k <= K_NEWLINE; }

static int classify(int32_t cp)
{
    if (cp < 0x80)
        return ascii_class[cp];
    switch (cp) {
    case 0x85: case 0x2028: case 0x2029:
        return K_NEWLINE;
    case 0x200B: case 0xFEFF: /* zero-width space, BOM: invisible separators */
        return K_SPACE;
    case 0x200C: case 0x200D:
        return K_JOIN;
    default:
        break;
    }
    if (cp >= 0x1F3FB && cp <= 0x1F3FF) /* emoji skin tones modify what precedes */
        return K_MARK;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT:
        return K_UPPER;
    case UTF8PROC_CATEGORY_LL:
        return K_LOWER;
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return K_LETTER;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
        return K_MARK;
    case UTF8PROC_CATEGORY_ND:
        return K_DIGIT;
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_CC:
        return K_SPACE;
    case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
        return K_NEWLINE;
    case UTF8PROC_CATEGORY_CF:
        return K_IGNORE;
    default:
        return K_PUNCT;
    }
}

/* Class of the code point at t[i]; its value and length through cp and n. */
static inline int class_at(const char *t, size_t len, size_t i, int32_t *cp, size_t *n)
{
    unsigned char c = (unsigned char)t[i];
    if (c < 0x80) {
        *cp = c;
        *n = 1;
        return ascii_class[c];
    }
    *n = warta_utf8__decode(t, len, i, cp);
    return classify(*cp);
}

static inline int class_of_next(const char *t, size_t len, size_t i)
{
    int32_t cp;
    size_t n;
    return i < len ? class_at(t, len, i, &cp, &n) : K_SPACE;
}

/* Quote glyphs: Q_DOUBLE or Q_SINGLE, plus the side the glyph is drawn for. */
enum { Q_DOUBLE = 1, Q_SINGLE = 2, Q_OPEN = 4, Q_CLOSE = 8 };

static int quote_kind(int32_t cp)
{
    switch (cp) {
    case '"': case 0x2033: case 0xFF02:
        return Q_DOUBLE;
    case 0x201C: case 0x201E: case 0x201F: case 0x00AB:
        return Q_DOUBLE | Q_OPEN;
    case 0x201D: case 0x00BB:
        return Q_DOUBLE | Q_CLOSE;
    case '\'': case 0xFF07:
        return Q_SINGLE;
    case '`': case 0x2018: case 0x201A: case 0x201B: case 0x2039:
        return Q_SINGLE | Q_OPEN;
    case 0x2019: case 0x203A:
        return Q_SINGLE | Q_CLOSE;
    default:
        return 0;
    }
}

static inline int is_apostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019; }
static inline int is_hyphen(int32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

/* What may stand before a left-flanking quote besides space: an opening
 * bracket, another quote mark, or a dash. */
static int opens_context(int32_t cp)
{
    if (quote_kind(cp) || cp == '-')
        return 1;
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_PS || c == UTF8PROC_CATEGORY_PI || c == UTF8PROC_CATEGORY_PD;
}

typedef struct shape {
    uint32_t upper, lower;  /* what the ALLCAPS test needs: see note_ascii_run */
    int first_letter;   /* class of the first letter, 0 before one is seen */
    int nonascii;
    int hyphen;         /* an ASCII hyphen joins two parts: WARTA_TOK_HYPHEN */
} shape;

static inline void note(shape *sh, int k)
{
    if (k == K_UPPER)
        sh->upper++;
    else if (k == K_LOWER)
        sh->lower++;
    else if (k != K_LETTER)
        return;
    if (!sh->first_letter)
        sh->first_letter = k;
}

/* "'s" or "’s" ending a word: English possessive or clitic, its own token. */
static int is_clitic_s(const char *t, size_t len, size_t i, size_t n)
{
    size_t j = i + n;
    return j < len && (t[j] == 's' || t[j] == 'S') && !is_word_class(class_of_next(t, len, j + 1));
}

/* Bits for the ASCII loops; zero for bytes >= 0x80, which end a run.
 * B_UPPER is the ASCII case bit;
 * B_INNER marks the bytes that may continue a word (see scan_word). */
enum { B_ALNUM = 1, B_LOWER = 2, B_INNER = 4, B_UPPER = 0x20 };
#define DG B_ALNUM
#define UP (B_ALNUM | B_UPPER)
#define LO (B_ALNUM | B_LOWER)
static const unsigned char ascii_bits[256] = {
    ['0'] = DG, ['1'] = DG, ['2'] = DG, ['3'] = DG, ['4'] = DG, ['5'] = DG, ['6'] = DG, ['7'] = DG, ['8'] = DG,
    ['9'] = DG,
    ['A'] = UP, ['B'] = UP, ['C'] = UP, ['D'] = UP, ['E'] = UP, ['F'] = UP, ['G'] = UP, ['H'] = UP, ['I'] = UP,
    ['J'] = UP, ['K'] = UP, ['L'] = UP, ['M'] = UP, ['N'] = UP, ['O'] = UP, ['P'] = UP, ['Q'] = UP, ['R'] = UP,
    ['S'] = UP, ['T'] = UP, ['U'] = UP, ['V'] = UP, ['W'] = UP, ['X'] = UP, ['Y'] = UP, ['Z'] = UP,
    ['a'] = LO, ['b'] = LO, ['c'] = LO, ['d'] = LO, ['e'] = LO, ['f'] = LO, ['g'] = LO, ['h'] = LO, ['i'] = LO,
    ['j'] = LO, ['k'] = LO, ['l'] = LO, ['m'] = LO, ['n'] = LO, ['o'] = LO, ['p'] = LO, ['q'] = LO, ['r'] = LO,
    ['s'] = LO, ['t'] = LO, ['u'] = LO, ['v'] = LO, ['w'] = LO, ['x'] = LO, ['y'] = LO, ['z'] = LO,
    ['-'] = B_INNER, ['\''] = B_INNER, ['.'] = B_INNER, [','] = B_INNER, ['/'] = B_INNER, [':'] = B_INNER,
};
#undef DG
#undef UP
#undef LO

/* Each byte lowered (A-Z only; other bytes stay): the key loop's one
 * lookup, where ORing in the case bit from ascii_bits took three more
 * instructions a byte. */
#define LOW(c) ((unsigned char)((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c)))
#define LOW4(c) LOW(c), LOW((c) + 1), LOW((c) + 2), LOW((c) + 3)
#define LOW16(c) LOW4(c), LOW4((c) + 4), LOW4((c) + 8), LOW4((c) + 12)
#define LOW64(c) LOW16(c), LOW16((c) + 16), LOW16((c) + 32), LOW16((c) + 48)
static const unsigned char ascii_lower[256] = {LOW64(0), LOW64(64), LOW64(128), LOW64(192)};
#undef LOW64
#undef LOW16
#undef LOW4
#undef LOW

/* Notes a run of n ASCII letters and digits whose bits OR to acc.  Only the
 * ALLCAPS test reads the counts (upper >= 2, lower == 0), so a run with a
 * lower-case letter counts one, and its capitals need no count. */
static void note_ascii_run(shape *sh, const unsigned char *s, size_t n, unsigned acc)
{
    if (acc & B_LOWER)
        sh->lower++;
    else
        for (size_t f = 0; f < n; f++)
            sh->upper += (ascii_bits[s[f]] & B_UPPER) != 0;
    if (sh->first_letter || !(acc & (B_UPPER | B_LOWER)))
        return;
    for (size_t f = 0;; f++) {
        if (ascii_bits[s[f]] & (B_UPPER | B_LOWER)) {
            sh->first_letter = (ascii_bits[s[f]] & B_UPPER) ? K_UPPER : K_LOWER;
            return;
        }
    }
}

/* End of the word or number starting at i (its first code point is a word
 * character). */
static size_t scan_word(const char *t, size_t len, size_t i, shape *sh)
{
    const unsigned char *s = (const unsigned char *)t;
    int prev = K_PUNCT;
    for (;;) {
        /* The common case, a run of ASCII letters and digits, without
         * branches beyond the loop test. */
        size_t j = i;
        unsigned acc = 0;
        unsigned char b;
        while (j < len && ((b = ascii_bits[s[j]]) & B_ALNUM)) {
            acc |= b;
            j++;
        }
        if (j > i) {
            note_ascii_run(sh, s + i, j - i, acc);
            prev = ascii_class[s[j - 1]];
            i = j;
        }
        if (i >= len)
            break;
        unsigned char c = s[i];
        /* Most words end at a space or at an ASCII mark that joins nothing:
         * no need to classify it, nor what follows it. */
        if (c < 0x80 && !(ascii_bits[c] & B_INNER))
            break;
        int32_t cp;
        size_t n;
        int k = class_at(t, len, i, &cp, &n);
        if (c >= 0x80) {
            if (is_word_class(k)) {
                sh->nonascii = 1;
                note(sh, k);
                prev = k;
                i += n;
                continue;
            }
        }
        size_t next_i = i + n;
        if (k == K_JOIN) {
            /* ZWJ/ZWNJ glue what follows (Persian words, emoji sequences). */
            if (next_i < len && !is_space_class(class_of_next(t, len, next_i))) {
                int32_t cp2;
                size_t n2;
                class_at(t, len, next_i, &cp2, &n2);
                sh->nonascii = 1;
                i = next_i + n2;
                prev = K_LETTER;
                continue;
            }
            break;
        }
        int next = class_of_next(t, len, next_i);
        if (k == K_IGNORE) {
            /* soft hyphen, bidi marks: invisible inside a word */
            if (!is_word_class(next))
                break;
        } else if (is_hyphen(cp)) {
            if (!(is_letter_class(next) || (next == K_DIGIT && sh->first_letter)))
                break;
            sh->hyphen |= cp == '-';
            prev = K_PUNCT;
        } else if (is_apostrophe(cp)) {
            if (prev == K_DIGIT || prev == K_PUNCT || !is_letter_class(next) || is_clitic_s(t, len, i, n))
                break;
            prev = K_PUNCT;
        } else if (c == '.' || c == ',' || c == '/' || c == ':') {
            if (prev != K_DIGIT || next != K_DIGIT)
                break;
            prev = K_PUNCT;
        } else {
            break;
        }
        if (c >= 0x80)
            sh->nonascii = 1;
        i = next_i;
    }
    return i;
}

/* End of a dotted acronym at i ("U.S.", "a.n.", "M.Si."), or 0 if none;
 * then *gave_up is where the chain broke.  A scan from any later segment of
 * the same chain walks the same bytes to the same break, so the caller need
 * not try again before *gave_up: "A.A.A.…A.ABCD" stays linear. */
static size_t scan_acronym(const char *t, size_t len, size_t i, size_t *gave_up)
{
    size_t j = i;
    int segments = 0;
    for (;;) {
        int letters = 0;
        while (j < len) {
            int32_t cp;
            size_t n;
            int k = class_at(t, len, j, &cp, &n);
            if (is_letter_class(k))
                letters++;
            else if (!(k == K_MARK && letters))
                break;
            if (letters > 3)
                goto fail;
            j += n;
        }
        if (letters == 0 || j >= len || t[j] != '.')
            goto fail;
        j++;
        segments++;
        int next = class_of_next(t, len, j);
        if (is_letter_class(next))
            continue;
        if (segments >= 2 && !is_word_class(next))
            return j;
        goto fail;
    }
fail:
    *gave_up = j;
    return 0;
}

/* Shape of an already delimited span (acronyms). */
static void shape_span(const char *t, size_t len, size_t i, size_t end, shape *sh)
{
    while (i < end) {
        int32_t cp;
        size_t n;
        int k = class_at(t, len, i, &cp, &n);
        if (cp >= 0x80)
            sh->nonascii = 1;
        note(sh, k);
        i += n;
    }
}

/* Marks and joined sequences that belong to the symbol before them. */
static size_t absorb_extras(const char *t, size_t len, size_t j, int32_t first)
{
    int regional = first >= 0x1F1E6 && first <= 0x1F1FF;
    while (j < len) {
        int32_t cp;
        size_t n;
        int k = class_at(t, len, j, &cp, &n);
        if (k == K_MARK) {
            j += n;
        } else if (k == K_JOIN) {
            j += n;
            if (j < len && !is_space_class(class_of_next(t, len, j))) {
                class_at(t, len, j, &cp, &n);
                j += n;
            }
        } else if (regional && cp >= 0x1F1E6 && cp <= 0x1F1FF) {
            /* two regional indicators make one flag */
            regional = 0;
            j += n;
        } else {
            break;
        }
    }
    return j;
}

static uint32_t flank_flags(const char *t, size_t len, size_t start, size_t end)
{
    int32_t pc = -1, nc = -1;
    if (start > 0)
        warta_utf8__decode(t, len, warta_utf8__prev(t, start), &pc);
    if (end < len)
        warta_utf8__decode(t, len, end, &nc);
    int pspace = pc >= 0 && is_space_class(classify(pc));
    int nspace = nc >= 0 && is_space_class(classify(nc));
    uint32_t f = 0;
    if (nc >= 0 && !nspace && (pc < 0 || pspace || opens_context(pc)))
        f |= WARTA_TOK_LEFT_FLANK;
    if (pc >= 0 && !pspace && (nc < 0 || nspace || !is_word_class(classify(nc))))
        f |= WARTA_TOK_RIGHT_FLANK;
    return f;
}

/* ---- storage ------------------------------------------------------------ */

void warta_token_buf__free(warta_token_buf *buf)
{
    if (!buf)
        return;
    if (buf->tokens_heap) {
        free(buf->tokens);
        free(buf->hashes);
    }
    if (buf->keys_heap)
        free(buf->keys);
    memset(buf, 0, sizeof *buf);
}

int warta_token_buf__reserve_keys(warta_token_buf *buf, size_t extra)
{
    if (buf->keys_cap - buf->keys_len >= extra)
        return WARTA_OK;
    size_t cap = buf->keys_cap ? buf->keys_cap : 64;
    while (cap - buf->keys_len < extra) {
        if (cap > SIZE_MAX / 2)
            return WARTA_ENOMEM;
        cap *= 2;
    }
    char *k;
    if (buf->keys_heap) {
        k = realloc(buf->keys, cap);
        if (!k)
            return WARTA_ENOMEM;
    } else {
        k = malloc(cap);
        if (!k)
            return WARTA_ENOMEM;
        if (buf->keys_len)
            memcpy(k, buf->keys, buf->keys_len);
    }
    buf->keys = k;
    buf->keys_cap = cap;
    buf->keys_heap = 1;
    return WARTA_OK;
}

static int reserve_tokens(warta_token_buf *buf, size_t want)
{
    if (want <= buf->tokens_cap)
        return WARTA_OK;
    size_t cap = buf->tokens_cap ? buf->tokens_cap : 16;
    while (cap < want)
        cap *= 2;
    if (cap > UINT32_MAX || cap > SIZE_MAX / sizeof(warta_token))
        return WARTA_ENOMEM;
    warta_token *tk;
    uint32_t *h = NULL;
    if (buf->tokens_heap) {
        tk = realloc(buf->tokens, cap * sizeof *tk);
        if (!tk)
            return WARTA_ENOMEM;
        buf->tokens = tk;
        if (buf->want_hashes) {
            if (!(h = realloc(buf->hashes, cap * sizeof *h)))
                return WARTA_ENOMEM;
            buf->hashes = h;
        }
    } else {
        tk = malloc(cap * sizeof *tk);
        h = buf->want_hashes ? malloc(cap * sizeof *h) : NULL;
        if (!tk || (buf->want_hashes && !h)) {
            free(tk);
            free(h);
            return WARTA_ENOMEM;
        }
        if (buf->n_tokens) {
            memcpy(tk, buf->tokens, buf->n_tokens * sizeof *tk);
            if (h)
                memcpy(h, buf->hashes, buf->n_tokens * sizeof *h);
        }
        buf->tokens = tk;
        buf->hashes = h;
    }
    buf->tokens_cap = (uint32_t)cap;
    buf->tokens_heap = 1;
    return WARTA_OK;
}

/* Until the key buffer stops growing, a token's key holds its offset. */
static int push(warta_token_buf *buf, const char *t, size_t start, size_t end, uint32_t flags, int qkind,
                int nonascii)
{
    if (buf->n_tokens == buf->tokens_cap && reserve_tokens(buf, (size_t)buf->n_tokens + 1) != WARTA_OK)
        return WARTA_ENOMEM;
    size_t off = buf->keys_len;
    uint32_t h = WARTA_KEY_HASH_SEED;
    if (qkind) {
        if (warta_token_buf__reserve_keys(buf, 2) != WARTA_OK)
            return WARTA_ENOMEM;
        char q = (qkind & Q_SINGLE) ? '\'' : '"';
        buf->keys[buf->keys_len++] = q;
        buf->keys[buf->keys_len++] = '\0';
        h = (h ^ (unsigned char)q) * WARTA_KEY_HASH_PRIME;
    } else if (!nonascii) {
        size_t n = end - start;
        if (buf->keys_cap - buf->keys_len <= n && warta_token_buf__reserve_keys(buf, n + 1) != WARTA_OK)
            return WARTA_ENOMEM;
        const unsigned char *s = (const unsigned char *)t + start;
        unsigned char *d = (unsigned char *)buf->keys + buf->keys_len;
        /* lowered, and hashed on the way */
        if (buf->want_hashes) {
            for (size_t i = 0; i < n; i++) {
                unsigned char c = ascii_lower[s[i]];
                d[i] = c;
                h = (h ^ c) * WARTA_KEY_HASH_PRIME;
            }
        } else {
            for (size_t i = 0; i < n; i++)
                d[i] = ascii_lower[s[i]];
        }
        d[n] = '\0';
        buf->keys_len += n + 1;
    } else if (warta_text__key_append(buf, t + start, end - start) != WARTA_OK) {
        return WARTA_ENOMEM;
    } else if (buf->want_hashes) {
        h = warta_text__key_hash(buf->keys + off);
    }
    if (buf->want_hashes)
        buf->hashes[buf->n_tokens] = h ? h : 1;
    warta_token *tk = &buf->tokens[buf->n_tokens++];
    tk->start = (uint32_t)start;
    tk->end = (uint32_t)end;
    tk->flags = flags;
    tk->sentence = 0;
    tk->key = (const char *)(uintptr_t)off;
    return WARTA_OK;
}

/* ---- the scanner -------------------------------------------------------- */

int warta_tokens__scan(const char *text, size_t len, warta_token_buf *buf)
{
    const unsigned char *s = (const unsigned char *)text;
    if (len >= UINT32_MAX || (!text && len))
        return WARTA_EINVAL;
    buf->n_tokens = 0;
    buf->keys_len = 0;
    if (len > 0) {
        /* Indonesian news averages about six bytes a token. */
        if (reserve_tokens(buf, len / 5 + 16) != WARTA_OK ||
            warta_token_buf__reserve_keys(buf, len + len / 4 + 64) != WARTA_OK)
            return WARTA_ENOMEM;
    }
    uint32_t pending = WARTA_TOK_PARA_START;
    size_t i = 0, no_acronym_before = 0;
    while (i < len) {
        int32_t cp;
        size_t n;
        int k = class_at(text, len, i, &cp, &n);
        if (k == K_SPACE) {
            pending |= WARTA_TOK_SPACE_BEFORE;
            i += n;
            continue;
        }
        if (k == K_NEWLINE) {
            pending |= WARTA_TOK_SPACE_BEFORE | WARTA_TOK_PARA_START;
            i += n;
            continue;
        }
        if (k == K_IGNORE || k == K_JOIN) {
            i += n;
            continue;
        }
        size_t start = i, end;
        uint32_t flags = pending;
        int qkind = 0, nonascii = s[i] >= 0x80;
        pending = 0;
        if (is_word_class(k)) {
            shape sh = {0, 0, 0, 0, 0};
            end = scan_word(text, len, i, &sh);
            /* A word of up to three letters stopped by a dot may be the
             * first segment of "U.S." or "M.Si.". */
            if (is_letter_class(k) && end < len && s[end] == '.' && end - start <= 12 &&
                start >= no_acronym_before && is_letter_class(class_of_next(text, len, end + 1))) {
                size_t acronym = scan_acronym(text, len, start, &no_acronym_before);
                if (acronym) {
                    end = acronym;
                    memset(&sh, 0, sizeof sh);
                    shape_span(text, len, start, end, &sh);
                }
            }
            nonascii |= sh.nonascii;
            if (k == K_DIGIT)
                flags |= WARTA_TOK_NUMBER;
            if (k != K_DIGIT || sh.first_letter)
                flags |= WARTA_TOK_WORD;
            if (sh.first_letter == K_UPPER)
                flags |= WARTA_TOK_CAPITAL;
            if (sh.upper >= 2 && sh.lower == 0)
                flags |= WARTA_TOK_ALLCAPS;
            if (sh.hyphen)
                flags |= WARTA_TOK_HYPHEN;
        } else if (is_apostrophe(cp) && buf->n_tokens && buf->tokens[buf->n_tokens - 1].end == start &&
                   (buf->tokens[buf->n_tokens - 1].flags & (WARTA_TOK_WORD | WARTA_TOK_NUMBER)) &&
                   is_clitic_s(text, len, i, n)) {
            end = i + n + 1;
            flags |= WARTA_TOK_WORD | (text[i + n] == 'S' ? WARTA_TOK_CAPITAL : 0);
        } else if ((qkind = quote_kind(cp)) != 0) {
            end = i + n;
            if ((cp == '`' || cp == '\'') && end < len && s[end] == (unsigned char)cp) {
                qkind = Q_DOUBLE | (cp == '`' ? Q_OPEN : Q_CLOSE);
                end++;
            }
            end = absorb_extras(text, len, end, cp);
            flags |= WARTA_TOK_PUNCT | WARTA_TOK_QUOTE | flank_flags(text, len, start, end);
            if (qkind & Q_SINGLE)
                flags |= WARTA_TOK_QUOTE_SINGLE;
            if (qkind & Q_OPEN)
                flags |= WARTA_TOK_OPENING_GLYPH;
            if (qkind & Q_CLOSE)
                flags |= WARTA_TOK_CLOSING_GLYPH;
        } else {
            end = absorb_extras(text, len, i + n, cp);
            flags |= WARTA_TOK_PUNCT;
        }
        /* words noted their non-ASCII bytes while scanning */
        for (size_t j = start + 1; !is_word_class(k) && !nonascii && j < end; j++)
            nonascii = s[j] >= 0x80;
        if (push(buf, text, start, end, flags, qkind, nonascii) != WARTA_OK)
            return WARTA_ENOMEM;
        i = end;
    }
    for (uint32_t t = 0; t < buf->n_tokens; t++)
        buf->tokens[t].key = buf->keys + (uintptr_t)buf->tokens[t].key;
    return WARTA_OK;
}

int warta_tokens__build(const char *text, size_t len, warta_tokens *out)
{
    warta_token_buf buf;
    memset(out, 0, sizeof *out);
    memset(&buf, 0, sizeof buf);
    buf.want_hashes = 1;
    int rc = warta_tokens__scan(text, len, &buf);
    if (rc == WARTA_OK)
        rc = warta_sentence__split(text, len, buf.tokens, buf.n_tokens, &out->sentences, &out->n_sentences);
    if (rc != WARTA_OK) {
        warta_token_buf__free(&buf);
        return rc;
    }
    out->tokens = buf.tokens;
    out->n_tokens = buf.n_tokens;
    out->keys = buf.keys;
    out->keys_len = buf.keys_len;
    out->key_hashes = buf.hashes;
    return WARTA_OK;
}

void warta_tokens__free(warta_tokens *tokens)
{
    if (!tokens)
        return;
    free(tokens->tokens);
    free(tokens->sentences);
    free(tokens->keys);
    free(tokens->key_hashes);
    memset(tokens, 0, sizeof *tokens);
}
