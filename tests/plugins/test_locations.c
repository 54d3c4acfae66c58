/* The locations plugin alone: gazetteer hits with exonyms and acronyms, the
 * head-word and cue rules, the ambiguity guards, sentences of the seed
 * articles, a user lexicon override and a missing lexicon. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check.h"
#include "warta/warta.h"
#include "spans_fixture.h"

static warta_engine *engine_with(const char *plugin_dir, const char *lexicon_dir, int *rc)
{
    warta_engine *e;
    warta_engine_new(&e);
    warta_engine_add_plugin_dir(e, plugin_dir ? plugin_dir : check_env("WARTA_TEST_PLUGIN_DIR", "plugins"));
    warta_engine_select_plugins(e, "locations");
    if (lexicon_dir)
        warta_engine_add_lexicon_dir(e, lexicon_dir);
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

/* The mention spanning exactly the nth (0-based) occurrence of surface. */
static const warta_mention *mention_at(const warta_result *r, const char *surface, int nth)
{
    size_t len;
    const char *text = warta_result_text(r, &len), *at = text;
    for (int k = 0; at && k <= nth; k++)
        at = strstr(k ? at + 1 : at, surface);
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

static void expect_loc_n(const warta_result *r, const char *surface, int nth)
{
    const warta_mention *m = mention_at(r, surface, nth);
    if (!m)
        fprintf(stderr, "no location for '%s' (occurrence %d)\n", surface, nth);
    CHECK(m != NULL);
    if (m) {
        CHECK_STR(m->type, "location");
        CHECK_STR(m->plugin, "locations");
        CHECK(m->score > 0.0f && m->score <= 1.0f);
    }
}

static void expect_loc(const warta_result *r, const char *surface)
{
    expect_loc_n(r, surface, 0);
}

/* No mention starts inside the nth occurrence of surface. */
static void expect_none_n(const warta_result *r, const char *surface, int nth)
{
    size_t len;
    const char *text = warta_result_text(r, &len), *at = text;
    for (int k = 0; at && k <= nth; k++)
        at = strstr(k ? at + 1 : at, surface);
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
        " date 2025-08-13 Donald Trump dan Vladimir Putin akan bertemu di Anchorage, Alaska, "
        "untuk membahas peluang kesepakatan damai. (Media Sosial X)\n\n"
        "MENJELANG pertemuan antara Presiden Amerika Serikat (AS) Donald Trump dan Presiden Rusia "
        "Vladimir Putin, Jumat, komunikasi ditingkatkan.\n\n"
        "Melalui unggahan di Telegram, Selasa (12/8), Kementerian Luar Negeri Rusia menyampaikan "
        "Menteri Luar Negeri Sergey Lavrov dan mitranya dari AS sepakat memastikan perundingan "
        "berjalan sukses.\n\n"
        "Pernyataan tersebut langsung berhadapan dengan penolakan tegas dari Kiev. Presiden Ukraina "
        "Volodymyr Zelensky menyebut Putin menginginkan Ukraina menarik diri dari 30% wilayah "
        "Donetsk yang masih dikuasai Kiev, sebagai bagian dari gencatan senjata.\n\n"
        "Moskow menegaskan setiap kesepakatan damai harus mencakup pelepasan wilayah yang direbut "
        "sejak 2014, penghentian bantuan Barat untuk Ukraina, serta penghentian upaya Kiev "
        "bergabung dengan NATO.\n\n"
        "Trump dijadwalkan melakukan panggilan telepon dengan para pemimpin Eropa pada Rabu "
        "sebagai persiapan. Pertemuan di Anchorage akan menjadi kunjungan pertama Putin ke AS "
        "sejak 2015, ketika ia menghadiri Sidang Umum PBB.\n\n"
        "Kedua pemimpin telah bertemu enam kali pada masa jabatan pertama Trump, termasuk pada "
        "KTT 2018 di Helsinki, di mana Trump menuai kritik karena membela Putin terkait isu "
        "campur tangan Rusia dalam Pemilu AS 2016. (Z-2)";
    warta_result *r = annotate(e, text, "id");
    expect_loc(r, "Anchorage");
    expect_loc(r, "Alaska");
    expect_loc(r, "Amerika Serikat");
    expect_loc(r, "AS");
    expect_loc(r, "Rusia");
    expect_loc_n(r, "Rusia", 1); /* inside "Kementerian Luar Negeri Rusia": nested, kept */
    expect_loc(r, "Kiev");
    expect_loc(r, "Ukraina");
    expect_loc(r, "Donetsk");
    expect_loc(r, "Moskow");
    expect_loc(r, "Barat"); /* the West, a bloc */
    expect_loc(r, "Eropa");
    expect_loc(r, "Helsinki");
    expect_loc_n(r, "AS", 3);
    expect_none(r, "Trump");
    expect_none(r, "Telegram");
    expect_none(r, "NATO");
    expect_none(r, "PBB");
    expect_none(r, "MENJELANG");

    const warta_mention *m = mention_at(r, "Amerika Serikat", 0);
    if (m) {
        CHECK_STR(attr(m, "type"), "country");
        CHECK_STR(attr(m, "gazetteer_id"), "iso:US");
        CHECK(m->score >= 0.85f);
    }
    m = mention_at(r, "Kiev", 0);
    if (m)
        CHECK_STR(attr(m, "gazetteer_id"), "city:Kyiv");
    warta_result_free(r);
}

static void test_seed_klikanggaran(warta_engine *e)
{
    /* Sentences of /work/shared/seeds/trump-putin-klikanggaran.txt */
    const char *text =
        "Informasi ini diperkuat setelah utusan khusus AS, Steve Witkoff, melakukan pertemuan "
        "dengan Vladimir Putin di Moskow dan menyampaikan bahwa Rusia menyatakan minat untuk "
        "bertemu dengan Trump.\n"
        "Sumber dari Eropa yang ikut dalam panggilan konferensi dengan Trump mengatakan bahwa "
        "pertemuan ini akan bersifat terbatas tanpa kehadiran pemimpin Eropa lain, seperti "
        "Kanselir Jerman Friedrich Merz, Perdana Menteri Inggris Sir Keir Starmer, atau Sekjen "
        "NATO Mark Rutte yang ikut dalam panggilan.\n"
        "Taiwan Siap Perang? Warga Masih Ragu, China Makin Agresif, Trump Bikin Khawatir\n"
        "Israel Pertimbangkan Okupasi Permanen Gaza, Trump Fokus Bantuan, PBB dan Hamas Kecam "
        "Rencana Netanyahu";
    warta_result *r = annotate(e, text, "id");
    expect_loc(r, "AS");
    expect_loc(r, "Moskow");
    expect_loc(r, "Rusia");
    expect_loc(r, "Eropa");
    expect_loc_n(r, "Eropa", 1);
    expect_loc(r, "Jerman");
    expect_loc(r, "Inggris");
    expect_loc(r, "Taiwan");
    expect_loc(r, "China");
    expect_loc(r, "Israel");
    expect_loc(r, "Gaza");
    expect_none(r, "Keir Starmer");
    expect_none(r, "Hamas");
    warta_result_free(r);
}

static void test_exonyms_and_english(warta_engine *e)
{
    const char *id = "Delegasi dari Moskow dan Kyiv bertemu di Timur Tengah, lalu terbang ke "
                     "Kiev dan Moscow. Indonesia, Malaysia dan Singapura di Asia Tenggara.";
    warta_result *r = annotate(e, id, "id");
    expect_loc(r, "Moskow");
    expect_loc(r, "Kyiv");
    expect_loc(r, "Timur Tengah");
    expect_loc(r, "Kiev");
    expect_loc(r, "Moscow");
    expect_loc(r, "Indonesia");
    expect_loc(r, "Malaysia");
    expect_loc(r, "Singapura");
    expect_loc(r, "Asia Tenggara");
    /* Moskow and Moscow are one place */
    const warta_mention *a = mention_at(r, "Moskow", 0), *b = mention_at(r, "Moscow", 0);
    if (a && b)
        CHECK_STR(attr(a, "gazetteer_id"), attr(b, "gazetteer_id"));
    warta_result_free(r);

    const char *en = "Russia and Ukraine met in the Middle East. The United States, the U.S. "
                     "Congress and the USA; Europe watched from Washington and New York.";
    r = annotate(e, en, "en");
    expect_loc(r, "Russia");
    expect_loc(r, "Ukraine");
    expect_loc(r, "Middle East");
    expect_loc(r, "United States");
    expect_loc(r, "U.S.");
    expect_loc(r, "USA");
    expect_loc(r, "Europe");
    expect_loc(r, "Washington");
    expect_loc(r, "New York");
    a = mention_at(r, "Russia", 0);
    if (a)
        CHECK_STR(attr(a, "gazetteer_id"), "iso:RU");
    warta_result_free(r);
}

static void test_acronym_case(warta_engine *e)
{
    /* "AS" is the United States only in capitals; English "as"/"As" never. */
    const char *en = "As the talks ended, the UK and the US agreed, as expected, to meet again.";
    warta_result *r = annotate(e, en, "en");
    expect_none(r, "As the");
    expect_none(r, "as expected");
    expect_loc(r, "UK");
    expect_loc(r, "US");
    warta_result_free(r);

    const char *id = "Presiden AS bertemu Presiden RI. Harga minyak naik menjadi US$ 80 per barel.";
    r = annotate(e, id, "id");
    expect_loc(r, "AS");
    expect_loc(r, "RI");
    expect_none(r, "US$"); /* a currency, not the country */
    warta_result_free(r);
}

static void test_heads(warta_engine *e)
{
    const char *text = "Kota Bandung dan Kabupaten Bogor berada di Provinsi Jawa Barat. "
                       "Wali Kota Bandung hadir. Banjir melanda kota Bekasi dan Kecamatan Gembong, "
                       "Kabupaten Pati. Di Gembong warga mengungsi ke Desa Kedungbulus.";
    warta_result *r = annotate(e, text, "id");
    expect_loc(r, "Kota Bandung");
    expect_loc(r, "Kabupaten Bogor");
    expect_loc(r, "Provinsi Jawa Barat");
    /* "Wali Kota" is an office: the place is "Bandung" alone */
    expect_loc_n(r, "Bandung", 1);
    CHECK(mention_at(r, "Kota Bandung", 1) == NULL);
    /* a lower-case head is not part of the name */
    expect_loc(r, "Bekasi");
    CHECK(mention_at(r, "kota Bekasi", 0) == NULL);
    expect_loc(r, "Kecamatan Gembong");
    expect_loc(r, "Kabupaten Pati");
    /* a district name alone is too ambiguous */
    expect_none_n(r, "Gembong", 1);
    expect_loc(r, "Desa Kedungbulus");
    const warta_mention *m = mention_at(r, "Kecamatan Gembong", 0);
    if (m) {
        CHECK_STR(attr(m, "type"), "district");
        CHECK_STR(attr(m, "rule"), "head");
    }
    m = mention_at(r, "Kota Bandung", 0);
    if (m)
        CHECK_STR(attr(m, "type"), "city");
    warta_result_free(r);
}

static void test_ambiguity_guards(warta_engine *e)
{
    const char *text = "Batu itu besar. Ia lahir di Batu dan pindah ke Malang. Malang nasibnya. "
                       "Warga Malang antre. Kata Jawa Pos dan Washington Post, mereka belajar "
                       "bahasa Inggris di Inggris.";
    warta_result *r = annotate(e, text, "id");
    expect_none(r, "Batu itu"); /* a common word, no cue */
    expect_loc_n(r, "Batu", 1); /* "di Batu" */
    expect_loc(r, "Malang");    /* "ke Malang" */
    expect_none_n(r, "Malang", 1); /* first word of a sentence */
    expect_loc_n(r, "Malang", 2);
    expect_none(r, "Jawa Pos");
    expect_none(r, "Washington Post");
    expect_none(r, "bahasa Inggris");
    expect_loc_n(r, "Inggris", 1);
    const warta_mention *cue = mention_at(r, "Batu", 1), *bare = mention_at(r, "Malang", 2);
    if (cue && bare) {
        CHECK_STR(attr(cue, "rule"), "cue");
        CHECK(cue->score < bare->score); /* lower confidence, honestly scored */
    }
    warta_result_free(r);
}

static void test_lowercase_text(warta_engine *e)
{
    const char *text = "pada hari itu mereka pergi ke pasar di kota dan membeli batu. malang "
                       "nasibnya, as usual in the united states, russia or jakarta, kata warga "
                       "jawa barat yang tinggal di eropa.";
    warta_result *r = annotate(e, text, "id");
    CHECK_INT(warta_result_mention_count(r), 0);
    warta_result_free(r);
}

static void test_lexicon_override(void)
{
    /* DIR/locations/world.tsv replaces the plugin's own hand-made list. */
    char dir[] = "/tmp/warta-locations-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char sub[256], path[300];
    snprintf(sub, sizeof sub, "%s/locations", dir);
    snprintf(path, sizeof path, "%s/world.tsv", sub);
    CHECK_INT(mkdir(sub, 0700), 0);
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (!f)
        return;
    fputs("# a user's own list\nAtlantis\tcity\t0.8\t-\tcity:Atlantis\n", f);
    fclose(f);
    int rc;
    warta_engine *e = engine_with(NULL, dir, &rc);
    CHECK_INT(rc, WARTA_OK);
    warta_result *r = annotate(e, "Mereka terbang dari Atlantis ke Moskow dan Bandung.", "id");
    expect_loc(r, "Atlantis");
    expect_none(r, "Moskow");  /* only in the replaced world.tsv */
    expect_loc(r, "Bandung"); /* indonesia.tsv is still the plugin's own */
    warta_result_free(r);
    warta_engine_free(e);
    remove(path);
    remove(sub);
    remove(dir);
}

static void test_missing_lexicon(void)
{
    /* The plugin without its data folder is refused, naming the file. */
    char dir[] = "/tmp/warta-locations-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "cp '%s/locations.so' '%s/'", check_env("WARTA_TEST_PLUGIN_DIR", "plugins"),
             dir);
    CHECK_INT(system(cmd), 0);
    int rc;
    warta_engine *e = engine_with(dir, NULL, &rc);
    CHECK(rc < 0);
    CHECK(strstr(warta_engine_last_error(e), "world.tsv") != NULL);
    warta_engine_free(e);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    CHECK_INT(system(cmd), 0);
}

