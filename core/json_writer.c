/*
 * core/json_writer.c — the JSON/JSONL output (docs/output-schema.md); ids are
 * "E<n>", "M<n>", "Q<n>", numbered from 1 in text order.
 *
 * The record is written straight into one growing buffer, not built as a
 * cJSON tree: the tree cost one allocation per key and a printf/sscanf round
 * trip per number, and was half the time of `warta annotate`.  Strings are
 * written with their length, so a NUL byte in the text comes out as \u0000
 * instead of ending the string.  Pretty output re-indents the compact form,
 * so both forms always hold the same record.
 */
#include "result.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct jbuf {
    char *p;
    size_t n, cap;
    int oom;
} jbuf;

static int reserve(jbuf *b, size_t extra)
{
    if (b->oom)
        return 0;
    if (b->cap - b->n >= extra)
        return 1;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap - b->n < extra) {
        if (cap > SIZE_MAX / 2) {
            b->oom = 1;
            return 0;
        }
        cap *= 2;
    }
    char *g = realloc(b->p, cap);
    if (!g) {
        b->oom = 1;
        return 0;
    }
    b->p = g;
    b->cap = cap;
    return 1;
}

static void put(jbuf *b, const char *s, size_t n)
{
    if (reserve(b, n)) {
        memcpy(b->p + b->n, s, n);
        b->n += n;
    }
}

/* Only for string literals: sizeof counts their bytes. */
#define PUT_LIT(b, lit) put((b), "" lit, sizeof(lit) - 1)

static void put_u32(jbuf *b, uint32_t v)
{
    char tmp[10];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    if (reserve(b, (size_t)n))
        while (n)
            b->p[b->n++] = tmp[--n];
}

/* Bytes that JSON strings must escape: controls, '"' and '\\'. */
static const unsigned char needs_escape[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
};

/* A JSON string literal of s[0, n); the escapes are cJSON's, so the output
 * did not change when the writer did. */
static void put_str(jbuf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *u = (const unsigned char *)s;
    PUT_LIT(b, "\"");
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        if (!needs_escape[u[i]])
            continue;
        put(b, s + run, i - run);
        run = i + 1;
        char esc[6] = {'\\', 0, 0, 0, 0, 0};
        size_t len = 2;
        switch (u[i]) {
        case '"': esc[1] = '"'; break;
        case '\\': esc[1] = '\\'; break;
        case '\b': esc[1] = 'b'; break;
        case '\f': esc[1] = 'f'; break;
        case '\n': esc[1] = 'n'; break;
        case '\r': esc[1] = 'r'; break;
        case '\t': esc[1] = 't'; break;
        default:
            esc[1] = 'u';
            esc[2] = esc[3] = '0';
            esc[4] = hex[u[i] >> 4];
            esc[5] = hex[u[i] & 15];
            len = 6;
        }
        put(b, esc, len);
    }
    put(b, s + run, n - run);
    PUT_LIT(b, "\"");
}

static void put_cstr(jbuf *b, const char *s)
{
    s = s ? s : "";
    put_str(b, s, strlen(s));
}

/* "key": with the comma before it unless it opens its object. */
static void put_key(jbuf *b, const char *key, int first)
{
    if (!first)
        PUT_LIT(b, ",");
    PUT_LIT(b, "\"");
    put(b, key, strlen(key)); /* keys are ours: plain ASCII, nothing to escape */
    PUT_LIT(b, "\":");
}

static void put_id(jbuf *b, char prefix, int32_t index)
{
    if (index < 0) {
        PUT_LIT(b, "null");
        return;
    }
    char c[2] = {'"', prefix};
    put(b, c, 2);
    put_u32(b, (uint32_t)index + 1);
    PUT_LIT(b, "\"");
}

/* A score to three decimals, as the shortest decimal ("0.85", "1", "0"). */
static void put_score(jbuf *b, float score)
{
    double d = (double)score * 1000.0 + 0.5;
    uint32_t k = !(d >= 0) ? 0 : d >= 1000.0 ? 1000 : (uint32_t)d;
    if (k == 0 || k == 1000) {
        put(b, k ? "1" : "0", 1);
        return;
    }
    char digits[5] = {'0', '.', (char)('0' + k / 100), (char)('0' + k / 10 % 10),
                      (char)('0' + k % 10)};
    size_t n = 5;
    while (digits[n - 1] == '0')
        n--;
    put(b, digits, n);
}

static void put_span(jbuf *b, const warta_result *r, uint32_t start, uint32_t end, uint32_t cstart,
                     uint32_t cend, int with_text, int first)
{
    put_key(b, "start", first);
    put_u32(b, start);
    put_key(b, "end", 0);
    put_u32(b, end);
    put_key(b, "char_start", 0);
    put_u32(b, cstart);
    put_key(b, "char_end", 0);
    put_u32(b, cend);
    if (with_text) {
        put_key(b, "text", 0);
        put_str(b, r->text + start, end - start);
    }
}

