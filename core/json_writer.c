/*
 * core/json_writer.c — the JSON/JSONL output (docs/output-schema.md), built
 * and printed with cJSON like all of warta's JSON; ids are "E<n>", "M<n>",
 * "Q<n>", numbered from 1 in text order.
 *
 * Two things cJSON does not do the way this output needs are done around
 * it, still through cJSON: numbers are added raw (cJSON prints every number
 * as a double and reads it back to check the round trip, which was a fifth
 * of a whole run, and offsets are integers), and a string holding a NUL
 * byte (valid UTF-8, so a document may have one) is escaped piecewise by
 * cJSON and joined with \u0000, where a C string would end.
 */
#include "result.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Keys are string literals: cJSON's ...CS calls keep them without a copy,
 * which halves the allocations of a record. */
static cJSON *set(cJSON *obj, const char *key, cJSON *item)
{
    if (!item)
        return NULL;
    cJSON_AddItemToObjectCS(obj, key, item);
    return item;
}

static int set_str(cJSON *obj, const char *key, const char *value)
{
    return set(obj, key, cJSON_CreateString(value)) != NULL;
}

static int set_null(cJSON *obj, const char *key)
{
    return set(obj, key, cJSON_CreateNull()) != NULL;
}

/* Decimal digits of v into buf (at least 11 bytes), NUL-terminated. */
static char *format_u32(char *buf, uint32_t v)
{
    char tmp[10];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    for (int i = 0; i < n; i++)
        buf[i] = tmp[n - 1 - i];
    buf[n] = '\0';
    return buf;
}

/* cJSON's escaped form of s[0,n), NUL-free, without its quotes, appended. */
static int append_escaped(char **buf, size_t *len, size_t *cap, const char *s, size_t n)
{
    char *piece = malloc(n + 1);
    if (!piece)
        return 0;
    memcpy(piece, s, n);
    piece[n] = '\0';
    cJSON *str = cJSON_CreateString(piece);
    free(piece);
    char *printed = str ? cJSON_PrintUnformatted(str) : NULL;
    cJSON_Delete(str);
    if (!printed)
        return 0;
    size_t m = strlen(printed) - 2; /* drop the quotes */
    if (*len + m + 8 > *cap) {
        size_t ncap = (*len + m + 8) * 2;
        char *g = realloc(*buf, ncap);
        if (!g) {
            free(printed);
            return 0;
        }
        *buf = g;
        *cap = ncap;
    }
    memcpy(*buf + *len, printed + 1, m);
    *len += m;
    free(printed);
    return 1;
}

/* Adds s[0,n) as a JSON string, NUL bytes included (\u0000). */
static int add_text(cJSON *obj, const char *key, const char *s, size_t n)
{
    if (!memchr(s, '\0', n)) {
        char *copy = malloc(n + 1);
        if (!copy)
            return 0;
        memcpy(copy, s, n);
        copy[n] = '\0';
        int ok = set_str(obj, key, copy);
        free(copy);
        return ok;
    }
    size_t len = 1, cap = n + 16;
    char *raw = malloc(cap);
    if (!raw)
        return 0;
    raw[0] = '"';
    for (size_t at = 0; at <= n;) {
        const char *nul = memchr(s + at, '\0', n - at);
        size_t piece = nul ? (size_t)(nul - (s + at)) : n - at;
        if (!append_escaped(&raw, &len, &cap, s + at, piece)) {
            free(raw);
            return 0;
        }
        at += piece;
        if (!nul)
            break;
        memcpy(raw + len, "\\u0000", 6);
        len += 6;
        at++;
    }
    raw[len++] = '"';
    raw[len] = '\0';
    int ok = set(obj, key, cJSON_CreateRaw(raw)) != NULL;
    free(raw);
    return ok;
}

static int add_id(cJSON *obj, const char *key, char prefix, int32_t index)
{
    if (index < 0)
        return set_null(obj, key);
    char buf[16];
    buf[0] = prefix;
    format_u32(buf + 1, (uint32_t)index + 1);
    return set_str(obj, key, buf);
}

