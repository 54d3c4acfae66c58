#include "merge.h"

#include <stdlib.h>
#include <string.h>

#include "warta/plugin_kit.h"

typedef struct cand {
    const warta_annotation *a;
    uint32_t rank;
} cand;

static int is_none(const warta_annotation *a)
{
    return a->label && strcmp(a->label, WARTA_LABEL_NONE) == 0;
}

/* Text order: by start, outer before inner, a claim before what it covers,
 * then by id.  A total order (ids differ), so any correct sort gives the
 * same array. */
static inline int before(const warta_annotation *a, const warta_annotation *b)
{
    if (a->start != b->start)
        return a->start < b->start;
    if (a->end != b->end)
        return a->end > b->end; /* outer before inner */
    int na = is_none(a), nb = is_none(b);
    if (na != nb)
        return na;              /* a claim before what it covers */
    return a->id < b->id;
}

/* Sorts c[0, n) into text order (tmp: room for n / 2 + 1).  Plugins emit
 * in text order, so the array is a few sorted runs one after another: a
 * half already in order after the other costs one comparison, and the
 * comparison is inlined (qsort called through a pointer for each). */
static void sort_by_position(cand *c, uint32_t n, cand *tmp)
{
    if (n <= 12) {
        for (uint32_t i = 1; i < n; i++) {
            cand x = c[i];
            uint32_t j = i;
            while (j > 0 && before(x.a, c[j - 1].a)) {
                c[j] = c[j - 1];
                j--;
            }
            c[j] = x;
        }
        return;
    }
    uint32_t half = n / 2;
    sort_by_position(c, half, tmp);
    sort_by_position(c + half, n - half, tmp);
    if (!before(c[half].a, c[half - 1].a))
        return;
    memcpy(tmp, c, half * sizeof *tmp);
    uint32_t i = 0, j = half, k = 0;
    while (i < half && j < n)
        c[k++] = before(c[j].a, tmp[i].a) ? c[j++] : tmp[i++];
    while (i < half)
        c[k++] = tmp[i++];
}

static int by_priority(const void *x, const void *y)
{
    const cand *c = x, *d = y;
    int merits = warta_kit_merge_outranks(c->a, d->a);
    if (merits)
        return -merits;
    if (c->rank != d->rank)
        return c->rank < d->rank ? -1 : 1;
    return c->a->id < d->a->id ? -1 : c->a->id > d->a->id;
}

static uint32_t rank_of(const char *plugin, const char *const *run_order, uint32_t n_run)
{
    for (uint32_t i = 0; i < n_run; i++)
        if (plugin && strcmp(plugin, run_order[i]) == 0)
            return i;
    return n_run;
}

/* apply_none's state of each annotation */
enum { BACKED = 1, VETOED = 2 };

/* The annotation ref repeats (a "coref" ref to one of the store's), or -1. */
static int32_t coref_target(const warta_store *s, const warta_ref *ref)
{
    return ref->name && strcmp(ref->name, "coref") == 0 && ref->target >= 0 && (uint32_t)ref->target < s->n
               ? ref->target
               : -1;
}

/* Does a repeat (refs "coref") names that all went to a claim? */
static int repeats_only_dropped(const warta_store *s, const warta_annotation *a, const uint8_t *state)
{
    int repeats = 0;
    for (uint32_t r = 0; r < a->n_refs; r++) {
        int32_t t = coref_target(s, &a->refs[r]);
        if (t < 0)
            continue;
        if (!(state[t] & VETOED))
            return 0;
        repeats = 1;
    }
    return repeats;
}

/* "none" claims: each drops the weaker mentions lying wholly inside it and
 * is then dropped itself.  A sweep over the mentions in position order (a
 * claim comes before the mentions it covers), so a long claim costs nothing
 * per mention beyond the claims still open there, and the groups settled
 * next are made of names only.  A mention backed by more than its own
 * tokens stays: one another annotation points at (a quote's speaker, an
 * official's affiliation), and one that repeats (refs "coref") a name that
 * stays.  Returns how many mentions are left, moved to the front of `m` in
 * the same order. */
