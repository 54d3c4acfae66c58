/* Lexicon: TSV parsing, longest match over token keys, lookup, errors,
 * load speed and concurrent reads. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "lexicon.h"
#include "text.h"

static const char LEXICON[] =
    "\xEF\xBB\xBF# gazetteer for the tests\n"
    "Jakarta\tlocation\tcity\n"
    "Jakarta Pusat\tlocation\tdistrict\r\n"
    "\n"
    "   \t \n"
    "Menteri\trole-short\r\n"
    "Menteri Luar Negeri\trole\n"
    "# Menteri Dalam Negeri\tcommented out\n"
    "JAKARTA\tduplicate, the first line wins\n"
    "Jum'at\tday\n"
    "U.S.\tcountry\n"
    "“Gedung Putih”\tquoted\n"
    "Straße\tstreet\n"
    "Presiden\n"
    "  Amerika Serikat  \tcountry\n"
    "Kim Jong-un\tperson";

typedef struct doc_holder {
    warta_tokens tk;
    warta_doc doc;
} doc_holder;

static void make_doc(doc_holder *h, const char *text)
{
    CHECK_INT(warta_tokens__build(text, strlen(text), &h->tk), WARTA_OK);
    memset(&h->doc, 0, sizeof h->doc);
    h->doc.struct_size = sizeof h->doc;
    h->doc.text = text;
    h->doc.len = (uint32_t)strlen(text);
    h->doc.id = "";
    h->doc.lang = "id";
    h->doc.tokens = h->tk.tokens;
    h->doc.n_tokens = h->tk.n_tokens;
    h->doc.sentences = h->tk.sentences;
    h->doc.n_sentences = h->tk.n_sentences;
}

/* Index of the first token whose surface is s. */
static uint32_t tok_at(const doc_holder *h, const char *s)
{
    size_t n = strlen(s);
    for (uint32_t i = 0; i < h->doc.n_tokens; i++) {
        const warta_token *t = &h->doc.tokens[i];
        if (t->end - t->start == n && memcmp(h->doc.text + t->start, s, n) == 0)
            return i;
    }
    CHECK(!"token not found");
    return 0;
}

static warta_lexicon *load_test_lexicon(void)
{
    warta_lexicon *lx = NULL;
    char err[256] = "";
    CHECK_INT(warta_lexicon__load_buffer("test.tsv", LEXICON, sizeof LEXICON - 1, &lx, err, sizeof err), WARTA_OK);
    if (err[0])
        fprintf(stderr, "  %s\n", err);
    return lx;
}

