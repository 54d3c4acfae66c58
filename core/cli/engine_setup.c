#include "cli.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef WARTA_REL_PLUGIN_DIR
#define WARTA_REL_PLUGIN_DIR "../lib/warta/plugins"
#endif

int cli_engine_option(cli_engine_opts *o, int opt, const char *arg)
{
    switch (opt) {
    case OPT_PLUGIN_DIR:
        if (o->n_plugin_dirs == 32)
            return -1;
        o->plugin_dirs[o->n_plugin_dirs++] = arg;
        return 1;
    case OPT_LEXICON_DIR:
        if (o->n_lexicon_dirs == 32)
            return -1;
        o->lexicon_dirs[o->n_lexicon_dirs++] = arg;
        return 1;
    case OPT_SET:
        if (o->n_settings == 64 || !strchr(arg, '='))
            return -1;
        o->settings[o->n_settings++] = arg;
        return 1;
    case OPT_PLUGINS:
        o->plugins = arg;
        return 1;
    case 'q':
        o->quiet = 1;
        return 1;
    default:
        return 0;
    }
}

/* A build tree keeps plugins/ beside the binary, and an install that was
 * moved keeps them in ../lib/warta/plugins: used only when the user named no
 * plugin directory at all. */
static void add_exe_plugin_dirs(warta_engine *e)
{
    static const char *const rel[] = {"plugins", WARTA_REL_PLUGIN_DIR};
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash)
        return;
    slash[1] = '\0';
    for (size_t i = 0; i < sizeof rel / sizeof *rel; i++) {
        char dir[PATH_MAX + 64];
        struct stat st;
        snprintf(dir, sizeof dir, "%s%s", exe, rel[i]);
        if (stat(dir, &st) == 0 && S_ISDIR(st.st_mode))
            warta_engine_add_plugin_dir(e, dir);
    }
}

int cli_engine_configure(warta_engine *e, const cli_engine_opts *o)
{
    int rc = WARTA_OK;
    for (int i = 0; i < o->n_plugin_dirs && rc == WARTA_OK; i++)
        rc = warta_engine_add_plugin_dir(e, o->plugin_dirs[i]);
    const char *env = getenv("WARTA_PLUGIN_PATH");
    if (rc == WARTA_OK && o->n_plugin_dirs == 0 && !(env && *env))
        add_exe_plugin_dirs(e);
    for (int i = 0; i < o->n_lexicon_dirs && rc == WARTA_OK; i++)
        rc = warta_engine_add_lexicon_dir(e, o->lexicon_dirs[i]);
    for (int i = 0; i < o->n_settings && rc == WARTA_OK; i++) {
        char key[256];
        const char *eq = strchr(o->settings[i], '=');
        size_t n = (size_t)(eq - o->settings[i]);
        if (n >= sizeof key)
            return WARTA_EINVAL;
        memcpy(key, o->settings[i], n);
        key[n] = '\0';
        rc = warta_engine_set(e, key, eq + 1);
    }
    if (rc == WARTA_OK && o->plugins)
        rc = warta_engine_select_plugins(e, o->plugins);
    return rc;
}

warta_engine *cli_engine_open(const cli_engine_opts *o, int report_refusals)
{
    warta_engine *e;
    if (warta_engine_new(&e) < 0) {
        fprintf(stderr, "warta: out of memory\n");
        return NULL;
    }
    int rc = cli_engine_configure(e, o);
    if (rc == WARTA_OK)
        rc = warta_engine_load(e);
    if (rc < 0) {
        fprintf(stderr, "warta: %s\n", warta_engine_last_error(e)[0] ? warta_engine_last_error(e)
                                                                    : warta_strerror(rc));
        warta_engine_free(e);
        return NULL;
    }
    int loaded = 0;
    for (uint32_t i = 0; i < warta_engine_plugin_count(e); i++) {
        const warta_plugin_info *p = warta_engine_plugin_info(e, i);
        if (!p->refused)
            loaded++;
        else if (report_refusals && !o->quiet)
            fprintf(stderr, "warta: warning: plugin %s refused: %s\n", p->path, p->refused);
    }
    if (!loaded) {
        fprintf(stderr, "warta: no usable plugins found (try --plugin-dir DIR or "
                        "WARTA_PLUGIN_PATH; `warta plugins` lists what was seen)\n");
        warta_engine_free(e);
        return NULL;
    }
    return e;
}
