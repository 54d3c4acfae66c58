/*
 * tests/plugins/test_quotes.c — the quotes plugin through the whole engine
 * (locations, organizations, officials, quotes): mark styles and pairing,
 * unbalanced marks, multi-paragraph quotations, cues before and after,
 * anaphoric speakers, reported speech, and the seed articles.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "check.h"
#include "warta/warta.h"

static warta_engine *engine;

static warta_result *annotate(const char *text, const char *lang)
{
    warta_result *r = NULL;
    int rc = warta_annotate(engine, text, strlen(text), "t", lang, &r);
    CHECK_INT(rc, WARTA_OK);
    if (rc != WARTA_OK)
        fprintf(stderr, "  annotate: %s\n", warta_engine_last_error(engine));
    return r;
}

/* The quotation with a content part containing needle, or NULL. */
static const warta_quote *find_quote(const warta_result *r, const char *needle)
{
    size_t len, n = strlen(needle);
    const char *text = warta_result_text(r, &len);
    for (uint32_t i = 0; r && i < warta_result_quote_count(r); i++) {
        const warta_quote *q = warta_result_quote(r, i);
        for (uint32_t k = 0; k < q->n_content; k++) {
            const warta_span *s = &q->content[k];
            for (uint32_t b = s->start; b + n <= s->end; b++)
                if (memcmp(text + b, needle, n) == 0)
                    return q;
        }
    }
    return NULL;
}

static const warta_quote *quote_with(const warta_result *r, const char *needle)
{
    const warta_quote *q = find_quote(r, needle);
    if (!q)
        fprintf(stderr, "  no quote contains \"%s\"\n", needle);
    return q;
}

/* Text of the mention a quotation's speaker resolved to, or "". */
static const char *speaker_name(const warta_result *r, const warta_quote *q, char *buf, size_t size)
{
    size_t len;
    const char *text = warta_result_text(r, &len);
    buf[0] = '\0';
    if (!q || q->speaker_mention < 0)
        return buf;
    const warta_mention *m = warta_result_mention(r, (uint32_t)q->speaker_mention);
    snprintf(buf, size, "%.*s", (int)(m->end - m->start), text + m->start);
    return buf;
}

/* The resolved speaker's mention text ends with `surname`. */
static int said_by(const warta_result *r, const warta_quote *q, const char *surname)
{
    char buf[256];
    speaker_name(r, q, buf, sizeof buf);
    size_t a = strlen(buf), b = strlen(surname);
    if (a >= b && strcmp(buf + a - b, surname) == 0)
        return 1;
    fprintf(stderr, "  speaker is \"%s\", expected \"%s\"\n", buf, surname);
    return 0;
}

static int covers(const warta_result *r, const char *needle)
{
    size_t len;
    const char *text = warta_result_text(r, &len);
    const char *p = strstr(text, needle);
    for (uint32_t i = 0; p && i < warta_result_quote_count(r); i++) {
        const warta_quote *q = warta_result_quote(r, i);
        if (q->span.start <= (uint32_t)(p - text) && (uint32_t)(p - text) < q->span.end)
            return 1;
    }
    return 0;
}

static const char *rtext(const warta_result *r)
{
    size_t len;
    return warta_result_text(r, &len);
}
#define CHECK_QSPAN(r, s, expected) CHECK_SPAN(rtext(r), (s).start, (s).end, (expected))

/* ---- the seed articles ------------------------------------------------- */

static const char seed_anchorage[] =
    "MENJELANG pertemuan antara Presiden Amerika Serikat (AS) Donald Trump dan Presiden Rusia Vladimir "
    "Putin, Jumat, komunikasi ditingkatkan. Para diplomat tinggi kedua negara melakukan pembicaraan lewat "
    "sambungan telepon.\n\n"
    "Juru bicara Gedung Putih, Karoline Leavitt, mengumumkan Trump akan bertolak ke Anchorage Alaska, pada "
    "Jumat pagi. \"Presiden Trump bertekad untuk mencoba mengakhiri perang ini dan menghentikan pembunuhan,\" "
    "katanya seperti dikutip Al Jazeera, Rabu (13/8).\n\n"
    "Sehari sebelumnya, Trump mengatakan kepada wartawan bahwa dia akan melihat apa yang diajukan Putin "
    "terkait peluang kesepakatan damai. Ia bahkan menyebut kemungkinan \"pertukaran wilayah\".\n\n"
    "Pernyataan tersebut langsung berhadapan dengan penolakan tegas dari Kiev. Presiden Ukraina Volodymyr "
    "Zelensky menyebut Putin menginginkan Ukraina menarik diri dari 30% wilayah Donetsk yang masih dikuasai "
    "Kiev, sebagai bagian dari gencatan senjata.\n\n"
    "\"Ukraina tidak akan menarik diri dari wilayahnya. Itu akan melanggar konstitusi dan hanya menjadi batu "
    "loncatan bagi invasi berikutnya,\" sebutnya.\n\n"
    "Moskow menegaskan setiap kesepakatan damai harus mencakup pelepasan wilayah yang direbut sejak 2014.\n\n"
    "Reporter Al Jazeera, Kimberly Halkett, mencatat adanya perubahan nada dari Trump. Awal bulan ini, Trump "
    "sempat memberi Putin tenggat hingga 8 Agustus untuk menghentikan serangan atau menghadapi sanksi dan "
    "tarif baru.\n\n"
    "\"Tujuan pertemuan ini pada dasarnya adalah untuk mendengarkan Putin, dan itu sangat berbeda dari "
    "ultimatum awal,\" lapor Halkett.\n";

