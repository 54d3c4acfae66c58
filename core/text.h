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

/* Writes the normalised key of text[0, len) into a malloc'ed NUL-terminated
 * string (*out, length in *out_len).  Returns WARTA_OK or WARTA_ENOMEM. */
int warta_text__normalize(const char *text, size_t len, char **out, size_t *out_len);

typedef struct warta_tokens {
    warta_token *tokens;       uint32_t n_tokens;
    warta_sentence *sentences; uint32_t n_sentences;
    char *keys;                size_t keys_len;   /* storage behind tokens[i].key */
} warta_tokens;

/* Tokenizes and splits text (valid UTF-8) into *out, which the caller
 * releases with warta_tokens__free.  Returns WARTA_OK or WARTA_ENOMEM.
 * Sentences never cross a line break; abbreviations (core/data/
 * abbreviations.tsv, Indonesian and English) and initials do not end one. */
int warta_tokens__build(const char *text, size_t len, warta_tokens *out);
void warta_tokens__free(warta_tokens *tokens);

#endif
