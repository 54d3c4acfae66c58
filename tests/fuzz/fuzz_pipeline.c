/*
 * tests/fuzz/fuzz_pipeline.c — the whole pipeline on arbitrary bytes: UTF-8
 * check (strict, then repaired), tokenizer, every plugin of the build, merge,
 * link, result, every writer in the core, and the brat reader (on the brat
 * writer's output, and on the input itself as an .ann file).  Built two ways:
 *   - warta_fuzz (WARTA_FUZZ=ON, clang): libFuzzer drives it;
 *   - warta_replay (always): replay_main.c feeds it files, so the crash
 *     inputs kept in tests/regress/ and the seed corpus run in every build.
 *
 * Beyond "does not crash", it checks what every result must satisfy: spans
 * inside the text and on character boundaries, code-point offsets that
 * agree with the bytes, indices that point at something, and JSON that
 * parses back.  A broken promise aborts, which the fuzzer reports.
 *
 * Plugins come from $WARTA_FUZZ_PLUGIN_DIR, else $WARTA_TEST_PLUGIN_DIR,
 * else the build tree's plugins/ (compiled in).
 */
#include <cjson/cJSON.h>
#include <dirent.h>
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "warta/warta.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#ifndef WARTA_FUZZ_DEFAULT_PLUGIN_DIR
#define WARTA_FUZZ_DEFAULT_PLUGIN_DIR "plugins"
#endif

static warta_engine *strict_engine, *repair_engine;
static FILE *sink_file;

static void die(const char *what, const char *detail)
{
    fprintf(stderr, "fuzz_pipeline: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
    abort();
}

/* libFuzzer keeps the coverage counters of every instrumented library it
 * saw loaded, and clears them before each run even after a refused plugin
 * was unloaded, writing into whatever reused that memory.  Holding one
 * extra reference to each plugin file keeps them all mapped. */
static void pin_plugins(const char *dir)
{
#ifdef WARTA_FUZZ_LIBFUZZER
    DIR *d = opendir(dir);
    struct dirent *ent;
    while (d && (ent = readdir(d))) {
        size_t n = strlen(ent->d_name);
        char path[4096];
        if (n < 4 || strcmp(ent->d_name + n - 3, ".so") != 0)
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, ent->d_name);
        (void)dlopen(path, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    }
    if (d)
        closedir(d);
#else
    (void)dir;
#endif
}

static warta_engine *open_engine(const char *dir, int repair)
{
    warta_engine *e;
    if (warta_engine_new(&e) < 0)
        die("out of memory", NULL);
    warta_engine_add_plugin_dir(e, dir);
    if (repair && warta_engine_set(e, "core.invalid", "replace") < 0)
        die("core.invalid", warta_engine_last_error(e));
    if (warta_engine_load(e) < 0)
        die("cannot load the plugins", warta_engine_last_error(e));
    uint32_t loaded = 0;
    for (uint32_t i = 0; i < warta_engine_plugin_count(e); i++) {
        const warta_plugin_info *p = warta_engine_plugin_info(e, i);
        if (p->refused)
            fprintf(stderr, "fuzz_pipeline: plugin %s refused: %s\n", p->path, p->refused);
        else
            loaded++;
    }
    if (!loaded)
        die("no usable plugin in", dir);
    return e;
}

static void close_all(void)
{
    warta_engine_free(strict_engine);
    warta_engine_free(repair_engine);
    if (sink_file)
        fclose(sink_file);
    strict_engine = repair_engine = NULL;
    sink_file = NULL;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    const char *dir = getenv("WARTA_FUZZ_PLUGIN_DIR");
    if (!dir || !*dir)
        dir = getenv("WARTA_TEST_PLUGIN_DIR");
    if (!dir || !*dir)
        dir = WARTA_FUZZ_DEFAULT_PLUGIN_DIR;
    pin_plugins(dir);
    strict_engine = open_engine(dir, 0);
    repair_engine = open_engine(dir, 1);
    sink_file = fopen("/dev/null", "w");
    if (!sink_file)
        die("cannot open /dev/null", NULL);
    atexit(close_all);
    return 0;
}

/* ---- what every result must satisfy ---------------------------------------- */

static const char *text_of;
static size_t len_of;

static int boundary(uint32_t off)
{
    return off == len_of || (off < len_of && ((unsigned char)text_of[off] & 0xC0) != 0x80);
}

static uint32_t chars_before(uint32_t off)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < off; i++)
        n += ((unsigned char)text_of[i] & 0xC0) != 0x80;
    return n;
}