static void test_seed_anchorage(void)
{
    warta_result *r = annotate(seed_anchorage, "id");
    if (!r)
        return;
    const warta_quote *q = quote_with(r, "Presiden Trump bertekad");
    CHECK(q && said_by(r, q, "Leavitt"));
    CHECK(q && strcmp(q->kind, "direct") == 0);
    if (q && q->has_cue)
        CHECK_QSPAN(r, q->cue, "katanya");
    CHECK(q && q->has_cue && q->has_speaker_span);

    q = quote_with(r, "pertukaran wilayah");
    CHECK(q && said_by(r, q, "Trump"));
    if (q && q->has_speaker_span)
        CHECK_QSPAN(r, q->speaker_span, "Ia");

    q = quote_with(r, "Ukraina tidak akan menarik diri");
    CHECK(q && said_by(r, q, "Zelensky"));
    if (q && q->has_cue)
        CHECK_QSPAN(r, q->cue, "sebutnya");
    CHECK(q && q->n_content == 1 && q->score >= 0.9f);

    q = quote_with(r, "Tujuan pertemuan ini");
    CHECK(q && said_by(r, q, "Halkett"));
    if (q && q->has_cue)
        CHECK_QSPAN(r, q->cue, "lapor");

    /* indirect: "Presiden Ukraina Volodymyr Zelensky menyebut Putin menginginkan ..." */
    q = quote_with(r, "Putin menginginkan");
    CHECK(q && strcmp(q->kind, "indirect") == 0 && said_by(r, q, "Zelensky"));
    if (q) {
        CHECK_QSPAN(r, q->content[0],
                   "Putin menginginkan Ukraina menarik diri dari 30% wilayah Donetsk yang masih dikuasai "
                   "Kiev, sebagai bagian dari gencatan senjata");
        CHECK_QSPAN(r, q->cue, "menyebut");
    }
    q = quote_with(r, "dia akan melihat");
    CHECK(q && strcmp(q->kind, "indirect") == 0 && said_by(r, q, "Trump"));
    q = quote_with(r, "Trump akan bertolak");
    CHECK(q && said_by(r, q, "Leavitt"));
    /* a direct quotation that is the whole clause is not also an indirect one */
    CHECK(!find_quote(r, "kemungkinan"));
    warta_result_free(r);
}

static const char seed_klik[] =
    "Menurut laporan NBC News yang mengutip seorang pejabat Gedung Putih, pertemuan itu sedang dalam tahap "
    "penjajakan waktu dan tempat. Meski belum ada lokasi resmi yang dipilih, beberapa opsi sedang "
    "dipertimbangkan.\n"
    "Informasi ini diperkuat setelah utusan khusus AS, Steve Witkoff, melakukan pertemuan dengan Vladimir "
    "Putin di Moskow dan menyampaikan bahwa Rusia menyatakan minat untuk bertemu dengan Trump.\n"
    "\xE2\x80\x9CThe Russians expressed their desire to meet with President Trump, and the president is open to "
    "meeting with both President Putin and President Zelenskyy. President Trump wants this brutal war to "
    "end,\xE2\x80\x9D kata Juru Bicara Gedung Putih, Karoline Leavitt.\n"
    "\xE2\x80\x9CMimpi Trump adalah mengakhiri perang brutal ini,\xE2\x80\x9D tulis laporan dari New York Times, "
    "yang menyebut Trump ingin pertemuan itu menjadi titik awal dialog menuju gencatan senjata.\n"
    "Meskipun tidak ada panggilan resmi yang dijadwalkan antara Trump dan Putin, diplomat senior Trump, Marco "
    "Rubio, menyatakan bahwa pembicaraan bisa terjadi dalam beberapa hari ke depan tergantung pada \"kemajuan "
    "yang bisa dicapai dari kedua belah pihak\".\n"
    "Rusia Geram Usai Trump Kerahkan Kapal Selam Nuklir: Medvedev Sindir \xE2\x80\x9CReaksi Gugup\xE2\x80\x9D AS "
    "dan Ingatkan Sistem 'Dead Hand'\n";

