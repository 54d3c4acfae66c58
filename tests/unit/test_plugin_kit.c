/* The plugin kit (include/warta/plugin_kit.h): sentences of a token, a
 * sentence's first word behind opening marks, capitals and acronyms, a
 * one-word lexicon entry's value, a lexicon that fails to load explained,
 * a plugin's lexicons loaded all or none, the merge's pairwise rule,
 * TSV columns and scores, a "none" claim. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "lexicon.h"
#include "text.h"
#include "warta/plugin_kit.h"

static char logged[512];

static void fake_log(void *host_data, int level, const char *fmt, ...)
{
    (void)host_data;
    (void)level;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(logged, sizeof logged, fmt, ap);
    va_end(ap);
}

static int n_loaded; /* lexicons the fake host handed out and has not had back */

/* Every file loads but "gone.tsv"; a loaded lexicon is a dummy pointer. */
static int fake_load(void *host_data, const char *file, warta_lexicon **out)
{
    static char dummy;
    (void)host_data;
    *out = NULL;
    if (strcmp(file, "gone.tsv") == 0)
        return WARTA_ENOTFOUND;
    *out = (warta_lexicon *)&dummy;
    n_loaded++;
    return WARTA_OK;
}

static void fake_free(void *host_data, warta_lexicon *lexicon)
{
    (void)host_data;
    CHECK(lexicon != NULL);
    n_loaded--;
}

static const warta_host fake_host = {
    .struct_size = sizeof(warta_host),
    .abi_minor = WARTA_PLUGIN_ABI_MINOR,
    .log = fake_log,
    .lexicon_load = fake_load,
    .lexicon_free = fake_free,
    .lexicon_match = warta_lexicon__match,
};

/* Index of the token whose text is `word` (the first one). */
static uint32_t tok_of(const warta_doc *doc, const char *word)
{
    for (uint32_t i = 0; i < doc->n_tokens; i++)
        if (doc->tokens[i].end - doc->tokens[i].start == strlen(word) &&
            memcmp(doc->text + doc->tokens[i].start, word, strlen(word)) == 0)
            return i;
    CHECK(!"token not found");
    return 0;
}

static void test_tokens(const warta_doc *doc)
{
    uint32_t kata = tok_of(doc, "Kata"), malang = tok_of(doc, "Malang"), dia = tok_of(doc, "dia");
    CHECK_INT(warta_kit_sentence_start(doc, malang), 0);
    CHECK_INT(warta_kit_sentence_start(doc, dia), kata);
    CHECK_INT(warta_kit_sentence_end(doc, malang), kata);
    CHECK_INT(warta_kit_sentence_end(doc, dia), doc->n_tokens);
    /* behind an opening quote mark, still the sentence's first word */
    CHECK(warta_kit_sentence_initial(doc, malang));
    CHECK(warta_kit_sentence_initial(doc, kata));
    CHECK(!warta_kit_sentence_initial(doc, dia));
    CHECK(warta_kit_capital_word(&doc->tokens[tok_of(doc, "Jakarta")]));
    CHECK(!warta_kit_capital_word(&doc->tokens[dia]));
    CHECK(!warta_kit_has_lower_ascii(doc, &doc->tokens[tok_of(doc, "AS")]));
    CHECK(warta_kit_has_lower_ascii(doc, &doc->tokens[tok_of(doc, "As")]));
}

/* Byte spans to tokens: the end is searched only within reach of the start. */
static void test_token_span(const warta_doc *doc)
{
    uint32_t as = tok_of(doc, "AS"), jakarta = tok_of(doc, "Jakarta"), s, e;
    const warta_token *t = doc->tokens;
    CHECK_INT(warta_kit_token_at(doc, t[as].start, 0, doc->n_tokens), as);
    CHECK_INT(warta_kit_token_at(doc, t[as].start + 1, 0, doc->n_tokens), as + 1);
    CHECK_INT(warta_kit_token_at(doc, doc->len, 0, doc->n_tokens), doc->n_tokens);
    warta_kit_token_span(doc, t[as].start, t[as + 2].end, &s, &e); /* "AS dan As" */
    CHECK_INT(s, as);
    CHECK_INT(e, as + 3);
    warta_kit_token_span(doc, t[jakarta].start, doc->len, &s, &e); /* "Jakarta." to the end */
    CHECK_INT(s, jakarta);
    CHECK_INT(e, doc->n_tokens);
    warta_kit_token_span(doc, t[as].start + 1, t[as].end, &s, &e); /* inside a token: none */
    CHECK_INT(s, as + 1);
    CHECK_INT(e, as + 1);
    warta_kit_token_span(doc, t[as].end, t[as].start, &s, &e); /* reversed: empty */
    CHECK_INT(e, s);
}