static void put_span_object(jbuf *b, const warta_result *r, const warta_span *s)
{
    PUT_LIT(b, "{");
    put_span(b, r, s->start, s->end, s->char_start, s->char_end, 1, 1);
    PUT_LIT(b, "}");
}

static void put_entities(jbuf *b, const warta_result *r)
{
    put_key(b, "entities", 0);
    PUT_LIT(b, "[");
    for (uint32_t i = 0; i < r->n_entities; i++) {
        const warta_entity *e = &r->entities[i];
        if (i)
            PUT_LIT(b, ",");
        PUT_LIT(b, "{");
        put_key(b, "id", 1);
        put_id(b, 'E', (int32_t)i);
        put_key(b, "type", 0);
        put_cstr(b, e->type);
        put_key(b, "name", 0);
        put_cstr(b, e->name);
        put_key(b, "role", 0);
        if (e->role)
            put_cstr(b, e->role);
        else
            PUT_LIT(b, "null");
        put_key(b, "affiliation", 0);
        put_id(b, 'E', e->affiliation);
        put_key(b, "mentions", 0);
        PUT_LIT(b, "[");
        for (uint32_t k = 0; k < e->n_mentions; k++) {
            if (k)
                PUT_LIT(b, ",");
            put_id(b, 'M', (int32_t)e->mentions[k]);
        }
        PUT_LIT(b, "]}");
    }
    PUT_LIT(b, "]");
}

static void put_mention(jbuf *b, const warta_result *r, uint32_t i)
{
    const warta_mention *m = &r->mentions[i];
    PUT_LIT(b, "{");
    put_key(b, "id", 1);
    put_id(b, 'M', (int32_t)i);
    put_key(b, "entity", 0);
    put_id(b, 'E', m->entity);
    put_key(b, "type", 0);
    put_cstr(b, m->type);
    put_span(b, r, m->start, m->end, m->char_start, m->char_end, 1, 0);
    put_key(b, "plugin", 0);
    put_cstr(b, m->plugin);
    put_key(b, "score", 0);
    put_score(b, m->score);
    if (m->role) {
        put_key(b, "role", 0);
        PUT_LIT(b, "{");
        put_key(b, "text", 1);
        put_cstr(b, m->role);
        if (m->role_start >= 0)
            put_span(b, r, (uint32_t)m->role_start, (uint32_t)m->role_end, r->role_chars[i][0],
                     r->role_chars[i][1], 0, 0);
        PUT_LIT(b, "}");
    }
    if (m->affiliation >= 0) {
        put_key(b, "affiliation", 0);
        put_id(b, 'M', m->affiliation);
    }
    if (r->mention_parent[i] >= 0) {
        put_key(b, "parent", 0);
        put_id(b, 'M', r->mention_parent[i]);
    }
    if (m->n_attrs) {
        put_key(b, "attrs", 0);
        PUT_LIT(b, "{");
        int first = 1;
        for (uint32_t a = 0; a < m->n_attrs; a++) {
            /* a key set twice keeps its first value: JSON keys are unique */
            uint32_t seen = 0;
            while (seen < a && strcmp(m->attrs[seen].key, m->attrs[a].key) != 0)
                seen++;
            if (seen < a)
                continue;
            if (!first)
                PUT_LIT(b, ",");
            first = 0;
            put_cstr(b, m->attrs[a].key);
            PUT_LIT(b, ":");
            put_cstr(b, m->attrs[a].value);
        }
        PUT_LIT(b, "}");
    }
    PUT_LIT(b, "}");
}

static void put_quote(jbuf *b, const warta_result *r, uint32_t i)
{
    const warta_quote *q = &r->quotes[i];
    PUT_LIT(b, "{");
    put_key(b, "id", 1);
    put_id(b, 'Q', (int32_t)i);
    put_key(b, "kind", 0);
    put_cstr(b, q->kind);
    put_span(b, r, q->span.start, q->span.end, q->span.char_start, q->span.char_end, 0, 0);
    put_key(b, "content", 0);
    PUT_LIT(b, "[");
    for (uint32_t c = 0; c < q->n_content; c++) {
        if (c)
            PUT_LIT(b, ",");
        put_span_object(b, r, &q->content[c]);
    }
    PUT_LIT(b, "]");
    put_key(b, "cue", 0);
    if (q->has_cue)
        put_span_object(b, r, &q->cue);
    else
        PUT_LIT(b, "null");
    put_key(b, "speaker", 0);
    if (q->speaker_mention < 0 && !q->has_speaker_span) {
        PUT_LIT(b, "null");
    } else {
        PUT_LIT(b, "{");
        if (q->has_speaker_span)
            put_span(b, r, q->speaker_span.start, q->speaker_span.end, q->speaker_span.char_start,
                     q->speaker_span.char_end, 1, 1);
        put_key(b, "mention", !q->has_speaker_span);
        put_id(b, 'M', q->speaker_mention);
        put_key(b, "entity", 0);
        put_id(b, 'E', q->speaker_entity);
        PUT_LIT(b, "}");
    }
    put_key(b, "plugin", 0);
    put_cstr(b, q->plugin);
    put_key(b, "score", 0);
    put_score(b, q->score);
    PUT_LIT(b, "}");
}

