/*
 * tagger — a statistical name tagger (averaged perceptron, BIO, Viterbi)
 * for person, location and organization, trained on public Indonesian and
 * English NER sets (see README.md).  It needs no other plugin: it exists to
 * fill the gaps the lexicon and rule plugins leave, so its scores stay under
 * their exact hits and the merge prefers theirs on the same span.
 *
 * The model follows the conventions of one training data set per language
 * (news for both); a document without a language gets one from its
 * commonest words.
 *
 * Options: tagger.model = path of another model file (default: tagger.model
 * in the plugin's data folder); tagger.domain = the data set whose
 * conventions to follow for every document (one of the model's domains);
 * tagger.none = on | off | decisive: the "none" claims, and whether they
 * outrank every other plugin's names (decisive: the model's conventions
 * decide for the whole pipeline, e.g. a country acting as an agent under
 * idner-news-2k's).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tagger.h"
#include "warta/plugin_kit.h"

enum { NONE_DECISIVE = 2 };

typedef struct tagger_state {
    const warta_host *host;
    warta_tagger_model *model;
    int domain;                 /* tagger.domain, or -1: by language */
    int none;                   /* tagger.none: 0 off, 1 on, NONE_DECISIVE */
    warta_lexicon *directions;  /* directions.tsv */
} tagger_state;

static void tagger_destroy(void *instance);

static int tagger_create(const warta_host *host, void **instance_out)
{
    const char *path = host->config_get(host->host_data, "model");
    char buf[4096];
    if (!path) {
        const char *dir = host->resource_dir(host->host_data);
        if ((size_t)snprintf(buf, sizeof buf, "%stagger.model", dir ? dir : "") >= sizeof buf) {
            host->log(host->host_data, WARTA_LOG_ERROR, "model path too long in '%s'", dir);
            return WARTA_EINVAL;
        }
        path = buf;
    }
    tagger_state *st = calloc(1, sizeof *st);
    if (!st)
        return WARTA_ENOMEM;
    st->host = host;
    char err[4200];
    int rc = warta_tagger_model_load(path, &st->model, err, sizeof err);
    if (rc != WARTA_OK) {
        host->log(host->host_data, WARTA_LOG_ERROR, "%s", err);
        free(st);
        return rc;
    }
    warta_kit_lexicon_slot slot = {"directions.tsv", &st->directions};
    if ((rc = warta_kit_load_lexicons(host, "tagger", &slot, 1)) < 0) {
        tagger_destroy(st);
        return rc;
    }
    warta_tagger_model *m = st->model;
    const char *none = host->config_get(host->host_data, "none");
    st->none = 1;
    if (none && (strcmp(none, "0") == 0 || strcmp(none, "off") == 0 || strcmp(none, "no") == 0))
        st->none = 0;
    else if (none && strcmp(none, "decisive") == 0)
        st->none = NONE_DECISIVE;
    else if (none && strcmp(none, "1") != 0 && strcmp(none, "on") != 0 && strcmp(none, "yes") != 0) {
        host->log(host->host_data, WARTA_LOG_ERROR, "tagger.none must be on, off or decisive, not '%s'", none);
        tagger_destroy(st);
        return WARTA_ECONFIG;
    }
    if (host->abi_minor < 1)
        st->none = 0; /* a host before ABI 1.1 would print the claims as names */
    st->domain = -1;
    const char *domain = host->config_get(host->host_data, "domain");
    if (domain && strcmp(domain, "shared") == 0)
        st->domain = 0;   /* only the features every data set shares */
    else if (domain && (st->domain = warta_tagger_model_domain(m, domain)) < 0) {
        char names[TG_MAX_DOMAINS * 34] = "";
        for (uint32_t d = 1; d <= m->n_domains; d++)
            snprintf(names + strlen(names), sizeof names - strlen(names), "%s%s", d > 1 ? ", " : "",
                     m->domain_name[d]);
        host->log(host->host_data, WARTA_LOG_ERROR, "domain '%s' is not in the model (it has: %s)", domain, names);
        tagger_destroy(st);
        return WARTA_ECONFIG;
    }
    /* the per-word vectors of every domain a document may get, now: the
     * instance is read-only once create() returns */
    if ((st->domain >= 0 && warta_tagger_model_prepare(m, (uint32_t)st->domain) != WARTA_OK) ||
        (st->domain < 0 && (warta_tagger_model_prepare(m, m->lang_domain[0]) != WARTA_OK ||
                            warta_tagger_model_prepare(m, m->lang_domain[1]) != WARTA_OK))) {
        host->log(host->host_data, WARTA_LOG_ERROR, "out of memory preparing the model");
        tagger_destroy(st);
        return WARTA_ENOMEM;
    }
    *instance_out = st;
    return WARTA_OK;
}

