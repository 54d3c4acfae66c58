/*
 * core/cli/cli.h — pieces shared by the `warta` subcommands.
 *
 * Exit status: 0 all documents annotated; 1 at least one document failed (it
 * has an error record); 2 the command line was wrong; 3 warta could not set
 * up (no usable plugins, a selected plugin refused, an unreadable option).
 */
#ifndef WARTA_CLI_H
#define WARTA_CLI_H

#include <stdio.h>

#include "warta/warta.h"

enum { EXIT_DOC_FAILED = 1, EXIT_USAGE = 2, EXIT_SETUP = 3 };

/* Options every subcommand that loads plugins understands. */
typedef struct cli_engine_opts {
    const char *plugin_dirs[32]; int n_plugin_dirs;
    const char *lexicon_dirs[32]; int n_lexicon_dirs;
    const char *settings[64]; int n_settings;    /* "plugin.key=value" */
    const char *plugins;                          /* comma-separated or NULL */
    int quiet;
} cli_engine_opts;

/* getopt_long codes for the shared options (outside the char range). */
enum { OPT_PLUGIN_DIR = 256, OPT_LEXICON_DIR, OPT_PLUGINS, OPT_SET, OPT_FORMAT, OPT_INPUT,
       OPT_LANG, OPT_PRETTY, OPT_NO_TEXT, OPT_INVALID, OPT_JSON, OPT_COLOR, OPT_PROGRESS };

#define CLI_ENGINE_LONGOPTS                                               \
    {"plugin-dir", required_argument, NULL, OPT_PLUGIN_DIR},              \
    {"lexicon-dir", required_argument, NULL, OPT_LEXICON_DIR},            \
    {"plugins", required_argument, NULL, OPT_PLUGINS},                    \
    {"set", required_argument, NULL, OPT_SET},                            \
    {"quiet", no_argument, NULL, 'q'}

/* Handles a shared option; returns 1 if it was one, 0 if not, -1 if bad. */
int cli_engine_option(cli_engine_opts *o, int opt, const char *arg);
/* Applies the options to a new engine (before warta_engine_load). */
int cli_engine_configure(warta_engine *engine, const cli_engine_opts *o);
/* Creates and loads an engine; prints why on failure and returns NULL.
 * When `want_refusals`, refused plugin files are reported on stderr. */
warta_engine *cli_engine_open(const cli_engine_opts *o, int report_refusals);

int cli_annotate(int argc, char **argv);
int cli_plugins(int argc, char **argv);
int cli_eval(int argc, char **argv);

#endif
