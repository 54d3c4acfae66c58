/* `warta eval`: placeholder until the evaluation lands (issue 4). */
#include "cli.h"

int cli_eval(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "warta eval: not available in this build yet\n");
    return EXIT_USAGE;
}
