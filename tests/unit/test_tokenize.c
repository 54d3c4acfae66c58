/* Tokenizer: offsets, token boundaries, shape and quote flags, keys. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "text.h"

static warta_tokens tk;
static const char *cur_text;
static size_t cur_len;

static void build_n(const char *text, size_t len)
{
    warta_tokens__free(&tk);
    cur_text = text;
    cur_len = len;
    CHECK_INT(warta_tokens__build(text, len, &tk), WARTA_OK);
}

static void build(const char *text) { build_n(text, strlen(text)); }

/* The tokens' surfaces must be exactly `want` (NULL-terminated). */
static void expect_surfaces(const char *const *want)
{
    uint32_t n = 0;
    while (want[n])
        n++;
    CHECK_INT(tk.n_tokens, n);
    for (uint32_t i = 0; i < n && i < tk.n_tokens; i++)
        CHECK_SPAN(cur_text, tk.tokens[i].start, tk.tokens[i].end, want[i]);
}

/* Index of the k-th token (0-based) whose surface is s, or -1. */
static int find(const char *s, int k)
{
    size_t n = strlen(s);
    for (uint32_t i = 0; i < tk.n_tokens; i++) {
        const warta_token *t = &tk.tokens[i];
        if (t->end - t->start == n && memcmp(cur_text + t->start, s, n) == 0 && k-- == 0)
            return (int)i;
    }
    return -1;
}

static uint32_t flags_of(const char *s, int k)
{
    int i = find(s, k);
    CHECK(i >= 0);
    return i >= 0 ? tk.tokens[i].flags : 0;
}

static const char *key_of(const char *s)
{
    int i = find(s, 0);
    CHECK(i >= 0);
    return i >= 0 ? tk.tokens[i].key : "";
}

#define HAS(f, bit) CHECK(((f) & (bit)) != 0)
#define LACKS(f, bit) CHECK(((f) & (bit)) == 0)

/* Structural invariants every tokenization must satisfy. */
static void check_invariants(void)
{
    uint32_t prev_end = 0;
    for (uint32_t i = 0; i < tk.n_tokens; i++) {
        const warta_token *t = &tk.tokens[i];
        CHECK(t->start < t->end);
        CHECK(t->end <= cur_len);
        CHECK(t->start >= prev_end);
        CHECK(t->key != NULL && t->key >= tk.keys && t->key < tk.keys + tk.keys_len);
        CHECK(t->key[0] != '\0');
        CHECK(t->sentence < tk.n_sentences);
        /* exactly one of word/number, punctuation */
        CHECK(((t->flags & (WARTA_TOK_WORD | WARTA_TOK_NUMBER)) != 0) != ((t->flags & WARTA_TOK_PUNCT) != 0));
        /* tokens hold no white space or NUL */
        for (uint32_t b = t->start; b < t->end; b++)
            CHECK(cur_text[b] != ' ' && cur_text[b] != '\n' && cur_text[b] != '\0');
        /* every token boundary is a code point boundary */
        CHECK(((unsigned char)cur_text[t->start] & 0xC0) != 0x80);
        CHECK(t->end == cur_len || ((unsigned char)cur_text[t->end] & 0xC0) != 0x80);
        /* SPACE_BEFORE exactly when the gap before holds something */
        CHECK(((t->flags & WARTA_TOK_SPACE_BEFORE) != 0) == (t->start > prev_end));
        prev_end = t->end;
    }
}

