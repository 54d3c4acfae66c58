/*
 * The plugin host refuses every kind of bad plugin file with a message that
 * names the file and the reason, keeps the good ones, and orders plugins by
 * the labels they produce and need.
 */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "warta/warta.h"

static char fixture_dir[1024];

static warta_engine *load_case(const char *dir, int *rc)
{
    char path[1200];
    snprintf(path, sizeof path, "%s/%s", fixture_dir, dir);
    warta_engine *e = NULL;
    CHECK_INT(warta_engine_new(&e), WARTA_OK);
    CHECK_INT(warta_engine_add_plugin_dir(e, path), WARTA_OK);
    *rc = warta_engine_load(e);
    return e;
}

static const warta_plugin_info *find(warta_engine *e, const char *file_stem)
{
    for (uint32_t i = 0; i < warta_engine_plugin_count(e); i++) {
        const warta_plugin_info *p = warta_engine_plugin_info(e, i);
        const char *slash = strrchr(p->path, '/');
        if (slash && strncmp(slash + 1, file_stem, strlen(file_stem)) == 0 &&
            slash[1 + strlen(file_stem)] == '.')
            return p;
    }
    return NULL;
}

/* The refusal names the reason (and the info names the file). */
static void expect_refused(const char *dir, const char *stem, const char *reason_part)
{
    int rc;
    warta_engine *e = load_case(dir, &rc);
    CHECK_INT(rc, WARTA_OK); /* a stray bad file does not stop loading */
    const warta_plugin_info *p = find(e, stem);
    CHECK(p != NULL);
    if (p) {
        CHECK(p->refused != NULL);
        CHECK(strstr(p->path, stem) != NULL);
        if (p->refused && !strstr(p->refused, reason_part)) {
            fprintf(stderr, "  %s refused with '%s', expected to mention '%s'\n", stem,
                    p->refused, reason_part);
            CHECK(0);
        }
        CHECK_INT(p->order, -1);
    }
    warta_engine_free(e);
}

static void test_good_plugin_loads(void)
{
    int rc;
    warta_engine *e = load_case("good", &rc);
    CHECK_INT(rc, WARTA_OK);
    CHECK_INT(warta_engine_plugin_count(e), 1);
    const warta_plugin_info *p = warta_engine_plugin_info(e, 0);
    CHECK(p && p->refused == NULL);
    CHECK_STR(p ? p->name : NULL, "good");
    CHECK_INT(p ? p->abi_major : 0, WARTA_PLUGIN_ABI_MAJOR);
    CHECK_INT(p ? p->order : -1, 0);
    warta_result *r = NULL;
    CHECK_INT(warta_annotate(e, "Halo dunia.", 11, "d", "id", &r), WARTA_OK);
    CHECK(r != NULL);
    warta_result_free(r);
    warta_engine_free(e);
}

static void test_refusals(void)
{
    expect_refused("bad_abi", "bad_abi", "ABI 99");
    expect_refused("small_struct", "small_struct", "descriptor is 16 bytes");
    expect_refused("no_entry", "no_entry", "not a warta plugin");
    expect_refused("garbage", "garbage", "cannot be opened as a shared library");
    expect_refused("create_fails", "create_fails", "cannot read its model file");
    expect_refused("unmet", "unmet", "needs label 'nobody_makes_this'");
}

static void test_cycle(void)
{
    int rc;
    warta_engine *e = load_case("cycle", &rc);
    CHECK_INT(rc, WARTA_OK);
    const warta_plugin_info *a = find(e, "cycle_a"), *b = find(e, "cycle_b"),
                            *ind = find(e, "independent");
    CHECK(a && a->refused && strstr(a->refused, "dependency cycle"));
    CHECK(b && b->refused && strstr(b->refused, "dependency cycle"));
    CHECK(a && a->refused && strstr(a->refused, "cycle_a") && strstr(a->refused, "cycle_b"));
    CHECK(ind && !ind->refused && ind->order == 0);
    warta_engine_free(e);
}

static void test_selected_refused_is_an_error(void)
{
    char path[1200];
    snprintf(path, sizeof path, "%s/cycle", fixture_dir);
    warta_engine *e;
    warta_engine_new(&e);
    warta_engine_add_plugin_dir(e, path);
    warta_engine_select_plugins(e, "cycle_a,cycle_b");
    CHECK_INT(warta_engine_load(e), WARTA_ECONFIG);
    CHECK(strstr(warta_engine_last_error(e), "dependency cycle") != NULL);
    warta_engine_free(e);

    warta_engine_new(&e);
    warta_engine_add_plugin_dir(e, path);
    warta_engine_select_plugins(e, "no_such_plugin");
    CHECK_INT(warta_engine_load(e), WARTA_ENOTFOUND);
    CHECK(strstr(warta_engine_last_error(e), "no_such_plugin") != NULL);
    warta_engine_free(e);
}

static void test_order_follows_needs(void)
{
    int rc;
    /* "consumer" sorts before "producer" by name, but needs its label. */
    warta_engine *e = load_case("order", &rc);
    CHECK_INT(rc, WARTA_OK);
    const warta_plugin_info *c = find(e, "consumer"), *p = find(e, "producer");
    CHECK(c && p && !c->refused && !p->refused);
    CHECK(c && p && p->order == 0 && c->order == 1);
    warta_engine_free(e);
}

static void test_duplicate_name(void)
{
    int rc;
    warta_engine *e = load_case("duplicate", &rc);
    const warta_plugin_info *one = find(e, "dup_one"), *two = find(e, "dup_two");
    CHECK(one && !one->refused);
    CHECK(two && two->refused && strstr(two->refused, "already loaded from"));
    warta_engine_free(e);
}

static void test_plugin_failure_is_per_document(void)
{
    int rc;
    warta_engine *e = load_case("fails_on_doc", &rc);
    CHECK_INT(rc, WARTA_OK);
    warta_result *r = NULL;
    char err[512];
    const char *bad = "Gudang itu meledak kemarin.";
    CHECK(warta_annotate_r(e, bad, strlen(bad), "bad", NULL, &r, err, sizeof err) < 0);
    CHECK(r == NULL);
    CHECK(strstr(err, "fails_on_doc") != NULL);
    const char *good = "Gudang itu aman.";
    CHECK_INT(warta_annotate_r(e, good, strlen(good), "good", NULL, &r, err, sizeof err), WARTA_OK);
    CHECK(r != NULL);
    warta_result_free(r);
    warta_engine_free(e);
}

static void test_not_loaded(void)
{
    warta_engine *e;
    warta_engine_new(&e);
    warta_result *r = NULL;
    CHECK_INT(warta_annotate(e, "x", 1, NULL, NULL, &r), WARTA_EINVAL);
    CHECK(strstr(warta_engine_last_error(e), "warta_engine_load") != NULL);
    warta_engine_free(e);
}

int main(void)
{
    snprintf(fixture_dir, sizeof fixture_dir, "%s", check_env("WARTA_TEST_FIXTURE_DIR", "fixtures"));
    test_good_plugin_loads();
    test_refusals();
    test_cycle();
    test_selected_refused_is_an_error();
    test_order_follows_needs();
    test_duplicate_name();
    test_plugin_failure_is_per_document();
    test_not_loaded();
    return check_report("test_plugin_loader");
}
