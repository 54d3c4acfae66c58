/*
 * core/plugin_order.c — runs plugins after the plugins producing the labels
 * they need (Kahn's algorithm, ties broken by discovery order so output is
 * reproducible).  A plugin needing a label nobody produces, or caught in a
 * cycle, is refused with the reason; refusing one may strand others, so the
 * check repeats until nothing changes.
 */
#include "engine.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int active(const warta_loaded_plugin *p)
{
    return p->created && !p->info.refused;
}

static int produces(const warta_loaded_plugin *p, const char *label)
{
    for (const char *const *l = p->desc.produces; l && *l; l++)
        if (strcmp(*l, label) == 0)
            return 1;
    return 0;
}

/* Index of an active plugin other than `self` producing label, or -1. */
static int producer_of(const warta_engine *e, uint32_t self, const char *label)
{
    for (uint32_t i = 0; i < e->n_plugins; i++)
        if (i != self && active(&e->plugins[i]) && produces(&e->plugins[i], label))
            return (int)i;
    return -1;
}

static int refuse_unmet_needs(warta_engine *e)
{
    int changed = 0;
    for (uint32_t i = 0; i < e->n_plugins; i++) {
        warta_loaded_plugin *p = &e->plugins[i];
        if (!active(p))
            continue;
        for (const char *const *need = p->desc.needs; need && *need; need++) {
            if (producer_of(e, i, *need) < 0) {
                char why[512];
                snprintf(why, sizeof why, "needs label '%s', which no loaded plugin produces",
                         *need);
                warta_loader__refuse(e, p, why);
                changed = 1;
                break;
            }
        }
    }
    return changed;
}

/* True when every producer of every need of plugin i is already placed. */
static int ready(const warta_engine *e, uint32_t i, const unsigned char *placed)
{
    const warta_loaded_plugin *p = &e->plugins[i];
    for (const char *const *need = p->desc.needs; need && *need; need++)
        for (uint32_t j = 0; j < e->n_plugins; j++)
            if (j != i && active(&e->plugins[j]) && !placed[j] &&
                produces(&e->plugins[j], *need))
                return 0;
    return 1;
}

/* Every unplaced plugin waits on another unplaced one, so following
 * "waits on" from any of them must come back round: name that cycle. */
static void refuse_cycle(warta_engine *e, const unsigned char *placed)
{
    uint32_t n = e->n_plugins;
    int *next = malloc(n * sizeof *next);
    unsigned char *seen = calloc(n, 1);
    if (!next || !seen) {
        free(next);
        free(seen);
        return;
    }
    uint32_t start = 0;
    while (start < n && (placed[start] || !active(&e->plugins[start])))
        start++;
    for (uint32_t i = 0; i < n; i++) {
        next[i] = -1;
        if (placed[i] || !active(&e->plugins[i]))
            continue;
        const warta_loaded_plugin *p = &e->plugins[i];
        for (const char *const *need = p->desc.needs; need && *need && next[i] < 0; need++)
            for (uint32_t j = 0; j < n && next[i] < 0; j++)
                if (j != i && active(&e->plugins[j]) && !placed[j] &&
                    produces(&e->plugins[j], *need))
                    next[i] = (int)j;
    }
    uint32_t cur = start;
    while (!seen[cur] && next[cur] >= 0) {
        seen[cur] = 1;
        cur = (uint32_t)next[cur];
    }
    /* cur is on the cycle: write it out, then refuse its members. */
    char why[1024] = "dependency cycle: ";
    uint32_t c = cur;
    do {
        strncat(why, e->plugins[c].info.name, sizeof why - strlen(why) - 1);
        strncat(why, " -> ", sizeof why - strlen(why) - 1);
        c = (uint32_t)next[c];
    } while (c != cur);
    strncat(why, e->plugins[cur].info.name, sizeof why - strlen(why) - 1);
    int members[64];
    int m = 0;
    c = cur;
    do {
        if (m < 64)
            members[m++] = (int)c;
        c = (uint32_t)next[c];
    } while (c != cur);
    for (int k = 0; k < m; k++)
        warta_loader__refuse(e, &e->plugins[members[k]], why);
    free(next);
    free(seen);
}

static int selected_refused(warta_engine *e)
{
    if (!e->selected)
        return 0;
    for (uint32_t i = 0; i < e->n_plugins; i++) {
        const warta_loaded_plugin *p = &e->plugins[i];
        if (p->info.refused) {
            warta_engine__fail(e, WARTA_ECONFIG, "plugin %s was refused: %s", p->info.path,
                               p->info.refused);
            return 1;
        }
    }
    return 0;
}

int warta_order__resolve(warta_engine *e)
{
    uint32_t n = e->n_plugins;
    unsigned char *placed = calloc(n ? n : 1, 1);
    e->run_order = calloc(n ? n : 1, sizeof *e->run_order);
    if (!placed || !e->run_order) {
        free(placed);
        return warta_engine__fail(e, WARTA_ENOMEM, "out of memory ordering plugins");
    }
    for (;;) {
        while (refuse_unmet_needs(e))
            ;
        memset(placed, 0, n);
        e->n_run = 0;
        int progress = 1;
        while (progress) {
            progress = 0;
            for (uint32_t i = 0; i < n; i++) {
                if (placed[i] || !active(&e->plugins[i]) || !ready(e, i, placed))
                    continue;
                placed[i] = 1;
                e->plugins[i].info.order = (int)e->n_run;
                e->run_order[e->n_run++] = i;
                progress = 1;
                break; /* restart: lowest ready index first */
            }
        }
        uint32_t n_active = 0;
        for (uint32_t i = 0; i < n; i++)
            n_active += active(&e->plugins[i]);
        if (n_active == e->n_run)
            break;
        refuse_cycle(e, placed);
    }
    for (uint32_t i = 0; i < n; i++)
        if (!active(&e->plugins[i]))
            e->plugins[i].info.order = -1;
    free(placed);
    return selected_refused(e) ? WARTA_ECONFIG : WARTA_OK;
}