/* A place inside a hyphenated word, which the tokenizer keeps whole: each
 * known capitalised part, at its own bytes; a listed hyphenated name stays
 * whole; parts that are no place give nothing. */
static void test_hyphenated_words(warta_engine *e)
{
    warta_result *r = annotate(e,
                               "Konflik Ukraina-Rusia berlanjut. Warga pro-Rusia berdemo di Timor-Leste. "
                               "Bandara Soekarno-Hatta ramai. Anak-anak bermain.",
                               "id");
    expect_loc(r, "Ukraina");
    expect_loc(r, "Rusia");
    expect_loc_n(r, "Rusia", 1);
    const warta_mention *m = mention_at(r, "Ukraina", 0);
    CHECK(m && strcmp(attr(m, "rule"), "hyphen") == 0);
    CHECK(mention_at(r, "Ukraina-Rusia", 0) == NULL);
    expect_loc(r, "Timor-Leste");
    CHECK(mention_at(r, "Timor", 0) == NULL);
    expect_loc(r, "Bandara Soekarno-Hatta"); /* the head rule's, whole */
    CHECK(mention_at(r, "Soekarno", 0) == NULL && mention_at(r, "Hatta", 0) == NULL);
    expect_none(r, "Anak-anak");
    warta_result_free(r);
}

