/*
 * core/text.h — UTF-8 checking, normalised keys, tokenizer and sentence
 * splitter.  Private to the core (never installed).
 *
 * The tokenizer makes one pass over the bytes.  Tokens are offsets into the
 * original text, never copies; each token's normalised key (NFC, case fold,
 * quote marks folded to " and ', dashes to -) is stored once in a single
 * key buffer owned by warta_tokens, so normalisation never moves an offset.
 */
#ifndef WARTA_CORE_TEXT_H
#define WARTA_CORE_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "warta/plugin.h"

/* Checks that text is valid UTF-8 (no overlongs, no surrogates).  Returns
 * WARTA_OK, or WARTA_EUTF8 with the offset of the first bad byte in
 * *bad_offset. NUL bytes are valid UTF-8 and accepted. */
int warta_utf8__validate(const char *text, size_t len, size_t *bad_offset);

/* Number of code points in text[0, len) (text is valid UTF-8). */
size_t warta_utf8__count(const char *text, size_t len);

/* Byte offset of every code point of valid UTF-8 text, plus one entry for
 * the end: a malloc'ed array of (*n_chars + 1) offsets, NULL when out of
 * memory.  For formats that count characters (brat). */
uint32_t *warta_utf8__char_starts(const char *text, size_t len, uint32_t *n_chars);

/* Decodes the code point starting at text[i] (i < len) into *cp and returns
 * its length in bytes; an ill-formed byte decodes as U+FFFD of length 1. */
size_t warta_utf8__decode(const char *text, size_t len, size_t i, int32_t *cp);

/* Offset of the code point that ends just before byte i (0 when i is 0). */
size_t warta_utf8__prev(const char *text, size_t i);

/* Writes the normalised key of text[0, len) into a malloc'ed NUL-terminated
 * string (*out, length in *out_len).  Returns WARTA_OK or WARTA_ENOMEM. */
int warta_text__normalize(const char *text, size_t len, char **out, size_t *out_len);

typedef struct warta_tokens {
    warta_token *tokens;       uint32_t n_tokens;
    warta_sentence *sentences; uint32_t n_sentences;
    char *keys;                size_t keys_len;   /* storage behind tokens[i].key */
    uint32_t *key_hashes;      /* warta_text__key_hash of each token's key    */
} warta_tokens;

/* FNV-1a of a token key, never 0 (lexicon matching lets 0 stand for a
 * token without a key).  The tokenizer computes it as it writes each key. */
enum { WARTA_KEY_HASH_SEED = 2166136261u, WARTA_KEY_HASH_PRIME = 16777619u };
static inline uint32_t warta_text__key_hash(const char *key)
{
    uint32_t h = WARTA_KEY_HASH_SEED;
    for (const unsigned char *p = (const unsigned char *)key; *p; p++)
        h = (h ^ *p) * WARTA_KEY_HASH_PRIME;
    return h ? h : 1;
}

/* Tokenizes and splits text (valid UTF-8) into *out, which the caller
 * releases with warta_tokens__free.  Returns WARTA_OK or WARTA_ENOMEM.
 * Sentences never cross a line break; abbreviations (core/data/
 * abbreviations.tsv, Indonesian and English) and initials do not end one. */
int warta_tokens__build(const char *text, size_t len, warta_tokens *out);
void warta_tokens__free(warta_tokens *tokens);

/* ---- building blocks (tokenizer, lexicon, tests) ----------------------- */

/* Growable token and key storage.  A caller that tokenizes many short
 * strings (lexicon phrases, lookups) may point tokens/keys at its own
 * arrays, e.g. on the stack, with *_cap set and *_heap 0: the tokenizer
 * moves an array to the heap only when it overflows.  Zero-initialise
 * otherwise, and release with warta_token_buf__free. */
typedef struct warta_token_buf {
    warta_token *tokens; uint32_t n_tokens, tokens_cap;
    char *keys;          size_t keys_len, keys_cap;
    unsigned char tokens_heap, keys_heap;   /* 1 when the array is ours to free */
    /* With want_hashes set, hashes[i] is warta_text__key_hash of token i's
     * key; the array has the tokens' room and owner (a caller giving stack
     * tokens gives stack hashes of the same size). */
    unsigned char want_hashes;
    uint32_t *hashes;
} warta_token_buf;

void warta_token_buf__free(warta_token_buf *buf);
/* Grows buf->keys so that `extra` more bytes fit.  WARTA_OK or WARTA_ENOMEM. */
int warta_token_buf__reserve_keys(warta_token_buf *buf, size_t extra);

/* Tokenizes text into buf (replacing what it held) without splitting
 * sentences: every token's sentence is 0.  Keys point into buf->keys.
 * Returns WARTA_OK, WARTA_ENOMEM, or WARTA_EINVAL when len does not fit
 * the 32-bit offsets. */
int warta_tokens__scan(const char *text, size_t len, warta_token_buf *buf);

/* Appends the normalised key of text[0, len) and its NUL to buf->keys. */
int warta_text__key_append(warta_token_buf *buf, const char *text, size_t len);

/* Splits tokens (from warta_tokens__scan over the same text) into
 * sentences, setting tokens[i].sentence and SENT_START flags.  *out is
 * malloc'ed (NULL when there are no tokens). */
int warta_sentence__split(const char *text, size_t len, warta_token *tokens, uint32_t n_tokens,
                          warta_sentence **out, uint32_t *n_out);

/* How the compiled-in abbreviation list treats the exact surface text[0,
 * len) (e.g. "Dr." or "dll."). */
enum { WARTA_ABBR_NONE = 0, WARTA_ABBR_TITLE = 1, WARTA_ABBR_END = 2 };
int warta_sentence__abbreviation(const char *text, size_t len);

#endif
