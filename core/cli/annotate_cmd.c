/* `warta annotate`: documents in, one JSON record per document out. */
#include "cli.h"
#include "batch.h"
#include "input.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef enum { FMT_JSON, FMT_JSONL, FMT_CONLL, FMT_BRAT, FMT_HTML, FMT_TEXT } out_format;

typedef struct annotate_run {
    warta_engine *engine;
    out_format format;
    unsigned json_flags;
    unsigned text_flags;
    const char *lang;
    const char *output_dir;     /* brat: where the .txt/.ann pairs go */
    int quiet;
    long done, failed;
} annotate_run;

static int parse_format(const char *name, out_format *out)
{
    static const struct { const char *name; out_format f; } formats[] = {
        {"json", FMT_JSON}, {"jsonl", FMT_JSONL}, {"conll", FMT_CONLL},
        {"brat", FMT_BRAT}, {"html", FMT_HTML},   {"text", FMT_TEXT}};
    for (size_t i = 0; i < sizeof formats / sizeof *formats; i++)
        if (strcmp(name, formats[i].name) == 0) {
            *out = formats[i].f;
            return 0;
        }
    return -1;
}

static void usage(FILE *out)
{
    fprintf(out,
            "usage: warta annotate [options] [FILE|DIR|-]...\n"
            "Annotates each document and writes one JSON record per document to stdout.\n"
            "A FILE is one document; a DIR means its *.txt files (not hidden ones); a *.jsonl file (or\n"
            "--input jsonl) holds one {\"id\":…, \"text\":…, \"lang\":…} record per line.\n"
            "With no FILE, reads standard input.\n\n"
            "  -f, --format FMT      json (pretty, default), jsonl (one line each), conll\n"
            "                        (token TAB BIO tag), brat (.txt + .ann pairs, needs -o),\n"
            "                        html (one self-contained page), text (inline markup)\n"
            "  -o, --output-dir DIR  where brat writes its files\n"
            "  -j, --jobs N          annotate on N threads; output keeps input order\n"
            "      --progress        progress on stderr (default: when it is a terminal)\n"
            "      --color WHEN      text format colours: auto (default), always, never\n"
            "      --input MODE      auto (default), text, jsonl, or brat: X.ann + X.txt pairs\n"
            "                        read back as they are (corrected annotations; no plugin runs)\n"
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

/* Only JSON has a place for error records; other formats say it on stderr. */
static int render_error(const annotate_run *run, FILE *out, const char *id, int code,
                        const char *message)
{
    char *rec = run->format == FMT_JSON || run->format == FMT_JSONL
                    ? warta_error_record_json(id, code, message)
                    : NULL;
    if (rec) {
        fputs(rec, out);
        fputc('\n', out);
        free(rec);
    }
    if (!run->quiet || !rec)
        fprintf(stderr, "warta: %s: %s\n", id, message);
    return 1;
}

/* brat file stem from a document id: its base name without extension. */
static void brat_stem(const char *id, char *buf, size_t size)
{
    const char *base = strrchr(id, '/');
    base = base ? base + 1 : id;
    size_t n = strcspn(base, ".");
    if (n == 0)
        n = strlen(base);
    if (n >= size)
        n = size - 1;
    for (size_t i = 0; i < n; i++)
        buf[i] = base[i] == '/' || base[i] == ':' || base[i] == ' ' ? '_' : base[i];
    buf[n] = '\0';
    if (n == 0)
        snprintf(buf, size, "doc");
}

static int write_brat(const annotate_run *run, const warta_result *res)
{
    char stem[256], txt[4096], ann[4096];
    brat_stem(warta_result_id(res), stem, sizeof stem);
    snprintf(txt, sizeof txt, "%s/%s.txt", run->output_dir, stem);
    snprintf(ann, sizeof ann, "%s/%s.ann", run->output_dir, stem);
    FILE *ft = fopen(txt, "wb"), *fa = fopen(ann, "wb");
    int rc = ft && fa ? warta_result_write_brat(res, ft, fa) : WARTA_EIO;
    if (ft && fclose(ft) != 0)
        rc = WARTA_EIO;
    if (fa && fclose(fa) != 0)
        rc = WARTA_EIO;
    return rc;
}

static int write_result(const annotate_run *run, const warta_result *res, FILE *out)
{
    switch (run->format) {
    case FMT_JSON:
    case FMT_JSONL:
        return warta_result_write_json(res, out, run->json_flags);
    case FMT_CONLL:
        return warta_result_write_conll(res, out);
    case FMT_BRAT:
        return write_brat(run, res);
    case FMT_HTML:
        return warta_result_write_html(res, out);
    default:
        return warta_result_write_text(res, out, run->text_flags);
    }
}

/* One document, on whichever thread the batch runs it. */
static int render_doc(const input_doc *d, FILE *out, void *payload)
{
    const annotate_run *run = payload;
    if (d->error)
        return render_error(run, out, d->id, d->error, d->message);
    char err[1024];
    warta_result *res;
    const char *lang = d->lang ? d->lang : run->lang;
    int rc = d->ann ? warta_result_from_brat(d->text, d->len, d->ann, d->ann_len, d->id, lang, &res,
                                             err, sizeof err)
                    : warta_annotate_r(run->engine, d->text, d->len, d->id, lang, &res, err,
                                       sizeof err);
    if (rc < 0)
        return render_error(run, out, d->id, rc, err);
    int failed = 0;
    if (write_result(run, res, out) < 0)
        failed = render_error(run, out, d->id, WARTA_EIO, "could not write the record");
    warta_result_free(res);
    return failed;
}

static int on_doc(const input_doc *d, void *payload)
{
    return batch_submit(payload, d);
}

int cli_annotate(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},
        {"output-dir", required_argument, NULL, 'o'},
        {"jobs", required_argument, NULL, 'j'},
        {"progress", no_argument, NULL, OPT_PROGRESS},
        {"color", required_argument, NULL, OPT_COLOR},
        {"input", required_argument, NULL, OPT_INPUT},
        {"lang", required_argument, NULL, OPT_LANG},
        {"no-text", no_argument, NULL, OPT_NO_TEXT},
        {"invalid", required_argument, NULL, OPT_INVALID},
        {"help", no_argument, NULL, 'h'},
        CLI_ENGINE_LONGOPTS,
        {NULL, 0, NULL, 0}};
    cli_engine_opts eo;
    memset(&eo, 0, sizeof eo);
    annotate_run run = {NULL, FMT_JSON, WARTA_JSON_PRETTY, 0, NULL, NULL, 0, 0, 0};
    const char *color = "auto";
    int threads = 1, progress = -1; /* -1: on when stderr is a terminal */
    input_mode mode = INPUT_AUTO;
    const char *invalid = NULL;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "f:o:j:qh", longopts, NULL)) != -1) {
        int shared = cli_engine_option(&eo, opt, optarg);
        if (shared == 1)
            continue;
        if (shared < 0) {
            fprintf(stderr, "warta annotate: bad value '%s'\n", optarg);
            return EXIT_USAGE;
        }
        switch (opt) {
        case 'f':
            if (parse_format(optarg, &run.format) < 0) {
                fprintf(stderr, "warta annotate: unknown format '%s' (json, jsonl, conll, brat, "
                                "html, text)\n", optarg);
                return EXIT_USAGE;
            }
            if (run.format == FMT_JSONL)
                run.json_flags &= ~(unsigned)WARTA_JSON_PRETTY;
            break;
        case 'o':
            run.output_dir = optarg;
            break;
        case 'j': {
            char *end;
            long n = strtol(optarg, &end, 10);
            if (*end || n < 1 || n > 256) {
                fprintf(stderr, "warta annotate: -j takes a number of threads from 1 to 256\n");
                return EXIT_USAGE;
            }
            threads = (int)n;
            break;
        }
        case OPT_PROGRESS:
            progress = 1;
            break;
        case OPT_COLOR:
            color = optarg;
            break;
        case OPT_INPUT:
            if (strcmp(optarg, "auto") == 0)
                mode = INPUT_AUTO;
            else if (strcmp(optarg, "text") == 0)
                mode = INPUT_TEXT;
            else if (strcmp(optarg, "jsonl") == 0)
                mode = INPUT_JSONL;
            else if (strcmp(optarg, "brat") == 0)
                mode = INPUT_BRAT;
            else {
                fprintf(stderr, "warta annotate: unknown input mode '%s' (auto, text, jsonl, brat)\n",
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
    if (run.format == FMT_BRAT) {
        struct stat st;
        if (!run.output_dir) {
            fprintf(stderr, "warta annotate: --format brat writes files: give -o DIR\n");
            return EXIT_USAGE;
        }
        if (stat(run.output_dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
            fprintf(stderr, "warta annotate: %s is not a directory\n", run.output_dir);
            return EXIT_USAGE;
        }
    }
    if (strcmp(color, "always") == 0 ||
        (strcmp(color, "auto") == 0 && isatty(STDOUT_FILENO) && !getenv("NO_COLOR")))
        run.text_flags |= WARTA_TEXT_COLOR;
    else if (strcmp(color, "auto") != 0 && strcmp(color, "never") != 0) {
        fprintf(stderr, "warta annotate: --color takes auto, always or never\n");
        return EXIT_USAGE;
    }
    run.quiet = eo.quiet;
    run.engine = cli_engine_open(&eo, 1);
    if (!run.engine)
        return EXIT_SETUP;
    if (run.format == FMT_HTML)
        warta_html_begin(stdout, "warta annotations");
    if (progress < 0)
        progress = isatty(STDERR_FILENO) && !eo.quiet;
    batch *b = batch_new(threads, render_doc, &run, stdout, progress);
    if (!b) {
        fprintf(stderr, "warta annotate: out of memory\n");
        warta_engine_free(run.engine);
        return EXIT_SETUP;
    }
    /* Input that arrives through a pipe or a terminal may wait for our
     * answer before it sends more: each record then leaves at once. */
    int stdin_read = optind == argc;
    for (int i = optind; i < argc; i++)
        stdin_read |= strcmp(argv[i], "-") == 0;
    struct stat st;
    if (stdin_read && !(fstat(STDIN_FILENO, &st) == 0 && S_ISREG(st.st_mode)))
        batch_flush_each(b);
    if (optind == argc) {
        input_read("-", mode, on_doc, b);
    } else {
        for (int i = optind; i < argc; i++)
            input_read(argv[i], mode, on_doc, b);
    }
    batch_finish(b, &run.done, &run.failed);
    if (run.format == FMT_HTML)
        warta_html_end(stdout);
    fflush(stdout);
    warta_engine_free(run.engine);
    if (run.failed && !eo.quiet)
        fprintf(stderr, "warta: %ld of %ld documents failed\n", run.failed, run.done);
    return run.failed ? EXIT_DOC_FAILED : 0;
}