static void test_lexicons(const warta_doc *doc)
{
    const char tsv[] = "dan\tconnector\ndi\tcue\nKota Baru\tplace\n";
    warta_lexicon *lx = NULL;
    char err[256];
    CHECK_INT(warta_lexicon__load_buffer("words.tsv", tsv, sizeof tsv - 1, &lx, err, sizeof err), WARTA_OK);
    CHECK_STR(warta_kit_word_value(&fake_host, lx, doc, tok_of(doc, "dan")), "connector");
    CHECK_STR(warta_kit_word_value(&fake_host, lx, doc, tok_of(doc, "di")), "cue");
    CHECK_STR(warta_kit_word_value(&fake_host, lx, doc, tok_of(doc, "Jakarta")), "");
    CHECK_STR(warta_kit_word_value(&fake_host, lx, doc, doc->n_tokens), "");
    warta_lexicon__free(lx);

    warta_lexicon *missing = (warta_lexicon *)&fake_host;
    logged[0] = '\0';
    CHECK_INT(warta_kit_load_lexicon(&fake_host, "places", "gone.tsv", &missing), WARTA_ENOTFOUND);
    CHECK(missing == NULL);
    CHECK(strstr(logged, "places: cannot load lexicon 'gone.tsv'") != NULL);
    CHECK(strstr(logged, "--lexicon-dir") != NULL);
}

/* All or nothing: a failure releases what was loaded before it. */
static void test_lexicon_slots(void)
{
    warta_lexicon *a = NULL, *b = NULL, *c = NULL;
    warta_kit_lexicon_slot ok[] = {{"a.tsv", &a}, {"b.tsv", &b}};
    CHECK_INT(warta_kit_load_lexicons(&fake_host, "kit", ok, 2), WARTA_OK);
    CHECK(a != NULL && b != NULL);
    CHECK_INT(n_loaded, 2);
    warta_kit_free_lexicons(&fake_host, ok, 2);
    CHECK(a == NULL && b == NULL);
    CHECK_INT(n_loaded, 0);

    warta_kit_lexicon_slot broken[] = {{"a.tsv", &a}, {"b.tsv", &b}, {"gone.tsv", &c}};
    logged[0] = '\0';
    CHECK_INT(warta_kit_load_lexicons(&fake_host, "kit", broken, 3), WARTA_ENOTFOUND);
    CHECK(a == NULL && b == NULL && c == NULL);
    CHECK_INT(n_loaded, 0);
    CHECK(strstr(logged, "kit: cannot load lexicon 'gone.tsv'") != NULL);

    /* a host without the lexicon services is refused, not called */
    warta_host bare = fake_host;
    bare.lexicon_load = NULL;
    CHECK_INT(warta_kit_load_lexicons(&bare, "kit", ok, 2), WARTA_EABI);
    CHECK(strstr(logged, "kit: host lacks lexicon services") != NULL);
    CHECK_INT(n_loaded, 0);
}

static warta_annotation span(uint32_t start, uint32_t end, const char *label, float score)
{
    warta_annotation a;
    memset(&a, 0, sizeof a);
    a.struct_size = sizeof a;
    a.kind = WARTA_ANN_MENTION;
    a.start = start;
    a.end = end;
    a.label = label;
    a.score = score;
    return a;
}

