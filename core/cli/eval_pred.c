/*
 * Predicted documents: from a pipeline result in memory, or from warta's JSON
 * output (docs/output-schema.md) read back with cJSON.  Labels "official" and
 * "person" are both person; other plugin labels are not scored.  A quote's
 * speaker is its speaker mention; the speaker as written ("Ia", "katanya") is
 * kept beside it so a gold set holding the pronoun itself (PFSA-ID) can match.
 */
#include "eval.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

static int label_type(const char *label)
{
    if (!label)
        return -1;
    if (strcmp(label, "person") == 0 || strcmp(label, "official") == 0)
        return EV_PERSON;
    if (strcmp(label, "location") == 0)
        return EV_LOCATION;
    if (strcmp(label, "organization") == 0)
        return EV_ORGANIZATION;
    return -1;
}

int ev_doc_from_result(const warta_result *r, ev_doc *d)
{
    size_t len;
    const char *text = warta_result_text(r, &len);
    if (ev_doc_set(d, warta_result_id(r) ? warta_result_id(r) : "", text, len, NULL) < 0)
        return -1;
    uint32_t nm = warta_result_mention_count(r);
    for (uint32_t i = 0; i < nm; i++) {
        const warta_mention *w = warta_result_mention(r, i);
        ev_mention m;
        memset(&m, 0, sizeof m);
        m.type = label_type(w->type);
        if (m.type < 0)
            continue;
        m.span.start = w->start;
        m.span.end = w->end;
        if (w->role_start >= 0 && w->role_end > w->role_start) {
            m.has_role = 1;
            m.role.start = (uint32_t)w->role_start;
            m.role.end = (uint32_t)w->role_end;
        }
        if (w->affiliation >= 0 && (uint32_t)w->affiliation < nm) {
            const warta_mention *a = warta_result_mention(r, (uint32_t)w->affiliation);
            m.has_aff = 1;
            m.aff.start = a->start;
            m.aff.end = a->end;
        }
        if (ev_add_mention(d, &m) < 0)
            return -1;
    }
    ev_mark_nested(d);
    uint32_t nq = warta_result_quote_count(r);
    for (uint32_t i = 0; i < nq; i++) {
        const warta_quote *q = warta_result_quote(r, i);
        ev_span frags[64], spk[2], cue = {q->cue.start, q->cue.end};
        uint32_t nf = 0, ns = 0;
        for (uint32_t k = 0; k < q->n_content && nf < 64; k++, nf++) {
            frags[nf].start = q->content[k].start;
            frags[nf].end = q->content[k].end;
        }
        if (q->speaker_mention >= 0 && (uint32_t)q->speaker_mention < nm) {
            const warta_mention *s = warta_result_mention(r, (uint32_t)q->speaker_mention);
            spk[ns].start = s->start;
            spk[ns++].end = s->end;
            if (q->has_speaker_span) {
                spk[ns].start = q->speaker_span.start;
                spk[ns++].end = q->speaker_span.end;
            }
        }
        char kind = q->kind && strchr("dim", q->kind[0]) ? q->kind[0] : 0;
        if (ev_add_quote(d, frags, nf, q->has_cue ? &cue : NULL, ns ? EV_SPK_SET : EV_SPK_NONE, spk, ns,
                         kind) < 0)
            return -1;
        if (q->has_cue && ev_add_cue(d, cue) < 0)
            return -1;
    }
    return 0;
}

/* ---- JSON ---- */

static int get_span(const cJSON *o, ev_span *s)
{
    const cJSON *a = cJSON_GetObjectItemCaseSensitive(o, "start");
    const cJSON *b = cJSON_GetObjectItemCaseSensitive(o, "end");
    if (!cJSON_IsNumber(a) || !cJSON_IsNumber(b) || a->valuedouble < 0 || b->valuedouble < a->valuedouble)
        return 0;
    s->start = (uint32_t)a->valuedouble;
    s->end = (uint32_t)b->valuedouble;
    return 1;
}

