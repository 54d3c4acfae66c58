/*
 * Reads the repository's gold corpus: brat standoff (corpus/README.md), a
 * .txt beside each .ann, read by core/brat_read.c (character offsets come
 * out as bytes).
 * Types person/location/organization/role/quote/cue; relations role,
 * affiliation (Arg1 the person), speaker and cue (Arg1 the quote);
 * attribute kind; "*\tCoref T1 T2 ..." chains, used as the speaker's chain.
 */
#include "eval.h"

#include "brat_read.h"

#include <stdlib.h>
#include <string.h>

enum { K_ENTITY, K_ROLE, K_QUOTE, K_CUE, K_OTHER };

static int type_kind(const char *t, int *type)
{
    static const char *const ents[] = {"person", "location", "organization"};
    for (int i = 0; i < 3; i++)
        if (strcmp(t, ents[i]) == 0) {
            *type = i;
            return K_ENTITY;
        }
    return strcmp(t, "role") == 0 ? K_ROLE : strcmp(t, "quote") == 0 ? K_QUOTE : strcmp(t, "cue") == 0 ? K_CUE : K_OTHER;
}

/* Per T line: what it is and what points at it. */
typedef struct tinfo {
    int kind, type;
    int32_t mention;          /* index in doc->m, or -1 */
    int32_t chain;            /* Coref group, or -1 */
    int32_t cue, speaker;     /* T indices, or -1 */
    char qkind;
} tinfo;

static ev_span span_of(warta_brat_span s)
{
    return (ev_span){s.start, s.end};
}

static tinfo *describe(const warta_brat_ann *b)
{
    tinfo *info = malloc((b->n_tb ? b->n_tb : 1) * sizeof *info);
    if (!info)
        return NULL;
    for (uint32_t i = 0; i < b->n_tb; i++) {
        info[i] = (tinfo){0, 0, -1, -1, -1, -1, 0};
        info[i].kind = type_kind(b->tb[i].type, &info[i].type);
    }
    for (uint32_t g = 0; g < b->n_groups; g++)
        if (strcmp(b->groups[g].name, "Coref") == 0)
            for (uint32_t k = 0; k < b->groups[g].n; k++)
                info[b->members[b->groups[g].first + k]].chain = (int32_t)g;
    for (uint32_t i = 0; i < b->n_attrs; i++)
        if (strcmp(b->attrs[i].name, "kind") == 0) {
            char v = b->attrs[i].value[0];
            info[b->attrs[i].target].qkind = v == 'd' ? 'd' : v == 'i' ? 'i' : 0;
        }
    return info;
}

static int add_mentions(const warta_brat_ann *b, tinfo *info, ev_doc *d, long *ignored)
{
    for (uint32_t i = 0; i < b->n_tb; i++) {
        if (info[i].kind == K_ENTITY) {
            ev_mention m;
            memset(&m, 0, sizeof m);
            m.span = span_of(warta_brat__extent(b, i));
            m.type = info[i].type;
            uint32_t at = d->n_m;
            if (ev_add_mention(d, &m) < 0)
                return -1;
            info[i].mention = d->n_m > at ? (int32_t)at : -1;
        } else if (info[i].kind == K_CUE) {
            if (ev_add_cue(d, span_of(warta_brat__extent(b, i))) < 0)
                return -1;
        } else if (info[i].kind == K_OTHER) {
            (*ignored)++;
        }
    }
    for (uint32_t i = 0; i < b->n_rels; i++) {
        const warta_brat_rel *r = &b->rels[i];
        const tinfo *p = &info[r->arg1];
        if (strcmp(r->name, "role") == 0 || strcmp(r->name, "affiliation") == 0) {
            if (p->kind != K_ENTITY || p->mention < 0)
                continue;
            ev_mention *m = &d->m[p->mention];
            if (r->name[0] == 'r') {
                m->has_role = 1;
                m->role = span_of(warta_brat__extent(b, (uint32_t)r->arg2));
            } else {
                m->has_aff = 1;
                m->aff = span_of(warta_brat__extent(b, (uint32_t)r->arg2));
            }
        } else if (p->kind == K_QUOTE && strcmp(r->name, "speaker") == 0) {
            info[r->arg1].speaker = r->arg2;
        } else if (p->kind == K_QUOTE && strcmp(r->name, "cue") == 0) {
            info[r->arg1].cue = r->arg2;
        }
    }
    return 0;
}

/* The speaker's spans: the speaker itself and the rest of its Coref group. */
static int speaker_spans(const warta_brat_ann *b, const tinfo *info, int32_t sp, ev_span **spk, size_t *cap,
                         size_t *n)
{
    *n = 0;
    for (uint32_t k = 0; k < b->n_tb; k++) {
        if ((int32_t)k != sp && (info[sp].chain < 0 || info[k].chain != info[sp].chain))
            continue;
        if (*n == *cap) {
            size_t c = *cap ? *cap * 2 : 16;
            ev_span *g = realloc(*spk, c * sizeof *g);
            if (!g)
                return -1;
            *spk = g;
            *cap = c;
        }
        (*spk)[(*n)++] = span_of(warta_brat__extent(b, k));
    }
    return 0;
}

