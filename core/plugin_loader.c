/*
 * core/plugin_loader.c — finds plugin files, opens them with libltdl, checks
 * their descriptors and creates their instances.  The only file that
 * includes <ltdl.h>: libltdl keeps one global error string and is not
 * thread-safe, so all loading happens here, once, from one thread.
 *
 * Search order: directories added with warta_engine_add_plugin_dir, then
 * WARTA_PLUGIN_PATH (colon-separated), then the installed plugin directory.
 * Never the current directory.  A name found twice: the first one wins and
 * the later file is listed as shadowed.
 */
#include "engine.h"

#include <dirent.h>
#include <ltdl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifndef WARTA_PLUGIN_INSTALL_DIR
#define WARTA_PLUGIN_INSTALL_DIR "/usr/local/lib/warta/plugins"
#endif

static const char PLUGIN_SUFFIX[] = ".so";

static int has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n > m && strcmp(s + n - m, suffix) == 0;
}

static int is_selected(const warta_engine *engine, const char *stem)
{
    if (!engine->selected)
        return 1;
    size_t len = strlen(stem);
    for (const char *p = engine->selected; *p;) {
        size_t n = strcspn(p, ",");
        if (n == len && memcmp(p, stem, n) == 0)
            return 1;
        p += n;
        if (*p == ',')
            p++;
    }
    return 0;
}

static char *join_labels(warta_arena *arena, const char *const *labels)
{
    size_t total = 1;
    for (const char *const *l = labels; l && *l; l++)
        total += strlen(*l) + 1;
    char *s = warta_arena__alloc(arena, total);
    if (!s)
        return NULL;
    s[0] = '\0';
    for (const char *const *l = labels; l && *l; l++) {
        if (l != labels)
            strcat(s, ",");
        strcat(s, *l);
    }
    return s;
}

/* Records live in one array allocated before any plugin is created: each
 * plugin keeps a pointer to its own host table, so they must never move. */
static warta_loaded_plugin *add_record(warta_engine *engine, const char *path)
{
    warta_loaded_plugin *p = &engine->plugins[engine->n_plugins];
    memset(p, 0, sizeof *p);
    p->info.path = warta_arena__strdup(&engine->arena, path);
    p->info.order = -1;
    if (!p->info.path)
        return NULL;
    engine->n_plugins++;
    return p;
}

static void refuse(warta_engine *engine, warta_loaded_plugin *p, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
static void refuse(warta_engine *engine, warta_loaded_plugin *p, const char *fmt, ...)
{
    char buf[WARTA_MSG_SIZE];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    p->info.refused = warta_arena__strdup(&engine->arena, buf);
    if (!p->info.refused)
        p->info.refused = "refused (out of memory)";
    if (p->module) {
        lt_dlclose((lt_dlhandle)p->module);
        p->module = NULL;
    }
}

static const warta_loaded_plugin *find_name(const warta_engine *engine, const char *name,
                                            const warta_loaded_plugin *except)
{
    for (uint32_t i = 0; i < engine->n_plugins; i++) {
        const warta_loaded_plugin *q = &engine->plugins[i];
        if (q != except && q->module && q->info.name && strcmp(q->info.name, name) == 0)
            return q;
    }
    return NULL;
}

static int valid_name(const char *name)
{
    if (!*name)
        return 0;
    for (const char *c = name; *c; c++)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '_'))
            return 0;
    return 1;
}

/* Checks the descriptor the way the ABI promises (plugin.h): major equal,
 * every 1.0 member present, required members set; copies what the plugin's
 * struct_size covers into a zeroed descriptor. */
