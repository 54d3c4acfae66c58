/* Sentence splitter: terminal marks, closing quotes, abbreviations,
 * initials, line breaks; and the compiled-in abbreviation list. */
#include <pthread.h>
#include <string.h>

#include "check.h"
#include "text.h"

#include "abbreviations_data.h"

/* Splits text and compares the sentences with want (NULL-terminated);
 * also checks that the sentences tile the tokens consistently. */
static void expect_sentences(const char *text, const char *const *want)
{
    warta_tokens tk;
    CHECK_INT(warta_tokens__build(text, strlen(text), &tk), WARTA_OK);
    uint32_t n = 0;
    while (want[n])
        n++;
    CHECK_INT(tk.n_sentences, n);
    if (tk.n_sentences != n)
        fprintf(stderr, "  in: %s\n", text);
    for (uint32_t i = 0; i < n && i < tk.n_sentences; i++)
        CHECK_SPAN(text, tk.sentences[i].start, tk.sentences[i].end, want[i]);

    uint32_t next_tok = 0;
    for (uint32_t s = 0; s < tk.n_sentences; s++) {
        const warta_sentence *se = &tk.sentences[s];
        CHECK_INT(se->tok_start, next_tok);
        CHECK(se->tok_end > se->tok_start);
        CHECK_INT(se->start, tk.tokens[se->tok_start].start);
        CHECK_INT(se->end, tk.tokens[se->tok_end - 1].end);
        for (uint32_t t = se->tok_start; t < se->tok_end; t++) {
            CHECK_INT(tk.tokens[t].sentence, s);
            CHECK_INT((tk.tokens[t].flags & WARTA_TOK_SENT_START) != 0, t == se->tok_start);
            /* a sentence never crosses a line break */
            if (t > se->tok_start)
                CHECK(!(tk.tokens[t].flags & WARTA_TOK_PARA_START));
        }
        next_tok = se->tok_end;
    }
    CHECK_INT(next_tok, tk.n_tokens);
    warta_tokens__free(&tk);
}

#define EXPECT(text, ...)                                          \
    do {                                                           \
        static const char *const want_[] = {__VA_ARGS__, NULL};    \
        expect_sentences(text, want_);                             \
    } while (0)

static void test_quotes(void)
{
    EXPECT("\"Kita mampu menjaga inflasi. Ini juga berkat kerja keras,\" ujar Prabowo, Selasa (21/10/2025).",
           "\"Kita mampu menjaga inflasi.",
           "Ini juga berkat kerja keras,\" ujar Prabowo, Selasa (21/10/2025).");
    /* the closing quote stays with its sentence */
    EXPECT("Polisi menyelidiki kasus ini.\" Kata dia kemudian.", "Polisi menyelidiki kasus ini.\"",
           "Kata dia kemudian.");
    EXPECT("Ia menolak tuduhan pembunuhan,\" katanya.", "Ia menolak tuduhan pembunuhan,\" katanya.");
    EXPECT("\"Ini bagus.\" katanya lagi.", "\"Ini bagus.\" katanya lagi.");
    EXPECT("Ia pergi. \"Saya lelah,\" katanya.", "Ia pergi.", "\"Saya lelah,\" katanya.");
    /* Kompas: the same glyph opens and closes */
    EXPECT("”Kami tidak tahu,” kata dia. ”Itu benar.” Ia lalu pergi.", "”Kami tidak tahu,” kata dia.",
           "”Itu benar.”", "Ia lalu pergi.");
    EXPECT("Dia bertanya (apa benar?) lalu diam. (Foto: Dok.) Selesai.", "Dia bertanya (apa benar?) lalu diam.",
           "(Foto: Dok.)", "Selesai.");
    EXPECT("Mereka berkata “Cukup!” Lalu bubar.", "Mereka berkata “Cukup!”", "Lalu bubar.");
}

static void test_abbreviations(void)
{
    EXPECT("Dr. Budi dan Prof. Ahmad datang ke Jl. Sudirman No. 5. Mereka pulang.",
           "Dr. Budi dan Prof. Ahmad datang ke Jl. Sudirman No. 5.", "Mereka pulang.");
    EXPECT("Irjen Pol. Budi, S.H., M.Si. hadir. Kol. Inf. Agus juga.",
           "Irjen Pol. Budi, S.H., M.Si. hadir.", "Kol. Inf. Agus juga.");
    EXPECT("Mr. Smith met Sen. Warren and Gen. Milley vs. the press. They left.",
           "Mr. Smith met Sen. Warren and Gen. Milley vs. the press.", "They left.");
    /* initials */
    EXPECT("J. Smith tiba. H. Agus Salim dan B. J. Habibie menyusul. Semua senang.", "J. Smith tiba.",
           "H. Agus Salim dan B. J. Habibie menyusul.", "Semua senang.");
    /* "end" abbreviations end a sentence only before a capitalised word */
    EXPECT("Ia membeli beras, gula, dll. Pemerintah menjamin stok.", "Ia membeli beras, gula, dll.",
           "Pemerintah menjamin stok.");
    EXPECT("Ia membeli beras, gula, dll. dan pulang.", "Ia membeli beras, gula, dll. dan pulang.");
    EXPECT("Saham Apple Inc. 5 persen naik.", "Saham Apple Inc. 5 persen naik.");
    EXPECT("It started at 10 p.m. The crowd left.", "It started at 10 p.m.", "The crowd left.");
    /* case matters: "sen." is a word (cents), "Sen." a title */
    EXPECT("Harganya 50 sen. Lalu naik.", "Harganya 50 sen.", "Lalu naik.");
    /* a dotted acronym is not a sentence end by default */
    EXPECT("Ia tinggal di A.S. Kemudian pindah.", "Ia tinggal di A.S. Kemudian pindah.");
    /* an ordinary word before a dot is */
    EXPECT("Kami di Jakarta. Mereka di Bandung.", "Kami di Jakarta.", "Mereka di Bandung.");
}

