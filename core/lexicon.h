/*
 * core/lexicon.h — the shared lexicon matcher behind host->lexicon_*.
 *
 * A lexicon is a UTF-8 TSV file: first column a phrase, the rest a value the
 * matcher hands back untouched; '#' starts a comment line; blank lines are
 * skipped.  Each phrase is tokenized with the document tokenizer and stored
 * as a path of normalised token keys in a trie, so matching a document walks
 * tokens, never re-normalises text, and the longest entry wins.  Duplicate
 * phrases: the first line wins.
 */
#ifndef WARTA_CORE_LEXICON_H
#define WARTA_CORE_LEXICON_H

#include <stddef.h>

#include "warta/plugin.h"

/* Compiles the TSV at path.  On failure returns a negative code and writes
 * a message naming the file (and line, for a malformed one) into err. */
int warta_lexicon__load(const char *path, warta_lexicon **out, char *err, size_t err_size);
/* Compiles from memory (tests, embedded data); name is used in messages. */
int warta_lexicon__load_buffer(const char *name, const char *data, size_t len,
                               warta_lexicon **out, char *err, size_t err_size);
void warta_lexicon__free(warta_lexicon *lexicon);
uint32_t warta_lexicon__entry_count(const warta_lexicon *lexicon);

/* Longest entry starting at doc->tokens[tok]; fills *match, returns n_tokens. */
uint32_t warta_lexicon__match(const warta_lexicon *lexicon, const warta_doc *doc,
                              uint32_t tok, warta_lexicon_match *match);
/* Binds a document's key hashes (warta_tokens.key_hashes, made by the
 * tokenizer) to this thread while the plugins run, so each match reuses
 * them; unbind with (NULL, 0, NULL) before freeing.  A match on any other
 * token array hashes as it goes. */
void warta_lexicon__bind_hashes(const warta_token *tokens, uint32_t n, const uint32_t *hashes);
/* Exact lookup of one phrase; returns its value columns ("" when none) or NULL. */
const char *warta_lexicon__lookup(const warta_lexicon *lexicon, const char *text, size_t len);

#endif