static int check_descriptor(warta_engine *engine, warta_loaded_plugin *p, const warta_plugin *d)
{
    p->info.abi_major = d->abi_major;
    if (d->abi_major != WARTA_PLUGIN_ABI_MAJOR) {
        refuse(engine, p, "plugin ABI %u, this warta speaks ABI %u: rebuild the plugin against "
               "this warta's plugin.h", d->abi_major, WARTA_PLUGIN_ABI_MAJOR);
        return -1;
    }
    size_t v1_size = offsetof(warta_plugin, process) + sizeof d->process;
    if (d->struct_size < v1_size) {
        refuse(engine, p, "descriptor is %u bytes, smaller than ABI %u.0's %zu",
               d->struct_size, WARTA_PLUGIN_ABI_MAJOR, v1_size);
        return -1;
    }
    memset(&p->desc, 0, sizeof p->desc);
    memcpy(&p->desc, d, d->struct_size < sizeof p->desc ? d->struct_size : sizeof p->desc);
    const warta_plugin *c = &p->desc;
    const char *missing = !c->name ? "name" : !c->create ? "create" : !c->destroy ? "destroy"
                        : !c->process ? "process" : !c->produces ? "produces" : NULL;
    if (missing) {
        refuse(engine, p, "descriptor lacks '%s'", missing);
        return -1;
    }
    if (!valid_name(c->name)) {
        refuse(engine, p, "plugin name '%s' is not [a-z0-9_]+", c->name);
        return -1;
    }
    p->info.name = warta_arena__strdup(&engine->arena, c->name);
    p->info.version = warta_arena__strdup(&engine->arena, c->version ? c->version : "");
    p->info.summary = warta_arena__strdup(&engine->arena, c->summary ? c->summary : "");
    p->info.produces = join_labels(&engine->arena, c->produces);
    p->info.needs = join_labels(&engine->arena, c->needs);
    if (!p->info.name || !p->info.version || !p->info.summary || !p->info.produces || !p->info.needs) {
        refuse(engine, p, "out of memory");
        return -1;
    }
    const warta_loaded_plugin *twin = find_name(engine, c->name, p);
    if (twin) {
        refuse(engine, p, "plugin '%s' is already loaded from %s", c->name, twin->info.path);
        return -1;
    }
    return 0;
}

static int create_instance(warta_engine *engine, warta_loaded_plugin *p, const char *dir)
{
    size_t n = strlen(dir) + strlen(p->info.name) + 3;
    p->resource_dir = warta_arena__alloc(&engine->arena, n);
    if (!p->resource_dir) {
        refuse(engine, p, "out of memory");
        return -1;
    }
    snprintf(p->resource_dir, n, "%s/%s/", dir, p->info.name);
    p->engine = engine;
    warta_host__init(p);
    p->message[0] = '\0';
    p->creating = 1;
    int rc = p->desc.create(&p->host, &p->instance);
    p->creating = 0;
    if (rc < 0) {
        refuse(engine, p, "create failed (%s)%s%s", warta_strerror(rc), p->message[0] ? ": " : "",
               p->message);
        return -1;
    }
    p->created = 1;
    return 0;
}

static void load_file(warta_engine *engine, const char *dir, const char *file)
{
    char path[4096];
    if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, file) >= sizeof path)
        return;
    warta_loaded_plugin *p = add_record(engine, path);
    if (!p)
        return;

    lt_dladvise advise;
    lt_dlhandle h = NULL;
    if (lt_dladvise_init(&advise) == 0) {
        lt_dladvise_local(&advise);
        h = lt_dlopenadvise(path, advise);
        lt_dladvise_destroy(&advise);
    }
    if (!h) {
        const char *why = lt_dlerror();
        /* libltdl says "file not found" for a file that exists but is no
         * loadable object, so say what to check rather than repeat it. */
        refuse(engine, p, "cannot be opened as a shared library (libltdl: %s): is it an ELF "
               "object built for this machine? ldd(1) shows missing dependencies",
               why ? why : "unknown reason");
        return;
    }
    p->module = h;
    /* ISO C forbids converting a data pointer to a function pointer; POSIX
     * guarantees it works for dlsym results, so copy the bits. */
    void *sym = lt_dlsym(h, WARTA_PLUGIN_ENTRY_SYMBOL);
    if (!sym) {
        refuse(engine, p, "not a warta plugin: it exports no '%s' function",
               WARTA_PLUGIN_ENTRY_SYMBOL);
        return;
    }
    warta_plugin_entry_fn entry;
    memcpy(&entry, &sym, sizeof entry);
    const warta_plugin *d = entry();
    if (!d) {
        refuse(engine, p, "%s() returned no descriptor", WARTA_PLUGIN_ENTRY_SYMBOL);
        return;
    }
    if (check_descriptor(engine, p, d) < 0)
        return;
    create_instance(engine, p, dir);
}

typedef struct candidate {
    char *dir, *file;
} candidate;

typedef struct candidate_list {
    candidate *items;
    size_t n, cap;
} candidate_list;

