#include "result.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"

/* Byte offsets waiting for their code-point twins. */
typedef struct offset_job {
    uint32_t byte;
    uint32_t *chars;
} offset_job;

typedef struct offset_jobs {
    offset_job *items;
    size_t n, cap;
} offset_jobs;

static int add_job(offset_jobs *jobs, uint32_t byte, uint32_t *chars)
{
    if (jobs->n == jobs->cap) {
        size_t ncap = jobs->cap ? jobs->cap * 2 : 256;
        offset_job *g = realloc(jobs->items, ncap * sizeof *g);
        if (!g)
            return WARTA_ENOMEM;
        jobs->items = g;
        jobs->cap = ncap;
    }
    jobs->items[jobs->n++] = (offset_job){byte, chars};
    return WARTA_OK;
}

/* Code points are counted once per block of this many bytes, so turning a
 * byte offset into a code-point offset counts less than a block. */
#define COUNT_BLOCK 64

/* Every job's code-point offset: a table of code points before each block,
 * then each offset counts from its block's start.  Linear in the text and
 * the jobs, with no sort of the jobs (which was most of the cost). */
static int run_jobs(const char *text, size_t len, const offset_jobs *jobs)
{
    if (!jobs->n)
        return WARTA_OK;
    /* Most news texts are ASCII throughout (381 of the 393 records of the
     * 1 MB Detik file): with no multi-byte character, every code-point
     * offset is its byte offset, and one count of the text says so. */
    if (warta_utf8__count(text, len) == len) {
        for (size_t i = 0; i < jobs->n; i++)
            *jobs->items[i].chars = jobs->items[i].byte;
        return WARTA_OK;
    }
    size_t n_blocks = len / COUNT_BLOCK + 1;
    uint32_t *before = malloc(n_blocks * sizeof *before);
    if (!before)
        return WARTA_ENOMEM;
    size_t chars = 0;
    for (size_t b = 0; b < n_blocks; b++) {
        size_t at = b * COUNT_BLOCK;
        before[b] = (uint32_t)chars;
        chars += warta_utf8__count(text + at, len - at < COUNT_BLOCK ? len - at : COUNT_BLOCK);
    }
    for (size_t i = 0; i < jobs->n; i++) {
        size_t byte = jobs->items[i].byte, b = byte / COUNT_BLOCK;
        *jobs->items[i].chars = before[b] + (uint32_t)warta_utf8__count(text + b * COUNT_BLOCK, byte % COUNT_BLOCK);
    }
    free(before);
    return WARTA_OK;
}

static int span_jobs(offset_jobs *jobs, warta_span *s)
{
    int rc = add_job(jobs, s->start, &s->char_start);
    return rc < 0 ? rc : add_job(jobs, s->end, &s->char_end);
}

static int build_mentions(warta_result *r, const warta_store *s, const warta_merge *m,
                          const warta_link *link, int32_t *mention_of, offset_jobs *jobs)
{
    /* the merge's kept mentions are in text order, outer first */
    const int32_t *refs = m->kept;
    uint32_t n = m->n_kept_mentions;
    for (uint32_t i = 0; i < s->n; i++)
        mention_of[i] = -1;
    r->mentions = calloc(n ? n : 1, sizeof *r->mentions);
    r->mention_parent = malloc((n ? n : 1) * sizeof *r->mention_parent);
    r->role_chars = calloc(n ? n : 1, sizeof *r->role_chars);
    if (!r->mentions || !r->mention_parent || !r->role_chars)
        return WARTA_ENOMEM;
    r->n_mentions = n;
    for (uint32_t k = 0; k < n; k++)
        mention_of[refs[k]] = (int32_t)k;
    int rc = WARTA_OK;
    for (uint32_t k = 0; k < n && rc == WARTA_OK; k++) {
        const warta_annotation *a = &s->anns[refs[k]];
        warta_mention *mm = &r->mentions[k];
        mm->start = a->start;
        mm->end = a->end;
        mm->type = a->label;
        mm->plugin = a->plugin;
        mm->score = a->score;
        mm->entity = link->entity_of[a->id];
        mm->attrs = a->attrs;
        mm->n_attrs = a->n_attrs;
        const warta_part *role = warta_ann__part(a, "role");
        mm->role = warta_ann__attr(a, "role");
        if (role && !mm->role)
            mm->role = warta_arena__strndup(&r->arena, s->text + role->start, role->end - role->start);
        mm->role_start = role ? (int32_t)role->start : -1;
        mm->role_end = role ? (int32_t)role->end : -1;
        int32_t aff = warta_merge__resolve(m, warta_ann__ref(a, "affiliation"));
        mm->affiliation = aff >= 0 ? mention_of[aff] : -1;
        int32_t parent = m->parent[a->id];
        r->mention_parent[k] = parent >= 0 ? mention_of[parent] : -1;
        if ((rc = add_job(jobs, mm->start, &mm->char_start)) < 0 ||
            (rc = add_job(jobs, mm->end, &mm->char_end)) < 0)
            break;
        if (role && ((rc = add_job(jobs, role->start, &r->role_chars[k][0])) < 0 ||
                     (rc = add_job(jobs, role->end, &r->role_chars[k][1])) < 0))
            break;
    }
    return rc;
}

