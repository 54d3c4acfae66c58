/* warta — named entities and quotations in news text. */
#include "cli.h"

#include <string.h>

static void usage(FILE *out)
{
    fprintf(out,
            "usage: warta COMMAND [options] [args]\n\n"
            "Commands:\n"
            "  annotate [FILE|DIR|-]...  annotate documents, one JSON record each\n"
            "  plugins                   list plugins found, their labels, why any were refused\n"
            "  eval                      compare annotations with gold data (warta eval --help)\n\n"
            "  -h, --help      this help          -V, --version  print the version\n\n"
            "Plugins are looked for in --plugin-dir DIRs, then WARTA_PLUGIN_PATH\n"
            "(colon-separated), then the installed directory.\n"
            "Exit status: 0 ok; 1 a document failed (it has an error record) or a plugin\n"
            "was refused (plugins); 2 usage error; 3 set-up error (no usable plugins).\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(cmd, "-V") == 0 || strcmp(cmd, "--version") == 0) {
        printf("warta %s (plugin ABI %u.%u, output schema %s)\n", warta_version(),
               WARTA_PLUGIN_ABI_MAJOR, WARTA_PLUGIN_ABI_MINOR, WARTA_SCHEMA_VERSION);
        return 0;
    }
    if (strcmp(cmd, "annotate") == 0)
        return cli_annotate(argc - 1, argv + 1);
    if (strcmp(cmd, "plugins") == 0)
        return cli_plugins(argc - 1, argv + 1);
    if (strcmp(cmd, "eval") == 0)
        return cli_eval(argc - 1, argv + 1);
    fprintf(stderr, "warta: unknown command '%s'\n", cmd);
    usage(stderr);
    return EXIT_USAGE;
}