static void test_marks_and_lines(void)
{
    EXPECT("Judul tanpa titik\nParagraf pertama. Kedua\n\nKetiga", "Judul tanpa titik", "Paragraf pertama.",
           "Kedua", "Ketiga");
    EXPECT("Akhir baris Dr.\nBaris baru", "Akhir baris Dr.", "Baris baru");
    EXPECT("Dia diam... Lalu pergi.", "Dia diam...", "Lalu pergi.");
    EXPECT("Dia diam... lalu pergi.", "Dia diam... lalu pergi.");
    EXPECT("Dia diam… Lalu pergi.", "Dia diam…", "Lalu pergi.");
    EXPECT("Apa?! Tidak. Ya!", "Apa?!", "Tidak.", "Ya!");
    EXPECT("Tahun ini berat. 2025 akan lebih baik.", "Tahun ini berat.", "2025 akan lebih baik.");
    EXPECT("Nilainya 2.5 dan 3. itu saja", "Nilainya 2.5 dan 3. itu saja");
    /* list markers stay with their item */
    EXPECT("Daftar:\n1. Kebijakan DHE\n2. PPN 12% naik. Lalu turun.\nb. Item kedua",
           "Daftar:", "1. Kebijakan DHE", "2. PPN 12% naik.", "Lalu turun.", "b. Item kedua");
    EXPECT("Ia pulang. 2. Pemerintah setuju.", "Ia pulang.", "2. Pemerintah setuju.");
    EXPECT("Ya. Tidak.", "Ya.", "Tidak.");
    EXPECT("北京欢迎你。東京も。", "北京欢迎你。", "東京も。");
    EXPECT("Он приехал в Москву. Там холодно.", "Он приехал в Москву.", "Там холодно.");
    EXPECT("   ", NULL);
    EXPECT("tanpa tanda akhir", "tanpa tanda akhir");
}

/* Every line of the compiled-in list is recognised, with its kind. */
static void test_abbreviation_list(void)
{
    const char *p = warta_data_abbreviations, *end = p + warta_data_abbreviations_len;
    int lines = 0;
    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        if (!eol)
            eol = end;
        if (eol > p && *p != '#') {
            const char *tab = memchr(p, '\t', (size_t)(eol - p));
            const char *phrase_end = tab ? tab : eol;
            int want = tab && strncmp(tab + 1, "end", 3) == 0 ? WARTA_ABBR_END : WARTA_ABBR_TITLE;
            int got = warta_sentence__abbreviation(p, (size_t)(phrase_end - p));
            CHECK_INT(got, want);
            if (got != want)
                fprintf(stderr, "  abbreviation: %.*s\n", (int)(phrase_end - p), p);
            lines++;
        }
        p = eol + 1;
    }
    CHECK(lines > 100);
    CHECK_INT(warta_sentence__abbreviation("Dr.", 3), WARTA_ABBR_TITLE);
    CHECK_INT(warta_sentence__abbreviation("dll.", 4), WARTA_ABBR_END);
    CHECK_INT(warta_sentence__abbreviation("Dr", 2), WARTA_ABBR_NONE);
    CHECK_INT(warta_sentence__abbreviation("sen.", 4), WARTA_ABBR_NONE);
    CHECK_INT(warta_sentence__abbreviation("Jakarta.", 8), WARTA_ABBR_NONE);
    CHECK_INT(warta_sentence__abbreviation("", 0), WARTA_ABBR_NONE);
}

/* The abbreviation set is built on first use; several threads may be first. */
static void *split_in_thread(void *arg)
{
    const char *text = "Dr. Budi tiba. Ia lelah.";
    warta_tokens tk;
    int *ok = arg;
    *ok = warta_tokens__build(text, strlen(text), &tk) == WARTA_OK && tk.n_sentences == 2 &&
          tk.sentences[0].end == 14;
    warta_tokens__free(&tk);
    return NULL;
}

static void test_first_use_in_threads(void)
{
    enum { THREADS = 4 };
    pthread_t th[THREADS];
    int ok[THREADS] = {0};
    for (int i = 0; i < THREADS; i++)
        CHECK_INT(pthread_create(&th[i], NULL, split_in_thread, &ok[i]), 0);
    for (int i = 0; i < THREADS; i++) {
        pthread_join(th[i], NULL);
        CHECK(ok[i]);
    }
}

int main(void)
{
    test_first_use_in_threads();
    test_quotes();
    test_abbreviations();
    test_marks_and_lines();
    test_abbreviation_list();
    return check_report("test_sentence");
}