static void test_mixed_script(void)
{
    const char *text =
        "Presiden Prabowo Subianto bertemu Putin di Москва pada Jum'at (21/10/2025).\n"
        "“Kami sepakat,” ujarnya. Trump’s plan: 2.000 tentara, 30% dari negara-negara "
        "A.S. & Uni Eropa; Kim Jong-un 😀 北京欢迎你。 Cafe\xCC\x81 «oui» ‘ya’ „ja“ ``so'' "
        "‹non› —tidak— \"lurus\" 'tunggal' 👍🏽 🇮🇩 e\xCC\x81t\xC3\xA9";
    static const char *const want[] = {
        "Presiden", "Prabowo", "Subianto", "bertemu", "Putin", "di", "Москва", "pada", "Jum'at", "(",
        "21/10/2025", ")", ".", "“", "Kami", "sepakat", ",", "”", "ujarnya", ".", "Trump", "’s", "plan",
        ":", "2.000", "tentara", ",", "30", "%", "dari", "negara-negara", "A.S.", "&", "Uni", "Eropa",
        ";", "Kim", "Jong-un", "😀", "北京欢迎你", "。", "Cafe\xCC\x81", "«", "oui", "»", "‘", "ya", "’",
        "„", "ja", "“", "``", "so", "''", "‹", "non", "›", "—", "tidak", "—", "\"", "lurus", "\"", "'",
        "tunggal", "'", "👍🏽", "🇮🇩", "e\xCC\x81t\xC3\xA9", NULL};
    build(text);
    expect_surfaces(want);
    check_invariants();

    CHECK_STR(key_of("Москва"), "москва");
    CHECK_STR(key_of("Cafe\xCC\x81"), "caf\xC3\xA9");
    CHECK_STR(key_of("e\xCC\x81t\xC3\xA9"), "\xC3\xA9t\xC3\xA9");
    CHECK_STR(key_of("’s"), "'s");
    CHECK_STR(key_of("Jum'at"), "jum'at");
    CHECK_STR(key_of("“"), "\"");
    CHECK_STR(key_of("”"), "\"");
    CHECK_STR(key_of("«"), "\"");
    CHECK_STR(key_of("„"), "\"");
    CHECK_STR(key_of("``"), "\"");
    CHECK_STR(key_of("''"), "\"");
    CHECK_STR(key_of("‘"), "'");
    CHECK_STR(key_of("‹"), "'");
    CHECK_STR(key_of("—"), "-");
    CHECK_STR(key_of("A.S."), "a.s.");
    CHECK_STR(key_of("北京欢迎你"), "北京欢迎你");

    HAS(flags_of("Москва", 0), WARTA_TOK_WORD | WARTA_TOK_CAPITAL);
    LACKS(flags_of("Москва", 0), WARTA_TOK_ALLCAPS);
    /* uncased scripts are neither capitalised nor all caps */
    LACKS(flags_of("北京欢迎你", 0), WARTA_TOK_CAPITAL | WARTA_TOK_ALLCAPS);
    HAS(flags_of("😀", 0), WARTA_TOK_PUNCT);
    HAS(flags_of("21/10/2025", 0), WARTA_TOK_NUMBER);
    LACKS(flags_of("21/10/2025", 0), WARTA_TOK_WORD);
    HAS(flags_of("A.S.", 0), WARTA_TOK_WORD | WARTA_TOK_CAPITAL | WARTA_TOK_ALLCAPS);
    uint32_t f = flags_of("Presiden", 0);
    HAS(f, WARTA_TOK_PARA_START);
    LACKS(f, WARTA_TOK_SPACE_BEFORE);
    f = flags_of("“", 0);
    HAS(f, WARTA_TOK_PARA_START | WARTA_TOK_SPACE_BEFORE | WARTA_TOK_QUOTE | WARTA_TOK_OPENING_GLYPH);
    LACKS(flags_of("Prabowo", 0), WARTA_TOK_PARA_START);
}