static int build_entities(warta_result *r, uint32_t n_entities)
{
    r->n_entities = n_entities;
    r->entities = calloc(n_entities ? n_entities : 1, sizeof *r->entities);
    r->entity_mentions = malloc((r->n_mentions ? r->n_mentions : 1) * sizeof *r->entity_mentions);
    uint32_t *fill = calloc(n_entities ? n_entities : 1, sizeof *fill);
    if (!r->entities || !r->entity_mentions || !fill) {
        free(fill);
        return WARTA_ENOMEM;
    }
    for (uint32_t k = 0; k < r->n_mentions; k++)
        r->entities[r->mentions[k].entity].n_mentions++;
    uint32_t at = 0;
    for (uint32_t e = 0; e < n_entities; e++) {
        r->entities[e].mentions = r->entity_mentions + at;
        at += r->entities[e].n_mentions;
        r->entities[e].affiliation = -1;
    }
    for (uint32_t k = 0; k < r->n_mentions; k++) {
        const warta_mention *mm = &r->mentions[k];
        warta_entity *e = &r->entities[mm->entity];
        r->entity_mentions[(e->mentions - r->entity_mentions) + fill[mm->entity]++] = k;
        if (!e->type)
            e->type = mm->type;
        else if (strcmp(mm->type, "official") == 0 && warta_link__is_person(e->type))
            e->type = mm->type; /* a person who holds an office somewhere in the text */
        if (!e->name || mm->end - mm->start > strlen(e->name))
            e->name = warta_arena__strndup(&r->arena, r->text + mm->start, mm->end - mm->start);
        if (!e->name) {
            free(fill);
            return WARTA_ENOMEM;
        }
        if (!e->role && mm->role)
            e->role = mm->role;
        if (e->affiliation < 0 && mm->affiliation >= 0)
            e->affiliation = r->mentions[mm->affiliation].entity;
    }
    free(fill);
    return WARTA_OK;
}

static int build_quotes(warta_result *r, const warta_store *s, const warta_merge *m,
                        const int32_t *mention_of, offset_jobs *jobs)
{
    /* the merge's kept quotes, in text order after its kept mentions */
    const int32_t *refs = m->kept + m->n_kept_mentions;
    uint32_t n = m->n_kept_quotes, n_content = 0;
    for (uint32_t k = 0; k < n; k++) {
        const warta_annotation *a = &s->anns[refs[k]];
        uint32_t c = 0;
        for (uint32_t p = 0; p < a->n_parts; p++)
            c += strcmp(a->parts[p].name, "content") == 0;
        n_content += c ? c : 1;
    }
    r->quotes = calloc(n ? n : 1, sizeof *r->quotes);
    r->content = calloc(n_content ? n_content : 1, sizeof *r->content);
    if (!r->quotes || !r->content)
        return WARTA_ENOMEM;
    r->n_quotes = n;
    warta_span *next = r->content;
    int rc = WARTA_OK;
    for (uint32_t k = 0; k < n && rc == WARTA_OK; k++) {
        const warta_annotation *a = &s->anns[refs[k]];
        warta_quote *q = &r->quotes[k];
        q->kind = warta_ann__attr(a, "kind");
        if (!q->kind)
            q->kind = "direct";
        q->plugin = a->plugin;
        q->score = a->score;
        q->span.start = a->start;
        q->span.end = a->end;
        q->content = next;
        for (uint32_t p = 0; p < a->n_parts; p++) {
            const warta_part *part = &a->parts[p];
            if (strcmp(part->name, "content") == 0) {
                next->start = part->start;
                next->end = part->end;
                next++;
            } else if (strcmp(part->name, "cue") == 0) {
                q->has_cue = 1;
                q->cue.start = part->start;
                q->cue.end = part->end;
            } else if (strcmp(part->name, "speaker") == 0) {
                q->has_speaker_span = 1;
                q->speaker_span.start = part->start;
                q->speaker_span.end = part->end;
            }
        }
        if (next == q->content) { /* no content part: the quotation itself */
            next->start = a->start;
            next->end = a->end;
            next++;
        }
        q->n_content = (uint32_t)(next - q->content);
        int32_t sp = warta_merge__resolve(m, warta_ann__ref(a, "speaker"));
        q->speaker_mention = sp >= 0 ? mention_of[sp] : -1;
        q->speaker_entity = q->speaker_mention >= 0 ? r->mentions[q->speaker_mention].entity : -1;
        rc = span_jobs(jobs, &q->span);
        for (uint32_t c = 0; c < q->n_content && rc == WARTA_OK; c++)
            rc = span_jobs(jobs, (warta_span *)&q->content[c]);
        if (rc == WARTA_OK && q->has_cue)
            rc = span_jobs(jobs, &q->cue);
        if (rc == WARTA_OK && q->has_speaker_span)
            rc = span_jobs(jobs, &q->speaker_span);
    }
    return rc;
}

