/* The organizations plugin alone: lexicon names and acronyms, the head-word
 * rules in Indonesian and English, where a name ends, sentences of the seed
 * articles, lower-case text and a missing lexicon. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "warta/warta.h"
#include "spans_fixture.h"

static warta_engine *engine_with(const char *plugin_dir, int *rc)
{
    warta_engine *e;
    warta_engine_new(&e);
    warta_engine_add_plugin_dir(e, plugin_dir ? plugin_dir : check_env("WARTA_TEST_PLUGIN_DIR", "plugins"));
    warta_engine_select_plugins(e, "organizations");
    *rc = warta_engine_load(e);
    return e;
}

static warta_result *annotate(warta_engine *e, const char *text, const char *lang)
{
    warta_result *r = NULL;
    CHECK_INT(warta_annotate(e, text, strlen(text), "t", lang, &r), WARTA_OK);
    return r;
}

static const char *attr(const warta_mention *m, const char *key)
{
    for (uint32_t i = 0; i < m->n_attrs; i++)
        if (strcmp(m->attrs[i].key, key) == 0)
            return m->attrs[i].value;
    return NULL;
}

static const char *nth_occurrence(const char *text, const char *surface, int nth)
{
    const char *at = text;
    for (int k = 0; at && k <= nth; k++)
        at = strstr(k ? at + 1 : at, surface);
    return at;
}

/* The mention spanning exactly the nth (0-based) occurrence of surface. */
static const warta_mention *mention_at(const warta_result *r, const char *surface, int nth)
{
    size_t len;
    const char *text = warta_result_text(r, &len), *at = nth_occurrence(text, surface, nth);
    if (!at)
        return NULL;
    uint32_t start = (uint32_t)(at - text), end = start + (uint32_t)strlen(surface);
    for (uint32_t i = 0; i < warta_result_mention_count(r); i++) {
        const warta_mention *m = warta_result_mention(r, i);
        if (m->start == start && m->end == end)
            return m;
    }
    return NULL;
}

static void expect_org_n(const warta_result *r, const char *surface, int nth)
{
    const warta_mention *m = mention_at(r, surface, nth);
    if (!m)
        fprintf(stderr, "no organization for '%s' (occurrence %d)\n", surface, nth);
    CHECK(m != NULL);
    if (m) {
        CHECK_STR(m->type, "organization");
        CHECK_STR(m->plugin, "organizations");
        CHECK(m->score > 0.0f && m->score <= 1.0f);
    }
}

static void expect_org(const warta_result *r, const char *surface)
{
    expect_org_n(r, surface, 0);
}

/* No mention overlaps the nth occurrence of surface. */
static void expect_none_n(const warta_result *r, const char *surface, int nth)
{
    size_t len;
    const char *text = warta_result_text(r, &len), *at = nth_occurrence(text, surface, nth);
    CHECK(at != NULL);
    if (!at)
        return;
    uint32_t start = (uint32_t)(at - text), end = start + (uint32_t)strlen(surface);
    for (uint32_t i = 0; i < warta_result_mention_count(r); i++) {
        const warta_mention *m = warta_result_mention(r, i);
        if (m->start < end && start < m->end) {
            fprintf(stderr, "unexpected mention [%u,%u) '%.*s' in '%s'\n", m->start, m->end,
                    (int)(m->end - m->start), text + m->start, surface);
            CHECK(0);
        }
    }
}

static void expect_none(const warta_result *r, const char *surface)
{
    expect_none_n(r, surface, 0);
}