static void test_quote_flags(void)
{
    /* Kompas writes ” … ” with the closing glyph on both sides. */
    build("Ia berkata, ”Kami tidak tahu,” kata dia. ”Itu benar.”");
    uint32_t a = flags_of("”", 0), b = flags_of("”", 1), c = flags_of("”", 2), d = flags_of("”", 3);
    HAS(a, WARTA_TOK_QUOTE | WARTA_TOK_LEFT_FLANK | WARTA_TOK_CLOSING_GLYPH | WARTA_TOK_SPACE_BEFORE);
    LACKS(a, WARTA_TOK_RIGHT_FLANK | WARTA_TOK_OPENING_GLYPH | WARTA_TOK_QUOTE_SINGLE);
    HAS(b, WARTA_TOK_QUOTE | WARTA_TOK_RIGHT_FLANK | WARTA_TOK_CLOSING_GLYPH);
    LACKS(b, WARTA_TOK_LEFT_FLANK | WARTA_TOK_SPACE_BEFORE);
    HAS(c, WARTA_TOK_LEFT_FLANK);
    LACKS(c, WARTA_TOK_RIGHT_FLANK);
    HAS(d, WARTA_TOK_RIGHT_FLANK); /* at the end of the text */
    LACKS(d, WARTA_TOK_LEFT_FLANK);
    check_invariants();

    /* Straight marks: no glyph direction, flanking decides. */
    build("\"Kita mampu,\" ujar Prabowo. (\"Ya\") dan a\"b serta \" sendiri");
    a = flags_of("\"", 0);
    b = flags_of("\"", 1);
    c = flags_of("\"", 2);
    d = flags_of("\"", 3);
    HAS(a, WARTA_TOK_QUOTE | WARTA_TOK_LEFT_FLANK | WARTA_TOK_PARA_START);
    LACKS(a, WARTA_TOK_RIGHT_FLANK | WARTA_TOK_OPENING_GLYPH | WARTA_TOK_CLOSING_GLYPH);
    HAS(b, WARTA_TOK_RIGHT_FLANK);
    LACKS(b, WARTA_TOK_LEFT_FLANK);
    HAS(c, WARTA_TOK_LEFT_FLANK); /* after an opening bracket */
    HAS(d, WARTA_TOK_RIGHT_FLANK); /* before a closing bracket */
    LACKS(d, WARTA_TOK_LEFT_FLANK);
    uint32_t e = flags_of("\"", 4), g = flags_of("\"", 5);
    LACKS(e, WARTA_TOK_LEFT_FLANK | WARTA_TOK_RIGHT_FLANK); /* between letters */
    LACKS(g, WARTA_TOK_LEFT_FLANK | WARTA_TOK_RIGHT_FLANK); /* between spaces */

    /* Curly marks carry their glyph direction. */
    build("“Kata ‘dalam’ kutipan” —“lagi”");
    HAS(flags_of("“", 0), WARTA_TOK_OPENING_GLYPH | WARTA_TOK_LEFT_FLANK);
    HAS(flags_of("”", 0), WARTA_TOK_CLOSING_GLYPH | WARTA_TOK_RIGHT_FLANK);
    HAS(flags_of("‘", 0), WARTA_TOK_QUOTE_SINGLE | WARTA_TOK_OPENING_GLYPH | WARTA_TOK_LEFT_FLANK);
    HAS(flags_of("’", 0), WARTA_TOK_QUOTE_SINGLE | WARTA_TOK_CLOSING_GLYPH | WARTA_TOK_RIGHT_FLANK);
    HAS(flags_of("“", 1), WARTA_TOK_LEFT_FLANK); /* after a dash */

    /* Apostrophes: word-internal, clitic, or a single quote mark. */
    build("Jum'at Qur’an Trump's it’s James' 'halo' rock'n'roll");
    static const char *const want[] = {"Jum'at", "Qur’an", "Trump", "'s", "it", "’s", "James", "'",
                                       "'", "halo", "'", "rock'n'roll", NULL};
    expect_surfaces(want);
    HAS(flags_of("'s", 0), WARTA_TOK_WORD);
    LACKS(flags_of("'s", 0), WARTA_TOK_QUOTE);
    HAS(flags_of("'", 0), WARTA_TOK_QUOTE | WARTA_TOK_QUOTE_SINGLE | WARTA_TOK_RIGHT_FLANK);
    HAS(flags_of("'", 1), WARTA_TOK_QUOTE_SINGLE | WARTA_TOK_LEFT_FLANK);
    HAS(flags_of("'", 2), WARTA_TOK_QUOTE_SINGLE | WARTA_TOK_RIGHT_FLANK);
    CHECK_STR(key_of("Qur’an"), "qur'an");

    /* TeX-style double marks. */
    build("``Hello,'' he said.");
    HAS(flags_of("``", 0), WARTA_TOK_QUOTE | WARTA_TOK_OPENING_GLYPH | WARTA_TOK_LEFT_FLANK);
    LACKS(flags_of("``", 0), WARTA_TOK_QUOTE_SINGLE);
    HAS(flags_of("''", 0), WARTA_TOK_QUOTE | WARTA_TOK_CLOSING_GLYPH | WARTA_TOK_RIGHT_FLANK);
    LACKS(flags_of("''", 0), WARTA_TOK_QUOTE_SINGLE);
}