/* "M12" -> 11; -1 otherwise. */
static long ref_index(const cJSON *v)
{
    if (!cJSON_IsString(v) || v->valuestring[0] != 'M')
        return -1;
    char *e;
    long n = strtol(v->valuestring + 1, &e, 10);
    return *e == '\0' && n >= 1 ? n - 1 : -1;
}

int ev_doc_from_json(const cJSON *rec, const ev_doc *gold, ev_doc *d, char *err, size_t errsize)
{
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(rec, "id");
    const cJSON *text = cJSON_GetObjectItemCaseSensitive(rec, "text");
    const cJSON *lang = cJSON_GetObjectItemCaseSensitive(rec, "lang");
    const cJSON *mentions = cJSON_GetObjectItemCaseSensitive(rec, "mentions");
    const cJSON *quotes = cJSON_GetObjectItemCaseSensitive(rec, "quotes");
    if (!cJSON_IsString(id)) {
        snprintf(err, errsize, "a record has no \"id\"");
        return -2;
    }
    if (cJSON_GetObjectItemCaseSensitive(rec, "error")) {
        snprintf(err, errsize, "%s: the record is an error record", id->valuestring);
        return -3;
    }
    /* A record written with --no-text is read against the gold text. */
    const char *t = cJSON_IsString(text) ? text->valuestring : gold ? gold->text : NULL;
    size_t tlen = cJSON_IsString(text) ? strlen(t) : gold ? gold->len : 0;
    if (!t) {
        snprintf(err, errsize, "%s: the record has no \"text\"", id->valuestring);
        return -2;
    }
    if (gold && (tlen != gold->len || memcmp(t, gold->text, tlen) != 0)) {
        snprintf(err, errsize, "%s: the record's text differs from the gold text", id->valuestring);
        return -2;
    }
    if (ev_doc_set(d, id->valuestring, t, tlen, cJSON_IsString(lang) ? lang->valuestring : NULL) < 0)
        return -1;
    /* mention ids "M<n>" index an array of spans, built first so that
     * affiliation and speaker references resolve in one pass */
    int n = cJSON_GetArraySize(mentions);
    long max_id = n;
    const cJSON *m;
    cJSON_ArrayForEach(m, mentions) {
        long k = ref_index(cJSON_GetObjectItemCaseSensitive(m, "id"));
        if (k >= max_id)
            max_id = k + 1;
    }
    ev_span *spans = calloc((size_t)max_id + 1, sizeof *spans);
    if (!spans)
        return -1;
    long pos = 0;
    cJSON_ArrayForEach(m, mentions) {
        long k = ref_index(cJSON_GetObjectItemCaseSensitive(m, "id"));
        ev_span s;
        if (get_span(m, &s))
            spans[k >= 0 ? k : pos] = s;
        pos++;
    }
    int rc = 0;
    cJSON_ArrayForEach(m, mentions) {
        const cJSON *type = cJSON_GetObjectItemCaseSensitive(m, "type");
        ev_mention e;
        memset(&e, 0, sizeof e);
        e.type = label_type(cJSON_IsString(type) ? type->valuestring : NULL);
        if (e.type < 0 || !get_span(m, &e.span))
            continue;
        const cJSON *role = cJSON_GetObjectItemCaseSensitive(m, "role");
        if (cJSON_IsObject(role) && get_span(role, &e.role) && e.role.end > e.role.start)
            e.has_role = 1;
        long aff = ref_index(cJSON_GetObjectItemCaseSensitive(m, "affiliation"));
        if (aff >= 0 && aff < max_id && spans[aff].end > spans[aff].start) {
            e.has_aff = 1;
            e.aff = spans[aff];
        }
        if ((rc = ev_add_mention(d, &e)) < 0)
            break;
    }
    ev_mark_nested(d);
    const cJSON *q;
    cJSON_ArrayForEach(q, quotes) {
        if (rc < 0)
            break;
        ev_span frags[64], spk[2], cue;
        uint32_t nf = 0, ns = 0;
        const cJSON *c;
        cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(q, "content")) {
            if (nf < 64 && get_span(c, &frags[nf]))
                nf++;
        }
        int has_cue = get_span(cJSON_GetObjectItemCaseSensitive(q, "cue"), &cue);
        const cJSON *sp = cJSON_GetObjectItemCaseSensitive(q, "speaker");
        long sm = cJSON_IsObject(sp) ? ref_index(cJSON_GetObjectItemCaseSensitive(sp, "mention")) : -1;
        if (sm >= 0 && sm < max_id && spans[sm].end > spans[sm].start) {
            spk[ns++] = spans[sm];
            if (get_span(sp, &spk[ns]))
                ns++;
        }
        const cJSON *kind = cJSON_GetObjectItemCaseSensitive(q, "kind");
        char k = cJSON_IsString(kind) ? kind->valuestring[0] : 0;
        rc = ev_add_quote(d, frags, nf, has_cue ? &cue : NULL, ns ? EV_SPK_SET : EV_SPK_NONE, spk, ns,
                          k && strchr("dim", k) ? k : 0);
        if (rc == 0 && has_cue)
            rc = ev_add_cue(d, cue);
    }
    free(spans);
    return rc;
}