static void check_span(const char *what, uint32_t start, uint32_t end, uint32_t cstart, uint32_t cend)
{
    if (start > end || end > len_of || !boundary(start) || !boundary(end))
        die("span outside the text or inside a character", what);
    if (cstart != chars_before(start) || cend != chars_before(end))
        die("code-point offsets disagree with byte offsets", what);
}

static void check_result(const warta_result *r, const uint8_t *data, size_t size, int repaired)
{
    size_t len;
    text_of = warta_result_text(r, &len);
    len_of = len;
    if (len != size || !text_of)
        die("result text has another length than the input", NULL);
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)text_of[i] != data[i] && !(repaired && text_of[i] == 0x1A))
            die("result text differs from the input", NULL);
    if (repaired != (warta_result_repaired(r) > 0))
        die("repaired count disagrees with the engine's choice", NULL);
    uint32_t nm = warta_result_mention_count(r), ne = warta_result_entity_count(r);
    for (uint32_t i = 0; i < nm; i++) {
        const warta_mention *m = warta_result_mention(r, i);
        check_span("mention", m->start, m->end, m->char_start, m->char_end);
        if (m->entity < 0 || (uint32_t)m->entity >= ne)
            die("mention without a valid entity", NULL);
        if (m->affiliation >= (int32_t)nm)
            die("affiliation index out of range", NULL);
        if ((m->role_start >= 0) != (m->role_end >= 0) || m->role_start > m->role_end ||
            (m->role_end >= 0 && (size_t)m->role_end > len))
            die("role span out of range", NULL);
        if (i && warta_result_mention(r, i - 1)->start > m->start)
            die("mentions out of text order", NULL);
    }
    for (uint32_t i = 0; i < ne; i++) {
        const warta_entity *e = warta_result_entity(r, i);
        if (!e->n_mentions || !e->type || !e->name)
            die("entity without mentions, type or name", NULL);
        for (uint32_t k = 0; k < e->n_mentions; k++)
            if (e->mentions[k] >= nm || warta_result_mention(r, e->mentions[k])->entity != (int32_t)i)
                die("entity lists a mention that is not its own", NULL);
        if (e->affiliation >= (int32_t)ne)
            die("entity affiliation out of range", NULL);
    }
    for (uint32_t i = 0; i < warta_result_quote_count(r); i++) {
        const warta_quote *q = warta_result_quote(r, i);
        check_span("quote", q->span.start, q->span.end, q->span.char_start, q->span.char_end);
        for (uint32_t c = 0; c < q->n_content; c++)
            check_span("quote content", q->content[c].start, q->content[c].end,
                       q->content[c].char_start, q->content[c].char_end);
        if (q->has_cue)
            check_span("cue", q->cue.start, q->cue.end, q->cue.char_start, q->cue.char_end);
        if (q->has_speaker_span)
            check_span("speaker", q->speaker_span.start, q->speaker_span.end,
                       q->speaker_span.char_start, q->speaker_span.char_end);
        if (q->speaker_mention >= (int32_t)nm || q->speaker_entity >= (int32_t)ne || !q->kind)
            die("quote speaker out of range or no kind", NULL);
    }
}

