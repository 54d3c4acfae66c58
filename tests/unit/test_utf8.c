/* UTF-8 validation, counting, decoding and key normalisation. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "text.h"

/* Validates a byte string and returns the reported offset, or -1 when valid. */
static long bad_at(const char *s, size_t len)
{
    size_t off = (size_t)-1;
    int rc = warta_utf8__validate(s, len, &off);
    if (rc == WARTA_OK)
        return -1;
    CHECK_INT(rc, WARTA_EUTF8);
    return (long)off;
}

#define BAD_AT(lit) bad_at(lit, sizeof(lit) - 1)

static void test_validate(void)
{
    /* Valid: every sequence length, the edges of each range, NUL bytes. */
    CHECK_INT(BAD_AT(""), -1);
    CHECK_INT(BAD_AT("Presiden Prabowo"), -1);
    CHECK_INT(BAD_AT("a\0b\0"), -1);
    CHECK_INT(BAD_AT("\xC2\x80 \xDF\xBF"), -1);                  /* U+0080, U+07FF */
    CHECK_INT(BAD_AT("\xE0\xA0\x80 \xED\x9F\xBF \xEE\x80\x80"), -1); /* U+0800, U+D7FF, U+E000 */
    CHECK_INT(BAD_AT("\xEF\xBF\xBF"), -1);                        /* U+FFFF */
    CHECK_INT(BAD_AT("\xF0\x90\x80\x80 \xF4\x8F\xBF\xBF"), -1);   /* U+10000, U+10FFFF */
    CHECK_INT(BAD_AT("Москва 北京 👍 “kutipan”"), -1);

    /* Overlongs. */
    CHECK_INT(BAD_AT("ab\xC0\xAF"), 2);
    CHECK_INT(BAD_AT("ab\xC1\xBF"), 2);
    CHECK_INT(BAD_AT("x\xE0\x80\xAF"), 1);
    CHECK_INT(BAD_AT("xy\xF0\x80\x80\xAF"), 2);
    /* Surrogates, U+D800 and U+DFFF. */
    CHECK_INT(BAD_AT("abc\xED\xA0\x80"), 3);
    CHECK_INT(BAD_AT("\xED\xBF\xBF"), 0);
    /* Above U+10FFFF. */
    CHECK_INT(BAD_AT("a\xF4\x90\x80\x80"), 1);
    CHECK_INT(BAD_AT("a\xF5\x80\x80\x80"), 1);
    CHECK_INT(BAD_AT("\xFF"), 0);
    /* Truncated sequences, at the end and in the middle. */
    CHECK_INT(BAD_AT("kata\xE2\x80"), 4);
    CHECK_INT(BAD_AT("kata\xF0\x9F\x91"), 4);
    CHECK_INT(BAD_AT("kata\xC3"), 4);
    CHECK_INT(BAD_AT("\xE2\x80 x"), 0);
    /* A stray continuation byte. */
    CHECK_INT(BAD_AT("abc\x80"), 3);
    CHECK_INT(BAD_AT("\xC3\xA9\xA9"), 2);

    /* Past the eight-byte ASCII fast path: the offset is still exact. */
    char long_text[200];
    memset(long_text, 'a', sizeof long_text);
    for (size_t bad = 0; bad < 40; bad++) {
        memset(long_text, 'a', sizeof long_text);
        long_text[bad] = (char)0x80;
        CHECK_INT(bad_at(long_text, sizeof long_text), (long)bad);
    }
    memset(long_text, 'a', sizeof long_text);
    long_text[150] = (char)0xC3;
    long_text[151] = (char)0xA9;
    CHECK_INT(bad_at(long_text, sizeof long_text), -1);
    long_text[151] = 'a';
    CHECK_INT(bad_at(long_text, sizeof long_text), 150);

    /* The length bounds the check: a valid prefix of an invalid buffer. */
    CHECK_INT(bad_at("ok\xE2\x82\xAC", 2), -1);
    CHECK_INT(bad_at("ok\xE2\x82\xAC", 4), 2);
}

