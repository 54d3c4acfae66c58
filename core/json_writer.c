/*
 * core/json_writer.c — the JSON/JSONL output (docs/output-schema.md), built
 * and printed with cJSON like all of warta's JSON; ids are "E<n>", "M<n>",
 * "Q<n>", numbered from 1 in text order.
 *
 * A record is written a piece at a time (the head, then each entity, mention
 * and quote), each piece a small cJSON tree printed by cJSON and forgotten.
 * The trees' nodes come from a reused array, not one malloc each: a piece
 * never outlives its printing, and building and freeing nodes one by one
 * was a third of a whole run.  The nodes are plain cJSON items (public
 * struct, linked as cJSON links them); strings the result already holds are
 * referenced (cJSON_IsReference), keys are literals (cJSON_StringIsConst),
 * so cJSON_Delete is never needed and never called on them.
 *
 * Two things cJSON does not do the way this output needs are done around
 * it, still through cJSON: numbers are added raw (cJSON prints every number
 * as a double and reads it back to check the round trip, and offsets are
 * integers), and a string holding a NUL byte (valid UTF-8, so a document may
 * have one) is escaped piecewise by cJSON and joined with \u0000, where a C
 * string would end.
 */
#include "result.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- one piece's nodes and strings ---------------------------------------- */

/* Room for one piece.  Building takes from the arrays without growing them
 * (nodes point at each other); when a piece needs more, building stops,
 * the arrays grow, and the piece is built again: the largest piece sets
 * the size once. */
typedef struct piece {
    cJSON *nodes;
    size_t n_nodes, nodes_cap;
    char *bytes;
    size_t n_bytes, bytes_cap;
    char **owned;       /* escaped texts holding NUL bytes (rare), freed at reset */
    size_t n_owned, owned_cap;
    int full;           /* the arrays ran out: grow and build again */
    int failed;         /* out of memory */
} piece;

static void piece_reset(piece *p)
{
    for (size_t i = 0; i < p->n_owned; i++)
        free(p->owned[i]);
    p->n_owned = 0;
    p->n_nodes = 0;
    p->n_bytes = 0;
    p->full = 0;
}

static void piece_free(piece *p)
{
    piece_reset(p);
    free(p->nodes);
    free(p->bytes);
    free(p->owned);
}

static int piece_grow(piece *p)
{
    size_t nc = p->nodes_cap ? p->nodes_cap * 2 : 64;
    size_t bc = p->bytes_cap ? p->bytes_cap * 2 : 1024;
    cJSON *n = realloc(p->nodes, nc * sizeof *n);
    if (n) {
        p->nodes = n;
        p->nodes_cap = nc;
    }
    char *b = realloc(p->bytes, bc);
    if (b) {
        p->bytes = b;
        p->bytes_cap = bc;
    }
    return n && b;
}

static cJSON *node(piece *p, int type)
{
    if (p->n_nodes == p->nodes_cap) {
        p->full = 1;
        return NULL;
    }
    cJSON *n = &p->nodes[p->n_nodes++];
    memset(n, 0, sizeof *n);
    n->type = type;
    return n;
}

/* n bytes of the piece's string room, or NULL (full). */
static char *bytes(piece *p, size_t n)
{
    if (n > p->bytes_cap - p->n_bytes) {
        p->full = 1;
        return NULL;
    }
    char *b = p->bytes + p->n_bytes;
    p->n_bytes += n;
    return b;
}

/* Appends item to obj (an object when key is set, else an array), the way
 * cJSON's own add functions link it: the first child's prev is the last. */
static cJSON *set(cJSON *obj, const char *key, cJSON *item)
{
    if (!item)
        return NULL;
    if (key) {
        item->string = (char *)key;
        item->type |= cJSON_StringIsConst;
    }
    if (!obj->child) {
        obj->child = item;
        item->prev = item;
    } else {
        cJSON *last = obj->child->prev;
        last->next = item;
        item->prev = last;
        obj->child->prev = item;
    }
    return item;
}

/* A string the result holds for as long as the piece is printed. */
static cJSON *ref_string(piece *p, const char *s)
{
    cJSON *n = node(p, cJSON_String | cJSON_IsReference);
    if (n)
        n->valuestring = (char *)s;
    return n;
}

static cJSON *raw(piece *p, const char *s)
{
    cJSON *n = node(p, cJSON_Raw | cJSON_IsReference);
    if (n)
        n->valuestring = (char *)s;
    return n;
}

