/* Bad input through the embedding API: invalid UTF-8 refused with its
 * offset or repaired byte for byte (engine option core.invalid), NUL bytes
 * kept in the JSON, empty and missing text, the tokenizer staying linear on
 * a dotted-acronym chain that never completes, and quotes nested without end
 * cut at a fixed depth (so the output cannot grow with the input squared). */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check.h"
#include "merge.h"
#include "store.h"
#include "text.h"
#include "warta/warta.h"

static warta_engine *engine(const char *invalid)
{
    warta_engine *e;
    CHECK_INT(warta_engine_new(&e), WARTA_OK);
    warta_engine_add_plugin_dir(e, check_env("WARTA_TEST_PLUGIN_DIR", "plugins"));
    warta_engine_select_plugins(e, "template");
    if (invalid)
        CHECK_INT(warta_engine_set(e, "core.invalid", invalid), WARTA_OK);
    CHECK_INT(warta_engine_load(e), WARTA_OK);
    return e;
}

static void test_core_option(void)
{
    warta_engine *e;
    warta_engine_new(&e);
    CHECK_INT(warta_engine_set(e, "core.invalid", "sometimes"), WARTA_EINVAL);
    CHECK(strstr(warta_engine_last_error(e), "sometimes") != NULL);
    CHECK_INT(warta_engine_set(e, "core.nonsense", "1"), WARTA_EINVAL);
    CHECK(strstr(warta_engine_last_error(e), "core.nonsense") != NULL);
    CHECK_INT(warta_engine_set(e, "core.invalid", "error"), WARTA_OK);
    warta_engine_free(e);
}

static void test_strict(void)
{
    warta_engine *e = engine(NULL);
    static const char text[] = "Pada 15 Agustus 2025 \xE2\x80 rapat.";
    warta_result *r = (warta_result *)1;
    char err[256];
    CHECK_INT(warta_annotate_r(e, text, sizeof text - 1, "d", "id", &r, err, sizeof err), WARTA_EUTF8);
    CHECK(r == NULL);
    CHECK(strstr(err, "byte offset 21 (byte 0xE2)") != NULL);
    CHECK_INT(warta_annotate(e, text, sizeof text - 1, "d", "id", &r), WARTA_EUTF8);
    CHECK(strstr(warta_engine_last_error(e), "byte offset 21") != NULL);
    warta_engine_free(e);
}

/* Each malformed input, and which bytes the repair must replace. */
static void test_repair(void)
{
    static const struct {
        const char *bytes;
        const char *replaced; /* 'x' where a byte becomes U+001A */
    } cases[] = {
        {"a\xC3(b", ".x.."},
        {"\xE2\x80z", "xx."},
        {"\xF0\x9F\x98", "xxx"},
        {"\xC0\xAF", "xx"},
        {"\xED\xA0\x80!", "xxx."},
        {"\xF4\x90\x80\x80", "xxxx"},
        {"\xFF\xFE\xC3\xA9", "xx.."},
        {"ok \x80", "...x"},
    };
    warta_engine *e = engine("replace");
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        size_t n = strlen(cases[c].bytes), want = 0;
        warta_result *r = NULL;
        CHECK_INT(warta_annotate(e, cases[c].bytes, n, "r", NULL, &r), WARTA_OK);
        if (!r)
            continue;
        size_t len;
        const char *t = warta_result_text(r, &len);
        CHECK_INT(len, n);
        for (size_t i = 0; i < n; i++) {
            int x = cases[c].replaced[i] == 'x';
            want += (size_t)x;
            CHECK_INT((unsigned char)t[i], x ? 0x1A : (unsigned char)cases[c].bytes[i]);
        }
        CHECK_INT(warta_result_repaired(r), want);
        CHECK(warta_utf8__validate(t, len, NULL) == WARTA_OK);
        warta_result_free(r);
    }

    /* offsets after the repaired bytes still point at the original text */
    static const char text[] = "\xC3\x28 \xFF Rapat 15 Agustus 2025 di sana";
    warta_result *r = NULL;
    CHECK_INT(warta_annotate(e, text, sizeof text - 1, "d", "id", &r), WARTA_OK);
    int found = 0;
    for (uint32_t i = 0; r && i < warta_result_mention_count(r); i++) {
        const warta_mention *m = warta_result_mention(r, i);
        if (strcmp(m->type, "date") == 0) {
            CHECK_SPAN(text, m->start, m->end, "15 Agustus 2025");
            CHECK_INT(m->char_start, 11); /* each replaced byte is one code point */
            found = 1;
        }
    }
    CHECK(found);
    char *json = r ? warta_result_to_json(r, 0) : NULL;
    CHECK(json && strstr(json, "\"repaired\":2,") && strstr(json, "\"text\":\"\\u001a( \\u001a Rapat"));
    free(json);
    warta_result_free(r);

    /* valid text: nothing repaired, no "repaired" key */
    CHECK_INT(warta_annotate(e, "Rapat.", 6, "v", NULL, &r), WARTA_OK);
    CHECK_INT(warta_result_repaired(r), 0);
    json = r ? warta_result_to_json(r, 0) : NULL;
    CHECK(json && !strstr(json, "repaired"));
    free(json);
    warta_result_free(r);
    warta_engine_free(e);
}