static void tagger_destroy(void *instance)
{
    tagger_state *st = instance;
    if (!st)
        return;
    warta_tagger_model_free(st->model);
    warta_kit_lexicon_slot slot = {"directions.tsv", &st->directions};
    warta_kit_free_lexicons(st->host, &slot, 1);
    free(st);
}

typedef struct emit_ctx {
    const tagger_state *st;
    const warta_doc *doc;
    int decisive;       /* claims outrank every plugin's names */
    const warta_sink *sink;
    int stopped;
    tg_span held;       /* the last span, emitted once the next is known */
    int has_held;
} emit_ctx;

/* How many words open the span that only say where: a compass word right
 * after a side word ("di sebelah Selatan Jalan Raya" says where Jalan Raya
 * is), the side word too when the span holds it ("Sebelah Barat adalah"). */
static uint32_t direction_words(const emit_ctx *ctx, const tg_span *span)
{
    const warta_host *host = ctx->st->host;
    const warta_lexicon *dir = ctx->st->directions;
    uint32_t t = span->tok_start, n = 0;
    if (strcmp(warta_kit_word_value(host, dir, ctx->doc, t), "side") == 0)
        n = 1;
    else if (t == 0 || strcmp(warta_kit_word_value(host, dir, ctx->doc, t - 1), "side") != 0)
        return 0;
    uint32_t side = n;
    while (t + n < span->tok_end) {
        warta_lexicon_match m;
        uint32_t k = host->lexicon_match(dir, ctx->doc, t + n, &m);
        if (!k || strcmp(m.value, "compass") != 0 || t + n + k > span->tok_end)
            break;
        n += k;
    }
    return n > side ? n : 0;
}

static int emit_now(emit_ctx *ctx, const tg_span *span_in)
{
    tg_span trimmed = *span_in;
    const tg_span *span = &trimmed;
    if (span->type != TG_NONE)
        trimmed.tok_start += direction_words(ctx, span);
    if (span->tok_start >= span->tok_end)
        return 0;
    static const char *const labels[TG_NTYPES + 1] = {"person", "location", "organization", WARTA_LABEL_NONE};
    /* The labelled sets are full of party and agency acronyms, so any
     * capitals the model never saw look like one ("CPO", "PHK", "WNI"):
     * precision there is near zero in news, and the organizations plugin
     * knows the acronyms that are names. */
    if (span->unseen_acronym && span->type == TG_ORG)
        return 0;
    /* One letter alone names no place or organisation: it is the first
     * part of "S&P" or "A. C. Milan" the tokenizer cut off.  A person may
     * be one letter ("tersangka Z"). */
    if (span->type != TG_PER && span->type != TG_NONE && span->tok_end - span->tok_start == 1 &&
        ctx->doc->tokens[span->tok_start].end - ctx->doc->tokens[span->tok_start].start == 1)
        return 0;
    warta_annotation a;
    memset(&a, 0, sizeof a);
    a.struct_size = sizeof a;
    a.kind = WARTA_ANN_MENTION;
    a.start = ctx->doc->tokens[span->tok_start].start;
    a.end = ctx->doc->tokens[span->tok_end - 1].end;
    a.label = labels[span->type];
    /* A decisive claim is the chosen conventions speaking, not a guess to
     * weigh against a gazetteer: it scores as sure as anything can. */
    a.score = span->type == TG_NONE && ctx->decisive ? 1.0f : span->conf;
    int rc = ctx->sink->emit(ctx->sink->payload, &a, NULL);
    if (rc == WARTA_STOP)
        ctx->stopped = 1;
    return rc;
}

