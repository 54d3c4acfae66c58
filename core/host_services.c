/*
 * core/host_services.c — the warta_host table each plugin receives.  Each
 * plugin gets its own table whose host_data points back at its record, so
 * log lines are attributed and configuration is read from its own section.
 */
#include "engine.h"
#include "lexicon.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* Errors logged while a document is processed belong to that document, and
 * documents may be processed on several threads at once. */
static _Thread_local char thread_error[WARTA_MSG_SIZE];

const char *warta_host__thread_error(void)
{
    return thread_error;
}

void warta_host__clear_thread_error(void)
{
    thread_error[0] = '\0';
}

static const char *level_name(int level)
{
    switch (level) {
    case WARTA_LOG_ERROR: return "error";
    case WARTA_LOG_WARN: return "warning";
    case WARTA_LOG_INFO: return "info";
    default: return "debug";
    }
}

static void host_log(void *host_data, int level, const char *fmt, ...)
{
    warta_loaded_plugin *p = host_data;
    char msg[WARTA_MSG_SIZE];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (level == WARTA_LOG_ERROR) {
        char *dst = p->creating ? p->message : thread_error;
        size_t used = strlen(dst);
        snprintf(dst + used, WARTA_MSG_SIZE - used, "%s%s", used ? "; " : "", msg);
        return; /* the caller reports it with the plugin's failure */
    }
    if (level <= p->engine->log_level)
        fprintf(stderr, "warta: %s: %s: %s\n", p->info.name, level_name(level), msg);
}

static const char *host_config_get(void *host_data, const char *key)
{
    warta_loaded_plugin *p = host_data;
    size_t n = strlen(p->info.name);
    /* The last setting wins, as on a command line. */
    for (uint32_t i = p->engine->n_options; i-- > 0;) {
        const char *k = p->engine->options[i].key;
        if (strncmp(k, p->info.name, n) == 0 && k[n] == '.' && strcmp(k + n + 1, key) == 0)
            return p->engine->options[i].value;
    }
    return NULL;
}

static const char *host_resource_dir(void *host_data)
{
    return ((warta_loaded_plugin *)host_data)->resource_dir;
}

static int try_path(char *path, size_t size, const char *a, const char *b, const char *c)
{
    if ((size_t)snprintf(path, size, "%s%s%s", a, b, c) >= size)
        return 0;
    return access(path, R_OK) == 0;
}

static int host_lexicon_load(void *host_data, const char *file, warta_lexicon **out)
{
    warta_loaded_plugin *p = host_data;
    warta_engine *e = p->engine;
    if (!file || !*file || strstr(file, "..") || !out) {
        host_log(p, WARTA_LOG_ERROR, "invalid lexicon name '%s'", file ? file : "(null)");
        return WARTA_EINVAL;
    }
    char path[4096], sub[512];
    snprintf(sub, sizeof sub, "/%s/", p->info.name);
    const char *found = NULL;
    for (uint32_t i = 0; i < e->n_lexicon_dirs && !found; i++) {
        if (try_path(path, sizeof path, e->lexicon_dirs[i], sub, file) ||
            try_path(path, sizeof path, e->lexicon_dirs[i], "/", file))
            found = path;
    }
    if (!found && try_path(path, sizeof path, p->resource_dir, "", file))
        found = path;
    if (!found) {
        char looked[2048] = "";
        for (uint32_t i = 0; i < e->n_lexicon_dirs; i++) {
            size_t used = strlen(looked);
            snprintf(looked + used, sizeof looked - used, "%s%s%s, ", e->lexicon_dirs[i], sub,
                     file);
        }
        size_t used = strlen(looked);
        snprintf(looked + used, sizeof looked - used, "%s%s", p->resource_dir, file);
        host_log(p, WARTA_LOG_ERROR, "lexicon '%s' not found (looked in: %s)", file, looked);
        return WARTA_ENOTFOUND;
    }
    char err[WARTA_MSG_SIZE];
    int rc = warta_lexicon__load(found, out, err, sizeof err);
    if (rc < 0)
        host_log(p, WARTA_LOG_ERROR, "%s", err);
    return rc;
}

static void host_lexicon_free(void *host_data, warta_lexicon *lexicon)
{
    (void)host_data;
    warta_lexicon__free(lexicon);
}

static const void *host_feature(void *host_data, const char *name)
{
    (void)host_data;
    (void)name;
    return NULL; /* ABI 1.0 offers no optional features yet */
}

void warta_host__init(warta_loaded_plugin *p)
{
    warta_host *h = &p->host;
    memset(h, 0, sizeof *h);
    h->struct_size = sizeof *h;
    h->abi_minor = WARTA_PLUGIN_ABI_MINOR;
    h->host_data = p;
    h->log = host_log;
    h->config_get = host_config_get;
    h->resource_dir = host_resource_dir;
    h->lexicon_load = host_lexicon_load;
    h->lexicon_free = host_lexicon_free;
    h->lexicon_match = warta_lexicon__match;
    h->lexicon_lookup = warta_lexicon__lookup;
    h->feature = host_feature;
}
