#include "store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A plugin gone wrong must not be able to exhaust memory on one document. */
enum { STORE_MAX_ANNOTATIONS = 1u << 24 };

void warta_store__init(warta_store *store, const char *text, uint32_t len)
{
    memset(store, 0, sizeof *store);
    warta_arena__init(&store->arena);
    store->text = text;
    store->len = len;
}

void warta_store__release(warta_store *store)
{
    free(store->anns);
    warta_arena__release(&store->arena);
    store->anns = NULL;
    store->n = store->cap = 0;
}

static int is_boundary(const warta_store *s, uint32_t off)
{
    return off == s->len || ((unsigned char)s->text[off] & 0xC0) != 0x80;
}

static int bad_span(warta_store *s, const char *what, uint32_t start, uint32_t end)
{
    if (start > end || end > s->len) {
        snprintf(s->error, sizeof s->error, "%s span [%u,%u) outside the document (%u bytes)",
                 what, start, end, s->len);
        return 1;
    }
    if (!is_boundary(s, start) || !is_boundary(s, end)) {
        snprintf(s->error, sizeof s->error, "%s span [%u,%u) splits a UTF-8 character", what,
                 start, end);
        return 1;
    }
    return 0;
}

static int copy_parts(warta_store *s, const warta_annotation *in, warta_annotation *out)
{
    if (!in->n_parts)
        return WARTA_OK;
    warta_part *parts = warta_arena__alloc(&s->arena, in->n_parts * sizeof *parts);
    if (!parts)
        return WARTA_ENOMEM;
    for (uint32_t i = 0; i < in->n_parts; i++) {
        const warta_part *p = &in->parts[i];
        if (!p->name || bad_span(s, p->name, p->start, p->end))
            return WARTA_EINVAL;
        parts[i].start = p->start;
        parts[i].end = p->end;
        if (!(parts[i].name = warta_arena__strdup(&s->arena, p->name)))
            return WARTA_ENOMEM;
    }
    out->parts = parts;
    out->n_parts = in->n_parts;
    return WARTA_OK;
}

static int copy_attrs(warta_store *s, const warta_annotation *in, warta_annotation *out)
{
    if (!in->n_attrs)
        return WARTA_OK;
    warta_attr *attrs = warta_arena__alloc(&s->arena, in->n_attrs * sizeof *attrs);
    if (!attrs)
        return WARTA_ENOMEM;
    for (uint32_t i = 0; i < in->n_attrs; i++) {
        if (!in->attrs[i].key || !in->attrs[i].value) {
            snprintf(s->error, sizeof s->error, "attribute %u has no key or value", i);
            return WARTA_EINVAL;
        }
        attrs[i].key = warta_arena__strdup(&s->arena, in->attrs[i].key);
        attrs[i].value = warta_arena__strdup(&s->arena, in->attrs[i].value);
        if (!attrs[i].key || !attrs[i].value)
            return WARTA_ENOMEM;
    }
    out->attrs = attrs;
    out->n_attrs = in->n_attrs;
    return WARTA_OK;
}

static int copy_refs(warta_store *s, const warta_annotation *in, warta_annotation *out)
{
    if (!in->n_refs)
        return WARTA_OK;
    warta_ref *refs = warta_arena__alloc(&s->arena, in->n_refs * sizeof *refs);
    if (!refs)
        return WARTA_ENOMEM;
    for (uint32_t i = 0; i < in->n_refs; i++) {
        const warta_ref *r = &in->refs[i];
        if (!r->name || r->target < 0 || (uint32_t)r->target >= s->n) {
            snprintf(s->error, sizeof s->error, "ref '%s' points at annotation %d, which does "
                     "not exist", r->name ? r->name : "(null)", (int)r->target);
            return WARTA_EINVAL;
        }
        refs[i].target = r->target;
        if (!(refs[i].name = warta_arena__strdup(&s->arena, r->name)))
            return WARTA_ENOMEM;
    }
    out->refs = refs;
    out->n_refs = in->n_refs;
    return WARTA_OK;
}

int warta_store__emit(void *payload, const warta_annotation *ann, int32_t *id_out)
{
    warta_store *s = payload;
    s->error[0] = '\0';
    if (!ann || ann->struct_size < offsetof(warta_annotation, refs) + sizeof ann->refs) {
        snprintf(s->error, sizeof s->error, "annotation struct_size too small");
        return WARTA_EINVAL;
    }
    if ((ann->kind != WARTA_ANN_MENTION && ann->kind != WARTA_ANN_QUOTE) || !ann->label ||
        !*ann->label) {
        snprintf(s->error, sizeof s->error, "annotation needs a kind and a label");
        return WARTA_EINVAL;
    }
    if (bad_span(s, ann->label, ann->start, ann->end))
        return WARTA_EINVAL;
    if (s->n >= STORE_MAX_ANNOTATIONS)
        return WARTA_STOP;
    if (s->n == s->cap) {
        uint32_t ncap = s->cap ? s->cap * 2 : 64;
        warta_annotation *g = realloc(s->anns, ncap * sizeof *g);
        if (!g)
            return WARTA_ENOMEM;
        s->anns = g;
        s->cap = ncap;
    }
    warta_annotation *a = &s->anns[s->n];
    memset(a, 0, sizeof *a);
    a->struct_size = sizeof *a;
    a->kind = ann->kind;
    a->start = ann->start;
    a->end = ann->end;
    a->score = ann->score < 0 ? 0 : ann->score > 1 ? 1 : ann->score;
    a->id = (int32_t)s->n;
    a->plugin = s->plugin;
    if (!(a->label = warta_arena__strdup(&s->arena, ann->label)))
        return WARTA_ENOMEM;
    int rc;
    if ((rc = copy_parts(s, ann, a)) < 0 || (rc = copy_attrs(s, ann, a)) < 0 ||
        (rc = copy_refs(s, ann, a)) < 0)
        return rc;
    if (id_out)
        *id_out = a->id;
    s->n++;
    return WARTA_OK;
}

const warta_part *warta_ann__part(const warta_annotation *a, const char *name)
{
    for (uint32_t i = 0; i < a->n_parts; i++)
        if (strcmp(a->parts[i].name, name) == 0)
            return &a->parts[i];
    return NULL;
}

const char *warta_ann__attr(const warta_annotation *a, const char *key)
{
    for (uint32_t i = 0; i < a->n_attrs; i++)
        if (strcmp(a->attrs[i].key, key) == 0)
            return a->attrs[i].value;
    return NULL;
}

int32_t warta_ann__ref(const warta_annotation *a, const char *name)
{
    for (uint32_t i = 0; i < a->n_refs; i++)
        if (strcmp(a->refs[i].name, name) == 0)
            return a->refs[i].target;
    return -1;
}