static int add_uint(cJSON *obj, const char *key, uint32_t value)
{
    char buf[16];
    return set(obj, key, cJSON_CreateRaw(format_u32(buf, value))) != NULL;
}

/* Three decimals, the trailing zeros dropped: 0.9, 0.857, 1. */
static int add_score(cJSON *obj, float score)
{
    char buf[8] = "0";
    long milli = lround((double)score * 1000.0);
    if (milli >= 1000) {
        buf[0] = '1';
    } else if (milli > 0) {
        int digits[3] = {(int)(milli / 100), (int)(milli / 10 % 10), (int)(milli % 10)};
        int n = 3;
        while (n > 1 && digits[n - 1] == 0)
            n--;
        buf[1] = '.';
        for (int i = 0; i < n; i++)
            buf[2 + i] = (char)('0' + digits[i]);
        buf[2 + n] = '\0';
    }
    return set(obj, "score", cJSON_CreateRaw(buf)) != NULL;
}

static int add_span(cJSON *obj, const warta_result *r, uint32_t start, uint32_t end,
                    uint32_t cstart, uint32_t cend, int with_text)
{
    if (!add_uint(obj, "start", start) || !add_uint(obj, "end", end) ||
        !add_uint(obj, "char_start", cstart) || !add_uint(obj, "char_end", cend))
        return 0;
    return !with_text || add_text(obj, "text", r->text + start, end - start);
}