/* An administrative head alone names no place (heads.tsv column 7): the
 * plugin claims "no name here", so another plugin's place on "Dusun" alone
 * is dropped; "Dusun Sendung" and a place on a head without "none" stand. */
static void test_bare_heads(void)
{
    const char *text = "Desa itu punya Dusun (DSN) Genengan, Dusun Sendung dan Teluk di tepi Sungai Serayu.";
    warta_engine *e = spans_engine_new(check_env("WARTA_TEST_PLUGIN_DIR", "plugins"), "locations,spans",
                                       "location:0.81:Dusun|location:0.81:Teluk");
    if (!e)
        return;
    CHECK_INT(warta_engine_load(e), WARTA_OK);
    warta_result *r = annotate(e, text, "id");
    if (r) {
        expect_none(r, "Dusun (DSN)");
        const warta_mention *m = mention_at(r, "Teluk", 0);
        CHECK(m != NULL && strcmp(m->plugin, "spans") == 0);
        expect_loc(r, "Dusun Sendung");
        for (uint32_t i = 0; i < warta_result_mention_count(r); i++)
            CHECK(strcmp(warta_result_mention(r, i)->type, "none") != 0);
    }
    warta_result_free(r);
    warta_engine_free(e);
}

int main(void)
{
    int rc;
    warta_engine *e = engine_with(NULL, NULL, &rc);
    CHECK_INT(rc, WARTA_OK);
    if (rc == WARTA_OK) {
        test_seed_anchorage(e);
        test_seed_klikanggaran(e);
        test_exonyms_and_english(e);
        test_acronym_case(e);
        test_heads(e);
        test_ambiguity_guards(e);
        test_lowercase_text(e);
        test_hyphenated_words(e);
    } else {
        fprintf(stderr, "load: %s\n", warta_engine_last_error(e));
    }
    warta_engine_free(e);
    test_lexicon_override();
    test_missing_lexicon();
    test_bare_heads();
    return check_report("test_locations");
}