static void test_words_and_numbers(void)
{
    build("U.S.-led a.n. M.Si. Ph.D. No. 5 www.detik.com Kompas.com. J.K.Rowling "
          "2.000 5,95 20:43 12/8 30% 2020-2021 1990-an COVID-19 Rp2.000 ke-2 anti- BPS A iPhone McDonald");
    static const char *const want[] = {
        "U.S.", "-", "led", "a.n.", "M.Si.", "Ph.D.", "No", ".", "5", "www", ".", "detik", ".", "com",
        "Kompas", ".", "com", ".", "J", ".", "K", ".", "Rowling", "2.000", "5,95", "20:43", "12/8", "30",
        "%", "2020", "-", "2021", "1990-an", "COVID-19", "Rp2.000", "ke-2", "anti", "-", "BPS", "A",
        "iPhone", "McDonald", NULL};
    expect_surfaces(want);
    check_invariants();
    HAS(flags_of("1990-an", 0), WARTA_TOK_NUMBER | WARTA_TOK_WORD);
    HAS(flags_of("2.000", 0), WARTA_TOK_NUMBER);
    HAS(flags_of("%", 0), WARTA_TOK_PUNCT);
    LACKS(flags_of("%", 0), WARTA_TOK_SPACE_BEFORE);
    HAS(flags_of("BPS", 0), WARTA_TOK_CAPITAL | WARTA_TOK_ALLCAPS);
    HAS(flags_of("COVID-19", 0), WARTA_TOK_ALLCAPS);
    HAS(flags_of("A", 0), WARTA_TOK_CAPITAL);
    LACKS(flags_of("A", 0), WARTA_TOK_ALLCAPS); /* needs two letters */
    LACKS(flags_of("iPhone", 0), WARTA_TOK_CAPITAL | WARTA_TOK_ALLCAPS);
    HAS(flags_of("McDonald", 0), WARTA_TOK_CAPITAL);
    LACKS(flags_of("McDonald", 0), WARTA_TOK_ALLCAPS);
    LACKS(flags_of("M.Si.", 0), WARTA_TOK_ALLCAPS);
    CHECK_STR(key_of("COVID-19"), "covid-19");

    /* Non-breaking and typographic hyphens join words too and fold to '-'. */
    build("negara\xE2\x80\x91negara Jong\xE2\x80\x90un");
    static const char *const want2[] = {"negara\xE2\x80\x91negara", "Jong\xE2\x80\x90un", NULL};
    expect_surfaces(want2);
    CHECK_STR(key_of("negara\xE2\x80\x91negara"), "negara-negara");
}

