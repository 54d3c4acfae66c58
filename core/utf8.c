/*
 * core/utf8.c — strict UTF-8 checking and the small decoder the tokenizer
 * uses for non-ASCII bytes.
 *
 * Validation follows the Unicode well-formed byte sequence table (Unicode
 * 15, table 3-7): second-byte ranges exclude overlongs (E0 80..9F, F0
 * 80..8F), surrogates (ED A0..BF) and code points above U+10FFFF (F4
 * 90..BF, F5..FF).  The reported offset is the first byte of the sequence
 * that cannot be completed, so a caller can point at the character.
 */
#include <stdlib.h>
#include <string.h>

#include "text.h"

/* Eight bytes at a time while they are all ASCII: news text in Latin
 * script is mostly ASCII, so this is the common case. */
static size_t ascii_prefix(const unsigned char *s, size_t len)
{
    size_t i = 0;
    while (i + 8 <= len) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (w & UINT64_C(0x8080808080808080))
            break;
        i += 8;
    }
    while (i < len && s[i] < 0x80)
        i++;
    return i;
}

/* Length of the well-formed sequence at s[i], or 0 when it is ill-formed. */
static size_t sequence_length(const unsigned char *s, size_t len, size_t i)
{
    unsigned char c = s[i];
    size_t n;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c < 0x80)
        return 1;
    if (c < 0xC2)
        return 0; /* stray continuation byte or overlong C0/C1 lead */
    if (c < 0xE0) {
        n = 2;
    } else if (c < 0xF0) {
        n = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c < 0xF5) {
        n = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (len - i < n)
        return 0;
    if (s[i + 1] < lo || s[i + 1] > hi)
        return 0;
    for (size_t k = 2; k < n; k++)
        if ((s[i + k] & 0xC0) != 0x80)
            return 0;
    return n;
}

int warta_utf8__validate(const char *text, size_t len, size_t *bad_offset)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0;
    if (!text && len)
        return WARTA_EINVAL;
    while (i < len) {
        i += ascii_prefix(s + i, len - i);
        if (i >= len)
            break;
        size_t n = sequence_length(s, len, i);
        if (n == 0) {
            if (bad_offset)
                *bad_offset = i;
            return WARTA_EUTF8;
        }
        i += n;
    }
    return WARTA_OK;
}

/* Continuation bytes (10xxxxxx) among the eight bytes of w: each one's
 * top bit survives the mask, and the multiply sums the eight bits. */
static inline size_t continuation_bytes(uint64_t w)
{
    uint64_t m = w & ~(w << 1) & 0x8080808080808080u;
    return (size_t)(((m >> 7) * 0x0101010101010101u) >> 56);
}

size_t warta_utf8__count(const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t cont = 0, i = 0;
    /* Every byte that is not a continuation byte starts a code point;
     * eight at a time, the build need not vectorise this (-O2 does not). */
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, sizeof w);
        cont += continuation_bytes(w);
    }
    for (; i < len; i++)
        cont += (s[i] & 0xC0) == 0x80;
    return len - cont;
}

size_t warta_utf8__decode(const char *text, size_t len, size_t i, int32_t *cp)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t n = sequence_length(s, len, i);
    switch (n) {
    case 1:
        *cp = s[i];
        return 1;
    case 2:
        *cp = ((int32_t)(s[i] & 0x1F) << 6) | (s[i + 1] & 0x3F);
        return 2;
    case 3:
        *cp = ((int32_t)(s[i] & 0x0F) << 12) | ((int32_t)(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
        return 3;
    case 4:
        *cp = ((int32_t)(s[i] & 0x07) << 18) | ((int32_t)(s[i + 1] & 0x3F) << 12) |
              ((int32_t)(s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
        return 4;
    default:
        /* Callers promise valid text; stay safe if they break the promise. */
        *cp = 0xFFFD;
        return 1;
    }
}

size_t warta_utf8__prev(const char *text, size_t i)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t j = i;
    if (j == 0)
        return 0;
    j--;
    /* At most three continuation bytes belong to one code point. */
    for (int k = 0; k < 3 && j > 0 && (s[j] & 0xC0) == 0x80; k++)
        j--;
    return j;
}

uint32_t *warta_utf8__char_starts(const char *text, size_t len, uint32_t *n_chars)
{
    size_t n = warta_utf8__count(text, len);
    uint32_t *starts = malloc((n + 1) * sizeof *starts);
    if (!starts)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80)
            starts[k++] = (uint32_t)i;
    starts[k] = (uint32_t)len;
    *n_chars = (uint32_t)k;
    return starts;
}
