/* `warta eval`: scores the pipeline (or a file of its output) against gold
 * data; docs/eval.md describes the formats, the matching and the numbers. */
#include "cli.h"
#include "eval.h"
#include "strmap.h"

#include <cjson/cJSON.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum { OPT_GOLD = 400, OPT_DATASET, OPT_MAP, OPT_DOCS, OPT_NO_DETOK, OPT_REJOIN, OPT_PRED, OPT_LIMIT, OPT_ERRORS,
       OPT_SHOW_ERRORS, OPT_DUMP_TEXT, OPT_DUMP_PRED, OPT_EVAL_FORMAT, OPT_EVAL_JSON, OPT_EVAL_LANG,
       OPT_SEP, OPT_QUOTES };

enum { F_AUTO, F_BRAT, F_CONLL, F_PFSA, F_POLNEAR, F_WARTA };

/* Built-in presets: format, label map, document grouping, language,
 * sentences joined by a space, direct quotes only, and whether the data
 * set's tokeniser split words at hyphens and apostrophes (IndoNLU's
 * preprocessing writes "sumber - sumber" and "O ' Neil"; idner-news-2k and
 * CoNLL-2003 keep "anak-anak" and "Zeta-Jones" whole, so a spaced hyphen
 * there was a dash in the text). */
static const struct dataset {
    const char *name;
    int format;
    const char *map;
    int docs;
    const char *lang;
    int sent_space, direct_only, split_words;
} datasets[] = {
    {"nergrit", F_CONLL, "PERSON=person,PLACE=location,ORGANISATION=organization", EV_DOCS_SENTENCE, "id", 0, 0, 1},
    {"nerp", F_CONLL, "PPL=person,PLC=location,IND=ignore,EVT=ignore,FNB=ignore", EV_DOCS_SENTENCE, "id", 0, 0, 1},
    {"idner", F_CONLL, "PER=person,LOC=location,ORG=organization", EV_DOCS_SENTENCE, "id", 0, 0, 0},
    {"nerui", F_CONLL, "PERSON=person,LOCATION=location,ORGANIZATION=organization", EV_DOCS_SENTENCE, "id", 0, 0, 0},
    {"nerugm", F_CONLL, "PERSON=person,LOCATION=location,ORGANIZATION=organization,QUANTITY=ignore,TIME=ignore",
     EV_DOCS_SENTENCE, "id", 0, 0, 0},
    {"conll2003", F_CONLL, "PER=person,LOC=location,ORG=organization,MISC=ignore", EV_DOCS_DOCSTART, "en", 0, 0, 0},
    {"pfsa", F_PFSA,
     "STATEMENT=quote,CUE=cue,CUECOREF=cue,PERSON=speaker,PERSONCOREF=speaker_ref,ROLE=role,"
     "AFFILIATION=ignore,ISSUE=ignore,DATETIME=ignore,LOCATION=ignore,EVENT=ignore",
     EV_DOCS_KOMPAS, "id", 1, 1, 0},
    {"polnear", F_POLNEAR, NULL, 0, "en", 0, 0, 0},
    {"corpus", F_BRAT, NULL, 0, NULL, 0, 0, 0},
};

/* When a token file names no data set: the usual spellings. */
static const char *const default_map =
    "PER=person,PERSON=person,PPL=person,LOC=location,LOCATION=location,PLACE=location,PLC=location,"
    "GPE=location,ORG=organization,ORGANIZATION=organization,ORGANISATION=organization";

typedef struct eval_run {
    ev_corpus gold;
    ev_scores scores;
    warta_strmap keys;     /* gold document key -> index */
    char **key_store;
    unsigned char *seen;
    FILE *dump_pred;
    int direct_only;
    long bad_preds;
    int quiet;
} eval_run;