static void test_count_decode(void)
{
    const char *s = "aé€😀";
    CHECK_INT(warta_utf8__count(s, strlen(s)), 4);
    CHECK_INT(warta_utf8__count("", 0), 0);
    /* Counted eight bytes at a time: every prefix and suffix of a text
     * whose sequences straddle the eight-byte steps agrees with a count of
     * the bytes that start a code point. */
    const char *long_text = "Jakarta \xC2\xA0€ abc😀défg—Surabaya ÉÉÉ 😀😀 z";
    size_t n = strlen(long_text);
    for (size_t cut = 0; cut <= n; cut++) {
        size_t head = 0, tail = 0;
        for (size_t i = 0; i < n; i++)
            *(i < cut ? &head : &tail) += ((unsigned char)long_text[i] & 0xC0) != 0x80;
        CHECK_INT(warta_utf8__count(long_text, cut), head);
        CHECK_INT(warta_utf8__count(long_text + cut, n - cut), tail);
    }
    int32_t cp;
    CHECK_INT(warta_utf8__decode(s, strlen(s), 0, &cp), 1);
    CHECK_INT(cp, 'a');
    CHECK_INT(warta_utf8__decode(s, strlen(s), 1, &cp), 2);
    CHECK_INT(cp, 0xE9);
    CHECK_INT(warta_utf8__decode(s, strlen(s), 3, &cp), 3);
    CHECK_INT(cp, 0x20AC);
    CHECK_INT(warta_utf8__decode(s, strlen(s), 6, &cp), 4);
    CHECK_INT(cp, 0x1F600);
    /* An ill-formed byte decodes safely as U+FFFD. */
    CHECK_INT(warta_utf8__decode("\x80", 1, 0, &cp), 1);
    CHECK_INT(cp, 0xFFFD);
    CHECK_INT(warta_utf8__decode("\xE2\x82", 2, 0, &cp), 1);
    CHECK_INT(cp, 0xFFFD);
    CHECK_INT(warta_utf8__prev(s, 10), 6);
    CHECK_INT(warta_utf8__prev(s, 6), 3);
    CHECK_INT(warta_utf8__prev(s, 3), 1);
    CHECK_INT(warta_utf8__prev(s, 1), 0);
    CHECK_INT(warta_utf8__prev(s, 0), 0);
}

static void check_norm(const char *in, const char *want)
{
    char *out = NULL;
    size_t n = 0;
    CHECK_INT(warta_text__normalize(in, strlen(in), &out, &n), WARTA_OK);
    CHECK_STR(out, want);
    CHECK_INT(n, strlen(want));
    free(out);
}

static void test_normalize(void)
{
    check_norm("", "");
    check_norm("Presiden JOKOWI", "presiden jokowi");
    check_norm("Cafe\xCC\x81", "caf\xC3\xA9");   /* NFC composes e + U+0301 */
    check_norm("CAF\xC3\x89", "caf\xC3\xA9");
    check_norm("Straße", "strasse");             /* full case fold */
    check_norm("МОСКВА", "москва");
    check_norm("“Kata”", "\"kata\"");
    check_norm("„Wort“ «mot» ″x″", "\"wort\" \"mot\" \"x\"");
    check_norm("‘a’ ‚b‛ ‹c› `d", "'a' 'b' 'c' 'd");
    check_norm("``kutipan''", "\"kutipan\"");
    check_norm("Jum’at", "jum'at");
    check_norm("2010–2014 — a − b ‒ c", "2010-2014 - a - b - c");
    check_norm("北京", "北京");
    /* The soft hyphen is default-ignorable: keys match without it. */
    check_norm("Ja\xC2\xADkarta", "jakarta");
}

int main(void)
{
    test_validate();
    test_count_decode();
    test_normalize();
    return check_report("test_utf8");
}
