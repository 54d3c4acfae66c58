/*
 * Offsets round-trip through the whole pipeline (every plugin built) on a
 * mixed-script document: for every mention, role, quote, content, cue and
 * speaker span in the JSON output, text[start:end] equals its "text", the
 * spans sit on character boundaries, and char_start/char_end count the code
 * points before them.
 */
#include <cjson/cJSON.h>
#include <string.h>

#include "check.h"
#include "text.h"
#include "warta/warta.h"

static const char DOC[] =
    "MOSKOW — Presiden Rusia Vladimir Putin (Владимир Путин) bertemu Presiden AS Donald Trump "
    "di Anchorage, Alaska, Jumat (15/8).\n"
    "“Kami ingin perang ini berakhir,” kata Juru Bicara Gedung Putih, Karoline Leavitt. "
    "”Ukraina tidak akan menyerah,” sebut Presiden Ukraina Volodymyr Zelensky di Kyiv 🇺🇦.\n"
    "Menurut Menteri Luar Negeri Sergey Lavrov, pertemuan itu « sangat produktif ». "
    "In Tokyo (東京), Prime Minister Shigeru Ishiba said: \"We welcome talks,\" he added.\n"
    "Kata « café » ditulis dengan e\xcc\x81 (e + combining acute); ‘kutipan tunggal’ juga.\n";

static void check_span(const cJSON *o, const char *text, size_t len, const char *what)
{
    const cJSON *s = cJSON_GetObjectItemCaseSensitive(o, "start");
    const cJSON *e = cJSON_GetObjectItemCaseSensitive(o, "end");
    const cJSON *cs = cJSON_GetObjectItemCaseSensitive(o, "char_start");
    const cJSON *ce = cJSON_GetObjectItemCaseSensitive(o, "char_end");
    const cJSON *t = cJSON_GetObjectItemCaseSensitive(o, "text");
    CHECK(cJSON_IsNumber(s) && cJSON_IsNumber(e) && cJSON_IsNumber(cs) && cJSON_IsNumber(ce));
    if (!cJSON_IsNumber(s) || !cJSON_IsNumber(e) || !cJSON_IsNumber(cs) || !cJSON_IsNumber(ce))
        return;
    size_t start = (size_t)s->valuedouble, end = (size_t)e->valuedouble;
    CHECK(start <= end && end <= len);
    if (!(start <= end && end <= len))
        return;
    CHECK(start == len || ((unsigned char)text[start] & 0xC0) != 0x80);
    CHECK(end == len || ((unsigned char)text[end] & 0xC0) != 0x80);
    CHECK_INT((size_t)cs->valuedouble, warta_utf8__count(text, start));
    CHECK_INT((size_t)ce->valuedouble, warta_utf8__count(text, end));
    if (t) {
        CHECK(cJSON_IsString(t));
        if (cJSON_IsString(t) && (strlen(t->valuestring) != end - start ||
                                  memcmp(t->valuestring, text + start, end - start) != 0)) {
            fprintf(stderr, "%s: text \"%s\" is not text[%zu:%zu] \"%.*s\"\n", what,
                    t->valuestring, start, end, (int)(end - start), text + start);
            CHECK(0);
        }
    }
}

int main(void)
{
    warta_engine *e;
    CHECK_INT(warta_engine_new(&e), WARTA_OK);
    warta_engine_add_plugin_dir(e, check_env("WARTA_TEST_PLUGIN_DIR", "plugins"));
    CHECK_INT(warta_engine_load(e), WARTA_OK);
    size_t len = sizeof DOC - 1;
    warta_result *r = NULL;
    CHECK_INT(warta_annotate(e, DOC, len, "mixed", "id", &r), WARTA_OK);
    char *json = r ? warta_result_to_json(r, 0) : NULL;
    cJSON *root = json ? cJSON_Parse(json) : NULL;
    CHECK(root != NULL);
    int n_spans = 0;
    const cJSON *m, *q, *c;
    cJSON_ArrayForEach(m, cJSON_GetObjectItemCaseSensitive(root, "mentions")) {
        check_span(m, DOC, len, "mention");
        n_spans++;
        const cJSON *role = cJSON_GetObjectItemCaseSensitive(m, "role");
        if (role && cJSON_GetObjectItemCaseSensitive(role, "start"))
            check_span(role, DOC, len, "role"), n_spans++;
    }
    cJSON_ArrayForEach(q, cJSON_GetObjectItemCaseSensitive(root, "quotes")) {
        check_span(q, DOC, len, "quote");
        n_spans++;
        cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(q, "content"))
            check_span(c, DOC, len, "content"), n_spans++;
        const cJSON *cue = cJSON_GetObjectItemCaseSensitive(q, "cue");
        if (cJSON_IsObject(cue))
            check_span(cue, DOC, len, "cue"), n_spans++;
        const cJSON *sp = cJSON_GetObjectItemCaseSensitive(q, "speaker");
        if (cJSON_IsObject(sp) && cJSON_GetObjectItemCaseSensitive(sp, "start"))
            check_span(sp, DOC, len, "speaker"), n_spans++;
    }
    /* The template plugin alone finds "15/8"; with the detectors there are dozens. */
    CHECK(n_spans >= 1);
    fprintf(stderr, "checked %d spans\n", n_spans);
    cJSON_Delete(root);
    free(json);
    warta_result_free(r);
    warta_engine_free(e);
    return check_report("test_offsets_roundtrip");
}