int warta_result__build(warta_store *s, const warta_merge *m, const warta_link *link,
                        const char *id, const char *lang, warta_result **out)
{
    warta_result *r = calloc(1, sizeof *r);
    if (!r)
        return WARTA_ENOMEM;
    r->arena = s->arena; /* labels and attributes stay where the sink put them */
    warta_arena__init(&s->arena);
    r->len = s->len;
    r->text = malloc(s->len + 1);
    int32_t *mention_of = malloc((s->n ? s->n : 1) * sizeof *mention_of);
    offset_jobs jobs = {0};
    int rc = r->text && mention_of ? WARTA_OK : WARTA_ENOMEM;
    if (rc == WARTA_OK) {
        memcpy(r->text, s->text, s->len);
        r->text[s->len] = '\0';
        r->id = warta_arena__strdup(&r->arena, id ? id : "");
        r->lang = warta_arena__strdup(&r->arena, lang ? lang : "");
        if (!r->id || !r->lang)
            rc = WARTA_ENOMEM;
    }
    if (rc == WARTA_OK)
        rc = build_mentions(r, s, m, link, mention_of, &jobs);
    if (rc == WARTA_OK)
        rc = build_entities(r, link->n_entities);
    if (rc == WARTA_OK)
        rc = build_quotes(r, s, m, mention_of, &jobs);
    if (rc == WARTA_OK)
        rc = run_jobs(r->text, r->len, &jobs);
    free(jobs.items);
    free(mention_of);
    if (rc < 0) {
        warta_result_free(r);
        return rc;
    }
    *out = r;
    return WARTA_OK;
}

int warta_result__from_store(warta_store *store, const warta_tokens *tokens,
                             const char *const *run_order, uint32_t n_run, const char *id,
                             const char *lang, warta_result **out)
{
    warta_merge merge = {0};
    warta_link link = {0};
    int rc = warta_merge__run(store, run_order, n_run, &merge);
    if (rc == WARTA_OK)
        rc = warta_link__run(store, tokens, &merge, &link);
    if (rc == WARTA_OK)
        rc = warta_result__build(store, &merge, &link, id, lang, out);
    warta_link__free(&link);
    warta_merge__free(&merge);
    return rc;
}

void warta_result_free(warta_result *r)
{
    if (!r)
        return;
    free(r->text);
    free(r->mentions);
    free(r->mention_parent);
    free(r->role_chars);
    free(r->entities);
    free(r->entity_mentions);
    free(r->quotes);
    free(r->content);
    warta_arena__release(&r->arena);
    free(r);
}

const char *warta_result_text(const warta_result *r, size_t *len)
{
    if (len)
        *len = r ? r->len : 0;
    return r ? r->text : NULL;
}

const char *warta_result_id(const warta_result *r) { return r ? r->id : NULL; }
const char *warta_result_lang(const warta_result *r) { return r ? r->lang : NULL; }
uint32_t warta_result_mention_count(const warta_result *r) { return r ? r->n_mentions : 0; }
uint32_t warta_result_entity_count(const warta_result *r) { return r ? r->n_entities : 0; }
uint32_t warta_result_quote_count(const warta_result *r) { return r ? r->n_quotes : 0; }

const warta_mention *warta_result_mention(const warta_result *r, uint32_t i)
{
    return r && i < r->n_mentions ? &r->mentions[i] : NULL;
}

const warta_entity *warta_result_entity(const warta_result *r, uint32_t i)
{
    return r && i < r->n_entities ? &r->entities[i] : NULL;
}

const warta_quote *warta_result_quote(const warta_result *r, uint32_t i)
{
    return r && i < r->n_quotes ? &r->quotes[i] : NULL;
}