static void usage(FILE *out)
{
    fprintf(out,
            "usage: warta eval --gold PATH [options]\n"
            "Scores named entities, roles, quotes, cues and speakers against gold data:\n"
            "the loaded pipeline is run on the gold text, or --pred gives its output.\n\n"
            "      --gold PATH       gold data: a brat directory or file (corpus/), a token file,\n"
            "                        a PolNeAR split directory, or warta JSON/JSONL\n"
            "      --dataset NAME    preset: nergrit nerp idner nerui nerugm conll2003 pfsa polnear corpus\n"
            "      --format FMT      brat, conll, bio, pfsa, polnear or warta (default: guessed)\n"
            "      --map A=b,...     token labels to person, location, organization, quote, cue,\n"
            "                        speaker, speaker_ref or ignore (added to the preset's)\n"
            "      --docs MODE       token files: sentence, docstart, kompas, file or a number of\n"
            "                        sentences per document\n"
            "      --no-detok        join tokens with plain spaces\n"
            "      --rejoin WHEN     yes: the data split words at hyphens and apostrophes, so a\n"
            "                        '-' or '\\'' between two words is written without spaces\n"
            "                        (\"sumber-sumber\", \"O'Neil\"); no: keep them (default: the\n"
            "                        preset's: yes for nergrit and nerp)\n"
            "      --sep SEP         token files: sentences joined by newline (default) or space\n"
            "      --quotes WHICH    all (default) or direct: score direct predicted quotes only\n"
            "      --lang LANG       language passed to the pipeline (id, en)\n"
            "      --pred FILE       score this warta JSON/JSONL output instead of running plugins\n"
            "      --json FILE       also write the scores and error examples as JSON (- = stdout)\n"
            "      --errors N        error examples per group in the JSON (default 20)\n"
            "      --show-errors     print the error examples after the table\n"
            "      --limit N         only the first N gold documents\n"
            "      --dump-text FILE  write the gold texts as JSONL for `warta annotate` and stop\n"
            "      --dump-pred FILE  write the pipeline's records (JSONL) while scoring\n"
            "      --plugin-dir DIR, --lexicon-dir DIR, --plugins LIST, --set P.K=V, -q  as for annotate\n"
            "  -h, --help            this help\n\n"
            "Exit status: 0 scored; 1 some documents could not be annotated (scored as empty);\n"
            "2 usage error; 3 the gold, the predictions or the plugins could not be read.\n");
}

static int guess_format(const char *path)
{
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        size_t n = strlen(path) + 16;
        char *sub = malloc(n);
        int polnear = 0;
        if (sub) {
            snprintf(sub, n, "%s/attributions", path);
            polnear = stat(sub, &st) == 0 && S_ISDIR(st.st_mode);
            free(sub);
        }
        return polnear ? F_POLNEAR : F_BRAT;
    }
    if (cli_has_suffix(path, ".ann") || cli_has_suffix(path, ".txt")) {
        /* a .txt is a brat text only when its .ann is beside it */
        if (cli_has_suffix(path, ".ann"))
            return F_BRAT;
        size_t n = strlen(path);
        char *ann = ev_strndup(path, n);
        int brat = 0;
        if (ann) {
            memcpy(ann + n - 4, ".ann", 4);
            brat = stat(ann, &st) == 0;
            free(ann);
        }
        return brat ? F_BRAT : F_CONLL;
    }
    if (cli_has_suffix(path, ".json") || cli_has_suffix(path, ".jsonl"))
        return F_WARTA;
    return F_CONLL;
}

static int parse_format(const char *s)
{
    static const struct {
        const char *name;
        int f;
    } f[] = {{"brat", F_BRAT}, {"conll", F_CONLL}, {"bio", F_CONLL}, {"bilou", F_CONLL}, {"pfsa", F_PFSA},
             {"polnear", F_POLNEAR}, {"warta", F_WARTA}, {"json", F_WARTA}, {"jsonl", F_WARTA}};
    for (size_t i = 0; i < sizeof f / sizeof *f; i++)
        if (strcmp(s, f[i].name) == 0)
            return f[i].f;
    return -1;
}