static uint32_t apply_none(const warta_store *s, cand *m, uint32_t n, const warta_annotation **open,
                           uint8_t *state, int32_t *survivor)
{
    for (uint32_t i = 0; i < s->n; i++)
        for (uint32_t r = 0; r < s->anns[i].n_refs; r++) {
            const warta_ref *ref = &s->anns[i].refs[r];
            if (ref->target >= 0 && (uint32_t)ref->target < s->n &&
                !(ref->name && strcmp(ref->name, "coref") == 0))
                state[ref->target] |= BACKED;
        }
    uint32_t n_open = 0, n_vetoed = 0;
    for (uint32_t i = 0; i < n; i++) {
        const warta_annotation *a = m[i].a;
        uint32_t still = 0;
        for (uint32_t k = 0; k < n_open; k++)
            if (open[k]->end > a->start)
                open[still++] = open[k];
        n_open = still;
        if (is_none(a)) {
            open[n_open++] = a;
            continue;
        }
        for (uint32_t k = 0; k < n_open && !(state[a->id] & (BACKED | VETOED)); k++)
            if (open[k]->start <= a->start && a->end <= open[k]->end && a->score < open[k]->score) {
                state[a->id] |= VETOED;
                n_vetoed++;
            }
    }
    /* repeats of names that stay, transitively (chains are short) */
    for (int changed = n_vetoed > 0, rounds = 0; changed && rounds < 8; rounds++) {
        changed = 0;
        for (uint32_t i = 0; i < n; i++) {
            const warta_annotation *a = m[i].a;
            if (!(state[a->id] & VETOED))
                continue;
            for (uint32_t r = 0; r < a->n_refs; r++) {
                int32_t t = coref_target(s, &a->refs[r]);
                if (t >= 0 && s->anns[t].kind == WARTA_ANN_MENTION && !is_none(&s->anns[t]) &&
                    !(state[t] & VETOED)) {
                    state[a->id] &= (uint8_t)~VETOED;
                    changed = 1;
                    break;
                }
            }
        }
    }
    /* and a bare repeat falls with the name it repeats: "Banks" after "The
     * Tyra Banks Show", whose "Tyra Banks" a surer claim dropped */
    for (int changed = n_vetoed > 0, rounds = 0; changed && rounds < 8; rounds++) {
        changed = 0;
        for (uint32_t i = 0; i < n; i++) {
            const warta_annotation *a = m[i].a;
            if (is_none(a) || (state[a->id] & (VETOED | BACKED)) || !repeats_only_dropped(s, a, state))
                continue;
            state[a->id] |= VETOED;
            changed = 1;
        }
    }
    uint32_t kept = 0;
    for (uint32_t i = 0; i < n; i++) {
        const warta_annotation *a = m[i].a;
        if (is_none(a) || (state[a->id] & VETOED))
            survivor[a->id] = -1;
        else
            m[kept++] = m[i];
    }
    return kept;
}

/* Role spans ("Gubernur" in "Gubernur Jambi Zumi Zola"), sorted by start,
 * so that a longer name is not taken over an office (below). */
typedef struct roles {
    const warta_part **parts;
    uint32_t n, longest;
} roles;

static int part_by_start(const void *x, const void *y)
{
    const warta_part *a = *(const warta_part *const *)x, *b = *(const warta_part *const *)y;
    return a->start < b->start ? -1 : a->start > b->start;
}

static int collect_roles(const warta_store *s, roles *r)
{
    uint32_t n = 0;
    memset(r, 0, sizeof *r);
    for (uint32_t i = 0; i < s->n; i++)
        for (uint32_t p = 0; p < s->anns[i].n_parts; p++)
            n += s->anns[i].parts[p].name && strcmp(s->anns[i].parts[p].name, "role") == 0;
    if (!n)
        return WARTA_OK;
    if (!(r->parts = malloc(n * sizeof *r->parts)))
        return WARTA_ENOMEM;
    for (uint32_t i = 0; i < s->n; i++)
        for (uint32_t p = 0; p < s->anns[i].n_parts; p++) {
            const warta_part *part = &s->anns[i].parts[p];
            if (part->name && strcmp(part->name, "role") == 0) {
                r->parts[r->n++] = part;
                if (part->end - part->start > r->longest)
                    r->longest = part->end - part->start;
            }
        }
    qsort(r->parts, r->n, sizeof *r->parts, part_by_start);
    return WARTA_OK;
}