/* "Stephen R" + "." + "Covey", "P" + "." + "Simmons": the dot of an
 * initial is no candidate (it is punctuation), so the model sees two names;
 * they are one. */
static int initial_between(const warta_doc *doc, const tg_span *a, const tg_span *b)
{
    if (a->type != TG_PER || b->type != TG_PER || b->tok_start != a->tok_end + 1)
        return 0;
    const warta_token *ini = &doc->tokens[a->tok_end - 1], *dot = &doc->tokens[a->tok_end];
    char c = doc->text[ini->start];
    return ini->end - ini->start == 1 && c >= 'A' && c <= 'Z' && dot->end - dot->start == 1 &&
           doc->text[dot->start] == '.' && dot->start == ini->end &&
           doc->tokens[b->tok_start].start > dot->end; /* "M.Ed" is a degree */
}

static int emit_span(void *payload, const tg_span *span)
{
    emit_ctx *ctx = payload;
    if (ctx->has_held && initial_between(ctx->doc, &ctx->held, span)) {
        ctx->held.tok_end = span->tok_end;
        if (span->conf < ctx->held.conf)
            ctx->held.conf = span->conf;
        return 0;
    }
    int rc = ctx->has_held ? emit_now(ctx, &ctx->held) : 0;
    ctx->held = *span;
    ctx->has_held = 1;
    return rc;
}

static int tagger_process(const void *instance, const warta_doc *doc, const warta_sink *sink)
{
    const tagger_state *st = instance;
    uint32_t domain = (uint32_t)st->domain;
    if (st->domain < 0) {
        const char *lang = doc->lang && *doc->lang ? doc->lang : warta_tagger_guess_lang(doc->tokens, doc->n_tokens);
        domain = st->model->lang_domain[lang && strcmp(lang, "en") == 0];
    }
    tg_input in = {doc->text, doc->tokens, doc->n_tokens, domain, st->none};
    tg_scratch scratch;
    memset(&scratch, 0, sizeof scratch);
    emit_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.st = st;
    ctx.doc = doc;
    ctx.sink = sink;
    ctx.decisive = st->none == NONE_DECISIVE;
    int rc = warta_tagger_run(st->model, &in, &scratch, emit_span, &ctx);
    if (rc == WARTA_OK && ctx.has_held)
        rc = emit_now(&ctx, &ctx.held);
    warta_tagger_scratch_free(&scratch);
    if (ctx.stopped)
        return WARTA_OK;
    if (rc == WARTA_ENOMEM)
        st->host->log(st->host->host_data, WARTA_LOG_ERROR, "out of memory tagging %u tokens", doc->n_tokens);
    return rc;
}

static const char *const tagger_produces[] = {"person", "location", "organization", WARTA_LABEL_NONE, NULL};
static const char *const tagger_needs[] = {NULL};

static const warta_plugin tagger_plugin = {
    .abi_major = WARTA_PLUGIN_ABI_MAJOR,
    .struct_size = sizeof(warta_plugin),
    .name = "tagger",
    .version = "1.0.0",
    .summary = "statistical person/location/organization tagger (averaged perceptron)",
    .produces = tagger_produces,
    .needs = tagger_needs,
    .create = tagger_create,
    .destroy = tagger_destroy,
    .process = tagger_process,
};

WARTA_PLUGIN_DEFINE(tagger_plugin)