static void test_match(void)
{
    warta_lexicon *lx = load_test_lexicon();
    if (!lx)
        return;
    CHECK_INT(warta_lexicon__entry_count(lx), 11);

    doc_holder h;
    make_doc(&h, "Menteri Luar Negeri Retno ke JAKARTA Pusat, lalu jakarta. Menteri Luar datang Jum’at "
                 "ke U.S. dan \"Gedung Putih\" di Strasse; Presiden AMERIKA SERIKAT bertemu Kim Jong-un.\n"
                 "Jakarta\nPusat");
    warta_lexicon_match m;
    uint32_t t = tok_at(&h, "Menteri");
    CHECK_INT(warta_lexicon__match(lx, &h.doc, t, &m), 3);
    CHECK_INT(m.n_tokens, 3);
    CHECK_STR(m.phrase, "Menteri Luar Negeri");
    CHECK_STR(m.value, "role");

    /* longest match, case-insensitive; phrase as written, CR stripped */
    CHECK_INT(warta_lexicon__match(lx, &h.doc, tok_at(&h, "JAKARTA"), &m), 2);
    CHECK_STR(m.phrase, "Jakarta Pusat");
    CHECK_STR(m.value, "location\tdistrict");
    CHECK_INT(warta_lexicon__match(lx, &h.doc, tok_at(&h, "jakarta"), &m), 1);
    CHECK_STR(m.phrase, "Jakarta");
    CHECK_STR(m.value, "location\tcity"); /* not the later duplicate */

    /* a prefix of a longer entry falls back to the longest complete one */
    uint32_t second = tok_at(&h, "datang") - 2;
    CHECK_INT(warta_lexicon__match(lx, &h.doc, second, &m), 1);
    CHECK_STR(m.value, "role-short");

    /* folded apostrophes and quotes, acronyms, case folding ß -> ss */
    CHECK_INT(warta_lexicon__match(lx, &h.doc, tok_at(&h, "Jum’at"), &m), 1);
    CHECK_STR(m.value, "day");
    CHECK_INT(warta_lexicon__match(lx, &h.doc, tok_at(&h, "U.S."), &m), 1);
    CHECK_STR(m.value, "country");
    CHECK_INT(warta_lexicon__match(lx, &h.doc, tok_at(&h, "\""), &m), 4);
    CHECK_STR(m.phrase, "“Gedung Putih”");
    CHECK_INT(warta_lexicon__match(lx, &h.doc, tok_at(&h, "Strasse"), &m), 1);
    CHECK_STR(m.value, "street");
    CHECK_INT(warta_lexicon__match(lx, &h.doc, tok_at(&h, "Presiden"), &m), 1);
    CHECK_STR(m.value, "");
    CHECK_INT(warta_lexicon__match(lx, &h.doc, tok_at(&h, "AMERIKA"), &m), 2);
    CHECK_STR(m.phrase, "Amerika Serikat");
    CHECK_INT(warta_lexicon__match(lx, &h.doc, tok_at(&h, "Kim"), &m), 2); /* Kim, Jong-un */

    /* no entry starts here */
    CHECK_INT(warta_lexicon__match(lx, &h.doc, tok_at(&h, "Retno"), &m), 0);
    CHECK_INT(m.n_tokens, 0);
    CHECK(m.phrase == NULL && m.value == NULL);
    CHECK_INT(warta_lexicon__match(lx, &h.doc, h.doc.n_tokens, &m), 0);
    CHECK_INT(warta_lexicon__match(lx, &h.doc, 0, NULL), 3);

    /* never across a line break: "Jakarta\nPusat" is two sentences */
    CHECK_INT(warta_lexicon__match(lx, &h.doc, h.doc.n_tokens - 2, &m), 1);
    CHECK_STR(m.phrase, "Jakarta");
    warta_tokens__free(&h.tk);

    /* lookup: the whole string must be one entry */
    CHECK_STR(warta_lexicon__lookup(lx, "jakarta pusat", 13), "location\tdistrict");
    CHECK_STR(warta_lexicon__lookup(lx, "  JAKARTA ", 10), "location\tcity");
    CHECK_STR(warta_lexicon__lookup(lx, "Presiden", 8), "");
    CHECK_STR(warta_lexicon__lookup(lx, "menteri luar negeri", 19), "role");
    CHECK_STR(warta_lexicon__lookup(lx, "Jum’at", strlen("Jum’at")), "day");
    CHECK(warta_lexicon__lookup(lx, "Menteri Luar", 12) == NULL);
    CHECK(warta_lexicon__lookup(lx, "Jakarta Pusat Baru", 18) == NULL);
    CHECK(warta_lexicon__lookup(lx, "Ja", 2) == NULL);
    CHECK(warta_lexicon__lookup(lx, "", 0) == NULL);
    CHECK(warta_lexicon__lookup(lx, "Menteri Dalam Negeri", 20) == NULL);
    /* the length bounds the text */
    CHECK_STR(warta_lexicon__lookup(lx, "Jakarta Pusat", 7), "location\tcity");
    warta_lexicon__free(lx);
}

static void test_errors(void)
{
    warta_lexicon *lx = (warta_lexicon *)&lx;
    char err[512] = "";
    const char *missing = "/nonexistent-warta-dir/places.tsv";
    int rc = warta_lexicon__load(missing, &lx, err, sizeof err);
    CHECK_INT(rc, WARTA_ENOTFOUND);
    CHECK(lx == NULL);
    CHECK(strstr(err, missing) != NULL);

    static const char bad[] = "ok\tv\n# fine\nba\xC0\xAF" "d\tv\nlater\n";
    err[0] = '\0';
    rc = warta_lexicon__load_buffer("bad.tsv", bad, sizeof bad - 1, &lx, err, sizeof err);
    CHECK_INT(rc, WARTA_EUTF8);
    CHECK(lx == NULL);
    CHECK(strstr(err, "bad.tsv:3") != NULL);

    static const char truncated[] = "ok\nakhir\xE2\x80";
    rc = warta_lexicon__load_buffer("trunc.tsv", truncated, sizeof truncated - 1, &lx, err, sizeof err);
    CHECK_INT(rc, WARTA_EUTF8);
    CHECK(strstr(err, "trunc.tsv:2") != NULL);

    static const char empty_phrase[] = "ok\n\tvalue without phrase\n";
    rc = warta_lexicon__load_buffer("empty.tsv", empty_phrase, sizeof empty_phrase - 1, &lx, err, sizeof err);
    CHECK_INT(rc, WARTA_EINVAL);
    CHECK(strstr(err, "empty.tsv:2") != NULL);

    /* an empty lexicon is fine and matches nothing */
    rc = warta_lexicon__load_buffer("none.tsv", "# nothing\n\n", 11, &lx, err, sizeof err);
    CHECK_INT(rc, WARTA_OK);
    CHECK_INT(warta_lexicon__entry_count(lx), 0);
    CHECK(warta_lexicon__lookup(lx, "apa", 3) == NULL);
    warta_lexicon__free(lx);
    warta_lexicon__free(NULL);
}