static int set_str(piece *p, cJSON *obj, const char *key, const char *value)
{
    return set(obj, key, ref_string(p, value)) != NULL;
}

static int set_null(piece *p, cJSON *obj, const char *key)
{
    return set(obj, key, node(p, cJSON_NULL)) != NULL;
}

/* "00".."99": offsets are printed two digits per division. */
#define DIGIT_PAIRS(tens) #tens "0" #tens "1" #tens "2" #tens "3" #tens "4" #tens "5" #tens "6" #tens "7" #tens "8" #tens "9"
static const char digit_pairs[] = DIGIT_PAIRS(0) DIGIT_PAIRS(1) DIGIT_PAIRS(2) DIGIT_PAIRS(3) DIGIT_PAIRS(4)
    DIGIT_PAIRS(5) DIGIT_PAIRS(6) DIGIT_PAIRS(7) DIGIT_PAIRS(8) DIGIT_PAIRS(9);

/* Decimal digits of v, NUL-terminated, at the end of buf (11 bytes):
 * returns the first digit.  Written from the last digit back, so nothing
 * is reversed; every offset of the output goes through here. */
static char *format_u32(char *buf, uint32_t v)
{
    char *p = buf + 10;
    *p = '\0';
    while (v >= 100) {
        p -= 2;
        memcpy(p, digit_pairs + 2 * (v % 100), 2);
        v /= 100;
    }
    if (v >= 10) {
        p -= 2;
        memcpy(p, digit_pairs + 2 * v, 2);
    } else {
        *--p = (char)('0' + v);
    }
    return p;
}