static void test_nul_and_empty(void)
{
    warta_engine *e = engine(NULL);
    static const char text[] = "A\0B pada 15 Agustus 2025\0";
    warta_result *r = NULL;
    CHECK_INT(warta_annotate(e, text, sizeof text - 1, "n", NULL, &r), WARTA_OK);
    char *json = r ? warta_result_to_json(r, 0) : NULL;
    CHECK(json && strstr(json, "\"text\":\"A\\u0000B pada 15 Agustus 2025\\u0000\""));
    free(json);
    json = r ? warta_result_to_json(r, WARTA_JSON_PRETTY) : NULL;
    /* pretty output spaces the key and value its own way: look for the value */
    CHECK(json && strstr(json, "\"text\":") &&
          strstr(json, "\"A\\u0000B pada 15 Agustus 2025\\u0000\""));
    free(json);
    CHECK(r && warta_result_mention_count(r) == 1 && warta_result_mention(r, 0)->start == 9);
    warta_result_free(r);

    CHECK_INT(warta_annotate(e, NULL, 0, NULL, NULL, &r), WARTA_OK);
    CHECK(r && warta_result_mention_count(r) == 0 && warta_result_quote_count(r) == 0);
    json = r ? warta_result_to_json(r, 0) : NULL;
    CHECK(json && strstr(json, "\"id\":\"\",\"lang\":\"\",\"text\":\"\""));
    free(json);
    warta_result_free(r);
    CHECK_INT(warta_annotate(e, NULL, 5, "x", NULL, &r), WARTA_EINVAL);
    CHECK_INT(warta_annotate(e, "x", 1, "x", NULL, NULL), WARTA_EINVAL);
    warta_engine_free(e);
}

/* "A.A.A.…A.ABCDE" is no acronym; every "A" used to rescan the whole chain. */
static void test_acronym_chain(void)
{
    size_t reps = 100000, len = 2 * reps + 12;
    char *text = malloc(len + 1);
    if (!text)
        return;
    for (size_t i = 0; i < reps; i++)
        memcpy(text + 2 * i, "A.", 2);
    memcpy(text + 2 * reps, "ABCDE U.S. x", 12);
    warta_tokens tk;
    clock_t t0 = clock();
    CHECK_INT(warta_tokens__build(text, len, &tk), WARTA_OK);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECK(secs < 3.0); /* quadratic took about 10 s even optimised */
    /* "A" "." pairs, "A.ABCDE" split the same way, then "U.S." whole */
    CHECK_INT(tk.n_tokens, 2 * reps + 1 + 2);
    if (tk.n_tokens >= 2) {
        CHECK_SPAN(text, tk.tokens[0].start, tk.tokens[0].end, "A");
        CHECK_SPAN(text, tk.tokens[tk.n_tokens - 2].start, tk.tokens[tk.n_tokens - 2].end, "U.S.");
    }
    warta_tokens__free(&tk);
    free(text);
}

static uint32_t kept_quotes(const char *text, uint32_t n, int nested)
{
    warta_store st;
    warta_store__init(&st, text, (uint32_t)strlen(text));
    st.plugin = "quotes";
    for (uint32_t i = 0; i < n; i++) {
        warta_annotation a;
        memset(&a, 0, sizeof a);
        a.struct_size = sizeof a;
        a.kind = WARTA_ANN_QUOTE;
        a.label = "quote";
        a.score = 0.8f;
        a.start = nested ? i : 2 * i;
        a.end = nested ? (uint32_t)strlen(text) : 2 * i + 1;
        CHECK_INT(warta_store__emit(&st, &a, NULL), WARTA_OK);
    }
    /* and an exact duplicate of the first, which merges into it */
    warta_annotation dup = st.anns[0];
    CHECK_INT(warta_store__emit(&st, &dup, NULL), WARTA_OK);
    const char *order[] = {"quotes"};
    warta_merge m;
    uint32_t kept = 0;
    CHECK_INT(warta_merge__run(&st, order, 1, &m), WARTA_OK);
    for (uint32_t i = 0; i < st.n; i++)
        kept += m.survivor[i] == (int32_t)i;
    CHECK(warta_merge__resolve(&m, (int32_t)st.n - 1) == 0);
    warta_merge__free(&m);
    warta_store__release(&st);
    return kept;
}

static void test_quote_depth(void)
{
    const char *text = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    CHECK_INT(kept_quotes(text, 20, 1), 8);  /* 20 nested: the 8 outermost stay */
    CHECK_INT(kept_quotes(text, 20, 0), 20); /* 20 side by side: all stay */
}

int main(void)
{
    test_core_option();
    test_strict();
    test_repair();
    test_nul_and_empty();
    test_acronym_chain();
    test_quote_depth();
    return check_report("test_bad_input");
}