int ev_read_json_records(const char *path, ev_json_fn fn, void *payload, char *err, size_t errsize)
{
    size_t len;
    char *buf = cli_read_file(path, &len);
    if (!buf) {
        snprintf(err, errsize, "cannot read %s", path);
        return -1;
    }
    /* Records one after another: JSONL, or the pretty records of
     * `warta annotate -f json`. */
    const char *p = buf, *end = buf + len;
    int rc = 0;
    long n = 0;
    while (rc == 0) {
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            p++;
        if (p >= end)
            break;
        const char *stop = NULL;
        cJSON *rec = cJSON_ParseWithLengthOpts(p, (size_t)(end - p), &stop, 0);
        n++;
        if (!rec || !cJSON_IsObject(rec)) {
            snprintf(err, errsize, "%s: record %ld is not a JSON object", path, n);
            cJSON_Delete(rec);
            rc = -1;
            break;
        }
        rc = fn(rec, payload);
        cJSON_Delete(rec);
        if (rc > 0)
            rc = 0, p = end; /* the callback has seen enough */
        else
            p = stop;
    }
    free(buf);
    return rc;
}

typedef struct gold_ctx {
    ev_corpus *c;
    long limit;
    char *err;
    size_t errsize;
} gold_ctx;

static int gold_record(const cJSON *rec, void *payload)
{
    gold_ctx *g = payload;
    ev_doc *d = ev_corpus_add(g->c);
    if (!d)
        return -1;
    int rc = ev_doc_from_json(rec, NULL, d, g->err, g->errsize);
    if (rc < 0)
        return rc;
    return g->limit && (long)g->c->n >= g->limit ? 1 : 0;
}

int ev_read_warta_gold(const char *path, long limit, ev_corpus *c, char *err, size_t errsize)
{
    gold_ctx g = {c, limit, err, errsize};
    c->format = "warta";
    c->layers = EV_L_ENTITIES | EV_L_ROLE | EV_L_AFFILIATION | EV_L_QUOTE | EV_L_CUE | EV_L_SPEAKER;
    err[0] = '\0';
    int rc = ev_read_json_records(path, gold_record, &g, err, errsize);
    for (uint32_t i = 0; i < c->n; i++) {
        /* gold is flat: keep the outermost mentions, as predictions are scored */
        ev_doc *d = &c->docs[i];
        uint32_t w = 0;
        for (uint32_t k = 0; k < d->n_m; k++)
            if (!d->m[k].nested)
                d->m[w++] = d->m[k];
        d->n_m = w;
    }
    if (rc < 0 && !err[0])
        snprintf(err, errsize, "out of memory reading %s", path);
    return rc < 0 ? -2 : 0;
}