/* The merge's pairwise rule, as plugins and the host share it. */
static void test_merge_rule(void)
{
    warta_annotation kemlu = span(0, 30, "organization", 0.8f), rusia = span(24, 30, "location", 0.9f);
    warta_annotation guess = span(20, 30, "location", 0.5f), cross = span(25, 40, "person", 0.9f);
    warta_annotation official = span(0, 10, "official", 0.9f), person = span(0, 10, "person", 0.55f);
    warta_annotation apart = span(31, 35, "location", 0.9f);
    CHECK(!warta_kit_merge_conflict(&kemlu, &rusia));   /* nesting across kinds stands */
    CHECK(warta_kit_merge_conflict(&guess, &rusia));    /* same kind nested */
    CHECK(warta_kit_merge_conflict(&rusia, &cross));    /* crossing */
    CHECK(warta_kit_merge_conflict(&official, &person)); /* one kind, same span */
    CHECK(!warta_kit_merge_conflict(&rusia, &apart));
    CHECK(warta_kit_same_kind("official", "person"));
    CHECK(!warta_kit_same_kind("location", "organization"));
    CHECK_INT(warta_kit_merge_outranks(&rusia, &guess), 1);  /* surer */
    CHECK_INT(warta_kit_merge_outranks(&guess, &rusia), -1);
    warta_annotation longer = span(20, 30, "location", 0.9f);
    CHECK_INT(warta_kit_merge_outranks(&longer, &rusia), 1); /* same score: longer */
    CHECK_INT(warta_kit_merge_outranks(&official, &official), 0);
}

static void test_columns(void)
{
    const char *p = "city\t0.85\tcaps,nostart\t-";
    char buf[8];
    CHECK_INT(warta_kit_tsv_field(&p, buf, sizeof buf), 4);
    CHECK_STR(buf, "city");
    CHECK_INT(warta_kit_tsv_field(&p, buf, sizeof buf), 4);
    CHECK_STR(buf, "0.85");
    /* cut to the buffer, but the length is the field's and *p moves past it */
    CHECK_INT(warta_kit_tsv_field(&p, buf, sizeof buf), 12);
    CHECK_STR(buf, "caps,no");
    CHECK_INT(warta_kit_tsv_field(&p, buf, sizeof buf), 1);
    CHECK_STR(buf, "-");
    CHECK_INT(warta_kit_tsv_field(&p, buf, sizeof buf), 0); /* past the end: empty */
    CHECK_STR(buf, "");

    float v = 0.5f;
    CHECK_INT(warta_kit_parse_score("0.85", &v), 0);
    CHECK(v > 0.849f && v < 0.851f);
    CHECK_INT(warta_kit_parse_score("1.5", &v), -1);
    CHECK_INT(warta_kit_parse_score("-0.1", &v), -1);
    CHECK_INT(warta_kit_parse_score("high", &v), -1);
    CHECK(v > 0.849f && v < 0.851f); /* untouched on failure */
    CHECK_INT(warta_kit_parse_score("1.", &v), 0);
    CHECK(v == 1.0f);
    CHECK_INT(warta_kit_parse_score(" .5", &v), 0); /* strtof's forms still read */
    CHECK(v == 0.5f);
}

/* n / 10^k written with k decimals: does the hand reading give strtof's
 * float, bit for bit?  *read counts the strings it read itself. */
static int same_as_strtof(uint32_t n, int k, int *read)
{
    char buf[32];
    uint32_t den = 1;
    for (int i = 0; i < k; i++)
        den *= 10;
    if (k)
        snprintf(buf, sizeof buf, "%u.%0*u", n / den, k, n % den);
    else
        snprintf(buf, sizeof buf, "%u", n);
    float mine = -1.0f, ref = strtof(buf, NULL);
    *read += warta_kit_short_decimal(buf, &mine);
    return memcmp(&mine, &ref, sizeof ref) == 0;
}

/* Every score of up to six decimals in [0, 1], and a sample of the rest of
 * the seven-digit range. */
static void test_short_decimals(void)
{
    int differ = 0, read = 0;
    for (int k = 0; k <= 6; k++) {
        uint32_t den = 1;
        for (int i = 0; i < k; i++)
            den *= 10;
        for (uint32_t n = 0; n <= den; n++)
            differ += !same_as_strtof(n, k, &read);
        for (uint32_t n = den + 1; n <= 9999999; n += 997)
            differ += !same_as_strtof(n, k, &read);
    }
    CHECK_INT(differ, 0);
    CHECK(read > 1100000);
    float v = 2.0f;
    CHECK_INT(warta_kit_short_decimal("12345678", &v), 0); /* eight digits: strtof's */
    CHECK_INT(warta_kit_short_decimal("0.5e1", &v), 0);
    CHECK_INT(warta_kit_short_decimal("", &v), 0);
    CHECK_INT(warta_kit_short_decimal(".5", &v), 0);
    CHECK_INT(warta_kit_short_decimal("0.5.", &v), 0);
    CHECK(v == 2.0f); /* untouched when it does not read */
}

