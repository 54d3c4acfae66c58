/*
 * template — a complete, small warta detector to copy when writing a new
 * one.  It finds calendar dates in Indonesian and English news:
 *
 *     13 Agustus 2025    12 Agustus    August 13, 2025    Agustus 2025    (13/8)    13/8/2025
 *
 * and emits each as a mention labelled "date" with an attribute "iso"
 * (2025-08-13, --08-13 when the year is unknown).  It shows every part of
 * the ABI a detector needs: a descriptor, create() loading a lexicon through
 * the host, a read-only process() emitting through the sink, destroy(),
 * an option read with config_get, and errors reported through host->log.
 * A detector with several lexicons, or one reading sentences and TSV value
 * columns, will want <warta/plugin_kit.h> (inline helpers, nothing to link);
 * this one needs none of it, so it shows the bare ABI.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "warta/plugin.h"

typedef struct template_state {
    const warta_host *host;
    warta_lexicon *months;
    int min_year;              /* option template.min_year: older years are not dates */
} template_state;

static int template_create(const warta_host *host, void **instance_out)
{
    template_state *st = calloc(1, sizeof *st);
    if (!st)
        return WARTA_ENOMEM;
    st->host = host;
    st->min_year = 1800;
    const char *opt = host->config_get(host->host_data, "min_year");
    if (opt) {
        char *end;
        long v = strtol(opt, &end, 10);
        if (*end || v < 0 || v > 9999) {
            host->log(host->host_data, WARTA_LOG_ERROR, "min_year must be a year, not '%s'", opt);
            free(st);
            return WARTA_ECONFIG;
        }
        st->min_year = (int)v;
    }
    /* The host finds months.tsv (user lexicon dirs first, then this
     * plugin's folder) and logs where it looked when it is missing. */
    int rc = host->lexicon_load(host->host_data, "months.tsv", &st->months);
    if (rc < 0) {
        free(st);
        return rc;
    }
    *instance_out = st;
    return WARTA_OK;
}

static void template_destroy(void *instance)
{
    template_state *st = instance;
    if (!st)
        return;
    st->host->lexicon_free(st->host->host_data, st->months);
    free(st);
}

