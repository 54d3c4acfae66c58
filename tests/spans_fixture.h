/*
 * tests/spans_fixture.h — an engine with the "spans" fixture plugin beside
 * the real ones (tests/fixtures/fixture_plugin.c, FIXTURE_EMITS): it emits
 * each LABEL:SCORE:PHRASE of its option at the phrase's first occurrence,
 * so a test can put any mention of any score next to a real plugin's.
 * Include after check.h and warta/warta.h.
 */
#ifndef WARTA_TESTS_SPANS_FIXTURE_H
#define WARTA_TESTS_SPANS_FIXTURE_H

/* The plugins of plugin_dir and the fixture, `plugins` selected (name the
 * fixture "spans" among them), its spans set; not loaded yet, so the test
 * may set more options.  NULL (a failed check) when the fixture directory
 * is unknown. */
static warta_engine *spans_engine_new(const char *plugin_dir, const char *plugins, const char *spans)
{
    const char *fixtures = check_env("WARTA_TEST_FIXTURE_DIR", NULL);
    CHECK(fixtures != NULL);
    if (!fixtures)
        return NULL;
    char emits[4096];
    snprintf(emits, sizeof emits, "%s/emits", fixtures);
    warta_engine *e = NULL;
    CHECK_INT(warta_engine_new(&e), WARTA_OK);
    CHECK_INT(warta_engine_add_plugin_dir(e, plugin_dir), WARTA_OK);
    CHECK_INT(warta_engine_add_plugin_dir(e, emits), WARTA_OK);
    CHECK_INT(warta_engine_select_plugins(e, plugins), WARTA_OK);
    CHECK_INT(warta_engine_set(e, "spans.spans", spans), WARTA_OK);
    return e;
}

#endif
