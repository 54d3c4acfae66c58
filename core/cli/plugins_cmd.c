/* `warta plugins`: what was found on the plugin path, and why a file was refused. */
#include "cli.h"

#include <getopt.h>
#include <string.h>

static void usage(FILE *out)
{
    fprintf(out, "usage: warta plugins [--plugin-dir DIR]... [--plugins LIST]\n"
                 "Lists every plugin file found on the search path (--plugin-dir, then\n"
                 "WARTA_PLUGIN_PATH, then the installed directory): name, version, ABI,\n"
                 "labels produced and needed, run order, and why a file was refused.\n"
                 "Exit status 0 when every file loaded, 1 when some were refused.\n");
}

int cli_plugins(int argc, char **argv)
{
    static const struct option longopts[] = {{"help", no_argument, NULL, 'h'},
                                              CLI_ENGINE_LONGOPTS,
                                              {NULL, 0, NULL, 0}};
    cli_engine_opts eo;
    memset(&eo, 0, sizeof eo);
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "qh", longopts, NULL)) != -1) {
        int shared = cli_engine_option(&eo, opt, optarg);
        if (shared == 1)
            continue;
        if (opt == 'h') {
            usage(stdout);
            return 0;
        }
        usage(stderr);
        return EXIT_USAGE;
    }
    /* Listing must work even when nothing loads, so load without the
     * annotate-time checks and print whatever was seen. */
    warta_engine *e;
    if (warta_engine_new(&e) < 0)
        return EXIT_SETUP;
    int rc = cli_engine_configure(e, &eo);
    if (rc == WARTA_OK)
        rc = warta_engine_load(e);
    uint32_t n = warta_engine_plugin_count(e);
    int refused = 0;
    for (uint32_t i = 0; i < n; i++) {
        const warta_plugin_info *p = warta_engine_plugin_info(e, i);
        if (p->refused) {
            refused++;
            printf("refused  %s\n         %s\n", p->path, p->refused);
            continue;
        }
        printf("%-8d %s %s (ABI %u)  %s\n         produces: %s%s%s\n         %s\n", p->order + 1,
               p->name, p->version, p->abi_major, p->summary, p->produces,
               p->needs[0] ? "   needs: " : "", p->needs, p->path);
    }
    if (n == 0)
        printf("no plugin files found (searched --plugin-dir, WARTA_PLUGIN_PATH and the "
               "installed directory)\n");
    if (rc < 0)
        fprintf(stderr, "warta: %s\n", warta_engine_last_error(e));
    warta_engine_free(e);
    return rc < 0 ? EXIT_SETUP : refused ? 1 : 0;
}