/* Value of a token made only of ASCII digits, or -1. */
static int token_number(const warta_doc *doc, uint32_t i, int max_digits)
{
    if (i >= doc->n_tokens)
        return -1;
    const warta_token *t = &doc->tokens[i];
    int len = (int)(t->end - t->start), v = 0;
    if (len < 1 || len > max_digits)
        return -1;
    for (int k = 0; k < len; k++) {
        char c = doc->text[t->start + k];
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

static int token_is(const warta_doc *doc, uint32_t i, const char *s)
{
    return i < doc->n_tokens && strcmp(doc->tokens[i].key, s) == 0;
}

/* Month at token i, from the lexicon; 0 when none. */
static int month_at(const template_state *st, const warta_doc *doc, uint32_t i, uint32_t *n_tok)
{
    warta_lexicon_match m;
    if (i >= doc->n_tokens || !st->host->lexicon_match(st->months, doc, i, &m))
        return 0;
    *n_tok = m.n_tokens;
    return atoi(m.value);
}

static int emit_date(const warta_doc *doc, const warta_sink *sink, uint32_t first, uint32_t last,
                     int year, int month, int day, float score)
{
    char iso[40]; /* sized for any int, not just valid dates, to keep the compiler sure */
    if (year > 0 && day > 0)
        snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
    else if (year > 0)
        snprintf(iso, sizeof iso, "%04d-%02d", year, month);
    else
        snprintf(iso, sizeof iso, "--%02d-%02d", month, day);
    warta_attr attr = {"iso", iso};
    warta_annotation a;
    memset(&a, 0, sizeof a);
    a.struct_size = sizeof a;
    a.kind = WARTA_ANN_MENTION;
    a.start = doc->tokens[first].start;
    a.end = doc->tokens[last].end;
    a.label = "date";
    a.score = score;
    a.attrs = &attr;
    a.n_attrs = 1;
    return sink->emit(sink->payload, &a, NULL); /* the host copies attr and iso */
}

/* "13/8" or "13/8/2025" as one number token. */
static int slash_date(const warta_doc *doc, uint32_t i, int *day, int *month, int *year)
{
    const warta_token *t = &doc->tokens[i];
    char buf[16];
    size_t len = t->end - t->start;
    if (!(t->flags & WARTA_TOK_NUMBER) || len >= sizeof buf)
        return 0;
    memcpy(buf, doc->text + t->start, len);
    buf[len] = '\0';
    int d, m, y = 0, used = 0;
    if (sscanf(buf, "%2d/%2d/%4d%n", &d, &m, &y, &used) == 3 && (size_t)used == len) {
        /* d/m/yyyy */
    } else if (sscanf(buf, "%2d/%2d%n", &d, &m, &used) == 2 && (size_t)used == len) {
        y = 0;
    } else {
        return 0;
    }
    if (d < 1 || d > 31 || m < 1 || m > 12)
        return 0;
    *day = d;
    *month = m;
    *year = y;
    return 1;
}

static int template_process(const void *instance, const warta_doc *doc, const warta_sink *sink)
{
    const template_state *st = instance;
    for (uint32_t i = 0; i < doc->n_tokens; i++) {
        int rc = WARTA_OK;
        uint32_t mlen = 0;
        int day = token_number(doc, i, 2), month, year, y;
        if (day >= 1 && day <= 31 && (month = month_at(st, doc, i + 1, &mlen))) {
            /* 13 Agustus [2025] */
            uint32_t last = i + mlen;
            y = token_number(doc, last + 1, 4);
            if (y >= st->min_year)
                last++;
            else
                y = 0;
            rc = emit_date(doc, sink, i, last, y, month, day, y ? 0.95f : 0.85f);
            i = last;
        } else if ((month = month_at(st, doc, i, &mlen))) {
            uint32_t last = i + mlen - 1;
            int d = token_number(doc, last + 1, 2);
            if (d >= 1 && d <= 31 && token_is(doc, last + 2, ",") &&
                (y = token_number(doc, last + 3, 4)) >= st->min_year) {
                /* August 13, 2025 */
                rc = emit_date(doc, sink, i, last + 3, y, month, d, 0.95f);
                i = last + 3;
            } else if ((y = token_number(doc, last + 1, 4)) >= st->min_year &&
                       (doc->tokens[i].flags & WARTA_TOK_CAPITAL)) {
                /* Agustus 2025 */
                rc = emit_date(doc, sink, i, last + 1, y, month, 0, 0.8f);
                i = last + 1;
            }
        } else if ((doc->tokens[i].flags & WARTA_TOK_NUMBER) &&
                   slash_date(doc, i, &day, &month, &year) &&
                   (year >= st->min_year || (year == 0 && token_is(doc, i - (i > 0), "(") &&
                                             token_is(doc, i + 1, ")")))) {
            /* (13/8) as news datelines write it, or 13/8/2025 */
            rc = emit_date(doc, sink, i, i, year, month, day, year ? 0.9f : 0.7f);
        }
        if (rc == WARTA_STOP)
            return WARTA_OK;
        if (rc < 0) {
            /* no host->log here: the host reports the sink's own reason */
            return rc;
        }
    }
    return WARTA_OK;
}

static const char *const template_produces[] = {"date", NULL};
static const char *const template_needs[] = {NULL};

static const warta_plugin template_plugin = {
    .abi_major = WARTA_PLUGIN_ABI_MAJOR,
    .struct_size = sizeof(warta_plugin),
    .name = "template",
    .version = "1.0.0",
    .summary = "calendar dates (a template to copy for new detectors)",
    .produces = template_produces,
    .needs = template_needs,
    .create = template_create,
    .destroy = template_destroy,
    .process = template_process,
};

WARTA_PLUGIN_DEFINE(template_plugin)