static void test_seed_anchorage(warta_engine *e)
{
    /* Sentences of /work/shared/seeds/trump-putin-anchorage.txt */
    const char *text =
        "Melalui unggahan di Telegram, Selasa (12/8), Kementerian Luar Negeri Rusia menyampaikan "
        "Menteri Luar Negeri Sergey Lavrov dan mitranya dari AS sepakat memastikan perundingan "
        "berjalan sukses. Departemen Luar Negeri AS juga menegaskan kedua pihak berkomitmen untuk "
        "memastikan acara yang sukses.\n\n"
        "Juru bicara Gedung Putih, Karoline Leavitt, mengumumkan Trump akan bertolak ke Anchorage "
        "Alaska, pada Jumat pagi. \"Presiden Trump bertekad untuk mencoba mengakhiri perang ini dan "
        "menghentikan pembunuhan,\" katanya seperti dikutip Al Jazeera, Rabu (13/8).\n\n"
        "Moskow menegaskan setiap kesepakatan damai harus mencakup pelepasan wilayah yang direbut "
        "sejak 2014, penghentian bantuan Barat untuk Ukraina, serta penghentian upaya Kiev "
        "bergabung dengan NATO.\n\n"
        "Pertemuan di Anchorage akan menjadi kunjungan pertama Putin ke AS sejak 2015, ketika ia "
        "menghadiri Sidang Umum PBB.";
    warta_result *r = annotate(e, text, "id");
    /* one organisation each, the place included */
    expect_org(r, "Kementerian Luar Negeri Rusia");
    expect_org(r, "Departemen Luar Negeri AS");
    expect_none(r, "Menteri Luar Negeri Sergey Lavrov");
    expect_org(r, "Gedung Putih");
    expect_org(r, "Al Jazeera");
    expect_org(r, "NATO");
    expect_org(r, "PBB");
    expect_org(r, "Telegram");
    expect_none(r, "Sidang Umum");
    expect_none(r, "Moskow");
    expect_none(r, "Karoline Leavitt");
    const warta_mention *m = mention_at(r, "Kementerian Luar Negeri Rusia", 0);
    if (m) {
        CHECK_STR(attr(m, "rule"), "head");
        CHECK_STR(attr(m, "type"), "gov");
    }
    m = mention_at(r, "Gedung Putih", 0);
    if (m)
        CHECK_STR(attr(m, "canonical"), "White House");
    warta_result_free(r);
}

static void test_seed_klikanggaran(warta_engine *e)
{
    /* Sentences of /work/shared/seeds/trump-putin-klikanggaran.txt */
    const char *text =
        "(KLIKANGGARAN) – Dunia internasional tengah menantikan potensi pertemuan penting.\n"
        "Menurut laporan NBC News yang mengutip seorang pejabat Gedung Putih, pertemuan itu "
        "sedang dalam tahap penjajakan waktu dan tempat.\n"
        "“Mimpi Trump adalah mengakhiri perang brutal ini,” tulis laporan dari New York Times, "
        "yang menyebut Trump ingin pertemuan itu menjadi titik awal dialog.\n"
        "Kremlin Minta Hati-hati Gunakan Retorika Nuklir Usai Trump Umumkan Kapal Selam\n"
        "Israel Pertimbangkan Okupasi Permanen Gaza, Trump Fokus Bantuan, PBB dan Hamas Kecam "
        "Rencana Netanyahu";
    warta_result *r = annotate(e, text, "id");
    expect_org(r, "KLIKANGGARAN");
    expect_org(r, "NBC News");
    expect_org(r, "Gedung Putih");
    expect_org(r, "New York Times");
    expect_org(r, "Kremlin");
    expect_org(r, "PBB");
    expect_org(r, "Hamas");
    expect_none(r, "Israel");
    expect_none(r, "Gaza");
    warta_result_free(r);
}