static void test_file(void)
{
    char path[512];
    snprintf(path, sizeof path, "%s/test_lexicon_%ld.tsv", check_env("WARTA_TEST_BINARY_DIR", "/tmp"),
             (long)getpid());
    FILE *f = fopen(path, "wb");
    CHECK(f != NULL);
    if (!f)
        return;
    fputs("# CRLF file without a final newline\r\nGedung Putih\torganization\r\nPutih\tcolour\r\n"
          "Badan Pusat Statistik\torganization\tBPS",
          f);
    fclose(f);
    warta_lexicon *lx = NULL;
    char err[256] = "";
    CHECK_INT(warta_lexicon__load(path, &lx, err, sizeof err), WARTA_OK);
    CHECK_INT(warta_lexicon__entry_count(lx), 3);
    CHECK_STR(warta_lexicon__lookup(lx, "gedung putih", 12), "organization");
    CHECK_STR(warta_lexicon__lookup(lx, "BADAN PUSAT STATISTIK", 21), "organization\tBPS");
    doc_holder h;
    make_doc(&h, "Juru bicara Gedung Putih berkata.");
    warta_lexicon_match m;
    CHECK_INT(warta_lexicon__match(lx, &h.doc, 2, &m), 2);
    CHECK_STR(m.value, "organization");
    CHECK_INT(warta_lexicon__match(lx, &h.doc, 3, &m), 1);
    CHECK_STR(m.value, "colour");
    warta_tokens__free(&h.tk);
    warta_lexicon__free(lx);
    remove(path);
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* 100,000 lines, a fifth of them non-ASCII.  An optimised build compiles
 * them in about 50 ms; the bound only catches quadratic behaviour, since
 * the tests also run under sanitizers and valgrind.  The time is printed. */
static warta_lexicon *big_lexicon(void)
{
    enum { LINES = 100000 };
    size_t cap = (size_t)LINES * 64, len = 0;
    char *data = malloc(cap);
    CHECK(data != NULL);
    if (!data)
        return NULL;
    for (unsigned i = 0; i < LINES; i++) {
        if (i % 5)
            len += (size_t)snprintf(data + len, cap - len, "Nama%u Kota%u Raya\tv%u\n", i, i % 97, i);
        else
            len += (size_t)snprintf(data + len, cap - len, "Kota Ñandú%u\tv%u\n", i, i);
    }
    warta_lexicon *lx = NULL;
    char err[256] = "";
    double t0 = now_ms();
    CHECK_INT(warta_lexicon__load_buffer("big.tsv", data, len, &lx, err, sizeof err), WARTA_OK);
    double ms = now_ms() - t0;
    fprintf(stderr, "test_lexicon: %d lines (%zu bytes) compiled in %.1f ms\n", LINES, len, ms);
    CHECK(ms < 10000.0);
    CHECK_INT(warta_lexicon__entry_count(lx), LINES);
    free(data);
    return lx;
}

typedef struct job {
    const warta_lexicon *lx;
    const warta_doc *doc;
    uint32_t expect_sum;
    int failures;
} job;

static uint32_t sweep(const warta_lexicon *lx, const warta_doc *doc)
{
    uint32_t sum = 0;
    warta_lexicon_match m;
    for (uint32_t t = 0; t < doc->n_tokens; t++)
        sum += warta_lexicon__match(lx, doc, t, &m) * (t + 1);
    return sum;
}

static void *worker(void *arg)
{
    job *j = arg;
    for (int r = 0; r < 200; r++) {
        if (sweep(j->lx, j->doc) != j->expect_sum)
            j->failures++;
        const char *v = warta_lexicon__lookup(j->lx, "nama77 kota77 raya", 18);
        if (!v || strcmp(v, "v77") != 0)
            j->failures++;
    }
    return NULL;
}

static void test_big_and_threads(void)
{
    warta_lexicon *lx = big_lexicon();
    if (!lx)
        return;
    CHECK_STR(warta_lexicon__lookup(lx, "Nama12346 Kota27 Raya", 21), "v12346");
    CHECK_STR(warta_lexicon__lookup(lx, "KOTA ÑANDÚ500", strlen("KOTA ÑANDÚ500")), "v500");
    CHECK(warta_lexicon__lookup(lx, "Nama12346 Kota28 Raya", 21) == NULL);

    doc_holder h;
    make_doc(&h, "Di Nama77 Kota77 Raya dan kota ñandú1000 serta Nama6 Kota6 Raya, bukan Nama6 Kota7.");
    uint32_t expect = sweep(lx, &h.doc);
    CHECK_INT(warta_lexicon__match(lx, &h.doc, 1, NULL), 3);
    CHECK_INT(warta_lexicon__match(lx, &h.doc, tok_at(&h, "kota"), NULL), 2);
    CHECK(expect != 0);

    enum { THREADS = 4 };
    pthread_t th[THREADS];
    job jobs[THREADS];
    for (int i = 0; i < THREADS; i++) {
        jobs[i] = (job){lx, &h.doc, expect, 0};
        CHECK_INT(pthread_create(&th[i], NULL, worker, &jobs[i]), 0);
    }
    for (int i = 0; i < THREADS; i++) {
        pthread_join(th[i], NULL);
        CHECK_INT(jobs[i].failures, 0);
    }
    warta_tokens__free(&h.tk);
    warta_lexicon__free(lx);
}

int main(void)
{
    test_match();
    test_errors();
    test_file();
    test_big_and_threads();
    return check_report("test_lexicon");
}