static cJSON *span_object(const warta_result *r, const warta_span *s)
{
    cJSON *o = cJSON_CreateObject();
    if (o && !add_span(o, r, s->start, s->end, s->char_start, s->char_end, 1)) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

static int add_entity(cJSON *arr, const warta_result *r, uint32_t i)
{
    const warta_entity *e = &r->entities[i];
    cJSON *o = cJSON_CreateObject();
    if (!o || !cJSON_AddItemToArray(arr, o) || !add_id(o, "id", 'E', (int32_t)i) ||
        !set_str(o, "type", e->type) ||
        !add_text(o, "name", e->name, strlen(e->name)))
        return 0;
    if (e->role ? !set_str(o, "role", e->role)
                : !set_null(o, "role"))
        return 0;
    if (!add_id(o, "affiliation", 'E', e->affiliation))
        return 0;
    cJSON *ms = set(o, "mentions", cJSON_CreateArray());
    if (!ms)
        return 0;
    for (uint32_t k = 0; k < e->n_mentions; k++) {
        char buf[16];
        snprintf(buf, sizeof buf, "M%u", e->mentions[k] + 1);
        cJSON *s = cJSON_CreateString(buf);
        if (!s || !cJSON_AddItemToArray(ms, s))
            return 0;
    }
    return 1;
}

static int add_mention(cJSON *arr, const warta_result *r, uint32_t i)
{
    const warta_mention *m = &r->mentions[i];
    cJSON *o = cJSON_CreateObject();
    if (!o || !cJSON_AddItemToArray(arr, o) || !add_id(o, "id", 'M', (int32_t)i) ||
        !add_id(o, "entity", 'E', m->entity) || !set_str(o, "type", m->type) ||
        !add_span(o, r, m->start, m->end, m->char_start, m->char_end, 1) ||
        !set_str(o, "plugin", m->plugin ? m->plugin : "") ||
        !add_score(o, m->score))
        return 0;
    if (m->role) {
        cJSON *role = set(o, "role", cJSON_CreateObject());
        if (!role || !set_str(role, "text", m->role))
            return 0;
        if (m->role_start >= 0 &&
            !add_span(role, r, (uint32_t)m->role_start, (uint32_t)m->role_end,
                      r->role_chars[i][0], r->role_chars[i][1], 0))
            return 0;
    }
    if (m->affiliation >= 0 && !add_id(o, "affiliation", 'M', m->affiliation))
        return 0;
    if (r->mention_parent[i] >= 0 && !add_id(o, "parent", 'M', r->mention_parent[i]))
        return 0;
    if (m->n_attrs) {
        cJSON *attrs = set(o, "attrs", cJSON_CreateObject());
        if (!attrs)
            return 0;
        for (uint32_t a = 0; a < m->n_attrs; a++)
            if (!cJSON_GetObjectItemCaseSensitive(attrs, m->attrs[a].key) &&
                !cJSON_AddStringToObject(attrs, m->attrs[a].key, m->attrs[a].value))
                return 0;
    }
    return 1;
}

static int add_quote(cJSON *arr, const warta_result *r, uint32_t i)
{
    const warta_quote *q = &r->quotes[i];
    cJSON *o = cJSON_CreateObject();
    if (!o || !cJSON_AddItemToArray(arr, o) || !add_id(o, "id", 'Q', (int32_t)i) ||
        !set_str(o, "kind", q->kind) ||
        !add_span(o, r, q->span.start, q->span.end, q->span.char_start, q->span.char_end, 0))
        return 0;
    cJSON *content = set(o, "content", cJSON_CreateArray());
    if (!content)
        return 0;
    for (uint32_t c = 0; c < q->n_content; c++) {
        cJSON *s = span_object(r, &q->content[c]);
        if (!s || !cJSON_AddItemToArray(content, s))
            return 0;
    }
    if (q->has_cue) {
        cJSON *cue = span_object(r, &q->cue);
        if (!cue || !set(o, "cue", cue))
            return 0;
    } else if (!set_null(o, "cue")) {
        return 0;
    }
    if (q->speaker_mention < 0 && !q->has_speaker_span) {
        if (!set_null(o, "speaker"))
            return 0;
    } else {
        cJSON *sp = q->has_speaker_span ? span_object(r, &q->speaker_span) : cJSON_CreateObject();
        if (!sp || !set(o, "speaker", sp) ||
            !add_id(sp, "mention", 'M', q->speaker_mention) ||
            !add_id(sp, "entity", 'E', q->speaker_entity))
            return 0;
    }
    return set_str(o, "plugin", q->plugin ? q->plugin : "") &&
           add_score(o, q->score);
}

/* The record is written a piece at a time, each piece built and printed by
 * cJSON and freed before the next: the head (schema, id, lang, text), then
 * every entity, mention and quote.  Only the punctuation between the pieces
 * is written here, so a document with a million mentions never has a
 * million-node tree in memory. */
typedef struct json_out {
    FILE *out;
    int pretty;
    int ok;
    char *buf;      /* reused for every piece cJSON prints */
    size_t cap;
} json_out;

/* cJSON's text of item, in w->buf when it fits (no allocation per piece),
 * else freshly allocated (*owned set, caller frees). */
static char *print_piece(json_out *w, const cJSON *item, int *owned)
{
    *owned = 0;
    if (w->buf && w->cap && cJSON_PrintPreallocated((cJSON *)item, w->buf, (int)w->cap, w->pretty))
        return w->buf;
    char *text = w->pretty ? cJSON_Print(item) : cJSON_PrintUnformatted(item);
    if (!text)
        return NULL;
    /* cJSON asks for 5 spare bytes; keep room for a piece twice this size */
    size_t want = strlen(text) * 2 + 64;
    if (want > w->cap && want < (size_t)INT32_MAX) {
        char *g = realloc(w->buf, want);
        if (g) {
            w->buf = g;
            w->cap = want;
        }
    }
    *owned = 1;
    return text;
}

static void put(json_out *w, const char *s, size_t n)
{
    if (w->ok && fwrite(s, 1, n, w->out) != n)
        w->ok = 0;
}

static void put_str(json_out *w, const char *s)
{
    put(w, s, strlen(s));
}

/* cJSON's text of item, nested `depth` levels: pretty output indents every
 * line after the first (strings hold no raw newline, cJSON escapes it). */
static void put_printed(json_out *w, const char *text, size_t len, int depth)
{
    if (!w->pretty) {
        put(w, text, len);
        return;
    }
    static const char tabs[] = "\n\t\t\t\t";
    for (const char *p = text, *end = text + len; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        put(w, p, n);
        if (!nl)
            break;
        put(w, tabs, 1 + (size_t)depth);
        p = nl + 1;
    }
}

typedef int (*add_fn)(cJSON *arr, const warta_result *r, uint32_t i);

static void put_array(json_out *w, const char *key, const warta_result *r, uint32_t n, add_fn add)
{
    put_str(w, w->pretty ? ",\n\t\"" : ",\"");
    put_str(w, key);
    put_str(w, w->pretty ? "\":\t[" : "\":[");
    for (uint32_t i = 0; i < n && w->ok; i++) {
        cJSON *arr = cJSON_CreateArray();
        char *text = NULL;
        int owned = 0;
        if (arr && add(arr, r, i))
            text = print_piece(w, arr->child, &owned);
        cJSON_Delete(arr);
        if (!text) {
            w->ok = 0;
            break;
        }
        if (i)
            put_str(w, ",");
        if (w->pretty)
            put_str(w, "\n\t\t");
        put_printed(w, text, strlen(text), 2);
        if (owned)
            free(text);
    }
    put_str(w, w->pretty && n ? "\n\t]" : "]");
}

static void put_record(json_out *w, const warta_result *r, unsigned flags)
{
    cJSON *head = cJSON_CreateObject();
    int ok = head && set_str(head, "schema", WARTA_SCHEMA_VERSION) &&
             set_str(head, "id", r->id) &&
             set_str(head, "lang", r->lang);
    if (ok && r->repaired)
        ok = add_uint(head, "repaired", r->repaired > UINT32_MAX ? UINT32_MAX : (uint32_t)r->repaired);
    if (ok && !(flags & WARTA_JSON_NO_TEXT))
        ok = add_text(head, "text", r->text, r->len);
    char *text = ok ? (w->pretty ? cJSON_Print(head) : cJSON_PrintUnformatted(head)) : NULL;
    cJSON_Delete(head);
    if (!text) {
        w->ok = 0;
        return;
    }
    /* the head without its closing brace ("}" or "\n}") */
    size_t len = strlen(text) - (w->pretty ? 2 : 1);
    put_printed(w, text, len, 0);
    free(text);
    put_array(w, "entities", r, r->n_entities, add_entity);
    put_array(w, "mentions", r, r->n_mentions, add_mention);
    put_array(w, "quotes", r, r->n_quotes, add_quote);
    put_str(w, w->pretty ? "\n}" : "}");
}

int warta_result_write_json(const warta_result *r, FILE *out, unsigned flags)
{
    if (!r || !out)
        return WARTA_EINVAL;
    json_out w = {out, (flags & WARTA_JSON_PRETTY) != 0, 1, malloc(4096), 4096};
    put_record(&w, r, flags);
    put_str(&w, "\n");
    free(w.buf);
    return w.ok ? WARTA_OK : WARTA_EIO;
}

char *warta_result_to_json(const warta_result *r, unsigned flags)
{
    if (!r)
        return NULL;
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    if (!mem)
        return NULL;
    json_out w = {mem, (flags & WARTA_JSON_PRETTY) != 0, 1, malloc(4096), 4096};
    put_record(&w, r, flags);
    free(w.buf);
    if (fclose(mem) != 0 || !w.ok) {
        free(buf);
        return NULL;
    }
    return buf;
}

char *warta_error_record_json(const char *id, int code, const char *message)
{
    cJSON *root = cJSON_CreateObject();
    cJSON *err = root ? cJSON_CreateObject() : NULL;
    char *s = NULL;
    if (err && set_str(root, "schema", WARTA_SCHEMA_VERSION) &&
        set_str(root, "id", id ? id : "") &&
        set(root, "error", err)) {
        if (cJSON_AddNumberToObject(err, "code", code) &&
            set_str(err, "kind", warta_strerror(code)) &&
            set_str(err, "message", message ? message : warta_strerror(code)))
            s = cJSON_PrintUnformatted(root);
    } else {
        cJSON_Delete(err);
    }
    cJSON_Delete(root);
    return s;
}