/* A document over text, tokenized into *tk (freed by the caller). */
static warta_doc doc_over(const char *text, warta_tokens *tk)
{
    CHECK_INT(warta_tokens__build(text, strlen(text), tk), WARTA_OK);
    warta_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.struct_size = sizeof doc;
    doc.text = text;
    doc.len = (uint32_t)strlen(text);
    doc.id = "";
    doc.lang = "id";
    doc.tokens = tk->tokens;
    doc.n_tokens = tk->n_tokens;
    doc.sentences = tk->sentences;
    doc.n_sentences = tk->n_sentences;
    return doc;
}

/* The parts of a hyphenated word, as bytes of the text. */
static void test_hyphen_parts(void)
{
    const char *text = "pro-Rusia Ukraina-Rusia a--B Jakarta -";
    warta_tokens tk;
    warta_doc doc = doc_over(text, &tk);
    const warta_token *pro = &tk.tokens[tok_of(&doc, "pro-Rusia")];
    const warta_token *pair = &tk.tokens[tok_of(&doc, "Ukraina-Rusia")];
    CHECK(warta_kit_hyphenated(pro));
    CHECK(warta_kit_hyphenated(pair));
    CHECK(!warta_kit_hyphenated(&tk.tokens[tok_of(&doc, "Jakarta")]));
    uint32_t at = pair->start, s = 0, e = 0, n = 0;
    const char *want[] = {"Ukraina", "Rusia"};
    while (warta_kit_hyphen_part(&doc, pair, &at, &s, &e)) {
        CHECK(n < 2);
        if (n < 2) {
            CHECK_INT(e - s, strlen(want[n]));
            CHECK(memcmp(text + s, want[n], e - s) == 0);
            CHECK(warta_kit_capital_part(&doc, s, e));
        }
        n++;
    }
    CHECK_INT(n, 2);
    at = pro->start;
    CHECK(warta_kit_hyphen_part(&doc, pro, &at, &s, &e));
    CHECK(!warta_kit_capital_part(&doc, s, e)); /* "pro" */
    warta_tokens__free(&tk);
}

static warta_annotation claimed;
static int n_claimed;

static int keep_emitted(void *payload, const warta_annotation *ann, int32_t *id_out)
{
    (void)payload;
    claimed = *ann;
    if (id_out)
        *id_out = n_claimed;
    n_claimed++;
    return WARTA_OK;
}

/* A claim is a "none" mention over the bytes given; a host before ABI 1.1
 * gets nothing (it would output the claim as a name). */
static void test_claims(void)
{
    warta_sink sink = {NULL, keep_emitted};
    warta_host old = fake_host, now = fake_host;
    old.abi_minor = 0;
    now.abi_minor = 1;
    CHECK_INT(warta_kit_emit_claim(&old, &sink, 3, 8, 0.9f, NULL), WARTA_OK);
    CHECK_INT(n_claimed, 0);
    int32_t id = -1;
    CHECK_INT(warta_kit_emit_claim(&now, &sink, 3, 8, 0.9f, &id), WARTA_OK);
    CHECK_INT(n_claimed, 1);
    CHECK_INT(id, 0);
    CHECK_INT(claimed.kind, WARTA_ANN_MENTION);
    CHECK_STR(claimed.label, WARTA_LABEL_NONE);
    CHECK_INT(claimed.start, 3);
    CHECK_INT(claimed.end, 8);
    CHECK(claimed.score == 0.9f);
    CHECK_INT(claimed.struct_size, sizeof claimed);
}

int main(void)
{
    warta_tokens tk;
    warta_doc doc = doc_over("\"Malang tumbuh.\" Kata dia: AS dan As di Jakarta.", &tk);
    test_tokens(&doc);
    test_token_span(&doc);
    test_lexicons(&doc);
    test_lexicon_slots();
    test_merge_rule();
    test_columns();
    test_short_decimals();
    test_hyphen_parts();
    test_claims();
    warta_tokens__free(&tk);
    return check_report("test_plugin_kit");
}