static void test_lexicon_kinds(warta_engine *e)
{
    const char *text =
        "Pentagon, Uni Eropa, ASEAN, WHO dan IMF menanggapi. Reuters, AFP, CNN, Kompas dan "
        "Tempo melaporkannya, seperti dikutip dari Antara. PDI-P, PDIP, Gerindra dan Golkar "
        "menolak. KPK, Polri, TNI, Kemenlu, DPR, MPR, BPK, Bawaslu dan KPU hadir. Perserikatan "
        "Bangsa-Bangsa dan Partai Demokrasi Indonesia Perjuangan juga.";
    warta_result *r = annotate(e, text, "id");
    const char *names[] = {"Pentagon", "Uni Eropa", "ASEAN", "WHO", "IMF", "Reuters", "AFP", "CNN",
                           "Kompas", "Tempo", "Antara", "PDI-P", "PDIP", "Gerindra", "Golkar",
                           "KPK", "Polri", "TNI", "Kemenlu", "DPR", "MPR", "BPK", "Bawaslu", "KPU",
                           "Perserikatan Bangsa-Bangsa", "Partai Demokrasi Indonesia Perjuangan"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        expect_org(r, names[i]);
    const warta_mention *a = mention_at(r, "PDI-P", 0), *b = mention_at(r, "PDIP", 0);
    if (a && b)
        CHECK_STR(attr(a, "canonical"), attr(b, "canonical"));
    warta_result_free(r);

    /* "Antara" and "Tempo" are also words: not at the start of a sentence */
    const char *words = "Antara lain hadir para menteri. Tempo hari ia datang.";
    r = annotate(e, words, "id");
    CHECK_INT(warta_result_mention_count(r), 0);
    warta_result_free(r);
}

static void test_heads(warta_engine *e)
{
    const char *text =
        "Universitas Gadjah Mada dan Institut Teknologi Bandung bekerja sama dengan Polda Metro "
        "Jaya, Polres Metro Jakarta Selatan dan Kodam Jaya. Pemerintah Kota Bandung menggandeng "
        "Kementerian Pendidikan dan Kebudayaan. Ketua Komisi III DPR Habiburokhman hadir. Juru "
        "bicara Kementerian Luar Negeri Rusia Maria Zakharova membantah. Kapolda Metro Jaya Irjen "
        "Karyoto datang bersama Satgas Pangan dan Bulog. Kepala Dinas Kesehatan Arfan Hakim dan "
        "Rektor Universitas Muhammadiyah Surakarta hadir di Badan Pusat Statistik.";
    warta_result *r = annotate(e, text, "id");
    expect_org(r, "Universitas Gadjah Mada");
    expect_org(r, "Institut Teknologi Bandung");
    expect_org(r, "Polda Metro Jaya");
    expect_org(r, "Polres Metro Jakarta Selatan");
    expect_org(r, "Kodam Jaya");
    expect_org(r, "Pemerintah Kota Bandung");
    expect_org(r, "Kementerian Pendidikan dan Kebudayaan");
    /* a name ends at an acronym or a place, before the person */
    expect_org(r, "Komisi III DPR");
    expect_none(r, "Habiburokhman");
    expect_org(r, "Kementerian Luar Negeri Rusia");
    expect_none(r, "Maria Zakharova");
    /* two names joined by "dan" stay two */
    expect_org(r, "Satgas Pangan");
    expect_org(r, "Bulog");
    expect_none(r, "Irjen");
    /* a name of common words ends before a person's name */
    expect_org(r, "Dinas Kesehatan");
    expect_none(r, "Arfan Hakim");
    expect_org(r, "Universitas Muhammadiyah Surakarta");
    expect_org(r, "Badan Pusat Statistik");
    warta_result_free(r);

    const char *en = "The State Department and the Russian Foreign Ministry spoke. Harvard "
                     "University, the University of Virginia and the Ministry of Foreign Affairs "
                     "of Japan agreed with the Democratic Party.";
    r = annotate(e, en, "en");
    expect_org(r, "State Department");
    expect_org(r, "Russian Foreign Ministry");
    expect_org(r, "Harvard University");
    expect_org(r, "University of Virginia");
    expect_org(r, "Ministry of Foreign Affairs of Japan");
    expect_org(r, "Democratic Party");
    CHECK(mention_at(r, "The State Department", 0) == NULL);
    warta_result_free(r);
}

static void test_acronym_case_and_places(warta_engine *e)
{
    const char *en = "Officials who spoke said the WHO and the UN were right, a pan of rice.";
    warta_result *r = annotate(e, en, "en");
    expect_none(r, "who spoke");
    expect_org(r, "WHO");
    expect_org(r, "UN");
    expect_none(r, "pan");
    warta_result_free(r);

    /* a seat is an organisation when it acts, a place after "di" */
    const char *id = "Istana Kepresidenan menyatakan rapat digelar di Istana Kepresidenan.";
    r = annotate(e, id, "id");
    expect_org(r, "Istana Kepresidenan");
    expect_none_n(r, "Istana Kepresidenan", 1);
    warta_result_free(r);
}

/* An acronym spelling the initials of an organisation named in the same
 * document is that organisation: its own mention, one entity with the name. */
static void test_acronym_of_a_name(warta_engine *e)
{
    const char *text = "Penyaluran dilakukan oleh PT Perusahaan Perdagangan Indonesia (Persero).\n"
                       "Menurut dia, PPI menjadi pintu distribusi. Lembaga Kajian Nusantara Raya bekerja.\n"
                       "LKNR rapat, tetapi PPB dan TP tidak.";
    warta_result *r = annotate(e, text, "id");
    expect_org(r, "PT Perusahaan Perdagangan Indonesia");
    expect_org(r, "PPI");
    const warta_mention *full = mention_at(r, "PT Perusahaan Perdagangan Indonesia", 0);
    const warta_mention *acr = mention_at(r, "PPI", 0);
    CHECK(full && acr && full->entity >= 0 && full->entity == acr->entity);
    if (acr)
        CHECK_STR(attr(acr, "rule"), "acronym");
    expect_org(r, "LKNR");       /* Lembaga Kajian Nusantara Raya */
    expect_none(r, "PPB");       /* spells no name of the text */
    expect_none(r, "TP");        /* two letters: too ambiguous */
    warta_result_free(r);
}

static void test_lowercase_text(warta_engine *e)
{
    const char *text = "kementerian luar negeri menyatakan bahwa partai dan universitas itu, juga "
                       "bank dan badan pusat, antara lain tempo hari, who said the pentagon, kpk.";
    warta_result *r = annotate(e, text, "id");
    CHECK_INT(warta_result_mention_count(r), 0);
    warta_result_free(r);
}

static void test_missing_lexicon(void)
{
    char dir[] = "/tmp/warta-organizations-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "cp '%s/organizations.so' '%s/'",
             check_env("WARTA_TEST_PLUGIN_DIR", "plugins"), dir);
    CHECK_INT(system(cmd), 0);
    int rc;
    warta_engine *e = engine_with(dir, &rc);
    CHECK(rc < 0);
    CHECK(strstr(warta_engine_last_error(e), "orgs.tsv") != NULL);
    warta_engine_free(e);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    CHECK_INT(system(cmd), 0);
}

