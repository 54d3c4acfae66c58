#include "input.h"

#include "files.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "warta/plugin.h"

static int report(input_fn fn, void *payload, const char *id, int code, const char *message)
{
    input_doc d = {id, NULL, NULL, 0, code, message, NULL, 0};
    return fn(&d, payload);
}

/* cJSON ends its strings at a NUL, so a record whose strings hold "\u0000"
 * would silently lose the rest of its text: refuse it instead.  Outside
 * strings valid JSON has no backslash, so pairs can be read from the start.
 * Backslashes are found with memchr: news text has one every few dozen
 * bytes, and a byte loop cost 7 instructions a byte of input. */
static int has_escaped_nul(const char *s, size_t n)
{
    const char *end = s + n, *p = s;
    while (end - p >= 2 && (p = memchr(p, '\\', (size_t)(end - p - 1))) != NULL) {
        if (p[1] == 'u' && end - p >= 6 && memcmp(p + 2, "0000", 4) == 0)
            return 1;
        p += 2; /* the escaped character is no escape itself */
    }
    return 0;
}

static int read_jsonl(FILE *f, const char *name, input_fn fn, void *payload)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    long lineno = 0;
    int rc = 0;
    while (rc == 0 && (got = getline(&line, &cap, f)) >= 0) {
        lineno++;
        char where[512];
        snprintf(where, sizeof where, "%s:%ld", name, lineno);
        size_t n = (size_t)got;
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r' || line[n - 1] == ' ' ||
                     line[n - 1] == '\t'))
            n--;
        if (n == 0)
            continue; /* a blank line (white space only) is not a record */
        cJSON *rec = cJSON_ParseWithLength(line, n);
        if (!rec || !cJSON_IsObject(rec)) {
            cJSON_Delete(rec);
            rc = report(fn, payload, where, WARTA_EINVAL, "line is not a JSON object");
            continue;
        }
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(rec, "id");
        const cJSON *text = cJSON_GetObjectItemCaseSensitive(rec, "text");
        const cJSON *lang = cJSON_GetObjectItemCaseSensitive(rec, "lang");
        char idbuf[64];
        const char *doc_id = where;
        if (cJSON_IsString(id))
            doc_id = id->valuestring;
        else if (cJSON_IsNumber(id))
            snprintf(idbuf, sizeof idbuf, "%.17g", id->valuedouble), doc_id = idbuf;
        if (!cJSON_IsString(text)) {
            rc = report(fn, payload, doc_id, WARTA_EINVAL, "record has no \"text\" string");
        } else if (has_escaped_nul(line, n)) {
            rc = report(fn, payload, doc_id, WARTA_EINVAL, "record holds \\u0000 (a NUL "
                        "character), which JSONL input cannot carry; give such a text as a file");
        } else {
            input_doc d = {doc_id, cJSON_IsString(lang) ? lang->valuestring : NULL,
                           text->valuestring, strlen(text->valuestring), 0, NULL, NULL, 0};
            rc = fn(&d, payload);
        }
        cJSON_Delete(rec);
    }
    free(line);
    return rc;
}

/* X.txt, X.ann or X: the pair X.txt + X.ann is one document. */
static int read_brat(const char *path, input_fn fn, void *payload)
{
    char stem[4096], txt[4200], ann[4200];
    snprintf(stem, sizeof stem, "%s", path);
    if (cli_has_suffix(stem, ".txt") || cli_has_suffix(stem, ".ann"))
        stem[strlen(stem) - 4] = '\0';
    snprintf(txt, sizeof txt, "%s.txt", stem);
    snprintf(ann, sizeof ann, "%s.ann", stem);
    size_t tlen = 0, alen = 0;
    char *text = cli_read_file(txt, &tlen), *annot = text ? cli_read_file(ann, &alen) : NULL;
    int rc;
    if (!text || !annot) {
        char msg[4400];
        snprintf(msg, sizeof msg, "cannot read %s: %s", text ? ann : txt, strerror(errno));
        rc = report(fn, payload, txt, WARTA_EIO, msg);
    } else {
        input_doc d = {txt, NULL, text, tlen, 0, NULL, annot, alen};
        rc = fn(&d, payload);
    }
    free(text);
    free(annot);
    return rc;
}

static int read_file(const char *path, input_mode mode, input_fn fn, void *payload)
{
    if (mode == INPUT_BRAT)
        return read_brat(path, fn, payload);
    int is_stdin = strcmp(path, "-") == 0;
    const char *name = is_stdin ? "stdin" : path;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        char msg[512];
        snprintf(msg, sizeof msg, "cannot open %s: %s", path, strerror(errno));
        return report(fn, payload, name, WARTA_EIO, msg);
    }
    int rc;
    if (mode == INPUT_JSONL || (mode == INPUT_AUTO && cli_has_suffix(path, ".jsonl"))) {
        rc = read_jsonl(f, name, fn, payload);
    } else {
        size_t len = 0;
        char *text = cli_read_stream(f, &len);
        if (!text) {
            char msg[512];
            snprintf(msg, sizeof msg, "cannot read %s: %s", path, strerror(errno));
            rc = report(fn, payload, name, WARTA_EIO, msg);
        } else {
            input_doc d = {name, NULL, text, len, 0, NULL, NULL, 0};
            rc = fn(&d, payload);
        }
        free(text);
    }
    if (!is_stdin)
        fclose(f);
    return rc;
}

static int read_dir(const char *dir, input_mode mode, input_fn fn, void *payload)
{
    const char *want = mode == INPUT_JSONL ? ".jsonl" : mode == INPUT_BRAT ? ".ann" : ".txt";
    size_t n = 0;
    char **names = cli_list_dir(dir, want, &n);
    if (!names) {
        char msg[512];
        snprintf(msg, sizeof msg, "cannot read directory %s: %s", dir, strerror(errno));
        return report(fn, payload, dir, WARTA_EIO, msg);
    }
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++)
        rc = read_file(names[i], mode, fn, payload);
    cli_free_list(names, n);
    return rc;
}

int input_read(const char *arg, input_mode mode, input_fn fn, void *payload)
{
    struct stat st;
    if (strcmp(arg, "-") != 0 && stat(arg, &st) == 0 && S_ISDIR(st.st_mode))
        return read_dir(arg, mode, fn, payload);
    return read_file(arg, mode, fn, payload);
}