static int parse_docs(const char *s, int *per_doc)
{
    static const char *const names[] = {"auto", "sentence", "docstart", "kompas", "file"};
    for (int i = 0; i < 5; i++)
        if (strcmp(s, names[i]) == 0)
            return i;
    char *e;
    long n = strtol(s, &e, 10);
    if (*e || n < 1 || n > 1000000)
        return -1;
    *per_doc = (int)n;
    return EV_DOCS_N;
}

/* ---- pairing predictions with gold documents ---- */

static int index_gold(eval_run *run)
{
    warta_strmap__init(&run->keys);
    run->key_store = calloc(run->gold.n + 1, sizeof *run->key_store);
    run->seen = calloc(run->gold.n + 1, 1);
    if (!run->key_store || !run->seen)
        return -1;
    for (uint32_t i = 0; i < run->gold.n; i++) {
        char key[512];
        ev_doc_key(run->gold.docs[i].id, key, sizeof key);
        run->key_store[i] = ev_strndup(key, strlen(key));
        if (!run->key_store[i])
            return -1;
        if (warta_strmap__get(&run->keys, key) >= 0 && !run->quiet)
            fprintf(stderr, "warta eval: warning: two gold documents are called %s\n", key);
        if (warta_strmap__put(&run->keys, run->key_store[i], (int32_t)i) < 0)
            return -1;
    }
    return 0;
}

static int on_pred(const cJSON *rec, void *payload)
{
    eval_run *run = payload;
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(rec, "id");
    char key[512];
    int32_t g = cJSON_IsString(id) ? warta_strmap__get(&run->keys, ev_doc_key(id->valuestring, key, sizeof key))
                                   : -1;
    if (g < 0 || run->seen[g]) {
        if (!run->quiet)
            fprintf(stderr, "warta eval: warning: prediction %s %s\n",
                    cJSON_IsString(id) ? id->valuestring : "(no id)",
                    g < 0 ? "matches no gold document" : "repeats a document; ignored");
        run->bad_preds++;
        return 0;
    }
    const ev_doc *gold = &run->gold.docs[g];
    ev_doc pred;
    memset(&pred, 0, sizeof pred);
    char err[512] = "";
    int rc = ev_doc_from_json(rec, gold, &pred, err, sizeof err);
    run->seen[g] = 1;
    if (rc == -1) {
        ev_doc_clear(&pred);
        return -1;
    }
    if (rc < 0) {
        if (!run->quiet)
            fprintf(stderr, "warta eval: %s\n", err);
        run->scores.docs_failed++;
        rc = ev_score_doc(&run->scores, gold, NULL);
    } else {
        if (run->direct_only)
            ev_keep_direct(&pred);
        rc = ev_score_doc(&run->scores, gold, &pred);
    }
    ev_doc_clear(&pred);
    return rc;
}

static int score_pred_file(eval_run *run, const char *path)
{
    char err[600] = "";
    if (index_gold(run) < 0)
        return -1;
    if (ev_read_json_records(path, on_pred, run, err, sizeof err) < 0) {
        fprintf(stderr, "warta eval: %s\n", err[0] ? err : "out of memory");
        return -2;
    }
    for (uint32_t i = 0; i < run->gold.n; i++)
        if (!run->seen[i]) {
            run->scores.docs_missing++;
            if (ev_score_doc(&run->scores, &run->gold.docs[i], NULL) < 0)
                return -1;
        }
    if (run->scores.docs_missing && !run->quiet)
        fprintf(stderr, "warta eval: warning: %ld gold documents have no prediction (scored as empty)\n",
                run->scores.docs_missing);
    return 0;
}