static int overlaps_role(const roles *r, const warta_annotation *a)
{
    /* first part that may reach a->start: its start is at most `longest` before */
    uint32_t lo = 0, hi = r->n, from = a->start > r->longest ? a->start - r->longest : 0;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (r->parts[mid]->start < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (uint32_t i = lo; i < r->n && r->parts[i]->start < a->end; i++)
        if (r->parts[i]->end > a->start)
            return 1;
    return 0;
}

/* A place or organisation inside a longer one with the same label is most
 * often a part of its name: "Maluku" of "Maluku Selatan", "Solo" of
 * "Bengawan Solo", "Kudus" of "Menara Kudus".  The gazetteer is surer of
 * the part than a statistical plugin is of the whole, yet the whole is the
 * name, so the longer one takes the place of the one part it holds, unless
 * it holds two ("Anchorage Alaska" is two places side by side) or also
 * covers an office ("Gubernur Jambi" in "Gubernur Jambi Zumi Zola": the
 * tagger read a title into the place) or a person ("Partai Golkar Aburizal
 * Bakrie").  Persons are left to the score:
 * what their longer spans add is mostly honorifics. */
static int is_person(const warta_annotation *a)
{
    return warta_kit_same_kind(a->label, "person");
}

static int extends_name(const warta_annotation *outer, const warta_annotation *inner)
{
    return strcmp(outer->label, inner->label) == 0 &&
           (strcmp(outer->label, "location") == 0 || strcmp(outer->label, "organization") == 0) &&
           outer->start <= inner->start && inner->end <= outer->end &&
           (outer->start < inner->start || inner->end < outer->end);
}

/* Does official a read the very words person b reads, with the office on
 * top ("Kapolsek Mallusetasi AKP Iriansyah": a statistical person, and an
 * unlisted name the title alone vouches for)?  The two agree, so whichever
 * is surer the official stands for both. */
static int adds_office(const warta_annotation *a, const warta_annotation *b)
{
    return a->start == b->start && a->end == b->end && strcmp(a->label, "official") == 0 &&
           strcmp(b->label, "person") == 0;
}

/* Does place or organisation x hold a person together with that person's
 * affiliation ("Kulon Progo Yohanes Irianta" after "Bupati": a statistical
 * reading ran the two names together), or begin inside the title before
 * the name ("KASAU Komodor Udara Suryadi Suryadarma", "AKP Iriansyah" after
 * "Kapolsek Mallusetasi")?  Nesting across kinds stands otherwise, but no
 * name holds an official and the body he serves or his office. */
static int swallows_official(const warta_store *s, const warta_annotation *x, const warta_annotation *p)
{
    if (is_person(x) || !is_person(p) || p->start < x->start || x->end < p->end)
        return 0;
    for (uint32_t k = 0; k < p->n_parts; k++) {
        const warta_part *part = &p->parts[k];
        if (part->name && strcmp(part->name, "role") == 0 && part->end <= p->start && part->start <= x->start &&
            x->start < p->start && warta_kit_merge_outranks(p, x) > 0)
            return 1; /* a surer place or organisation keeps them both, as before */
    }
    for (uint32_t r = 0; r < p->n_refs; r++) {
        int32_t t = p->refs[r].target;
        if (p->refs[r].name && strcmp(p->refs[r].name, "affiliation") == 0 && t >= 0 && (uint32_t)t < s->n &&
            x->start <= s->anns[t].start && s->anns[t].end <= x->end && &s->anns[t] != x)
            return 1;
    }
    return 0;
}

/* Must the merge keep only one of two overlapping mentions?  The pairwise
 * rule lives in plugin_kit.h, so that a plugin reading earlier plugins'
 * mentions as context can tell which of them will stand; the affiliation
 * swallowed with its official needs the refs only the host has. */
static int clash(const warta_store *s, const warta_annotation *a, const warta_annotation *b)
{
    return warta_kit_merge_conflict(a, b) || swallows_official(s, a, b) || swallows_official(s, b, a);
}

/* Scratch for settling groups, sized once for the document's mentions. */
typedef struct settler {
    const warta_store *s;
    const roles *r;
    int32_t *survivor;
    cand *prio;           /* the group by priority; .rank then holds the position */
    uint8_t *kept;        /* by position in the group */
    uint32_t *nbr_start;  /* by position: where its overlapping members begin in nbr */
    uint32_t *fill;       /* by position: next free slot in nbr while filling,
                           * then the place in the priority order */
    uint32_t *nbr;
    size_t cap_nbr;
} settler;

/* Each member's overlapping members, by position.  The group is in
 * position order, so a member's later neighbours start before it ends: the
 * work is the number of overlapping pairs, not the group's size squared (a
 * statistical span over a 100,000-word line holds 100,000 gazetteer hits
 * that overlap it and not one another). */
static int find_neighbours(settler *st, const cand *group, uint32_t n)
{
    memset(st->nbr_start, 0, (n + 1) * sizeof *st->nbr_start);
    for (uint32_t i = 0; i < n; i++)
        for (uint32_t j = i + 1; j < n && group[j].a->start < group[i].a->end; j++)
            if (group[i].a->start < group[j].a->end) {
                st->nbr_start[i + 1]++;
                st->nbr_start[j + 1]++;
            }
    for (uint32_t i = 0; i < n; i++) {
        st->nbr_start[i + 1] += st->nbr_start[i];
        st->fill[i] = st->nbr_start[i];
    }
    if (st->nbr_start[n] > st->cap_nbr) {
        size_t cap = (size_t)st->nbr_start[n] * 2;
        uint32_t *g = realloc(st->nbr, cap * sizeof *g);
        if (!g)
            return WARTA_ENOMEM;
        st->nbr = g;
        st->cap_nbr = cap;
    }
    for (uint32_t i = 0; i < n; i++)
        for (uint32_t j = i + 1; j < n && group[j].a->start < group[i].a->end; j++)
            if (group[i].a->start < group[j].a->end) {
                st->nbr[st->fill[i]++] = j;
                st->nbr[st->fill[j]++] = i;
            }
    return WARTA_OK;
}

/* "Trump-Musk", "Wakatobi-Kendari": a word the tokenizer kept whole, read
 * as one name by a statistical plugin, while other mentions name each of
 * its parts from a list or from the document.  The parts are the names,
 * whatever the scores say.  Returns the first of those parts when two or
 * more of them cover all of a but the hyphens between them, else -1.  The
 * members overlapping a come in position order. */
static int32_t tiled(const settler *st, const cand *group, uint32_t pos, const warta_annotation *a)
{
    uint32_t at = a->start, n = 0;
    int32_t first = -1;
    for (uint32_t k = st->nbr_start[pos]; k < st->nbr_start[pos + 1]; k++) {
        uint32_t o = st->nbr[k];
        const warta_annotation *b = group[o].a;
        if (b->start < a->start || b->end > a->end || (b->start == a->start && b->end == a->end))
            continue;
        for (; at < b->start; at++)
            if (st->s->text[at] != '-')
                return -1;
        if (b->end > at)
            at = b->end;
        if (first < 0)
            first = (int32_t)o;
        n++;
    }
    for (; at < a->end; at++)
        if (st->s->text[at] != '-')
            return -1;
    return n >= 2 ? first : -1;
}

/* Greedy acceptance inside one overlapping group, by priority: a mention
 * stands unless a kept one it overlaps clashes with it. */
static int settle_group(settler *st, const cand *group, uint32_t n)
{
    if (n == 1) {
        st->survivor[group[0].a->id] = group[0].a->id;
        return WARTA_OK;
    }
    if (find_neighbours(st, group, n) != WARTA_OK)
        return WARTA_ENOMEM;
    memcpy(st->prio, group, n * sizeof *st->prio);
    qsort(st->prio, n, sizeof *st->prio, by_priority);
    /* each one's position, through survivor[] (free until it is settled) */
    for (uint32_t pos = 0; pos < n; pos++)
        st->survivor[group[pos].a->id] = (int32_t)pos;
    for (uint32_t i = 0; i < n; i++) {
        st->prio[i].rank = (uint32_t)st->survivor[st->prio[i].a->id];
        st->fill[st->prio[i].rank] = i; /* done filling: now each one's priority */
    }
    memset(st->kept, 0, n);
    for (uint32_t i = 0; i < n; i++) {
        const warta_annotation *a = st->prio[i].a;
        uint32_t pos = st->prio[i].rank;
        int32_t part = tiled(st, group, pos, a); /* whatever is kept: the parts win */
        if (part >= 0) {
            st->survivor[a->id] = group[part].a->id;
            continue;
        }
        int32_t beaten_at = -1;
        uint32_t n_beaten = 0, n_parts = 0, n_persons = 0;
        for (uint32_t k = st->nbr_start[pos]; k < st->nbr_start[pos + 1]; k++) {
            uint32_t o = st->nbr[k];
            const warta_annotation *b = group[o].a;
            n_persons += is_person(b);
            if (st->kept[o] && clash(st->s, a, b)) {
                if (beaten_at < 0 || st->fill[o] < st->fill[beaten_at])
                    beaten_at = (int32_t)o; /* the surest one it clashes with */
                n_beaten++;
                n_parts += extends_name(a, b);
            }
        }
        if (n_beaten == 1 && (n_parts == 1 ? !n_persons && !overlaps_role(st->r, a)
                                           : adds_office(a, group[beaten_at].a))) {
            /* the part, or the bare person, gives way; whatever it had beaten follows it */
            st->survivor[group[beaten_at].a->id] = a->id;
            st->kept[beaten_at] = 0;
            beaten_at = -1;
        }
        if (beaten_at >= 0) {
            st->survivor[a->id] = group[beaten_at].a->id;
        } else {
            st->survivor[a->id] = a->id;
            st->kept[pos] = 1;
        }
    }
    return WARTA_OK;
}

static void find_parents(const cand *sorted, uint32_t n, const int32_t *survivor, int32_t *parent)
{
    /* Kept mentions never cross, so open spans form a stack. */
    const warta_annotation **stack = malloc((n ? n : 1) * sizeof *stack);
    uint32_t depth = 0;
    if (!stack)
        return;
    for (uint32_t i = 0; i < n; i++) {
        const warta_annotation *a = sorted[i].a;
        if (survivor[a->id] != a->id)
            continue;
        while (depth && stack[depth - 1]->end <= a->start)
            depth--;
        if (depth && stack[depth - 1]->end >= a->end &&
            !(stack[depth - 1]->start == a->start && stack[depth - 1]->end == a->end))
            parent[a->id] = stack[depth - 1]->id;
        stack[depth++] = a;
    }
    free(stack);
}

/* Identical quotes from two plugins (or one plugin twice) are one quote.
 * Quotes inside MAX_QUOTE_DEPTH others are dropped: reported speech nests
 * two or three deep in real text, while "X said that X said that …" over
 * one endless sentence would make every quote hold the rest of it, and the
 * output grow with the square of the input. */
enum { MAX_QUOTE_DEPTH = 8 };

static void dedupe_quotes(const warta_store *s, cand *q, uint32_t n, int32_t *survivor, cand *tmp)
{
    sort_by_position(q, n, tmp);
    uint32_t open_end[MAX_QUOTE_DEPTH], depth = 0;
    for (uint32_t i = 0; i < n; i++) {
        const warta_annotation *a = q[i].a;
        survivor[a->id] = a->id;
        if (i && q[i - 1].a->start == a->start && q[i - 1].a->end == a->end) {
            int32_t keep = survivor[q[i - 1].a->id];
            if (keep < 0) {
                survivor[a->id] = -1;
            } else if (a->score > s->anns[keep].score) {
                survivor[keep] = a->id;
            } else {
                survivor[a->id] = keep;
            }
            continue;
        }
        /* quotes come outer first; those ended before this one are closed */
        uint32_t kept = 0;
        for (uint32_t k = 0; k < depth; k++)
            if (open_end[k] > a->start)
                open_end[kept++] = open_end[k];
        depth = kept;
        if (depth == MAX_QUOTE_DEPTH)
            survivor[a->id] = -1;
        else
            open_end[depth++] = a->end;
    }
}

int warta_merge__run(const warta_store *s, const char *const *run_order, uint32_t n_run,
                     warta_merge *out)
{
    uint32_t n = s->n, room = n ? n : 1;
    out->survivor = malloc(room * sizeof *out->survivor);
    out->parent = malloc(room * sizeof *out->parent);
    cand *m = malloc(room * sizeof *m), *q = malloc(room * sizeof *q);
    const warta_annotation **open = malloc(room * sizeof *open);
    uint8_t *state = calloc(room, 1);
    roles r = {0};
    settler st = {s, &r, out->survivor, malloc(room * sizeof(cand)), malloc(room), malloc((room + 1) * sizeof(uint32_t)),
                  malloc(room * sizeof(uint32_t)), NULL, 0};
    int rc = out->survivor && out->parent && m && q && open && state && st.prio && st.kept && st.nbr_start && st.fill
                 ? collect_roles(s, &r)
                 : WARTA_ENOMEM;
    uint32_t nm = 0, nq = 0;
    if (rc == WARTA_OK) {
        for (uint32_t i = 0; i < n; i++) {
            out->parent[i] = -1;
            out->survivor[i] = -1;
            cand c = {&s->anns[i], rank_of(s->anns[i].plugin, run_order, n_run)};
            if (s->anns[i].kind == WARTA_ANN_MENTION)
                m[nm++] = c;
            else
                q[nq++] = c;
        }
        sort_by_position(m, nm, st.prio); /* scratch until groups are settled */
        nm = apply_none(s, m, nm, open, state, out->survivor);
    }
    for (uint32_t i = 0; i < nm && rc == WARTA_OK;) {
        uint32_t j = i + 1, reach = m[i].a->end;
        while (j < nm && m[j].a->start < reach) {
            if (m[j].a->end > reach)
                reach = m[j].a->end;
            j++;
        }
        rc = settle_group(&st, m + i, j - i);
        i = j;
    }
    if (rc == WARTA_OK) {
        find_parents(m, nm, out->survivor, out->parent);
        dedupe_quotes(s, q, nq, out->survivor, st.prio);
        if (!(out->kept = malloc(room * sizeof *out->kept)))
            rc = WARTA_ENOMEM;
    }
    if (rc == WARTA_OK) {
        uint32_t k = 0;
        for (uint32_t i = 0; i < nm; i++)
            if (out->survivor[m[i].a->id] == m[i].a->id)
                out->kept[k++] = m[i].a->id;
        out->n_kept_mentions = k;
        for (uint32_t i = 0; i < nq; i++)
            if (out->survivor[q[i].a->id] == q[i].a->id)
                out->kept[k++] = q[i].a->id;
        out->n_kept_quotes = k - out->n_kept_mentions;
    } else {
        warta_merge__free(out);
    }
    free(r.parts);
    free(st.prio);
    free(st.kept);
    free(st.nbr_start);
    free(st.fill);
    free(st.nbr);
    free(open);
    free(state);
    free(m);
    free(q);
    return rc;
}

int32_t warta_merge__resolve(const warta_merge *merge, int32_t id)
{
    /* A winner is always kept, so chains are short; the bound guards a bug. */
    for (int hops = 0; id >= 0 && hops < 8; hops++) {
        if (merge->survivor[id] == id)
            return id;
        id = merge->survivor[id];
    }
    return -1;
}

void warta_merge__free(warta_merge *merge)
{
    free(merge->survivor);
    free(merge->parent);
    free(merge->kept);
    merge->survivor = merge->parent = merge->kept = NULL;
    merge->n_kept_mentions = merge->n_kept_quotes = 0;
}