static int add_quotes(const warta_brat_ann *b, const tinfo *info, ev_doc *d)
{
    ev_span *spk = NULL, *frags = NULL;
    size_t cap = 0;
    int rc = 0;
    for (uint32_t i = 0; i < b->n_tb && rc == 0; i++) {
        if (info[i].kind != K_QUOTE)
            continue;
        const warta_brat_tb *t = &b->tb[i];
        ev_span *g = realloc(frags, t->n_frags * sizeof *g);
        if (!g) {
            rc = -1;
            break;
        }
        frags = g;
        for (uint32_t f = 0; f < t->n_frags; f++)
            frags[f] = span_of(b->frags[t->first_frag + f]);
        ev_span cue = info[i].cue >= 0 ? span_of(warta_brat__extent(b, (uint32_t)info[i].cue)) : (ev_span){0, 0};
        size_t n_spk = 0;
        /* The chain is short (one person's mentions); scanning the T table
         * per speaking quote stays linear in practice. */
        if (info[i].speaker >= 0 && speaker_spans(b, info, info[i].speaker, &spk, &cap, &n_spk) < 0)
            rc = -1;
        else if (ev_add_quote(d, frags, t->n_frags, info[i].cue >= 0 ? &cue : NULL,
                              info[i].speaker >= 0 ? EV_SPK_SET : EV_SPK_NONE, spk, (uint32_t)n_spk,
                              info[i].qkind) < 0)
            rc = -1;
    }
    free(frags);
    free(spk);
    return rc;
}

static int read_pair(const char *txt_path, const char *ann_path, const char *lang, ev_corpus *c,
                     char *err, size_t errsize)
{
    size_t len, alen;
    char *text = cli_read_file(txt_path, &len);
    if (!text) {
        snprintf(err, errsize, "cannot read %s", txt_path);
        return -2;
    }
    char *annt = cli_read_file(ann_path, &alen);
    if (!annt) {
        free(text);
        snprintf(err, errsize, "cannot read %s", ann_path);
        return -2;
    }
    warta_brat_ann b;
    char why[300];
    int rc = warta_brat__read(text, len, annt, alen, &b, why, sizeof why);
    if (rc == WARTA_ENOMEM) {
        rc = -1;
    } else if (rc != WARTA_OK) {
        snprintf(err, errsize, "%s: %s", ann_path, why);
        rc = -2;
    }
    tinfo *info = rc == 0 ? describe(&b) : NULL;
    if (rc == 0 && !info)
        rc = -1;
    ev_doc *d = rc == 0 ? ev_corpus_add(c) : NULL;
    if (rc == 0 && !d)
        rc = -1;
    if (d) {
        char key[512];
        rc = ev_doc_set(d, ev_doc_key(txt_path, key, sizeof key), text, len, lang);
        if (rc == 0)
            rc = add_mentions(&b, info, d, &c->ignored_labels);
        if (rc == 0)
            rc = add_quotes(&b, info, d);
    }
    if (rc == -1)
        snprintf(err, errsize, "out of memory reading %s", ann_path);
    free(info);
    warta_brat__free(&b);
    free(annt);
    free(text);
    return rc;
}

static char *swap_suffix(const char *path, const char *from, const char *to)
{
    size_t n = strlen(path) - strlen(from);
    char *s = malloc(n + strlen(to) + 1);
    if (s) {
        memcpy(s, path, n);
        strcpy(s + n, to);
    }
    return s;
}

int ev_read_brat(const char *path, const char *lang, long limit, ev_corpus *c, char *err,
                 size_t errsize)
{
    c->format = "brat";
    c->layers = EV_L_ENTITIES | EV_L_ROLE | EV_L_AFFILIATION | EV_L_QUOTE | EV_L_CUE | EV_L_SPEAKER;
    size_t n = 0;
    char **anns = NULL;
    if (cli_has_suffix(path, ".ann") || cli_has_suffix(path, ".txt")) {
        anns = malloc(sizeof *anns);
        if (anns && (anns[0] = cli_has_suffix(path, ".txt") ? swap_suffix(path, ".txt", ".ann")
                                                          : ev_strndup(path, strlen(path))))
            n = 1;
    } else {
        anns = cli_list_dir(path, ".ann", &n);
        if (!anns) {
            snprintf(err, errsize, "cannot read directory %s", path);
            return -2;
        }
    }
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0 && (!limit || (long)c->n < limit); i++) {
        char *txt = swap_suffix(anns[i], ".ann", ".txt");
        rc = txt ? read_pair(txt, anns[i], lang, c, err, errsize) : -1;
        free(txt);
    }
    cli_free_list(anns, n);
    if (rc == 0 && c->n == 0) {
        snprintf(err, errsize, "no .ann files in %s", path);
        rc = -2;
    }
    return rc;
}
