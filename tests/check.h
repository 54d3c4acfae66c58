/*
 * tests/check.h — the smallest test harness that still says what failed.
 * CHECK keeps going after a failure so one run reports every broken case;
 * the program's exit status is the number of failures (capped at 255).
 */
#ifndef WARTA_TESTS_CHECK_H
#define WARTA_TESTS_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check_failures;
static int check_count;

#define CHECK(cond)                                                                   \
    do {                                                                              \
        check_count++;                                                                \
        if (!(cond)) {                                                                \
            check_failures++;                                                         \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);  \
        }                                                                             \
    } while (0)

#define CHECK_INT(a, b)                                                               \
    do {                                                                              \
        long long check_a_ = (long long)(a), check_b_ = (long long)(b);               \
        check_count++;                                                                \
        if (check_a_ != check_b_) {                                                   \
            check_failures++;                                                         \
            fprintf(stderr, "%s:%d: %s == %s failed: %lld != %lld\n", __FILE__,       \
                    __LINE__, #a, #b, check_a_, check_b_);                            \
        }                                                                             \
    } while (0)

#define CHECK_STR(a, b)                                                               \
    do {                                                                              \
        const char *check_a_ = (a), *check_b_ = (b);                                  \
        check_count++;                                                                \
        if (!check_a_ || !check_b_ || strcmp(check_a_, check_b_) != 0) {              \
            check_failures++;                                                         \
            fprintf(stderr, "%s:%d: %s == %s failed: \"%s\" != \"%s\"\n", __FILE__,   \
                    __LINE__, #a, #b, check_a_ ? check_a_ : "(null)",                 \
                    check_b_ ? check_b_ : "(null)");                                  \
        }                                                                             \
    } while (0)

/* Compares a byte span of text with an expected string. */
#define CHECK_SPAN(text, start, end, expected)                                        \
    do {                                                                              \
        const char *check_e_ = (expected);                                            \
        size_t check_n_ = (size_t)((end) - (start));                                  \
        check_count++;                                                                \
        if (check_n_ != strlen(check_e_) || memcmp((text) + (start), check_e_, check_n_) != 0) { \
            check_failures++;                                                         \
            fprintf(stderr, "%s:%d: span [%ld,%ld) is \"%.*s\", expected \"%s\"\n",    \
                    __FILE__, __LINE__, (long)(start), (long)(end), (int)check_n_,    \
                    (text) + (start), check_e_);                                      \
        }                                                                             \
    } while (0)

static inline int check_report(const char *name)
{
    fprintf(stderr, "%s: %d checks, %d failed\n", name, check_count, check_failures);
    if (check_count == 0)
        return 1; /* a test that asserts nothing is a failure */
    return check_failures > 255 ? 255 : check_failures;
}

/* Environment value or a fallback. */
static inline const char *check_env(const char *name, const char *fallback)
{
    const char *v = getenv(name);
    return v && *v ? v : fallback;
}

#endif