static void test_lines_and_spaces(void)
{
    /* \n, \r\n, U+2028 break lines; NBSP, tabs and U+3000 are spaces. */
    build("satu\ndua\r\ntiga\xE2\x80\xA8" "empat\xC2\xA0lima\tenam\xE3\x80\x80tujuh  delapan");
    static const char *const want[] = {"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", NULL};
    expect_surfaces(want);
    check_invariants();
    HAS(flags_of("satu", 0), WARTA_TOK_PARA_START);
    HAS(flags_of("dua", 0), WARTA_TOK_PARA_START | WARTA_TOK_SPACE_BEFORE);
    HAS(flags_of("tiga", 0), WARTA_TOK_PARA_START);
    HAS(flags_of("empat", 0), WARTA_TOK_PARA_START);
    LACKS(flags_of("lima", 0), WARTA_TOK_PARA_START);
    HAS(flags_of("lima", 0), WARTA_TOK_SPACE_BEFORE);
    HAS(flags_of("delapan", 0), WARTA_TOK_SPACE_BEFORE);
    CHECK_INT(tk.n_sentences, 4);

    /* NUL bytes separate like spaces; offsets stay exact around them. */
    static const char with_nul[] = "abc\0def\0\0\xE2\x80\x9Cx\xE2\x80\x9D\0";
    build_n(with_nul, sizeof with_nul - 1);
    CHECK_INT(tk.n_tokens, 5);
    if (tk.n_tokens == 5) {
        CHECK_INT(tk.tokens[0].start, 0);
        CHECK_INT(tk.tokens[0].end, 3);
        CHECK_INT(tk.tokens[1].start, 4);
        CHECK_INT(tk.tokens[1].end, 7);
        CHECK_STR(tk.tokens[1].key, "def");
        CHECK_INT(tk.tokens[2].start, 9);
        CHECK_INT(tk.tokens[2].end, 12);
        HAS(tk.tokens[2].flags, WARTA_TOK_LEFT_FLANK);
        CHECK_INT(tk.tokens[4].end, sizeof with_nul - 2);
        HAS(tk.tokens[4].flags, WARTA_TOK_RIGHT_FLANK);
    }
    check_invariants();

    /* Empty and blank texts: no tokens, no sentences, no error. */
    build_n("", 0);
    CHECK_INT(tk.n_tokens, 0);
    CHECK_INT(tk.n_sentences, 0);
    build(" \n\t \r\n ");
    CHECK_INT(tk.n_tokens, 0);
    CHECK_INT(tk.n_sentences, 0);

    /* A lone variation selector is a token with a non-empty key. */
    build("a \xEF\xB8\x8F b");
    CHECK_INT(tk.n_tokens, 3);
    check_invariants();

    /* Invalid UTF-8 breaks the caller's promise; the tokenizer stays safe
     * and gives each bad byte its own token. */
    build("ab\xC0\xAF" "cd\xE2");
    static const char *const bad[] = {"ab", "\xC0", "\xAF", "cd", "\xE2", NULL};
    expect_surfaces(bad);

    /* Soft hyphen inside a word: one token, key without it. */
    build("Ja\xC2\xADkarta");
    CHECK_INT(tk.n_tokens, 1);
    CHECK_STR(tk.tokens[0].key, "jakarta");
}

/* A caller-owned small buffer overflows to the heap and gives the same result. */
static void test_token_buf(void)
{
    const char *text = "Menteri Luar Negeri “Retno” bertemu 北京 di Jl. Sudirman No. 5, kata BPS.";
    warta_token small_tokens[2];
    char small_keys[8];
    warta_token_buf tb;
    memset(&tb, 0, sizeof tb);
    tb.tokens = small_tokens;
    tb.tokens_cap = 2;
    tb.keys = small_keys;
    tb.keys_cap = sizeof small_keys;
    CHECK_INT(warta_tokens__scan(text, strlen(text), &tb), WARTA_OK);
    CHECK(tb.tokens != small_tokens);
    CHECK(tb.keys != small_keys);
    build(text);
    CHECK_INT(tb.n_tokens, tk.n_tokens);
    for (uint32_t i = 0; i < tb.n_tokens && i < tk.n_tokens; i++) {
        CHECK_INT(tb.tokens[i].start, tk.tokens[i].start);
        CHECK_INT(tb.tokens[i].end, tk.tokens[i].end);
        CHECK_STR(tb.tokens[i].key, tk.tokens[i].key);
        CHECK_INT(tb.tokens[i].sentence, 0);
        /* scan does not split sentences */
        CHECK_INT(tb.tokens[i].flags, tk.tokens[i].flags & ~(uint32_t)WARTA_TOK_SENT_START);
    }
    /* Reuse: a second scan replaces the first. */
    CHECK_INT(warta_tokens__scan("dua kata", 8, &tb), WARTA_OK);
    CHECK_INT(tb.n_tokens, 2);
    CHECK_STR(tb.tokens[1].key, "kata");
    warta_token_buf__free(&tb);
    CHECK(tb.tokens == NULL && tb.keys == NULL);
}

int main(void)
{
    test_mixed_script();
    test_quote_flags();
    test_words_and_numbers();
    test_lines_and_spaces();
    test_token_buf();
    warta_tokens__free(&tk);
    return check_report("test_tokenize");
}
