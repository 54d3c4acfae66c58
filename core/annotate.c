/*
 * core/annotate.c — one document through the pipeline: check the bytes,
 * tokenize, run the plugins in dependency order, merge, link, build the
 * result.  Reentrant: everything per document lives on this call's stack
 * and heap, and the engine is read-only once loaded.
 */
#include "engine.h"
#include "lexicon.h"
#include "result.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fail(char *errbuf, size_t size, int code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
static int fail(char *errbuf, size_t size, int code, const char *fmt, ...)
{
    if (errbuf && size) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(errbuf, size, fmt, ap);
        va_end(ap);
    }
    return code;
}

/* A copy of text with each byte that is not part of a well-formed UTF-8
 * sequence replaced by U+001A SUBSTITUTE: one byte for one byte, so every
 * offset still points at the original bytes.  `bad` is the first such byte.
 * SUB is a control character, so the tokenizer sees a space there. */
static char *repair_utf8(const char *text, size_t len, size_t bad, size_t *n_repaired)
{
    char *copy = malloc(len + 1);
    if (!copy)
        return NULL;
    memcpy(copy, text, len);
    copy[len] = '\0';
    size_t at = 0, n = 0;
    do {
        at += bad;
        copy[at++] = 0x1A;
        n++;
    } while (warta_utf8__validate(copy + at, len - at, &bad) < 0);
    *n_repaired = n;
    return copy;
}

/* Runs every plugin; later plugins see a snapshot of what earlier ones
 * emitted, because emit() may move the store's array. */
static int run_plugins(warta_engine *e, warta_store *store, warta_doc *doc, char *errbuf,
                       size_t size)
{
    warta_annotation *snapshot = NULL;
    warta_sink sink = {store, warta_store__emit};
    int rc = WARTA_OK;
    for (uint32_t r = 0; r < e->n_run; r++) {
        warta_loaded_plugin *p = &e->plugins[e->run_order[r]];
        if (store->n) {
            warta_annotation *g = realloc(snapshot, store->n * sizeof *g);
            if (!g) {
                rc = fail(errbuf, size, WARTA_ENOMEM, "out of memory");
                break;
            }
            snapshot = g;
            memcpy(snapshot, store->anns, store->n * sizeof *g);
        }
        doc->annotations = snapshot;
        doc->n_annotations = store->n;
        store->plugin = p->info.name;
        store->error[0] = '\0';
        warta_host__clear_thread_error();
        rc = p->desc.process(p->instance, doc, &sink);
        if (rc < 0) {
            const char *why = warta_host__thread_error()[0] ? warta_host__thread_error()
                                                            : store->error;
            rc = fail(errbuf, size, rc, "plugin %s failed (%s)%s%s", p->info.name,
                      warta_strerror(rc), why[0] ? ": " : "", why);
            break;
        }
        rc = WARTA_OK; /* WARTA_STOP ends one plugin's work, not the document's */
    }
    free(snapshot);
    return rc;
}

int warta_annotate_r(warta_engine *e, const char *text, size_t len, const char *id,
                     const char *lang, warta_result **out, char *errbuf, size_t size)
{
    if (errbuf && size)
        errbuf[0] = '\0';
    if (!out)
        return fail(errbuf, size, WARTA_EINVAL, "no place for the result");
    *out = NULL;
    if (!e || !e->loaded)
        return fail(errbuf, size, WARTA_EINVAL, "the engine has no plugins loaded: call "
                    "warta_engine_load first");
    if (!text && len)
        return fail(errbuf, size, WARTA_EINVAL, "no text");
    if (len >= UINT32_MAX)
        return fail(errbuf, size, WARTA_EINVAL, "document of %zu bytes is over the 4 GiB limit",
                    len);
    size_t bad, n_repaired = 0;
    char *repaired = NULL;
    if (warta_utf8__validate(text ? text : "", len, &bad) < 0) {
        if (!e->invalid_replace)
            return fail(errbuf, size, WARTA_EUTF8, "invalid UTF-8 at byte offset %zu (byte 0x%02X)",
                        bad, (unsigned)(unsigned char)text[bad]);
        if (!(repaired = repair_utf8(text, len, bad, &n_repaired)))
            return fail(errbuf, size, WARTA_ENOMEM, "out of memory");
        text = repaired;
    }

    warta_tokens tokens;
    memset(&tokens, 0, sizeof tokens);
    if (warta_tokens__build(text ? text : "", len, &tokens) < 0) {
        free(repaired);
        return fail(errbuf, size, WARTA_ENOMEM, "out of memory while tokenizing");
    }

    warta_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.struct_size = sizeof doc;
    doc.len = (uint32_t)len;
    doc.text = text ? text : "";
    doc.id = id ? id : "";
    doc.lang = lang ? lang : "";
    doc.tokens = tokens.tokens;
    doc.n_tokens = tokens.n_tokens;
    doc.sentences = tokens.sentences;
    doc.n_sentences = tokens.n_sentences;

    warta_store store;
    warta_store__init(&store, doc.text, doc.len);
    const char **names = malloc((e->n_run ? e->n_run : 1) * sizeof *names);
    int rc = names ? WARTA_OK : fail(errbuf, size, WARTA_ENOMEM, "out of memory");
    if (rc == WARTA_OK) {
        /* every lexicon match during process() reuses the key hashes the
         * tokenizer computed */
        warta_lexicon__bind_hashes(tokens.tokens, tokens.n_tokens, tokens.key_hashes);
        rc = run_plugins(e, &store, &doc, errbuf, size);
        warta_lexicon__bind_hashes(NULL, 0, NULL);
    }
    if (rc == WARTA_OK) {
        for (uint32_t r = 0; r < e->n_run; r++)
            names[r] = e->plugins[e->run_order[r]].info.name;
        rc = warta_result__from_store(&store, &tokens, names, e->n_run, id, lang, out);
    }
    if (rc == WARTA_OK)
        (*out)->repaired = n_repaired;
    if (rc < 0 && errbuf && size && !errbuf[0])
        fail(errbuf, size, rc, "%s", warta_strerror(rc));
    free(names);
    warta_store__release(&store);
    warta_tokens__free(&tokens);
    free(repaired);
    return rc;
}

int warta_annotate(warta_engine *e, const char *text, size_t len, const char *id,
                   const char *lang, warta_result **out)
{
    char err[WARTA_MSG_SIZE];
    int rc = warta_annotate_r(e, text, len, id, lang, out, err, sizeof err);
    if (rc < 0 && e)
        snprintf(e->error, sizeof e->error, "%s", err);
    return rc;
}

size_t warta_result_repaired(const warta_result *r)
{
    return r ? r->repaired : 0;
}