static int score_pipeline(eval_run *run, warta_engine *engine)
{
    for (uint32_t i = 0; i < run->gold.n; i++) {
        const ev_doc *gold = &run->gold.docs[i];
        char err[1024];
        warta_result *res = NULL;
        int rc = warta_annotate_r(engine, gold->text, gold->len, gold->id, gold->lang, &res, err, sizeof err);
        if (rc < 0) {
            if (!run->quiet)
                fprintf(stderr, "warta eval: %s: %s\n", gold->id, err);
            run->scores.docs_failed++;
            warta_result_free(res);
            if (ev_score_doc(&run->scores, gold, NULL) < 0)
                return -1;
            continue;
        }
        if (run->dump_pred && warta_result_write_json(res, run->dump_pred, 0) < 0) {
            warta_result_free(res);
            return -2;
        }
        ev_doc pred;
        memset(&pred, 0, sizeof pred);
        rc = ev_doc_from_result(res, &pred);
        warta_result_free(res);
        if (rc == 0 && run->direct_only)
            ev_keep_direct(&pred);
        if (rc == 0)
            rc = ev_score_doc(&run->scores, gold, &pred);
        ev_doc_clear(&pred);
        if (rc < 0)
            return -1;
    }
    return 0;
}

static int dump_text(const ev_corpus *c, const char *path)
{
    FILE *f = strcmp(path, "-") == 0 ? stdout : fopen(path, "w");
    if (!f)
        return -1;
    int rc = 0;
    for (uint32_t i = 0; i < c->n && rc == 0; i++) {
        cJSON *o = cJSON_CreateObject();
        char *s = NULL;
        char *text = ev_strndup(c->docs[i].text, c->docs[i].len);
        if (o && text && cJSON_AddStringToObject(o, "id", c->docs[i].id) &&
            cJSON_AddStringToObject(o, "text", text) &&
            (c->docs[i].lang ? cJSON_AddStringToObject(o, "lang", c->docs[i].lang) != NULL : 1))
            s = cJSON_PrintUnformatted(o);
        if (!s || fputs(s, f) < 0 || fputc('\n', f) == EOF)
            rc = -1;
        free(s);
        free(text);
        cJSON_Delete(o);
    }
    if (f != stdout && fclose(f) != 0)
        rc = -1;
    return rc;
}

static const struct dataset *find_dataset(const char *name)
{
    for (size_t i = 0; i < sizeof datasets / sizeof *datasets; i++)
        if (strcmp(datasets[i].name, name) == 0)
            return &datasets[i];
    return NULL;
}

static int read_gold(eval_run *run, const char *path, int format, const ev_token_opts *to, char *err,
                     size_t errsize)
{
    switch (format) {
    case F_BRAT: return ev_read_brat(path, to->lang, to->limit, &run->gold, err, errsize);
    case F_POLNEAR: return ev_read_polnear(path, to->limit, &run->gold, err, errsize);
    case F_WARTA: return ev_read_warta_gold(path, to->limit, &run->gold, err, errsize);
    default: return ev_read_tokens(path, to, &run->gold, err, errsize);
    }
}

