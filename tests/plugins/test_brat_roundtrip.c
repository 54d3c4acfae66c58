/* brat out and back in: annotating the seeds with every plugin, writing
 * brat and reading it back gives the same mentions, entities and quotes
 * (what a correction round trip through brat relies on); and malformed
 * .ann input is refused with its line number. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "warta/warta.h"

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf)
        buf[n] = '\0';
    *len = (size_t)n;
    return buf;
}

static void compare(const warta_result *a, const warta_result *b)
{
    CHECK_INT(warta_result_mention_count(a), warta_result_mention_count(b));
    CHECK_INT(warta_result_entity_count(a), warta_result_entity_count(b));
    CHECK_INT(warta_result_quote_count(a), warta_result_quote_count(b));
    for (uint32_t i = 0; i < warta_result_mention_count(a) && i < warta_result_mention_count(b); i++) {
        const warta_mention *x = warta_result_mention(a, i), *y = warta_result_mention(b, i);
        CHECK_INT(x->start, y->start);
        CHECK_INT(x->end, y->end);
        CHECK_INT(x->entity, y->entity);
        CHECK_INT(x->affiliation, y->affiliation);
        CHECK_INT(x->role_start, y->role_start);
        int same_type = strcmp(x->type, y->type) == 0 ||
                        (strcmp(x->type, "official") == 0 && x->role_start < 0);
        CHECK(same_type);
    }
    for (uint32_t i = 0; i < warta_result_quote_count(a) && i < warta_result_quote_count(b); i++) {
        const warta_quote *x = warta_result_quote(a, i), *y = warta_result_quote(b, i);
        CHECK_INT(x->n_content, y->n_content);
        for (uint32_t c = 0; c < x->n_content && c < y->n_content; c++) {
            CHECK_INT(x->content[c].start, y->content[c].start);
            CHECK_INT(x->content[c].end, y->content[c].end);
        }
        CHECK_INT(x->has_cue, y->has_cue);
        CHECK_INT(x->cue.start, y->cue.start);
        CHECK_INT(x->speaker_mention, y->speaker_mention);
        CHECK_INT(x->speaker_entity, y->speaker_entity);
        CHECK_STR(x->kind, y->kind);
    }
}

static void roundtrip(warta_engine *e, const char *path)
{
    size_t len;
    char *text = slurp(path, &len);
    CHECK(text != NULL);
    if (!text)
        return;
    warta_result *a = NULL, *b = NULL;
    CHECK_INT(warta_annotate(e, text, len, path, "id", &a), WARTA_OK);
    char *txt = NULL, *ann = NULL;
    size_t txt_len = 0, ann_len = 0;
    FILE *ft = open_memstream(&txt, &txt_len), *fa = open_memstream(&ann, &ann_len);
    CHECK_INT(warta_result_write_brat(a, ft, fa), WARTA_OK);
    fclose(ft);
    fclose(fa);
    CHECK_INT(txt_len, len);
    CHECK(memcmp(txt, text, len) == 0);
    char err[256];
    CHECK_INT(warta_result_from_brat(text, len, ann, ann_len, path, "id", &b, err, sizeof err),
              WARTA_OK);
    if (a && b) {
        CHECK(warta_result_mention_count(a) > 20);
        CHECK(warta_result_quote_count(a) > 3);
        compare(a, b);
    }
    warta_result_free(a);
    warta_result_free(b);
    free(txt);
    free(ann);
    free(text);
}

static void malformed(void)
{
    const char *text = "Presiden Joko Widodo berkata.";
    const char *cases[][2] = {
        {"T1\tperson 9 20\tJoko Widodo\nT2\tperson 9 999\tx\n", "line 2"},
        {"T1\tperson nine 20\tJoko\n", "line 1"},
        {"T1\tperson 9 20\tJoko Widodo\nR1\trole Arg1:T1 Arg2:T7\n", "line 2"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        warta_result *r = NULL;
        char err[256] = "";
        int rc = warta_result_from_brat(text, strlen(text), cases[i][0], strlen(cases[i][0]), "m",
                                        NULL, &r, err, sizeof err);
        CHECK_INT(rc, WARTA_EINVAL);
        CHECK(r == NULL);
        CHECK(strstr(err, cases[i][1]) != NULL);
    }
    /* a hand-made file: role makes the person an official; the quote finds its speaker */
    const char *t2 = "“Kami siap,” kata Presiden Joko Widodo.";
    const char *a2 = "T1\tperson 27 38\tJoko Widodo\nT2\trole 18 26\tPresiden\n"
                     "T3\tquote 1 10\tKami siap\nT4\tcue 13 17\tkata\n"
                     "R1\trole Arg1:T1 Arg2:T2\nR2\tspeaker Arg1:T3 Arg2:T1\nR3\tcue Arg1:T3 Arg2:T4\n"
                     "A1\tkind T3 direct\n";
    warta_result *r = NULL;
    char err[256];
    CHECK_INT(warta_result_from_brat(t2, strlen(t2), a2, strlen(a2), "h", "id", &r, err, sizeof err),
              WARTA_OK);
    if (r) {
        CHECK_INT(warta_result_mention_count(r), 1);
        CHECK_STR(warta_result_mention(r, 0)->type, "official");
        CHECK_STR(warta_result_mention(r, 0)->role, "Presiden");
        CHECK_INT(warta_result_quote_count(r), 1);
        const warta_quote *q = warta_result_quote(r, 0);
        CHECK_INT(q->speaker_mention, 0);
        CHECK_SPAN(t2, q->content[0].start, q->content[0].end, "Kami siap");
        CHECK_SPAN(t2, q->cue.start, q->cue.end, "kata");
    }
    warta_result_free(r);
}

int main(void)
{
    warta_engine *e;
    warta_engine_new(&e);
    warta_engine_add_plugin_dir(e, check_env("WARTA_TEST_PLUGIN_DIR", "plugins"));
    CHECK_INT(warta_engine_load(e), WARTA_OK);
    char path[1024];
    const char *src = check_env("WARTA_TEST_SOURCE_DIR", ".");
    snprintf(path, sizeof path, "%s/corpus/seeds/trump-putin-anchorage.txt", src);
    roundtrip(e, path);
    snprintf(path, sizeof path, "%s/corpus/seeds/trump-putin-klikanggaran.txt", src);
    roundtrip(e, path);
    warta_engine_free(e);
    malformed();
    return check_report("test_brat_roundtrip");
}
