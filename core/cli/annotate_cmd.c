/* `warta annotate`: documents in, one JSON record per document out. */
#include "cli.h"
#include "input.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

typedef struct annotate_run {
    warta_engine *engine;
    unsigned json_flags;
    const char *lang;
    long done, failed;
} annotate_run;

static void usage(FILE *out)
{
    fprintf(out,
            "usage: warta annotate [options] [FILE|DIR|-]...\n"
            "Annotates each document and writes one JSON record per document to stdout.\n"
            "A FILE is one document; a DIR means its *.txt files; a *.jsonl file (or\n"
            "--input jsonl) holds one {\"id\":…, \"text\":…, \"lang\":…} record per line.\n"
            "With no FILE, reads standard input.\n\n"
            "  -f, --format FMT      json (pretty, default) or jsonl (one line each)\n"
            "      --input MODE      auto (default), text or jsonl\n"
            "      --lang LANG       language of the documents: id, en (default: unknown)\n"
            "      --no-text         leave the document text out of the records\n"
            "      --invalid MODE    invalid UTF-8: error (default: an error record naming\n"
            "                        the byte offset) or replace (each bad byte becomes\n"
            "                        U+001A, offsets unchanged; the record says \"repaired\")\n"
            "      --plugin-dir DIR  look for plugins in DIR first (repeatable)\n"
            "      --lexicon-dir DIR look for lexicons in DIR first (repeatable)\n"
            "      --plugins LIST    load only these plugins (comma-separated)\n"
            "      --set P.K=V       set option K of plugin P (repeatable)\n"
            "  -q, --quiet           no warnings on stderr\n"
            "  -h, --help            this help\n\n"
            "A document that cannot be annotated gets an error record\n"
            "{\"id\":…, \"error\":{\"code\":…, \"kind\":…, \"message\":…}} and the exit status is 1.\n");
}

static int print_error(annotate_run *run, const char *id, int code, const char *message)
{
    char *rec = warta_error_record_json(id, code, message);
    if (rec) {
        puts(rec);
        free(rec);
    }
    fprintf(stderr, "warta: %s: %s\n", id, message);
    run->failed++;
    return 0;
}

static int on_doc(const input_doc *d, void *payload)
{
    annotate_run *run = payload;
    run->done++;
    if (d->error)
        return print_error(run, d->id, d->error, d->message);
    char err[1024];
    warta_result *res;
    int rc = warta_annotate_r(run->engine, d->text, d->len, d->id, d->lang ? d->lang : run->lang,
                              &res, err, sizeof err);
    if (rc < 0)
        return print_error(run, d->id, rc, err);
    if (warta_result_write_json(res, stdout, run->json_flags) < 0)
        print_error(run, d->id, WARTA_EIO, "could not write the record");
    warta_result_free(res);
    return 0;
}

int cli_annotate(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},
        {"input", required_argument, NULL, OPT_INPUT},
        {"lang", required_argument, NULL, OPT_LANG},
        {"no-text", no_argument, NULL, OPT_NO_TEXT},
        {"invalid", required_argument, NULL, OPT_INVALID},
        {"help", no_argument, NULL, 'h'},
        CLI_ENGINE_LONGOPTS,
        {NULL, 0, NULL, 0}};
    cli_engine_opts eo;
    memset(&eo, 0, sizeof eo);
    annotate_run run = {NULL, WARTA_JSON_PRETTY, NULL, 0, 0};
    input_mode mode = INPUT_AUTO;
    const char *invalid = NULL;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "f:qh", longopts, NULL)) != -1) {
        int shared = cli_engine_option(&eo, opt, optarg);
        if (shared == 1)
            continue;
        if (shared < 0) {
            fprintf(stderr, "warta annotate: bad value '%s'\n", optarg);
            return EXIT_USAGE;
        }
        switch (opt) {
        case 'f':
            if (strcmp(optarg, "json") == 0) {
                run.json_flags |= WARTA_JSON_PRETTY;
            } else if (strcmp(optarg, "jsonl") == 0) {
                run.json_flags &= ~(unsigned)WARTA_JSON_PRETTY;
            } else {
                fprintf(stderr, "warta annotate: unknown format '%s' (json, jsonl)\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case OPT_INPUT:
            if (strcmp(optarg, "auto") == 0)
                mode = INPUT_AUTO;
            else if (strcmp(optarg, "text") == 0)
                mode = INPUT_TEXT;
            else if (strcmp(optarg, "jsonl") == 0)
                mode = INPUT_JSONL;
            else {
                fprintf(stderr, "warta annotate: unknown input mode '%s' (auto, text, jsonl)\n",
                        optarg);
                return EXIT_USAGE;
            }
            break;
        case OPT_LANG:
            run.lang = optarg;
            break;
        case OPT_NO_TEXT:
            run.json_flags |= WARTA_JSON_NO_TEXT;
            break;
        case OPT_INVALID:
            /* an engine setting, so embedding programs get the same repair */
            if (strcmp(optarg, "error") == 0) {
                invalid = "core.invalid=error";
            } else if (strcmp(optarg, "replace") == 0) {
                invalid = "core.invalid=replace";
            } else {
                fprintf(stderr, "warta annotate: unknown --invalid mode '%s' (error, replace)\n",
                        optarg);
                return EXIT_USAGE;
            }
            break;
        case 'h':
            usage(stdout);
            return 0;
        default:
            usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (invalid && cli_engine_option(&eo, OPT_SET, invalid) != 1) {
        fprintf(stderr, "warta annotate: too many --set options\n");
        return EXIT_USAGE;
    }
    run.engine = cli_engine_open(&eo, 1);
    if (!run.engine)
        return EXIT_SETUP;
    if (optind == argc) {
        input_read("-", mode, on_doc, &run);
    } else {
        for (int i = optind; i < argc; i++)
            input_read(argv[i], mode, on_doc, &run);
    }
    fflush(stdout);
    warta_engine_free(run.engine);
    if (run.failed && !eo.quiet)
        fprintf(stderr, "warta: %ld of %ld documents failed\n", run.failed, run.done);
    return run.failed ? EXIT_DOC_FAILED : 0;
}
