/*
 * core/engine.h — the engine's private state, shared by the files that
 * load plugins (plugin_loader.c), order them (plugin_order.c), serve them
 * (host_services.c) and run them (annotate.c).
 */
#ifndef WARTA_CORE_ENGINE_H
#define WARTA_CORE_ENGINE_H

#include <stdarg.h>

#include "arena.h"
#include "warta/warta.h"

#define WARTA_MSG_SIZE 1024

typedef struct warta_engine warta_engine;

/* One plugin file seen during discovery, loaded or refused. */
typedef struct warta_loaded_plugin {
    warta_plugin_info info;         /* what `warta plugins` prints           */
    warta_plugin desc;              /* copy, zero-filled past its struct_size */
    void *module;                   /* lt_dlhandle, owned by the loader       */
    void *instance;                 /* from desc.create                       */
    int created;
    int creating;                   /* create() is running: keep its errors  */
    warta_host host;                /* this plugin's service table            */
    warta_engine *engine;
    char *resource_dir;             /* ends with '/'                          */
    char message[WARTA_MSG_SIZE];   /* last error logged during create        */
} warta_loaded_plugin;

typedef struct warta_option {
    char *key, *value;
} warta_option;

struct warta_engine {
    warta_arena arena;              /* strings living as long as the engine   */
    char **plugin_dirs; uint32_t n_plugin_dirs;
    char **lexicon_dirs; uint32_t n_lexicon_dirs;
    char *selected;                 /* comma-separated names, or NULL = all   */
    warta_option *options; uint32_t n_options;
    warta_loaded_plugin *plugins; uint32_t n_plugins;
    uint32_t *run_order; uint32_t n_run;   /* indices into plugins            */
    int loaded;
    int log_level;                  /* messages above this level are dropped  */
    int invalid_replace;            /* "core.invalid" = "replace": repair bad UTF-8 */
    char error[WARTA_MSG_SIZE];
};

/* Sets engine->error (printf-style) and returns code. */
int warta_engine__fail(warta_engine *engine, int code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* plugin_loader.c: the only user of libltdl. */
int warta_loader__discover(warta_engine *engine);
void warta_loader__unload(warta_engine *engine);
/* Destroys p's instance, closes its module and records why. */
void warta_loader__refuse(warta_engine *engine, warta_loaded_plugin *p, const char *why);

/* plugin_order.c: refuses plugins whose needs are unmet or cyclic, then
 * fills engine->run_order. Returns a negative code when a selected plugin
 * had to be refused. */
int warta_order__resolve(warta_engine *engine);

/* host_services.c */
void warta_host__init(warta_loaded_plugin *plugin);
/* Error text a plugin logged on this thread during the current process()
 * call; cleared by warta_host__clear_thread_error. */
const char *warta_host__thread_error(void);
void warta_host__clear_thread_error(void);

/* Adds a string to a list of strings owned by the engine arena. */
int warta_engine__push_string(warta_engine *engine, char ***list, uint32_t *n, const char *s);

#endif