static void test_seed_klikanggaran(void)
{
    warta_result *r = annotate(seed_klik, "id");
    if (!r)
        return;
    const warta_quote *q = quote_with(r, "The Russians expressed");
    CHECK(q && said_by(r, q, "Karoline Leavitt"));
    if (q && q->has_cue)
        CHECK_QSPAN(r, q->cue, "kata");
    q = quote_with(r, "pembicaraan bisa terjadi");
    CHECK(q && strcmp(q->kind, "indirect") == 0 && said_by(r, q, "Rubio"));
    q = quote_with(r, "kemajuan yang bisa dicapai");
    CHECK(q && said_by(r, q, "Rubio"));
    q = quote_with(r, "pertemuan itu sedang");
    CHECK(q && said_by(r, q, "NBC News"));
    if (q && q->has_cue)
        CHECK_QSPAN(r, q->cue, "Menurut");
    q = quote_with(r, "Rusia menyatakan minat");
    CHECK(q && said_by(r, q, "Witkoff"));
    q = quote_with(r, "Mimpi Trump");
    CHECK(q && said_by(r, q, "New York Times"));
    CHECK(!covers(r, "Dead Hand")); /* single quotes nobody said */
    warta_result_free(r);
}

/* ---- marks -------------------------------------------------------------- */

static void test_kompas_marks(void)
{
    /* Kompas opens with the closing glyph: ” … ” */
    warta_result *r = annotate(
        "Realisasi instruksi ini vital karena masyarakat miskin sangat membutuhkan bantuan. "
        "\xE2\x80\x9DSaya minta Mensos dan Menkeu minggu ini semuanya harus bisa jalan. Ini sudah sangat "
        "mendesak sekali. Minggu ini,\xE2\x80\x9D kata Presiden Joko Widodo dalam rapat terbatas di Istana "
        "Merdeka, Jakarta.\n", "id");
    if (!r)
        return;
    CHECK_INT(warta_result_quote_count(r), 1);
    const warta_quote *q = quote_with(r, "Saya minta");
    CHECK(q && said_by(r, q, "Joko Widodo"));
    if (q) {
        CHECK_QSPAN(r, q->content[0],
                   "Saya minta Mensos dan Menkeu minggu ini semuanya harus bisa jalan. Ini sudah sangat "
                   "mendesak sekali. Minggu ini,");
        CHECK_QSPAN(r, q->span, "\xE2\x80\x9DSaya minta Mensos dan Menkeu minggu ini semuanya harus "
                   "bisa jalan. Ini sudah sangat mendesak sekali. Minggu ini,\xE2\x80\x9D");
    }
    CHECK(!covers(r, "Realisasi"));
    warta_result_free(r);

    /* the opening mark glued to the end of the previous sentence */
    r = annotate("Bantuan sangat dibutuhkan.\xE2\x80\x9D Semuanya harus jalan minggu ini,\xE2\x80\x9D ujar "
                 "Presiden Joko Widodo.\n", "id");
    if (!r)
        return;
    q = quote_with(r, "Semuanya harus jalan");
    CHECK(q && said_by(r, q, "Joko Widodo"));
    CHECK(!covers(r, "Bantuan"));
    warta_result_free(r);
}

