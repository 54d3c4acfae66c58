/*
 * core/json_writer.c — the JSON/JSONL output (docs/output-schema.md).  The
 * only file that writes cJSON; ids are "E<n>", "M<n>", "Q<n>", numbered from
 * 1 in text order.
 */
#include "result.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int add_id(cJSON *obj, const char *key, char prefix, int32_t index)
{
    if (index < 0)
        return cJSON_AddNullToObject(obj, key) != NULL;
    char buf[16];
    snprintf(buf, sizeof buf, "%c%d", prefix, (int)index + 1);
    return cJSON_AddStringToObject(obj, key, buf) != NULL;
}

static int add_span(cJSON *obj, const warta_result *r, uint32_t start, uint32_t end,
                    uint32_t cstart, uint32_t cend, int with_text)
{
    if (!cJSON_AddNumberToObject(obj, "start", start) || !cJSON_AddNumberToObject(obj, "end", end) ||
        !cJSON_AddNumberToObject(obj, "char_start", cstart) ||
        !cJSON_AddNumberToObject(obj, "char_end", cend))
        return 0;
    if (!with_text)
        return 1;
    char *t = malloc(end - start + 1);
    if (!t)
        return 0;
    memcpy(t, r->text + start, end - start);
    t[end - start] = '\0';
    int ok = cJSON_AddStringToObject(obj, "text", t) != NULL;
    free(t);
    return ok;
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

static double rounded(float score)
{
    return round((double)score * 1000.0) / 1000.0;
}

static int add_entities(cJSON *root, const warta_result *r)
{
    cJSON *arr = cJSON_AddArrayToObject(root, "entities");
    if (!arr)
        return 0;
    for (uint32_t i = 0; i < r->n_entities; i++) {
        const warta_entity *e = &r->entities[i];
        cJSON *o = cJSON_CreateObject();
        if (!o || !cJSON_AddItemToArray(arr, o) || !add_id(o, "id", 'E', (int32_t)i) ||
            !cJSON_AddStringToObject(o, "type", e->type) ||
            !cJSON_AddStringToObject(o, "name", e->name))
            return 0;
        if (e->role ? !cJSON_AddStringToObject(o, "role", e->role)
                    : !cJSON_AddNullToObject(o, "role"))
            return 0;
        if (!add_id(o, "affiliation", 'E', e->affiliation))
            return 0;
        cJSON *ms = cJSON_AddArrayToObject(o, "mentions");
        if (!ms)
            return 0;
        for (uint32_t k = 0; k < e->n_mentions; k++) {
            char buf[16];
            snprintf(buf, sizeof buf, "M%u", e->mentions[k] + 1);
            cJSON *s = cJSON_CreateString(buf);
            if (!s || !cJSON_AddItemToArray(ms, s))
                return 0;
        }
    }
    return 1;
}

static int add_mention(cJSON *arr, const warta_result *r, uint32_t i)
{
    const warta_mention *m = &r->mentions[i];
    cJSON *o = cJSON_CreateObject();
    if (!o || !cJSON_AddItemToArray(arr, o) || !add_id(o, "id", 'M', (int32_t)i) ||
        !add_id(o, "entity", 'E', m->entity) || !cJSON_AddStringToObject(o, "type", m->type) ||
        !add_span(o, r, m->start, m->end, m->char_start, m->char_end, 1) ||
        !cJSON_AddStringToObject(o, "plugin", m->plugin ? m->plugin : "") ||
        !cJSON_AddNumberToObject(o, "score", rounded(m->score)))
        return 0;
    if (m->role) {
        cJSON *role = cJSON_AddObjectToObject(o, "role");
        if (!role || !cJSON_AddStringToObject(role, "text", m->role))
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
        cJSON *attrs = cJSON_AddObjectToObject(o, "attrs");
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
        !cJSON_AddStringToObject(o, "kind", q->kind) ||
        !add_span(o, r, q->span.start, q->span.end, q->span.char_start, q->span.char_end, 0))
        return 0;
    cJSON *content = cJSON_AddArrayToObject(o, "content");
    if (!content)
        return 0;
    for (uint32_t c = 0; c < q->n_content; c++) {
        cJSON *s = span_object(r, &q->content[c]);
        if (!s || !cJSON_AddItemToArray(content, s))
            return 0;
    }
    if (q->has_cue) {
        cJSON *cue = span_object(r, &q->cue);
        if (!cue || !cJSON_AddItemToObject(o, "cue", cue))
            return 0;
    } else if (!cJSON_AddNullToObject(o, "cue")) {
        return 0;
    }
    if (q->speaker_mention < 0 && !q->has_speaker_span) {
        if (!cJSON_AddNullToObject(o, "speaker"))
            return 0;
    } else {
        cJSON *sp = q->has_speaker_span ? span_object(r, &q->speaker_span) : cJSON_CreateObject();
        if (!sp || !cJSON_AddItemToObject(o, "speaker", sp) ||
            !add_id(sp, "mention", 'M', q->speaker_mention) ||
            !add_id(sp, "entity", 'E', q->speaker_entity))
            return 0;
    }
    return cJSON_AddStringToObject(o, "plugin", q->plugin ? q->plugin : "") &&
           cJSON_AddNumberToObject(o, "score", rounded(q->score));
}

static cJSON *result_tree(const warta_result *r, unsigned flags)
{
    cJSON *root = cJSON_CreateObject();
    if (!root)
        return NULL;
    int ok = cJSON_AddStringToObject(root, "schema", WARTA_SCHEMA_VERSION) &&
             cJSON_AddStringToObject(root, "id", r->id) &&
             cJSON_AddStringToObject(root, "lang", r->lang);
    if (ok && r->repaired)
        ok = cJSON_AddNumberToObject(root, "repaired", (double)r->repaired) != NULL;
    if (ok && !(flags & WARTA_JSON_NO_TEXT))
        ok = cJSON_AddStringToObject(root, "text", r->text) != NULL;
    ok = ok && add_entities(root, r);
    cJSON *mentions = ok ? cJSON_AddArrayToObject(root, "mentions") : NULL;
    for (uint32_t i = 0; mentions && ok && i < r->n_mentions; i++)
        ok = add_mention(mentions, r, i);
    cJSON *quotes = ok && mentions ? cJSON_AddArrayToObject(root, "quotes") : NULL;
    for (uint32_t i = 0; quotes && ok && i < r->n_quotes; i++)
        ok = add_quote(quotes, r, i);
    if (!ok || !mentions || !quotes) {
        cJSON_Delete(root);
        return NULL;
    }
    return root;
}

char *warta_result_to_json(const warta_result *r, unsigned flags)
{
    if (!r)
        return NULL;
    cJSON *root = result_tree(r, flags);
    if (!root)
        return NULL;
    char *s = (flags & WARTA_JSON_PRETTY) ? cJSON_Print(root) : cJSON_PrintUnformatted(root);
    cJSON_Delete(root);
    return s;
}

int warta_result_write_json(const warta_result *r, FILE *out, unsigned flags)
{
    char *s = warta_result_to_json(r, flags);
    if (!s)
        return WARTA_ENOMEM;
    int rc = fputs(s, out) < 0 || fputc('\n', out) == EOF ? WARTA_EIO : WARTA_OK;
    free(s);
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