static int cmp_candidate(const void *a, const void *b)
{
    return strcmp(((const candidate *)a)->file, ((const candidate *)b)->file);
}

/* Appends dir's plugin files, sorted, to the list. */
static int collect_dir(const warta_engine *engine, const char *dir, candidate_list *list)
{
    DIR *d = opendir(dir);
    if (!d)
        return WARTA_OK; /* a missing directory on the path is normal */
    size_t first = list->n;
    int rc = WARTA_OK;
    struct dirent *ent;
    while ((ent = readdir(d)) && rc == WARTA_OK) {
        if (!has_suffix(ent->d_name, PLUGIN_SUFFIX))
            continue;
        char stem[256], path[4096];
        size_t len = strlen(ent->d_name) - (sizeof PLUGIN_SUFFIX - 1);
        struct stat st;
        if (len >= sizeof stem)
            continue;
        memcpy(stem, ent->d_name, len);
        stem[len] = '\0';
        if (!is_selected(engine, stem) ||
            (size_t)snprintf(path, sizeof path, "%s/%s", dir, ent->d_name) >= sizeof path ||
            stat(path, &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        if (list->n == list->cap) {
            size_t ncap = list->cap ? list->cap * 2 : 16;
            candidate *g = realloc(list->items, ncap * sizeof *g);
            if (!g) {
                rc = WARTA_ENOMEM;
                break;
            }
            list->items = g;
            list->cap = ncap;
        }
        candidate *c = &list->items[list->n];
        c->dir = strdup(dir);
        c->file = strdup(ent->d_name);
        list->n++;
        if (!c->dir || !c->file)
            rc = WARTA_ENOMEM;
    }
    closedir(d);
    if (list->n > first)
        qsort(list->items + first, list->n - first, sizeof *list->items, cmp_candidate);
    return rc;
}

static int collect_all(const warta_engine *engine, candidate_list *list)
{
    int rc = WARTA_OK;
    for (uint32_t i = 0; i < engine->n_plugin_dirs && rc == WARTA_OK; i++)
        rc = collect_dir(engine, engine->plugin_dirs[i], list);
    const char *env = getenv("WARTA_PLUGIN_PATH");
    if (rc == WARTA_OK && env && *env) {
        char *copy = strdup(env);
        if (!copy)
            return WARTA_ENOMEM;
        for (char *save = NULL, *dir = strtok_r(copy, ":", &save); dir && rc == WARTA_OK;
             dir = strtok_r(NULL, ":", &save))
            rc = collect_dir(engine, dir, list);
        free(copy);
    }
    if (rc == WARTA_OK)
        rc = collect_dir(engine, WARTA_PLUGIN_INSTALL_DIR, list);
    return rc;
}

int warta_loader__discover(warta_engine *engine)
{
    if (lt_dlinit() != 0)
        return warta_engine__fail(engine, WARTA_ERROR, "libltdl failed to initialise: %s",
                                  lt_dlerror());
    candidate_list list = {0};
    int rc = collect_all(engine, &list);
    if (rc == WARTA_OK && list.n) {
        engine->plugins = calloc(list.n, sizeof *engine->plugins);
        if (!engine->plugins)
            rc = WARTA_ENOMEM;
    }
    for (size_t i = 0; i < list.n; i++) {
        if (rc == WARTA_OK)
            load_file(engine, list.items[i].dir, list.items[i].file);
        free(list.items[i].dir);
        free(list.items[i].file);
    }
    free(list.items);
    if (rc < 0)
        return warta_engine__fail(engine, rc, "out of memory while looking for plugins");
    return WARTA_OK;
}

void warta_loader__unload(warta_engine *engine)
{
    if (!engine->loaded)
        return;
    /* Destroy in reverse run order so a plugin never outlives what it needs. */
    for (uint32_t i = engine->n_plugins; i-- > 0;) {
        warta_loaded_plugin *p = &engine->plugins[i];
        if (p->created)
            p->desc.destroy(p->instance);
        p->created = 0;
        if (p->module)
            lt_dlclose((lt_dlhandle)p->module);
        p->module = NULL;
    }
    lt_dlexit();
}

void warta_loader__refuse(warta_engine *engine, warta_loaded_plugin *p, const char *why)
{
    if (p->created)
        p->desc.destroy(p->instance);
    p->created = 0;
    refuse(engine, p, "%s", why);
}