static void put_record(jbuf *b, const warta_result *r, unsigned flags)
{
    PUT_LIT(b, "{");
    put_key(b, "schema", 1);
    put_cstr(b, WARTA_SCHEMA_VERSION);
    put_key(b, "id", 0);
    put_cstr(b, r->id);
    put_key(b, "lang", 0);
    put_cstr(b, r->lang);
    if (r->repaired) {
        put_key(b, "repaired", 0);
        put_u32(b, r->repaired > UINT32_MAX ? UINT32_MAX : (uint32_t)r->repaired);
    }
    if (!(flags & WARTA_JSON_NO_TEXT)) {
        put_key(b, "text", 0);
        put_str(b, r->text, r->len);
    }
    put_entities(b, r);
    put_key(b, "mentions", 0);
    PUT_LIT(b, "[");
    for (uint32_t i = 0; i < r->n_mentions; i++) {
        if (i)
            PUT_LIT(b, ",");
        put_mention(b, r, i);
    }
    PUT_LIT(b, "]");
    put_key(b, "quotes", 0);
    PUT_LIT(b, "[");
    for (uint32_t i = 0; i < r->n_quotes; i++) {
        if (i)
            PUT_LIT(b, ",");
        put_quote(b, r, i);
    }
    PUT_LIT(b, "]}");
}

static void indent(jbuf *b, int depth)
{
    if (reserve(b, 1 + 2 * (size_t)depth)) {
        b->p[b->n++] = '\n';
        memset(b->p + b->n, ' ', 2 * (size_t)depth);
        b->n += 2 * (size_t)depth;
    }
}

/* Compact JSON (as put_record writes it: no white space outside strings)
 * re-indented two spaces a level; empty containers stay "[]" and "{}". */
static void pretty(jbuf *b, const char *s, size_t n)
{
    int depth = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '"') {
            size_t j = i + 1;
            while (j < n && s[j] != '"')
                j += s[j] == '\\' ? 2 : 1;
            if (j >= n)
                j = n - 1;
            put(b, s + i, j + 1 - i);
            i = j;
        } else if (c == '{' || c == '[') {
            put(b, &c, 1);
            if (i + 1 < n && (s[i + 1] == '}' || s[i + 1] == ']')) {
                put(b, s + ++i, 1);
            } else {
                indent(b, ++depth);
            }
        } else if (c == '}' || c == ']') {
            indent(b, --depth);
            put(b, &c, 1);
        } else if (c == ',') {
            put(b, &c, 1);
            indent(b, depth);
        } else if (c == ':') {
            PUT_LIT(b, ": ");
        } else {
            put(b, &c, 1);
        }
    }
}

/* The record in b (NUL-terminated, without newline), or 0 when out of memory. */
static int render(jbuf *b, const warta_result *r, unsigned flags)
{
    memset(b, 0, sizeof *b);
    put_record(b, r, flags);
    if (flags & WARTA_JSON_PRETTY) {
        jbuf p = {0};
        if (!b->oom)
            pretty(&p, b->p, b->n);
        free(b->p);
        *b = p;
    }
    PUT_LIT(b, "\0");
    if (b->oom) {
        free(b->p);
        b->p = NULL;
        return 0;
    }
    b->n--;
    return 1;
}

char *warta_result_to_json(const warta_result *r, unsigned flags)
{
    jbuf b;
    return r && render(&b, r, flags) ? b.p : NULL;
}

int warta_result_write_json(const warta_result *r, FILE *out, unsigned flags)
{
    jbuf b;
    if (!r || !render(&b, r, flags))
        return WARTA_ENOMEM;
    b.p[b.n] = '\n';
    int rc = fwrite(b.p, 1, b.n + 1, out) == b.n + 1 ? WARTA_OK : WARTA_EIO;
    free(b.p);
    return rc;
}

char *warta_error_record_json(const char *id, int code, const char *message)
{
    cJSON *root = cJSON_CreateObject();
    cJSON *err = root ? cJSON_CreateObject() : NULL;
    char *s = NULL;
    if (err && cJSON_AddStringToObject(root, "schema", WARTA_SCHEMA_VERSION) &&
        cJSON_AddStringToObject(root, "id", id ? id : "") &&
        cJSON_AddItemToObject(root, "error", err)) {
        if (cJSON_AddNumberToObject(err, "code", code) &&
            cJSON_AddStringToObject(err, "kind", warta_strerror(code)) &&
            cJSON_AddStringToObject(err, "message", message ? message : warta_strerror(code)))
            s = cJSON_PrintUnformatted(root);
    } else {
        cJSON_Delete(err);
    }
    cJSON_Delete(root);
    return s;
}
