/*
 * core/normalize.c — the normalised key of a token or phrase: NFC, Unicode
 * case fold, and the folding of quotation marks and dashes, so that “Kata”,
 * "kata" and KATA meet in one lexicon entry.
 *
 * ASCII text (most Indonesian and English tokens) takes a byte loop; only
 * text with other code points goes through utf8proc, into a stack buffer
 * unless the text is long.
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "text.h"

/* IGNORE drops default-ignorable code points (soft hyphen, joiners,
 * variation selectors), which change nothing a reader sees. */
#define KEY_OPTIONS (UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STABLE | UTF8PROC_IGNORE)

/* Quote marks and dashes fold before decomposition, so a lexicon written
 * with straight quotes and hyphens matches typeset text. */
static utf8proc_int32_t fold_mark(utf8proc_int32_t cp, void *data)
{
    (void)data;
    switch (cp) {
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: /* “ ” „ ‟ */
    case 0x00AB: case 0x00BB:                           /* « »     */
    case 0x2033: case 0xFF02:                           /* ″ ＂    */
        return '"';
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: /* ‘ ’ ‚ ‛ */
    case 0x2039: case 0x203A:                           /* ‹ ›     */
    case 0x2032: case 0xFF07: case '`':                 /* ′ ＇ `  */
        return '\'';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: /* ‐ ‑ ‒ – */
    case 0x2014: case 0x2015: case 0x2212:              /* — ― −   */
    case 0xFE58: case 0xFE63: case 0xFF0D:              /* ﹘ ﹣ －  */
        return '-';
    default:
        return cp;
    }
}

static int append_ascii(warta_token_buf *buf, const unsigned char *s, size_t n)
{
    if (warta_token_buf__reserve_keys(buf, n) != WARTA_OK)
        return WARTA_ENOMEM;
    unsigned char *d = (unsigned char *)buf->keys + buf->keys_len;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        c = (unsigned char)(c + 32 * ((unsigned char)(c - 'A') < 26));
        d[i] = c == '`' ? '\'' : c;
    }
    buf->keys_len += n;
    return WARTA_OK;
}

static int append_unicode(warta_token_buf *buf, const char *s, size_t n)
{
    utf8proc_int32_t stack[256];
    utf8proc_int32_t *u = stack;
    utf8proc_ssize_t cap = (utf8proc_ssize_t)(sizeof stack / sizeof stack[0]);
    /* One spare slot: reencode writes a NUL after up to 4 bytes per code point. */
    utf8proc_ssize_t r = utf8proc_decompose_custom((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n,
                                                   u, cap - 1, KEY_OPTIONS, fold_mark, NULL);
    if (r > cap - 1) {
        cap = r + 1;
        u = malloc((size_t)cap * sizeof *u);
        if (!u)
            return WARTA_ENOMEM;
        r = utf8proc_decompose_custom((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, u, cap - 1,
                                      KEY_OPTIONS, fold_mark, NULL);
    }
    if (r >= 0)
        r = utf8proc_reencode(u, r, KEY_OPTIONS);
    int rc = WARTA_OK;
    if (r < 0) {
        /* Only ill-formed input gets here; keep its bytes rather than fail. */
        rc = append_ascii(buf, (const unsigned char *)s, n);
    } else if (warta_token_buf__reserve_keys(buf, (size_t)r) != WARTA_OK) {
        rc = WARTA_ENOMEM;
    } else {
        memcpy(buf->keys + buf->keys_len, u, (size_t)r);
        buf->keys_len += (size_t)r;
    }
    if (u != stack)
        free(u);
    return rc;
}

static int append_segment(warta_token_buf *buf, const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n && s[i] < 0x80)
        i++;
    return i == n ? append_ascii(buf, s, n) : append_unicode(buf, (const char *)s, n);
}

int warta_text__key_append(warta_token_buf *buf, const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t seg = 0, first = buf->keys_len;
    int rc;
    /* TeX-style `` and '' are one double quote mark, as the tokenizer sees them. */
    for (size_t i = 0; i + 1 < len; i++) {
        if ((s[i] == '`' || s[i] == '\'') && s[i + 1] == s[i]) {
            if (i > seg && (rc = append_segment(buf, s + seg, i - seg)) != WARTA_OK)
                return rc;
            if (warta_token_buf__reserve_keys(buf, 1) != WARTA_OK)
                return WARTA_ENOMEM;
            buf->keys[buf->keys_len++] = '"';
            seg = i + 2;
            i++;
        }
    }
    if (len > seg && (rc = append_segment(buf, s + seg, len - seg)) != WARTA_OK)
        return rc;
    /* Text made only of ignorables (a lone variation selector) keeps its
     * bytes: an empty key would match nothing sensibly. */
    if (buf->keys_len == first && len > 0 && (rc = append_ascii(buf, s, len)) != WARTA_OK)
        return rc;
    if (warta_token_buf__reserve_keys(buf, 1) != WARTA_OK)
        return WARTA_ENOMEM;
    buf->keys[buf->keys_len++] = '\0';
    return WARTA_OK;
}

int warta_text__normalize(const char *text, size_t len, char **out, size_t *out_len)
{
    warta_token_buf buf;
    memset(&buf, 0, sizeof buf);
    int rc = warta_text__key_append(&buf, text, len);
    if (rc != WARTA_OK) {
        warta_token_buf__free(&buf);
        *out = NULL;
        if (out_len)
            *out_len = 0;
        return rc;
    }
    *out = buf.keys;
    if (out_len)
        *out_len = buf.keys_len - 1;
    return WARTA_OK;
}