/* cJSON's escaped form of s[0,n), NUL-free, without its quotes, appended. */
static int append_escaped(char **buf, size_t *len, size_t *cap, const char *s, size_t n)
{
    char *piece_text = malloc(n + 1);
    if (!piece_text)
        return 0;
    memcpy(piece_text, s, n);
    piece_text[n] = '\0';
    cJSON *str = cJSON_CreateString(piece_text);
    free(piece_text);
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

/* s[0,n) with its NUL bytes as \u0000: a raw JSON string the piece owns. */
static cJSON *text_with_nul(piece *p, const char *s, size_t n)
{
    if (p->n_owned == p->owned_cap) {
        size_t c = p->owned_cap ? p->owned_cap * 2 : 4;
        char **g = realloc(p->owned, c * sizeof *g);
        if (!g)
            return NULL;
        p->owned = g;
        p->owned_cap = c;
    }
    size_t len = 1, cap = n + 16;
    char *out = malloc(cap);
    if (!out)
        return NULL;
    out[0] = '"';
    for (size_t at = 0; at <= n;) {
        const char *nul = memchr(s + at, '\0', n - at);
        size_t part = nul ? (size_t)(nul - (s + at)) : n - at;
        if (!append_escaped(&out, &len, &cap, s + at, part)) {
            free(out);
            return NULL;
        }
        at += part;
        if (!nul)
            break;
        memcpy(out + len, "\\u0000", 6);
        len += 6;
        at++;
    }
    out[len++] = '"';
    out[len] = '\0';
    p->owned[p->n_owned++] = out;
    return raw(p, out);
}

/* Adds s[0,n) as a JSON string, NUL bytes included (\u0000); s is copied
 * into the piece unless a NUL already ends it there. */
static int add_text(piece *p, cJSON *obj, const char *key, const char *s, size_t n)
{
    cJSON *item;
    if (memchr(s, '\0', n)) {
        if (!(item = text_with_nul(p, s, n))) {
            if (!p->full)
                p->failed = 1;
            return 0;
        }
    } else if (s[n] == '\0') {
        item = ref_string(p, s);
    } else {
        char *copy = bytes(p, n + 1);
        if (!copy)
            return 0;
        memcpy(copy, s, n);
        copy[n] = '\0';
        item = ref_string(p, copy);
    }
    return set(obj, key, item) != NULL;
}

static int add_id(piece *p, cJSON *obj, const char *key, char prefix, int32_t index)
{
    if (index < 0)
        return set_null(p, obj, key);
    char *buf = bytes(p, 12);
    if (!buf)
        return 0;
    char *id = format_u32(buf + 1, (uint32_t)index + 1) - 1;
    id[0] = prefix;
    return set_str(p, obj, key, id);
}

static int add_uint(piece *p, cJSON *obj, const char *key, uint32_t value)
{
    char *buf = bytes(p, 11);
    return buf && set(obj, key, raw(p, format_u32(buf, value))) != NULL;
}

/* Three decimals, the trailing zeros dropped: 0.9, 0.857, 1. */
static int add_score(piece *p, cJSON *obj, float score)
{
    char *buf = bytes(p, 8);
    if (!buf)
        return 0;
    strcpy(buf, "0");
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
    return set(obj, "score", raw(p, buf)) != NULL;
}

static int add_span(piece *p, cJSON *obj, const warta_result *r, uint32_t start, uint32_t end,
                    uint32_t cstart, uint32_t cend, int with_text)
{
    if (!add_uint(p, obj, "start", start) || !add_uint(p, obj, "end", end) ||
        !add_uint(p, obj, "char_start", cstart) || !add_uint(p, obj, "char_end", cend))
        return 0;
    return !with_text || add_text(p, obj, "text", r->text + start, end - start);
}

static cJSON *span_object(piece *p, const warta_result *r, const warta_span *s)
{
    cJSON *o = node(p, cJSON_Object);
    return o && add_span(p, o, r, s->start, s->end, s->char_start, s->char_end, 1) ? o : NULL;
}

static cJSON *build_entity(piece *p, const warta_result *r, uint32_t i)
{
    const warta_entity *e = &r->entities[i];
    cJSON *o = node(p, cJSON_Object);
    if (!o || !add_id(p, o, "id", 'E', (int32_t)i) || !set_str(p, o, "type", e->type) ||
        !add_text(p, o, "name", e->name, strlen(e->name)))
        return NULL;
    if (e->role ? !set_str(p, o, "role", e->role) : !set_null(p, o, "role"))
        return NULL;
    if (!add_id(p, o, "affiliation", 'E', e->affiliation))
        return NULL;
    cJSON *ms = set(o, "mentions", node(p, cJSON_Array));
    if (!ms)
        return NULL;
    for (uint32_t k = 0; k < e->n_mentions; k++)
        if (!add_id(p, ms, NULL, 'M', (int32_t)e->mentions[k]))
            return NULL;
    return o;
}

static cJSON *build_mention(piece *p, const warta_result *r, uint32_t i)
{
    const warta_mention *m = &r->mentions[i];
    cJSON *o = node(p, cJSON_Object);
    if (!o || !add_id(p, o, "id", 'M', (int32_t)i) ||
        !add_id(p, o, "entity", 'E', m->entity) || !set_str(p, o, "type", m->type) ||
        !add_span(p, o, r, m->start, m->end, m->char_start, m->char_end, 1) ||
        !set_str(p, o, "plugin", m->plugin ? m->plugin : "") ||
        !add_score(p, o, m->score))
        return NULL;
    if (m->role) {
        cJSON *role = set(o, "role", node(p, cJSON_Object));
        if (!role || !set_str(p, role, "text", m->role))
            return NULL;
        if (m->role_start >= 0 &&
            !add_span(p, role, r, (uint32_t)m->role_start, (uint32_t)m->role_end,
                      r->role_chars[i][0], r->role_chars[i][1], 0))
            return NULL;
    }
    if (m->affiliation >= 0 && !add_id(p, o, "affiliation", 'M', m->affiliation))
        return NULL;
    if (r->mention_parent[i] >= 0 && !add_id(p, o, "parent", 'M', r->mention_parent[i]))
        return NULL;
    if (m->n_attrs) {
        cJSON *attrs = set(o, "attrs", node(p, cJSON_Object));
        if (!attrs)
            return NULL;
        /* the first value of a key wins, as the schema says */
        for (uint32_t a = 0; a < m->n_attrs; a++)
            if (!cJSON_GetObjectItemCaseSensitive(attrs, m->attrs[a].key) &&
                !set_str(p, attrs, m->attrs[a].key, m->attrs[a].value))
                return NULL;
    }
    return o;
}

static cJSON *build_quote(piece *p, const warta_result *r, uint32_t i)
{
    const warta_quote *q = &r->quotes[i];
    cJSON *o = node(p, cJSON_Object);
    if (!o || !add_id(p, o, "id", 'Q', (int32_t)i) || !set_str(p, o, "kind", q->kind) ||
        !add_span(p, o, r, q->span.start, q->span.end, q->span.char_start, q->span.char_end, 0))
        return NULL;
    cJSON *content = set(o, "content", node(p, cJSON_Array));
    if (!content)
        return NULL;
    for (uint32_t c = 0; c < q->n_content; c++)
        if (!set(content, NULL, span_object(p, r, &q->content[c])))
            return NULL;
    if (q->has_cue ? !set(o, "cue", span_object(p, r, &q->cue)) : !set_null(p, o, "cue"))
        return NULL;
    if (q->speaker_mention < 0 && !q->has_speaker_span) {
        if (!set_null(p, o, "speaker"))
            return NULL;
    } else {
        cJSON *sp = set(o, "speaker", q->has_speaker_span ? span_object(p, r, &q->speaker_span)
                                                          : node(p, cJSON_Object));
        if (!sp || !add_id(p, sp, "mention", 'M', q->speaker_mention) ||
            !add_id(p, sp, "entity", 'E', q->speaker_entity))
            return NULL;
    }
    if (!set_str(p, o, "plugin", q->plugin ? q->plugin : "") || !add_score(p, o, q->score))
        return NULL;
    return o;
}

static cJSON *build_head(piece *p, const warta_result *r, uint32_t flags)
{
    cJSON *o = node(p, cJSON_Object);
    if (!o || !set_str(p, o, "schema", WARTA_SCHEMA_VERSION) || !set_str(p, o, "id", r->id) ||
        !set_str(p, o, "lang", r->lang))
        return NULL;
    if (r->repaired &&
        !add_uint(p, o, "repaired", r->repaired > UINT32_MAX ? UINT32_MAX : (uint32_t)r->repaired))
        return NULL;
    if (!(flags & WARTA_JSON_NO_TEXT) && !add_text(p, o, "text", r->text, r->len))
        return NULL;
    return o;
}

/* ---- the record -------------------------------------------------------------- */

/* Only the punctuation between the pieces is written here, so a document
 * with a million mentions never has a million-node tree in memory.  What
 * is written collects in one buffer, handed to the FILE when it passes
 * FLUSH_AT bytes and at the end: compact pieces are printed by cJSON
 * straight into it, so there is no copy and no fwrite per piece. */
enum { FLUSH_AT = 64 * 1024, OUT_START = 128 * 1024, PIECE_ROOM = 4096 };

typedef struct json_out {
    FILE *out;
    int pretty;
    int ok;
    char *buf;      /* pretty output: reused for every piece cJSON prints */
    size_t cap;
    char *ob;       /* what is written, not yet handed to out */
    size_t olen, ocap;
    piece piece;
} json_out;

typedef cJSON *(*build_fn)(piece *p, const warta_result *r, uint32_t i);

/* Piece i built by build (i is the flags for the head). */
static cJSON *build_piece(json_out *w, build_fn build, const warta_result *r, uint32_t i)
{
    for (;;) {
        piece_reset(&w->piece);
        w->piece.failed = 0;
        cJSON *item = build(&w->piece, r, i);
        if (item)
            return item;
        if (!w->piece.full || w->piece.failed || !piece_grow(&w->piece)) {
            w->ok = 0;
            return NULL;
        }
    }
}

static void flush(json_out *w)
{
    if (w->olen && w->ok && fwrite(w->ob, 1, w->olen, w->out) != w->olen)
        w->ok = 0;
    w->olen = 0;
}

/* Room for want more bytes in w->ob: flushes first, then grows.  0 when
 * that fails (out of memory, or more than cJSON's int lengths). */
static int room_for(json_out *w, size_t want)
{
    if (w->ocap - w->olen >= want)
        return 1;
    flush(w);
    if (w->ocap >= want)
        return 1;
    if (want >= (size_t)INT32_MAX)
        return 0;
    size_t cap = w->ocap ? w->ocap : OUT_START;
    while (cap < want)
        cap *= 2;
    char *g = realloc(w->ob, cap);
    if (!g)
        return 0;
    w->ob = g;
    w->ocap = cap;
    return 1;
}

static void put(json_out *w, const char *s, size_t n)
{
    if (!w->ok)
        return;
    if (!room_for(w, n)) {
        flush(w);
        if (w->ok && fwrite(s, 1, n, w->out) != n)
            w->ok = 0;
        return;
    }
    memcpy(w->ob + w->olen, s, n);
    w->olen += n;
}

static void put_str(json_out *w, const char *s)
{
    put(w, s, strlen(s));
}

/* Room for at least want bytes in w->buf (kept as it is if that fails:
 * print_piece then falls back on cJSON's own allocation). */
static void reserve(json_out *w, size_t want)
{
    if (want <= w->cap || want >= (size_t)INT32_MAX)
        return;
    char *g = realloc(w->buf, want);
    if (g) {
        w->buf = g;
        w->cap = want;
    }
}

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
    reserve(w, strlen(text) * 2 + 64);
    *owned = 1;
    return text;
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

/* Writes cJSON's text of item, less its last `drop` bytes.  Compact text
 * is printed in place at the end of w->ob (room grows until it fits);
 * pretty text is printed aside and indented `depth` levels. */
static void put_item(json_out *w, const cJSON *item, size_t drop, int depth)
{
    if (!w->pretty) {
        for (size_t want = PIECE_ROOM; w->ok; want *= 2) {
            if (!room_for(w, want))
                break;
            char *at = w->ob + w->olen;
            size_t room = w->ocap - w->olen;
            if (cJSON_PrintPreallocated((cJSON *)item, at, (int)(room < INT32_MAX ? room : INT32_MAX - 1), 0)) {
                w->olen += strlen(at) - drop;
                return;
            }
            if (room >= (size_t)INT32_MAX / 2)
                break;
            if (want < room)
                want = room; /* doubled below: more than was there */
        }
    }
    int owned = 0;
    char *text = w->ok ? print_piece(w, item, &owned) : NULL;
    if (!text) {
        w->ok = 0;
        return;
    }
    put_printed(w, text, strlen(text) - drop, depth);
    if (owned)
        free(text);
}

static void put_array(json_out *w, const char *key, const warta_result *r, uint32_t n, build_fn build)
{
    put_str(w, w->pretty ? ",\n\t\"" : ",\"");
    put_str(w, key);
    put_str(w, w->pretty ? "\":\t[" : "\":[");
    for (uint32_t i = 0; i < n && w->ok; i++) {
        cJSON *item = build_piece(w, build, r, i);
        if (!item) {
            w->ok = 0;
            break;
        }
        if (i)
            put(w, ",", 1);
        if (w->pretty)
            put_str(w, "\n\t\t");
        put_item(w, item, 0, 2);
        if (w->olen >= FLUSH_AT)
            flush(w);
    }
    put_str(w, w->pretty && n ? "\n\t]" : "]");
}

static void put_record(json_out *w, const warta_result *r, unsigned flags)
{
    /* The head holds the whole text: room for it and its escapes up front,
     * else a long text fills the buffer, the preallocated print fails
     * half-way, and cJSON prints it all again into a larger one. */
    if (!(flags & WARTA_JSON_NO_TEXT)) {
        size_t want = r->len + r->len / 4 + 1024;
        if (w->pretty)
            reserve(w, want);
        else if (w->ocap - w->olen < want && !room_for(w, want))
            w->ok = 0;
    }
    cJSON *head = w->ok ? build_piece(w, build_head, r, flags) : NULL;
    if (!head) {
        w->ok = 0;
        return;
    }
    /* the head without its closing brace ("}" or "\n}") */
    put_item(w, head, w->pretty ? 2 : 1, 0);
    put_array(w, "entities", r, r->n_entities, build_entity);
    put_array(w, "mentions", r, r->n_mentions, build_mention);
    put_array(w, "quotes", r, r->n_quotes, build_quote);
    put_str(w, w->pretty ? "\n}" : "}");
}

static void json_out_init(json_out *w, FILE *out, unsigned flags)
{
    memset(w, 0, sizeof *w);
    w->out = out;
    w->pretty = (flags & WARTA_JSON_PRETTY) != 0;
    w->ok = 1;
    if (w->pretty) {
        w->buf = malloc(4096);
        w->cap = w->buf ? 4096 : 0;
    }
    w->ob = malloc(OUT_START);
    w->ocap = w->ob ? OUT_START : 0;
}

static void json_out_free(json_out *w)
{
    piece_free(&w->piece);
    free(w->buf);
    free(w->ob);
}

int warta_result_write_json(const warta_result *r, FILE *out, unsigned flags)
{
    if (!r || !out)
        return WARTA_EINVAL;
    json_out w;
    json_out_init(&w, out, flags);
    put_record(&w, r, flags);
    put(&w, "\n", 1);
    flush(&w);
    json_out_free(&w);
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
    json_out w;
    json_out_init(&w, mem, flags);
    put_record(&w, r, flags);
    flush(&w);
    json_out_free(&w);
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
    if (err && cJSON_AddStringToObject(root, "schema", WARTA_SCHEMA_VERSION) &&
        cJSON_AddStringToObject(root, "id", id ? id : "") &&
        cJSON_AddItemToObjectCS(root, "error", err)) {
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
