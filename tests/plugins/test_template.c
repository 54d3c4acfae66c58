/* The template plugin: each date form it documents, its option, and that
 * a copy with a missing lexicon is refused with the file named. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "warta/warta.h"

static warta_engine *engine_with(const char *lexicon_dir, const char *min_year, int *rc)
{
    warta_engine *e;
    warta_engine_new(&e);
    warta_engine_add_plugin_dir(e, check_env("WARTA_TEST_PLUGIN_DIR", "plugins"));
    warta_engine_select_plugins(e, "template");
    if (lexicon_dir)
        warta_engine_add_lexicon_dir(e, lexicon_dir);
    if (min_year)
        warta_engine_set(e, "template.min_year", min_year);
    *rc = warta_engine_load(e);
    return e;
}

/* Finds the date mention covering `surface` and checks its iso attribute. */
static void expect_date(const warta_result *r, const char *text, const char *surface,
                        const char *iso)
{
    const char *at = strstr(text, surface);
    CHECK(at != NULL);
    if (!at)
        return;
    uint32_t start = (uint32_t)(at - text), end = start + (uint32_t)strlen(surface);
    for (uint32_t i = 0; i < warta_result_mention_count(r); i++) {
        const warta_mention *m = warta_result_mention(r, i);
        if (m->start == start && m->end == end) {
            CHECK_STR(m->type, "date");
            CHECK_INT(m->n_attrs, 1);
            CHECK_STR(m->attrs[0].key, "iso");
            CHECK_STR(m->attrs[0].value, iso);
            return;
        }
    }
    fprintf(stderr, "no date mention for '%s'\n", surface);
    CHECK(0);
}

static void test_forms(void)
{
    int rc;
    warta_engine *e = engine_with(NULL, NULL, &rc);
    CHECK_INT(rc, WARTA_OK);
    const char *text = "Rabu (13/8), Trump tiba. Pertemuan 15 Agustus 2025 di Anchorage. "
                       "Sejak 12 Agustus harga naik. It happened on August 13, 2025 in Alaska; "
                       "rencana Oktober 2025 dan 1/9/2025.";
    warta_result *r = NULL;
    CHECK_INT(warta_annotate(e, text, strlen(text), "t", "id", &r), WARTA_OK);
    expect_date(r, text, "13/8", "--08-13");
    expect_date(r, text, "15 Agustus 2025", "2025-08-15");
    expect_date(r, text, "12 Agustus", "--08-12");
    expect_date(r, text, "August 13, 2025", "2025-08-13");
    expect_date(r, text, "Oktober 2025", "2025-10");
    expect_date(r, text, "1/9/2025", "2025-09-01");
    CHECK_INT(warta_result_mention_count(r), 6);
    warta_result_free(r);

    /* Not dates: a score "3/4" outside parentheses, a month word alone, a bare number. */
    const char *none = "Skor 3/4 untuk tim. Mei adalah nama. Ada 15 orang.";
    CHECK_INT(warta_annotate(e, none, strlen(none), "n", "id", &r), WARTA_OK);
    CHECK_INT(warta_result_mention_count(r), 0);
    warta_result_free(r);
    warta_engine_free(e);
}

static void test_option(void)
{
    int rc;
    warta_engine *e = engine_with(NULL, "2030", &rc);
    CHECK_INT(rc, WARTA_OK);
    const char *text = "Pada 15 Agustus 2025.";
    warta_result *r = NULL;
    CHECK_INT(warta_annotate(e, text, strlen(text), "t", "id", &r), WARTA_OK);
    /* 2025 is below min_year: the date keeps day and month only */
    expect_date(r, text, "15 Agustus", "--08-15");
    warta_result_free(r);
    warta_engine_free(e);

    e = engine_with(NULL, "next year", &rc);
    CHECK_INT(rc, WARTA_ECONFIG);
    CHECK(strstr(warta_engine_last_error(e), "min_year") != NULL);
    warta_engine_free(e);
}

static void test_lexicon_override(void)
{
    /* A user lexicon directory wins over the plugin's own file. */
    char dir[] = "/tmp/warta-template-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[256];
    snprintf(path, sizeof path, "%s/months.tsv", dir);
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (!f)
        return;
    fputs("# only one month, in Javanese\nAgustusan\t8\n", f);
    fclose(f);
    int rc;
    warta_engine *e = engine_with(dir, NULL, &rc);
    CHECK_INT(rc, WARTA_OK);
    const char *text = "Tanggal 17 Agustusan 2025, bukan 17 Agustus 2025.";
    warta_result *r = NULL;
    CHECK_INT(warta_annotate(e, text, strlen(text), "t", "id", &r), WARTA_OK);
    expect_date(r, text, "17 Agustusan 2025", "2025-08-17");
    CHECK_INT(warta_result_mention_count(r), 1);
    warta_result_free(r);
    warta_engine_free(e);
    remove(path);
    remove(dir);
}

static void test_missing_lexicon(void)
{
    /* Copy the plugin without its data folder: refused, and the message
     * names the lexicon and where the host looked. */
    char dir[] = "/tmp/warta-template-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "cp '%s/template.so' '%s/'",
             check_env("WARTA_TEST_PLUGIN_DIR", "plugins"), dir);
    CHECK_INT(system(cmd), 0);
    warta_engine *e;
    warta_engine_new(&e);
    warta_engine_add_plugin_dir(e, dir);
    warta_engine_select_plugins(e, "template");
    CHECK_INT(warta_engine_load(e), WARTA_ECONFIG);
    const char *err = warta_engine_last_error(e);
    CHECK(strstr(err, "months.tsv") != NULL);
    CHECK(strstr(err, "not found") != NULL);
    CHECK(strstr(err, dir) != NULL);
    warta_engine_free(e);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    CHECK_INT(system(cmd), 0);
}

int main(void)
{
    test_forms();
    test_option();
    test_lexicon_override();
    test_missing_lexicon();
    return check_report("test_template");
}