int cli_eval(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"gold", required_argument, NULL, OPT_GOLD},
        {"dataset", required_argument, NULL, OPT_DATASET},
        {"format", required_argument, NULL, OPT_EVAL_FORMAT},
        {"map", required_argument, NULL, OPT_MAP},
        {"docs", required_argument, NULL, OPT_DOCS},
        {"no-detok", no_argument, NULL, OPT_NO_DETOK},
        {"rejoin", required_argument, NULL, OPT_REJOIN},
        {"sep", required_argument, NULL, OPT_SEP},
        {"quotes", required_argument, NULL, OPT_QUOTES},
        {"lang", required_argument, NULL, OPT_EVAL_LANG},
        {"pred", required_argument, NULL, OPT_PRED},
        {"json", required_argument, NULL, OPT_EVAL_JSON},
        {"errors", required_argument, NULL, OPT_ERRORS},
        {"show-errors", no_argument, NULL, OPT_SHOW_ERRORS},
        {"limit", required_argument, NULL, OPT_LIMIT},
        {"dump-text", required_argument, NULL, OPT_DUMP_TEXT},
        {"dump-pred", required_argument, NULL, OPT_DUMP_PRED},
        {"help", no_argument, NULL, 'h'},
        CLI_ENGINE_LONGOPTS,
        {NULL, 0, NULL, 0}};
    cli_engine_opts eo;
    memset(&eo, 0, sizeof eo);
    const char *gold = NULL, *pred = NULL, *json = NULL, *map_spec = NULL, *lang = NULL;
    const char *dump_text_path = NULL, *dump_pred_path = NULL;
    const struct dataset *ds = NULL;
    int format = F_AUTO, docs = -1, per_doc = 0, detok = 1, max_errors = 20, show_errors = 0;
    int sent_space = -1, direct_only = -1, rejoin = -1;
    long limit = 0;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "qh", longopts, NULL)) != -1) {
        int shared = cli_engine_option(&eo, opt, optarg);
        if (shared == 1)
            continue;
        if (shared < 0) {
            fprintf(stderr, "warta eval: bad value '%s'\n", optarg);
            return EXIT_USAGE;
        }
        char *end = NULL;
        switch (opt) {
        case OPT_GOLD: gold = optarg; break;
        case OPT_PRED: pred = optarg; break;
        case OPT_EVAL_JSON: json = optarg; break;
        case OPT_MAP: map_spec = optarg; break;
        case OPT_EVAL_LANG: lang = optarg; break;
        case OPT_NO_DETOK: detok = 0; break;
        case OPT_REJOIN:
            if (strcmp(optarg, "yes") != 0 && strcmp(optarg, "no") != 0) {
                fprintf(stderr, "warta eval: bad --rejoin '%s' (yes, no)\n", optarg);
                return EXIT_USAGE;
            }
            rejoin = optarg[0] == 'y';
            break;
        case OPT_SEP:
            if (strcmp(optarg, "space") != 0 && strcmp(optarg, "newline") != 0) {
                fprintf(stderr, "warta eval: bad --sep '%s' (newline, space)\n", optarg);
                return EXIT_USAGE;
            }
            sent_space = optarg[0] == 's';
            break;
        case OPT_QUOTES:
            if (strcmp(optarg, "all") != 0 && strcmp(optarg, "direct") != 0) {
                fprintf(stderr, "warta eval: bad --quotes '%s' (all, direct)\n", optarg);
                return EXIT_USAGE;
            }
            direct_only = optarg[0] == 'd';
            break;
        case OPT_SHOW_ERRORS: show_errors = 1; break;
        case OPT_DUMP_TEXT: dump_text_path = optarg; break;
        case OPT_DUMP_PRED: dump_pred_path = optarg; break;
        case OPT_DATASET:
            if (!(ds = find_dataset(optarg))) {
                fprintf(stderr, "warta eval: unknown data set '%s' (nergrit, nerp, idner, nerui, nerugm, "
                                "conll2003, pfsa, polnear, corpus)\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case OPT_EVAL_FORMAT:
            if ((format = parse_format(optarg)) < 0) {
                fprintf(stderr, "warta eval: unknown format '%s' (brat, conll, bio, pfsa, polnear, warta)\n",
                        optarg);
                return EXIT_USAGE;
            }
            break;
        case OPT_DOCS:
            if ((docs = parse_docs(optarg, &per_doc)) < 0) {
                fprintf(stderr, "warta eval: bad --docs '%s' (sentence, docstart, kompas, file, N)\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case OPT_LIMIT:
        case OPT_ERRORS: {
            long v = strtol(optarg, &end, 10);
            if (*end || end == optarg || v < 0) {
                fprintf(stderr, "warta eval: bad number '%s'\n", optarg);
                return EXIT_USAGE;
            }
            if (opt == OPT_LIMIT)
                limit = v;
            else
                max_errors = v > 100000 ? 100000 : (int)v;
            break;
        }
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    if (!gold || optind != argc) {
        fprintf(stderr, optind != argc ? "warta eval: unexpected argument '%s'\n" : "warta eval: --gold is required\n",
                optind != argc ? argv[optind] : "");
        usage(stderr);
        return EXIT_USAGE;
    }
    if (format == F_AUTO)
        format = ds ? ds->format : guess_format(gold);
    /* a bare --format pfsa takes the PFSA-ID preset's settings */
    const struct dataset *pre = ds ? ds : format == F_PFSA ? find_dataset("pfsa") : NULL;

    char err[1024] = "";
    ev_labelmap map;
    memset(&map, 0, sizeof map);
    const char *base_map = pre && pre->map ? pre->map : default_map;
    if (ev_labelmap_parse(&map, base_map, err, sizeof err) < 0 ||
        (map_spec && ev_labelmap_parse(&map, map_spec, err, sizeof err) < 0)) {
        fprintf(stderr, "warta eval: %s\n", err);
        ev_labelmap_free(&map);
        return EXIT_USAGE;
    }
    ev_token_opts to = {&map, docs >= 0 ? docs : pre ? pre->docs : EV_DOCS_AUTO, per_doc, detok,
                        sent_space >= 0 ? sent_space : pre ? pre->sent_space : 0,
                        rejoin >= 0 ? rejoin : pre ? pre->split_words : 0,
                        lang ? lang : pre ? pre->lang : NULL, limit};
    eval_run run;
    memset(&run, 0, sizeof run);
    run.quiet = eo.quiet;
    run.direct_only = direct_only >= 0 ? direct_only : pre ? pre->direct_only : 0;
    int status = 0;
    int rc = read_gold(&run, gold, format, &to, err, sizeof err);
    ev_labelmap_free(&map);
    if (rc < 0) {
        fprintf(stderr, "warta eval: %s\n", err[0] ? err : "out of memory");
        ev_corpus_free(&run.gold);
        return EXIT_SETUP;
    }
    if (format == F_PFSA)
        run.gold.format = "pfsa";
    if (run.gold.ignored_labels && !run.quiet)
        fprintf(stderr, "warta eval: %ld gold spans with unmapped or ignored labels left out\n",
                run.gold.ignored_labels);
    if (dump_text_path) {
        rc = dump_text(&run.gold, dump_text_path);
        if (rc < 0)
            fprintf(stderr, "warta eval: cannot write %s\n", dump_text_path);
        ev_corpus_free(&run.gold);
        return rc < 0 ? EXIT_SETUP : 0;
    }
    ev_scores_init(&run.scores, run.gold.layers);
    if (pred) {
        rc = score_pred_file(&run, pred);
    } else {
        warta_engine *engine = cli_engine_open(&eo, 1);
        if (!engine) {
            rc = -2;
        } else {
            if (dump_pred_path && !(run.dump_pred = fopen(dump_pred_path, "w")))
                fprintf(stderr, "warta eval: cannot write %s\n", dump_pred_path), rc = -2;
            if (rc == 0)
                rc = score_pipeline(&run, engine);
            if (run.dump_pred && fclose(run.dump_pred) != 0)
                rc = -2;
            warta_engine_free(engine);
        }
    }
    if (rc == 0) {
        printf("warta eval: %s (%s)\n", gold, run.gold.format);
        ev_print_table(stdout, &run.scores, show_errors ? (max_errors < 10 ? max_errors : 10) : 0);
        fflush(stdout);
        if (json && ev_write_json(json, &run.scores, gold, run.gold.format, max_errors, err, sizeof err) < 0) {
            fprintf(stderr, "warta eval: %s\n", err);
            rc = -2;
        }
    } else if (rc == -1) {
        fprintf(stderr, "warta eval: out of memory\n");
    }
    status = rc < 0 ? EXIT_SETUP : run.scores.docs_failed ? EXIT_DOC_FAILED : 0;
    ev_scores_free(&run.scores);
    warta_strmap__free(&run.keys);
    if (run.key_store)
        for (uint32_t i = 0; i < run.gold.n; i++)
            free(run.key_store[i]);
    free(run.key_store);
    free(run.seen);
    ev_corpus_free(&run.gold);
    return status;
}
