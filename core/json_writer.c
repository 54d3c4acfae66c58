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

/* Output goes into a buffer.  When `out` is set (warta_result_write_json)
 * the buffer is written out whenever it fills, so a 50 MB document does not
 * hold its 300 MB record in memory, and `pretty` (when set) re-indents on
 * the way out.  Without `out` (warta_result_to_json) the buffer grows. */
enum { CHUNK = 1 << 16 };

typedef struct pretty_state {
    int depth, in_string, escaped, just_opened;
} pretty_state;

typedef struct jbuf {
    char *p;
    size_t n, cap;
    int oom, io_error;
    FILE *out;
    pretty_state *pretty;      /* when set, what goes out is re-indented */
    struct jbuf *pretty_out;   /* into this buffer                       */
} jbuf;

static void pretty_feed(pretty_state *ps, jbuf *b, const char *s, size_t n);

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

static void emit_out(jbuf *b, const char *s, size_t n)
{
    if (b->pretty)
        pretty_feed(b->pretty, b->pretty_out, s, n);
    else if (n && fwrite(s, 1, n, b->out) != n)
        b->io_error = 1;
}

static void flush(jbuf *b)
{
    if (b->out && b->n) {
        emit_out(b, b->p, b->n);
        b->n = 0;
    }
}

static void put_slow(jbuf *b, const char *s, size_t n);

static inline void put(jbuf *b, const char *s, size_t n)
{
    if (b->cap - b->n >= n && b->p) {
        memcpy(b->p + b->n, s, n);
        b->n += n;
        return;
    }
    put_slow(b, s, n);
}

static void put_slow(jbuf *b, const char *s, size_t n)
{
    if (b->out && b->cap - b->n < n) {
        /* streaming: the buffer (CHUNK bytes, allocated up front) never grows */
        flush(b);
        if (n > b->cap) {
            emit_out(b, s, n);
            return;
        }
    }
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
    int n = 10;
    do {
        tmp[--n] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    put(b, tmp + n, (size_t)(10 - n));
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

/* Whether any of the 8 bytes at p is below 0x20, '"' or '\\' (the
 * classic SWAR tests for a zero byte and a byte below n). */
static inline int special8(const unsigned char *p)
{
    const uint64_t ones = UINT64_C(0x0101010101010101), highs = UINT64_C(0x8080808080808080);
    uint64_t w;
    memcpy(&w, p, 8);
    uint64_t q = w ^ (ones * '"'), bs = w ^ (ones * '\\');
    uint64_t below = (w - ones * 0x20) & ~w;
    uint64_t zq = (q - ones) & ~q, zb = (bs - ones) & ~bs;
    return ((below | zq | zb) & highs) != 0;
}

/* A JSON string literal of s[0, n); the escapes are cJSON's, so the output
 * did not change when the writer did. */
static void put_str(jbuf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *u = (const unsigned char *)s;
    PUT_LIT(b, "\"");
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        /* eight plain bytes at a time: a document's text is mostly those */
        while (i + 8 <= n && !special8(u + i))
            i += 8;
        if (i >= n)
            break;
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

/* "key": with the comma before it unless it opens its object; keys are
 * literals (plain ASCII), so their bytes and length are known at compile time. */
#define put_key(b, key, first)                                            \
    ((first) ? put((b), "\"" key "\":", sizeof("\"" key "\":") - 1)     \
             : put((b), ",\"" key "\":", sizeof(",\"" key "\":") - 1))

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
    static const char spaces[] = "\n                                ";
    size_t want = 2 * (size_t)(depth > 0 ? depth : 0);
    size_t n = want < sizeof spaces - 2 ? want : sizeof spaces - 2;
    put(b, spaces, n + 1);
    for (want -= n; want; want -= n) {
        n = want < sizeof spaces - 2 ? want : sizeof spaces - 2;
        put(b, spaces + 1, n);
    }
}

/* Re-indents compact JSON (as put_record writes it: no white space outside
 * strings) two spaces a level, in pieces of any size; empty containers stay
 * "[]" and "{}". */
static void pretty_feed(pretty_state *ps, jbuf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (ps->in_string) {
            size_t j = i;
            while (j < n && (ps->escaped || (s[j] != '"' && s[j] != '\\'))) {
                ps->escaped = 0;
                j++;
            }
            if (j < n && s[j] == '\\') {
                ps->escaped = 1;
            } else if (j < n) {
                ps->in_string = 0;
            }
            put(b, s + i, j < n ? j + 1 - i : n - i);
            i = j;
            continue;
        }
        if (ps->just_opened) {
            ps->just_opened = 0;
            if (c == '}' || c == ']') {
                put(b, &c, 1);
                continue;
            }
            indent(b, ++ps->depth);
        }
        switch (c) {
        case '"':
            ps->in_string = 1;
            put(b, &c, 1);
            break;
        case '{':
        case '[':
            ps->just_opened = 1;
            put(b, &c, 1);
            break;
        case '}':
        case ']':
            indent(b, --ps->depth);
            put(b, &c, 1);
            break;
        case ',':
            put(b, &c, 1);
            indent(b, ps->depth);
            break;
        case ':':
            PUT_LIT(b, ": ");
            break;
        default:
            put(b, &c, 1);
        }
    }
}

char *warta_result_to_json(const warta_result *r, unsigned flags)
{
    if (!r)
        return NULL;
    jbuf b = {0};
    put_record(&b, r, flags);
    if (flags & WARTA_JSON_PRETTY) {
        pretty_state ps = {0};
        jbuf p = {0};
        if (!b.oom)
            pretty_feed(&ps, &p, b.p, b.n);
        p.oom |= b.oom;
        free(b.p);
        b = p;
    }
    PUT_LIT(&b, "\0");
    if (b.oom) {
        free(b.p);
        return NULL;
    }
    return b.p;
}

int warta_result_write_json(const warta_result *r, FILE *out, unsigned flags)
{
    if (!r || !out)
        return WARTA_EINVAL;
    pretty_state ps = {0};
    jbuf pb = {0}, b = {0};
    pb.out = out;
    b.out = out;
    if (flags & WARTA_JSON_PRETTY) {
        b.pretty = &ps;
        b.pretty_out = &pb;
    }
    /* Both buffers exist before the first byte goes out, so no allocation
     * can fail half-way through a record. */
    if (!reserve(&b, CHUNK) || ((flags & WARTA_JSON_PRETTY) && !reserve(&pb, CHUNK))) {
        free(b.p);
        free(pb.p);
        return WARTA_ENOMEM;
    }
    put_record(&b, r, flags);
    PUT_LIT(&b, "\n");
    flush(&b);
    flush(&pb);
    int rc = b.io_error || pb.io_error || b.oom || pb.oom ? WARTA_EIO : WARTA_OK;
    free(b.p);
    free(pb.p);
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
