/* The brat standoff reader shared by `--input brat` and `warta eval`:
 * code-point offsets to bytes, fragments, relations naming later lines,
 * attributes, Coref groups, CRLF, the first of two lines with one id, and
 * a clear error for what cannot be read. */
#include <string.h>

#include "brat_read.h"
#include "check.h"
#include "warta/plugin.h"

static const char text[] = "“Ya,” kata Menteri Luar Negeri Sergey Lavrov di Moskow.";

/* Byte offset of the first occurrence of s in text. */
static uint32_t at(const char *s)
{
    return (uint32_t)(strstr(text, s) - text);
}

static void test_reads_everything(void)
{
    /* code points: “=0 Y=1 a=2 ,=3 ”=4 ' '=5 kata=6..10 ... */
    const char ann[] = "R1\tspeaker Arg1:T1 Arg2:T3\r\n"
                       "T1\tquote 1 3;3 4\tYa ,\r\n"
                       "T2\tcue 6 10\tkata\n"
                       "T3\tperson 31 44\tSergey Lavrov\n"
                       "T3\tlocation 48 54\tMoskow\n"   /* the same id again: the first line stands */
                       "A1\tkind T1 direct\n"
                       "A2\tkind T9 direct\n"           /* no T9: skipped */
                       "*\tCoref T3 T9\n"
                       "#1\tAnnotatorNotes T1\tfree text\n";
    warta_brat_ann b;
    char err[200];
    CHECK_INT(warta_brat__read(text, strlen(text), ann, strlen(ann), &b, err, sizeof err), WARTA_OK);
    CHECK_INT(b.n_tb, 4);
    CHECK_STR(b.tb[0].id, "T1");
    CHECK_STR(b.tb[0].type, "quote");
    CHECK_INT(b.tb[0].n_frags, 2);
    CHECK_INT(b.frags[b.tb[0].first_frag].start, at("Ya"));      /* after the 3-byte “ */
    CHECK_INT(b.frags[b.tb[0].first_frag + 1].end, at("”"));
    warta_brat_span whole = warta_brat__extent(&b, 0);
    CHECK_INT(whole.start, at("Ya"));
    CHECK_INT(whole.end, at("”"));
    CHECK_INT(warta_brat__first(&b, 0).end, at(","));
    warta_brat_span lavrov = warta_brat__extent(&b, 2);
    CHECK_INT(lavrov.start, at("Sergey"));
    CHECK_INT(lavrov.end, at(" di"));
    /* the relation came before its arguments and names the first T3 */
    CHECK_INT(b.n_rels, 1);
    CHECK_STR(b.rels[0].name, "speaker");
    CHECK_INT(b.rels[0].arg1, 0);
    CHECK_INT(b.rels[0].arg2, 2);
    CHECK_INT(b.n_attrs, 1);
    CHECK_STR(b.attrs[0].name, "kind");
    CHECK_STR(b.attrs[0].value, "direct");
    CHECK_INT(b.attrs[0].target, 0);
    CHECK_INT(b.n_groups, 1);
    CHECK_STR(b.groups[0].name, "Coref");
    CHECK_INT(b.groups[0].n, 1);
    CHECK_INT(b.members[b.groups[0].first], 2);
    warta_brat__free(&b);
}

static void expect_error(const char *ann, const char *why)
{
    warta_brat_ann b;
    char err[200];
    CHECK_INT(warta_brat__read(text, strlen(text), ann, strlen(ann), &b, err, sizeof err), WARTA_EINVAL);
    if (!strstr(err, why))
        fprintf(stderr, "error '%s' does not say '%s'\n", err, why);
    CHECK(strstr(err, why) != NULL);
    warta_brat__free(&b);
    CHECK(b.tb == NULL && b.n_tb == 0);
}

static void test_errors(void)
{
    expect_error("T1\tperson 31 99\tx\n", "line 1: bad or out-of-text offsets in T1");
    expect_error("T1\tperson 40 31\tx\n", "out-of-text offsets in T1");
    expect_error("T1\tperson a b\tx\n", "bad offsets in T1");
    expect_error("T1\tperson 31 43x\tx\n", "bad offsets in T1");
    expect_error("T1\n", "malformed T line");
    expect_error("T1\tperson 31 43\tx\nR1\trole Arg1:T1 Arg2:T7\n", "line 2: relation names an unknown T: role");
    expect_error("T1\tperson 31 43\tx\nR1\trole Arg1:T1\n", "relation role lacks Arg2");
}

static void test_empty(void)
{
    warta_brat_ann b;
    char err[64];
    CHECK_INT(warta_brat__read("", 0, "", 0, &b, err, sizeof err), WARTA_OK);
    CHECK_INT(b.n_tb, 0);
    warta_brat__free(&b);
}

int main(void)
{
    test_reads_everything();
    test_errors();
    test_empty();
    return check_report("test_brat_read");
}