static void test_mark_styles(void)
{
    static const struct {
        const char *text, *content;
    } cases[] = {
        {"\xE2\x80\x9E" "Wir schaffen das nicht allein,\xE2\x80\x9C kata Kanselir Jerman Friedrich Merz.\n",
         "Wir schaffen das nicht allein,"},
        {"\xC2\xAB" "Nous sommes pr\xC3\xAAts,\xC2\xBB kata Presiden Prancis Emmanuel Macron.\n",
         "Nous sommes pr\xC3\xAAts,"},
        {"\"Kami sudah siap,\" kata Presiden Joko Widodo.\n", "Kami sudah siap,"},
        {"'Kami sudah siap,' kata Presiden Joko Widodo.\n", "Kami sudah siap,"},
        {"\xE2\x80\x98Kami sudah siap,\xE2\x80\x99 kata Presiden Joko Widodo.\n", "Kami sudah siap,"},
        {"``Kami sudah siap,'' kata Presiden Joko Widodo.\n", "Kami sudah siap,"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        warta_result *r = annotate(cases[i].text, "id");
        if (!r)
            continue;
        CHECK_INT(warta_result_quote_count(r), 1);
        const warta_quote *q = quote_with(r, cases[i].content);
        if (q) {
            CHECK_QSPAN(r, q->content[0], cases[i].content);
            CHECK_STR(q->kind, "direct");
            CHECK(q->speaker_mention >= 0);
        }
        warta_result_free(r);
    }
    /* apostrophes and unattributed single quotes are not quotations */
    warta_result *r = annotate("Shalat Jum'at di masjid itu disebut 'sangat ramai' oleh warga. Rock 'n' roll "
                               "tetap populer di kalangan anak muda.\n", "id");
    if (r) {
        CHECK_INT(warta_result_quote_count(r), 0);
        warta_result_free(r);
    }
}

static void test_unbalanced(void)
{
    /* one unclosed mark: the next paragraph is not quoted */
    warta_result *r = annotate("Ada tanda \xE2\x80\x9C tanpa penutup di kalimat ini.\n\n"
                               "Setelah itu rapat ditutup dan semua peserta pulang.\n"
                               "\"Kami puas,\" kata Presiden Joko Widodo.\n", "id");
    if (r) {
        CHECK(!covers(r, "Setelah itu"));
        CHECK(!covers(r, "semua peserta"));
        const warta_quote *q = quote_with(r, "Kami puas");
        CHECK(q && said_by(r, q, "Joko Widodo"));
        warta_result_free(r);
    }
    /* an unclosed but attributed quotation ends with its paragraph, score lowered */
    r = annotate("Presiden Joko Widodo mengatakan, \xE2\x80\x9C" "Kita harus bekerja lebih keras tahun ini.\n"
                 "Rapat kemudian dilanjutkan dengan pembahasan anggaran.\n", "id");
    if (r) {
        const warta_quote *q = quote_with(r, "Kita harus bekerja");
        CHECK(q && said_by(r, q, "Joko Widodo"));
        CHECK(q && q->score < 0.9f);
        CHECK(!covers(r, "Rapat kemudian"));
        warta_result_free(r);
    }
    /* in one paragraph, the same mark opening again ends the unclosed quotation */
    r = annotate("\xE2\x80\x9CKami siap berunding, kata Menteri Luar Negeri Retno Marsudi. Sementara itu, "
                 "Rusia menolak. \xE2\x80\x9CKami tidak akan datang,\xE2\x80\x9D ujar Menteri Luar Negeri Rusia "
                 "Sergey Lavrov.\n", "id");
    if (r) {
        const warta_quote *q = quote_with(r, "Kami siap berunding");
        CHECK(q && said_by(r, q, "Retno Marsudi") && q->score < 0.9f);
        CHECK(!covers(r, "Rusia menolak"));
        q = quote_with(r, "Kami tidak akan datang");
        CHECK(q && said_by(r, q, "Lavrov") && q->score >= 0.9f);
        warta_result_free(r);
    }
    /* a missing closing mark before ", kata X" */
    r = annotate("\xE2\x80\x9CKami tidak akan mundur, kata Menteri Pertahanan Sjafrie Sjamsoeddin. Ia lalu "
                 "meninggalkan ruangan.\n", "id");
    if (r) {
        const warta_quote *q = quote_with(r, "Kami tidak akan mundur");
        CHECK(q && said_by(r, q, "Sjamsoeddin"));
        CHECK(!covers(r, "meninggalkan"));
        warta_result_free(r);
    }
}

/* Builds 10,000 pieces of text, cycling through `pieces`, with a line
 * break every `para` pieces (0: none). */
static char *repeat_pieces(const char *const *pieces, int n_pieces, int para, size_t *len_out)
{
    size_t cap = 1, len = 0;
    for (int i = 0; i < n_pieces; i++)
        cap += strlen(pieces[i]) + 1;
    cap *= 10000;
    char *text = malloc(cap);
    if (!text)
        return NULL;
    for (int i = 0; i < 10000; i++) {
        size_t n = strlen(pieces[i % n_pieces]);
        memcpy(text + len, pieces[i % n_pieces], n);
        len += n;
        if (para && i % para == para - 1)
            text[len++] = '\n';
    }
    text[len] = '\0';
    *len_out = len;
    return text;
}

static void test_many_unbalanced(void)
{
    static const char *const openers[] = {"\xE2\x80\x9C" "kabar ", "\xC2\xAB" "berita ", "\"warta ",
                                          "\xE2\x80\x9E" "lagi "};
    static const char *const closers[] = {"kabar\xE2\x80\x9D ", "berita\xC2\xBB ", "warta\" "};
    static const char *const lone[] = {"\xE2\x80\x9C ", "kabar ", "\" ", "berita "};
    static const struct {
        const char *const *pieces;
        int n, para;
        uint32_t max_quotes;
    } cases[] = {
        {openers, 4, 0, 1},     /* one paragraph of openers: one unclosed, unattributed */
        {openers, 4, 7, 0},     /* every paragraph opens: one long unclosed quotation    */
        {closers, 3, 0, 0},     /* stray closing marks pair only when attributed         */
        {closers, 3, 5, 0},
        {lone, 4, 0, 5000},     /* isolated straight/curly marks toggle: at most one a pair */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t len;
        char *text = repeat_pieces(cases[i].pieces, cases[i].n, cases[i].para, &len);
        CHECK(text != NULL);
        if (!text)
            return;
        clock_t t0 = clock();
        warta_result *r = NULL;
        int rc = warta_annotate(engine, text, len, "many", "id", &r);
        double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
        CHECK_INT(rc, WARTA_OK);
        if (r) {
            uint32_t n = warta_result_quote_count(r);
            CHECK(n <= cases[i].max_quotes);
            if (n > cases[i].max_quotes)
                fprintf(stderr, "  case %zu: %u quotations\n", i, n);
            warta_result_free(r);
        }
        CHECK(secs < 2.0);
        free(text);
    }
}

static void test_multi_paragraph(void)
{
    warta_result *r = annotate(
        "Menteri Luar Negeri Sugiono menyampaikan sikap pemerintah dalam sidang itu.\n\n"
        "\xE2\x80\x9CIndonesia mendukung gencatan senjata segera.\n\n"
        "\xE2\x80\x9CKami juga meminta semua pihak menahan diri.\n\n"
        "\xE2\x80\x9CPerdamaian hanya bisa dicapai lewat dialog,\xE2\x80\x9D katanya.\n\n"
        "Sidang ditutup pada sore hari.\n", "id");
    if (!r)
        return;
    CHECK_INT(warta_result_quote_count(r), 1);
    const warta_quote *q = quote_with(r, "Indonesia mendukung");
    CHECK(q && q->n_content == 3);
    CHECK(q && said_by(r, q, "Sugiono"));
    if (q && q->n_content == 3) {
        CHECK_QSPAN(r, q->content[0], "Indonesia mendukung gencatan senjata segera.");
        CHECK_QSPAN(r, q->content[2], "Perdamaian hanya bisa dicapai lewat dialog,");
    }
    CHECK(!covers(r, "Sidang ditutup"));
    warta_result_free(r);

    /* "A," kata X, "B." is one quotation in two parts */
    r = annotate("\xE2\x80\x9CKami siap berunding,\xE2\x80\x9D kata Menteri Luar Negeri Rusia Sergey Lavrov, "
                 "\xE2\x80\x9Ctetapi syaratnya harus jelas.\xE2\x80\x9D\n", "id");
    if (r) {
        CHECK_INT(warta_result_quote_count(r), 1);
        q = quote_with(r, "tetapi syaratnya");
        CHECK(q && q->n_content == 2 && said_by(r, q, "Lavrov"));
        warta_result_free(r);
    }
}

/* ---- speakers ----------------------------------------------------------- */

static void test_nya_two_persons(void)
{
    /* the subject, not the person named last */
    warta_result *r = annotate("Menteri Luar Negeri Rusia Sergey Lavrov bertemu dengan Menteri Luar Negeri AS "
                               "Marco Rubio di Riyadh, Arab Saudi.\n"
                               "\xE2\x80\x9CKami siap berunding kapan saja,\xE2\x80\x9D katanya.\n", "id");
    if (r) {
        const warta_quote *q = quote_with(r, "Kami siap berunding");
        CHECK(q && said_by(r, q, "Lavrov"));
        warta_result_free(r);
    }
    /* the speaker of the previous quotation goes on */
    r = annotate("\xE2\x80\x9CKami siap,\xE2\x80\x9D kata Menteri Luar Negeri Rusia Sergey Lavrov.\n"
                 "Pernyataan itu disampaikan setelah pertemuan dengan Marco Rubio.\n"
                 "\xE2\x80\x9CKami juga ingin damai,\xE2\x80\x9D ujarnya.\n", "id");
    if (r) {
        const warta_quote *q = quote_with(r, "Kami juga ingin damai");
        CHECK(q && said_by(r, q, "Lavrov"));
        warta_result_free(r);
    }
    /* a person named after a pronoun subject is not the new subject */
    r = annotate("Menteri Keuangan Purbaya Yudhi Sadewa berbicara di depan para kepala daerah.\n"
                 "Ia lalu mencontohkan mengapa Presiden Soeharto dapat bertahan lama.\n"
                 "\xE2\x80\x9CInflasi itu penting sekali,\xE2\x80\x9D tuturnya.\n", "id");
    if (r) {
        const warta_quote *q = quote_with(r, "Inflasi itu penting");
        CHECK(q && said_by(r, q, "Sadewa"));
        warta_result_free(r);
    }
    /* unless someone else became the subject in between */
    r = annotate("\xE2\x80\x9CKami siap,\xE2\x80\x9D kata Menteri Luar Negeri Rusia Sergey Lavrov.\n"
                 "Menteri Luar Negeri AS Marco Rubio menanggapi pernyataan itu dengan hati-hati.\n"
                 "\xE2\x80\x9CKami akan melihat dulu,\xE2\x80\x9D ujarnya.\n", "id");
    if (r) {
        const warta_quote *q = quote_with(r, "Kami akan melihat");
        CHECK(q && said_by(r, q, "Rubio"));
        warta_result_free(r);
    }
}

static void test_pronouns(void)
{
    warta_result *r = annotate("Presiden Joko Widodo meninjau banjir di Demak bersama Gubernur Jawa Tengah "
                               "Ahmad Luthfi. Ia mengatakan pemerintah akan membangun tanggul baru tahun "
                               "ini.\n", "id");
    if (r) {
        const warta_quote *q = quote_with(r, "pemerintah akan membangun");
        CHECK(q && strcmp(q->kind, "indirect") == 0 && said_by(r, q, "Joko Widodo"));
        if (q && q->has_speaker_span)
            CHECK_QSPAN(r, q->speaker_span, "Ia");
        if (q)
            CHECK_QSPAN(r, q->content[0], "pemerintah akan membangun tanggul baru tahun ini");
        warta_result_free(r);
    }
    r = annotate("Menteri Keuangan Sri Mulyani Indrawati hadir di DPR. Dia menegaskan bahwa defisit anggaran "
                 "masih terkendali.\n", "id");
    if (r) {
        const warta_quote *q = quote_with(r, "defisit anggaran");
        CHECK(q && said_by(r, q, "Indrawati"));
        if (q)
            CHECK_QSPAN(r, q->content[0], "defisit anggaran masih terkendali");
        warta_result_free(r);
    }
}

static void test_menurut(void)
{
    warta_result *r = annotate("Menurut Menteri Keuangan Sri Mulyani Indrawati, defisit anggaran masih "
                               "terkendali.\n", "id");
    if (r) {
        const warta_quote *q = quote_with(r, "defisit anggaran");
        CHECK(q && said_by(r, q, "Indrawati"));
        if (q) {
            CHECK_QSPAN(r, q->content[0], "defisit anggaran masih terkendali");
            CHECK_QSPAN(r, q->cue, "Menurut");
            CHECK_STR(q->kind, "indirect");
        }
        warta_result_free(r);
    }
    r = annotate("Pertumbuhan ekonomi akan melambat tahun depan, menurut Menteri Keuangan Sri Mulyani "
                 "Indrawati.\n", "id");
    if (r) {
        const warta_quote *q = quote_with(r, "Pertumbuhan ekonomi");
        CHECK(q && said_by(r, q, "Indrawati"));
        if (q)
            CHECK_QSPAN(r, q->content[0], "Pertumbuhan ekonomi akan melambat tahun depan");
        warta_result_free(r);
    }
}

static void test_cue_before(void)
{
    warta_result *r = annotate("Presiden Joko Widodo mengatakan, \xE2\x80\x9CKita harus bekerja lebih keras.\xE2\x80\x9D\n"
                               "Menteri Keuangan Sri Mulyani Indrawati: \xE2\x80\x9C" "Anggaran sudah siap.\xE2\x80\x9D\n",
                               "id");
    if (!r)
        return;
    CHECK_INT(warta_result_quote_count(r), 2);
    const warta_quote *q = quote_with(r, "Kita harus bekerja");
    CHECK(q && said_by(r, q, "Joko Widodo") && strcmp(q->kind, "direct") == 0);
    if (q && q->has_cue)
        CHECK_QSPAN(r, q->cue, "mengatakan");
    q = quote_with(r, "Anggaran sudah siap");
    CHECK(q && said_by(r, q, "Indrawati"));
    warta_result_free(r);
}

/* Degrees after the name are part of the speaker phrase (the officials
 * plugin's part "degree"): the speaker is the person, before the cue as
 * after the quote. */
static void test_degree_after_speaker(void)
{
    warta_result *r = annotate("Menteri Pendidikan Dasar dan Menengah Abdul Mu'ti, M.Ed menegaskan sekolah harus "
                               "aman bagi siswa.\n\"Guru harus hadir,\" kata Kepala Dinas Pendidikan Budi Santoso "
                               "SH MH.\n",
                               "id");
    if (!r)
        return;
    const warta_quote *q = quote_with(r, "sekolah harus aman");
    CHECK(q && said_by(r, q, "Abdul Mu'ti"));
    q = quote_with(r, "Guru harus hadir");
    CHECK(q && said_by(r, q, "Budi Santoso"));
    warta_result_free(r);
}

/* Closing words of Indonesian news: "sambungnya", "tutup X" (cues_hand.tsv). */
static void test_closing_cues(void)
{
    warta_result *r = annotate("Menteri Sosial Saifullah Yusuf meninjau lokasi banjir di Bekasi.\n"
                               "\"Bantuan sudah kami kirim sejak pagi,\" sambungnya.\n"
                               "\"Semua warga harus mendapat makanan,\" tutup Saifullah Yusuf.\n",
                               "id");
    if (!r)
        return;
    const warta_quote *q = quote_with(r, "Bantuan sudah kami kirim");
    CHECK(q && said_by(r, q, "Saifullah Yusuf"));
    if (q && q->has_cue)
        CHECK_QSPAN(r, q->cue, "sambungnya");
    q = quote_with(r, "Semua warga harus");
    CHECK(q && said_by(r, q, "Saifullah Yusuf"));
    if (q && q->has_cue)
        CHECK_QSPAN(r, q->cue, "tutup");
    warta_result_free(r);
}

static void test_unknown_speaker(void)
{
    warta_result *r = annotate("\xE2\x80\x9CKami tidak akan pindah dari sini,\xE2\x80\x9D kata seorang warga.\n"
                               "Warga lain menunggu di tenda.\n"
                               "\xE2\x80\x9CRumah kami sudah hilang semua.\xE2\x80\x9D\n"
                               "Lagu \xE2\x80\x9CJudul Lagu\xE2\x80\x9D diputar berulang kali.\n", "id");
    if (!r)
        return;
    const warta_quote *q = quote_with(r, "Kami tidak akan pindah");
    CHECK(q != NULL);
    if (q) {
        CHECK_INT(q->speaker_mention, -1);
        CHECK(q->has_cue);
    }
    /* nobody is said to have said it: still a quotation, without a speaker */
    q = quote_with(r, "Rumah kami sudah");
    CHECK(q && q->speaker_mention == -1 && !q->has_cue && q->score < 0.7f);
    /* a title between marks is not a quotation */
    CHECK(!covers(r, "Judul Lagu"));
    warta_result_free(r);
}

static void test_english(void)
{
    warta_result *r = annotate(
        "White House press secretary Karoline Leavitt spoke to reporters on Tuesday.\n"
        "\"The president is determined to end this war,\" Leavitt said.\n"
        "\"He wants the killing to stop,\" said Karoline Leavitt.\n"
        "\"It will take time,\" she added.\n"
        "Secretary of State Marco Rubio said that talks could happen within days.\n"
        "According to Marco Rubio, the meeting is still being prepared.\n", "en");
    if (!r)
        return;
    const warta_quote *q = quote_with(r, "determined to end");
    CHECK(q && said_by(r, q, "Leavitt"));
    if (q && q->has_cue)
        CHECK_QSPAN(r, q->cue, "said");
    q = quote_with(r, "killing to stop");
    CHECK(q && said_by(r, q, "Leavitt"));
    q = quote_with(r, "It will take time");
    CHECK(q && said_by(r, q, "Leavitt"));
    if (q && q->has_speaker_span)
        CHECK_QSPAN(r, q->speaker_span, "she");
    q = quote_with(r, "talks could happen");
    CHECK(q && said_by(r, q, "Rubio") && strcmp(q->kind, "indirect") == 0);
    if (q)
        CHECK_QSPAN(r, q->content[0], "talks could happen within days");
    q = quote_with(r, "the meeting is still");
    CHECK(q && said_by(r, q, "Rubio"));
    warta_result_free(r);
}

/* "Said" is a name in Indonesian text: neither inside a sure name nor as
 * a capital mid-sentence in a text not declared English is it "said". */
static void test_said_is_a_name(void)
{
    const char *text = "Ketua Badan Anggaran DPR RI, Said Abdullah, menegaskan evaluasi itu hak Presiden.\n"
                       "Pernyataan Said Abdullah ini muncul menyusul sikap Presiden Prabowo.\n";
    for (int declared = 0; declared < 2; declared++) {
        warta_result *r = annotate(text, declared ? "id" : NULL);
        if (!r)
            return;
        size_t len;
        const char *t = warta_result_text(r, &len);
        for (uint32_t i = 0; i < warta_result_quote_count(r); i++) {
            const warta_quote *q = warta_result_quote(r, i);
            CHECK(!q->has_cue || !(q->cue.end - q->cue.start == 4 && memcmp(t + q->cue.start, "Said", 4) == 0));
        }
        const warta_quote *q = quote_with(r, "evaluasi itu");
        CHECK(q && said_by(r, q, "Abdullah"));
        warta_result_free(r);
    }
}

static void test_reported_patterns(void)
{
    warta_result *r = annotate(
        "Menteri Sekretaris Negara Prasetyo Hadi hadir di Cikini. Yang terpenting bagi pemerintah, kata Pras, "
        "yakni sejauh mana program berjalan.\n"
        "\"Kita tidak punya patokan waktu,\" lanjut Pras.\n"
        "Menurut Prasetyo Hadi evaluasi kabinet dilakukan setiap bulan.\n"
        "Laporan itu dimuat oleh New York Times, yang menyebut pemerintah akan merombak kabinet.\n"
        "Di Jakarta, pihak berwenang mengatakan jalan protokol ditutup sementara.\n", "id");
    if (r) {
        /* ", kata Pras," inside reported speech: two content parts; Pras is Prasetyo */
        const warta_quote *q = quote_with(r, "Yang terpenting bagi pemerintah");
        CHECK(q && q->n_content == 2 && said_by(r, q, "Prasetyo Hadi"));
        if (q && q->n_content == 2)
            CHECK_QSPAN(r, q->content[1], "yakni sejauh mana program berjalan");
        q = quote_with(r, "Kita tidak punya patokan");
        CHECK(q && said_by(r, q, "Prasetyo Hadi"));
        /* "Menurut X" without a comma */
        q = quote_with(r, "evaluasi kabinet dilakukan");
        CHECK(q && said_by(r, q, "Prasetyo Hadi"));
        if (q)
            CHECK_QSPAN(r, q->content[0], "evaluasi kabinet dilakukan setiap bulan");
        /* a relative clause's verb: its antecedent speaks */
        q = quote_with(r, "pemerintah akan merombak");
        CHECK(q && said_by(r, q, "New York Times"));
        /* an unnamed source: reported, the source as written, no speaker ref */
        q = quote_with(r, "jalan protokol ditutup");
        CHECK(q && q->speaker_mention == -1 && q->has_speaker_span);
        if (q && q->has_speaker_span)
            CHECK_QSPAN(r, q->speaker_span, "pihak berwenang");
        warta_result_free(r);
    }
    r = annotate(
        "British Ambassador Peter Westmacott spoke in Washington on Monday.\n"
        "\"I don't think this is a country in decline,\" Westmacott said. \"It is still the leader of the free "
        "world.\"\n"
        "Those who now have the right to vote, he said, must still register to do so.\n"
        "\"We will send a message,\" he said, adding that the state would welcome them back.\n", "en");
    if (r) {
        /* a quotation right after an attributed one continues it */
        const warta_quote *q = quote_with(r, "country in decline");
        CHECK(q && q->n_content == 2 && said_by(r, q, "Westmacott"));
        q = quote_with(r, "Those who now have the right");
        CHECK(q && q->n_content == 2 && said_by(r, q, "Westmacott"));
        if (q && q->n_content == 2)
            CHECK_QSPAN(r, q->content[1], "must still register to do so");
        q = quote_with(r, "the state would welcome");
        CHECK(q && said_by(r, q, "Westmacott") && strcmp(q->kind, "indirect") == 0);
        warta_result_free(r);
    }
    r = annotate(
        "The campaign changed course to avoid the hospital, a senior campaign source said.\n"
        "The van was supposed to be escorted by police, sources said.\n"
        "The results were clear, according to the report.\n", "en");
    if (r) {
        /* "..., sources said.": an unnamed source after the comma, as written */
        const warta_quote *q = quote_with(r, "changed course to avoid");
        CHECK(q && q->speaker_mention == -1 && q->has_speaker_span && strcmp(q->kind, "indirect") == 0);
        if (q && q->has_speaker_span)
            CHECK_QSPAN(r, q->speaker_span, "a senior campaign source");
        if (q && q->n_content)
            CHECK_QSPAN(r, q->content[0], "The campaign changed course to avoid the hospital");
        q = quote_with(r, "supposed to be escorted");
        CHECK(q && q->has_speaker_span);
        if (q && q->has_speaker_span)
            CHECK_QSPAN(r, q->speaker_span, "sources");
        warta_result_free(r);
    }
    /* a time or place after the verb is no content: "..., Rubio said on Monday." */
    r = annotate("The talks in Geneva were useful, Marco Rubio said on Monday.\n"
                 "The ceasefire will hold, Rubio said Tuesday.\n"
                 "The envoy will travel again, he said in an interview with Fox News.\n", "en");
    if (r) {
        const char *content[] = {"The talks in Geneva were useful", "The ceasefire will hold",
                                 "The envoy will travel again"};
        for (int k = 0; k < 3; k++) {
            const warta_quote *q = quote_with(r, content[k]);
            CHECK(q && q->n_content == 1 && strcmp(q->kind, "indirect") == 0);
            if (q && q->n_content == 1)
                CHECK_QSPAN(r, q->content[0], content[k]);
            if (q && k < 2)
                CHECK(said_by(r, q, "Rubio"));
        }
        CHECK(find_quote(r, "on Monday") == NULL);
        warta_result_free(r);
    }
    /* not in Indonesian, where the preposition brings the verb's argument
     * and the content follows it */
    r = annotate("Oleh karena itu, Nanik mengingatkan kepada SPPG agar memperbaiki hal tersebut.\n", "id");
    if (r) {
        CHECK(find_quote(r, "Oleh karena itu") == NULL);
        warta_result_free(r);
    }
}

int main(void)
{
    const char *dir = check_env("WARTA_TEST_PLUGIN_DIR", "plugins");
    CHECK_INT(warta_engine_new(&engine), WARTA_OK);
    CHECK_INT(warta_engine_add_plugin_dir(engine, dir), WARTA_OK);
    CHECK_INT(warta_engine_select_plugins(engine, "locations,organizations,officials,quotes"), WARTA_OK);
    int rc = warta_engine_load(engine);
    CHECK_INT(rc, WARTA_OK);
    if (rc != WARTA_OK) {
        fprintf(stderr, "load: %s\n", warta_engine_last_error(engine));
        warta_engine_free(engine);
        return check_report("test_quotes");
    }
    test_seed_anchorage();
    test_seed_klikanggaran();
    test_kompas_marks();
    test_mark_styles();
    test_unbalanced();
    test_many_unbalanced();
    test_multi_paragraph();
    test_nya_two_persons();
    test_pronouns();
    test_menurut();
    test_cue_before();
    test_degree_after_speaker();
    test_closing_cues();
    test_unknown_speaker();
    test_english();
    test_said_is_a_name();
    test_reported_patterns();
    warta_engine_free(engine);
    return check_report("test_quotes");
}