/* Words written like names that name none ("PHK", "Persero"): the plugin
 * claims "no name here", so another plugin's organisation on the word alone
 * is dropped, and a name holding it stands. */
static void test_not_names(void)
{
    const char *text = "Gedung SMK ini dibangun oleh PT itu. "
                       "Gelombang PHK melanda Persero, kata direksi PT Sinar Abadi (Persero) di Jakarta.";
    warta_engine *e = spans_engine_new(check_env("WARTA_TEST_PLUGIN_DIR", "plugins"), "organizations,spans",
                                       "organization:0.85:PHK|organization:0.8:Persero|"
                                       "organization:0.8:PT Sinar Abadi (Persero)|"
                                       "organization:0.81:SMK|organization:0.81:PT");
    if (!e)
        return;
    CHECK_INT(warta_engine_load(e), WARTA_OK);
    warta_result *r = annotate(e, text, "id");
    if (r) {
        expect_none(r, "PHK");
        expect_none_n(r, "Persero", 0);
        expect_none(r, "SMK"); /* a school level, not one school */
        expect_none(r, "PT itu"); /* a legal form alone */
        const warta_mention *m = mention_at(r, "PT Sinar Abadi (Persero)", 0);
        CHECK(m != NULL && strcmp(m->plugin, "spans") == 0);
        for (uint32_t i = 0; i < warta_result_mention_count(r); i++)
            CHECK(strcmp(warta_result_mention(r, i)->type, "none") != 0);
    }
    warta_result_free(r);
    warta_engine_free(e);
}

/* A known name inside a hyphenated word ("pro-Hamas", corpus/README.md):
 * the part alone, at its own bytes. */
static void test_hyphenated_words(warta_engine *e)
{
    warta_result *r = annotate(e, "Kelompok pro-Hamas dan perang Israel-Hamas. Mercedes-Benz baru.", "id");
    expect_org(r, "Hamas");
    expect_org_n(r, "Hamas", 1);
    CHECK(mention_at(r, "pro-Hamas", 0) == NULL);
    expect_none(r, "Mercedes-Benz");
    warta_result_free(r);
}

int main(void)
{
    int rc;
    warta_engine *e = engine_with(NULL, &rc);
    CHECK_INT(rc, WARTA_OK);
    if (rc == WARTA_OK) {
        test_seed_anchorage(e);
        test_seed_klikanggaran(e);
        test_lexicon_kinds(e);
        test_heads(e);
        test_acronym_case_and_places(e);
        test_acronym_of_a_name(e);
        test_lowercase_text(e);
        test_hyphenated_words(e);
    } else {
        fprintf(stderr, "load: %s\n", warta_engine_last_error(e));
    }
    warta_engine_free(e);
    test_missing_lexicon();
    test_not_names();
    return check_report("test_organizations");
}
