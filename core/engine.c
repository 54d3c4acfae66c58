#include "engine.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int warta_engine__fail(warta_engine *engine, int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(engine->error, sizeof engine->error, fmt, ap);
    va_end(ap);
    return code;
}

int warta_engine_new(warta_engine **out)
{
    if (!out)
        return WARTA_EINVAL;
    warta_engine *e = calloc(1, sizeof *e);
    if (!e)
        return WARTA_ENOMEM;
    warta_arena__init(&e->arena);
    e->log_level = WARTA_LOG_WARN;
    *out = e;
    return WARTA_OK;
}

void warta_engine_free(warta_engine *engine)
{
    if (!engine)
        return;
    warta_loader__unload(engine);
    free(engine->plugin_dirs);
    free(engine->lexicon_dirs);
    free(engine->options);
    free(engine->plugins);
    free(engine->run_order);
    warta_arena__release(&engine->arena);
    free(engine);
}

int warta_engine__push_string(warta_engine *engine, char ***list, uint32_t *n, const char *s)
{
    char **grown = realloc(*list, (*n + 1) * sizeof **list);
    if (!grown)
        return WARTA_ENOMEM;
    *list = grown;
    if (!(grown[*n] = warta_arena__strdup(&engine->arena, s)))
        return WARTA_ENOMEM;
    (*n)++;
    return WARTA_OK;
}

static int refuse_after_load(warta_engine *engine, const char *what)
{
    return warta_engine__fail(engine, WARTA_EINVAL, "%s: plugins are already loaded", what);
}

int warta_engine_add_plugin_dir(warta_engine *engine, const char *dir)
{
    if (!engine || !dir || !*dir)
        return WARTA_EINVAL;
    if (engine->loaded)
        return refuse_after_load(engine, "add_plugin_dir");
    return warta_engine__push_string(engine, &engine->plugin_dirs, &engine->n_plugin_dirs, dir);
}

int warta_engine_add_lexicon_dir(warta_engine *engine, const char *dir)
{
    if (!engine || !dir || !*dir)
        return WARTA_EINVAL;
    if (engine->loaded)
        return refuse_after_load(engine, "add_lexicon_dir");
    return warta_engine__push_string(engine, &engine->lexicon_dirs, &engine->n_lexicon_dirs, dir);
}

int warta_engine_select_plugins(warta_engine *engine, const char *names)
{
    if (!engine)
        return WARTA_EINVAL;
    if (engine->loaded)
        return refuse_after_load(engine, "select_plugins");
    engine->selected = names ? warta_arena__strdup(&engine->arena, names) : NULL;
    return names && !engine->selected ? WARTA_ENOMEM : WARTA_OK;
}

/* Options of the core itself, "core.KEY"; no plugin may be called "core". */
static int set_core_option(warta_engine *engine, const char *key, const char *value)
{
    if (strcmp(key, "core.invalid") == 0) {
        if (strcmp(value, "error") != 0 && strcmp(value, "replace") != 0)
            return warta_engine__fail(engine, WARTA_EINVAL,
                                      "core.invalid must be 'error' or 'replace', not '%s'", value);
        engine->invalid_replace = strcmp(value, "replace") == 0;
        return WARTA_OK;
    }
    return warta_engine__fail(engine, WARTA_EINVAL, "unknown core option '%s' (core.invalid)", key);
}

int warta_engine_set(warta_engine *engine, const char *key, const char *value)
{
    if (!engine || !key || !value || !strchr(key, '.'))
        return engine ? warta_engine__fail(engine, WARTA_EINVAL,
                                           "option '%s' must be written plugin.key=value",
                                           key ? key : "(null)")
                      : WARTA_EINVAL;
    if (engine->loaded)
        return refuse_after_load(engine, "set");
    if (strncmp(key, "core.", 5) == 0)
        return set_core_option(engine, key, value);
    warta_option *grown = realloc(engine->options, (engine->n_options + 1) * sizeof *grown);
    if (!grown)
        return WARTA_ENOMEM;
    engine->options = grown;
    warta_option *o = &grown[engine->n_options];
    o->key = warta_arena__strdup(&engine->arena, key);
    o->value = warta_arena__strdup(&engine->arena, value);
    if (!o->key || !o->value)
        return WARTA_ENOMEM;
    engine->n_options++;
    return WARTA_OK;
}

/* A selected name that no file provided is an error the user must see. */
static int check_selection_found(warta_engine *engine)
{
    if (!engine->selected)
        return WARTA_OK;
    const char *p = engine->selected;
    while (*p) {
        size_t n = strcspn(p, ",");
        int found = 0;
        for (uint32_t i = 0; i < engine->n_plugins && !found; i++) {
            const char *name = engine->plugins[i].info.name;
            found = name && strlen(name) == n && memcmp(name, p, n) == 0;
        }
        if (n > 0 && !found)
            return warta_engine__fail(engine, WARTA_ENOTFOUND,
                                      "plugin '%.*s' was not found in the plugin search path",
                                      (int)n, p);
        p += n;
        if (*p == ',')
            p++;
    }
    return WARTA_OK;
}

int warta_engine_load(warta_engine *engine)
{
    if (!engine)
        return WARTA_EINVAL;
    if (engine->loaded)
        return refuse_after_load(engine, "load");
    engine->loaded = 1;
    engine->error[0] = '\0';
    int rc = warta_loader__discover(engine);
    if (rc < 0)
        return rc;
    if ((rc = check_selection_found(engine)) < 0)
        return rc;
    return warta_order__resolve(engine);
}

const char *warta_engine_last_error(const warta_engine *engine)
{
    return engine ? engine->error : "no engine";
}

uint32_t warta_engine_plugin_count(const warta_engine *engine)
{
    return engine ? engine->n_plugins : 0;
}

const warta_plugin_info *warta_engine_plugin_info(const warta_engine *engine, uint32_t i)
{
    return engine && i < engine->n_plugins ? &engine->plugins[i].info : NULL;
}