/* Every writer in the core; JSON must also parse back. */
static void write_all(const warta_result *r)
{
    static const unsigned json_flags[] = {0, WARTA_JSON_PRETTY, WARTA_JSON_NO_TEXT};
    for (size_t i = 0; i < sizeof json_flags / sizeof *json_flags; i++) {
        char *json = warta_result_to_json(r, json_flags[i]);
        if (!json)
            die("JSON writer failed", NULL);
        cJSON *back = cJSON_Parse(json);
        if (!back)
            die("JSON output does not parse", json);
        cJSON_Delete(back);
        free(json);
    }
    if (warta_result_write_json(r, sink_file, 0) < 0 || warta_result_write_conll(r, sink_file) < 0 ||
        warta_result_write_brat(r, sink_file, sink_file) < 0 || warta_html_begin(sink_file, "fuzz") < 0 ||
        warta_result_write_html(r, sink_file) < 0 || warta_html_end(sink_file) < 0 ||
        warta_result_write_text(r, sink_file, 0) < 0 ||
        warta_result_write_text(r, sink_file, WARTA_TEXT_COLOR) < 0)
        die("a writer failed", NULL);
}

/* The brat reader (`--input brat`) on what the brat writer wrote for r: it
 * must read back, with every span as good as the writer's. */
static void brat_round_trip(const warta_result *r, const uint8_t *data, size_t size, int repaired)
{
    char *ann = NULL;
    size_t ann_len = 0;
    FILE *f = open_memstream(&ann, &ann_len);
    if (!f)
        die("open_memstream", NULL);
    FILE *null_txt = fopen("/dev/null", "w");
    if (!null_txt || warta_result_write_brat(r, null_txt, f) < 0)
        die("brat writer failed", NULL);
    fclose(null_txt);
    fclose(f);
    size_t len;
    const char *text = warta_result_text(r, &len);
    warta_result *back = NULL;
    char err[512];
    if (warta_result_from_brat(text, len, ann, ann_len, "fuzz", "", &back, err, sizeof err) != WARTA_OK)
        die("the brat writer's own output does not read back", err);
    check_result(back, repaired ? (const uint8_t *)text : data, size, 0);
    warta_result_free(back);
    free(ann);
}

/* The brat reader on arbitrary lines: the input is both the text and the
 * .ann file ("T1\tperson 0 4" is valid UTF-8 text too).  An error is fine;
 * a result must hold together. */
static void brat_arbitrary(const uint8_t *data, size_t size)
{
    warta_result *r = NULL;
    char err[512];
    const char *text = (const char *)data;
    int rc = warta_result_from_brat(text, size, text, size, "fuzz", "", &r, err, sizeof err);
    if (rc != WARTA_OK) {
        if (r || !err[0])
            die("a refused .ann gave a result or no message", err);
        return;
    }
    check_result(r, data, size, 0);
    char *json = warta_result_to_json(r, 0);
    cJSON *parsed = json ? cJSON_Parse(json) : NULL;
    if (!parsed)
        die("JSON of a brat result does not parse", json);
    cJSON_Delete(parsed);
    free(json);
    warta_result_free(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const langs[] = {"id", "en", ""};
    if (!strict_engine)
        LLVMFuzzerInitialize(NULL, NULL);
    const char *text = (const char *)data;
    const char *lang = langs[size % 3];
    char err[1024];
    warta_result *r = NULL;
    int rc = warta_annotate_r(strict_engine, text, size, "fuzz", lang, &r, err, sizeof err);
    int repaired = 0;
    if (rc == WARTA_EUTF8) {
        if (r || !strstr(err, "byte offset"))
            die("invalid UTF-8 gave a result or no offset", err);
        repaired = 1;
        rc = warta_annotate_r(repair_engine, text, size, "fuzz", lang, &r, err, sizeof err);
    }
    if (rc < 0) {
        /* A plugin may refuse a document; that must be an error, never a result. */
        if (r)
            die("failed annotation returned a result", err);
        char *rec = warta_error_record_json("fuzz", rc, err);
        cJSON *back = rec ? cJSON_Parse(rec) : NULL;
        if (!back)
            die("error record does not parse", rec);
        cJSON_Delete(back);
        free(rec);
        return 0;
    }
    check_result(r, data, size, repaired);
    write_all(r);
    brat_round_trip(r, data, size, repaired);
    warta_result_free(r);
    if (!repaired)
        brat_arbitrary(data, size);
    return 0;
}
