/*
 * plugins/quotes/quotes.c — the quotes detector: direct quotations in every
 * mark style (“…”, "…", „…“, «…», Kompas's ” … ”, attributed '…') and
 * reported speech, each with its cue and speaker.  Speakers are the person,
 * official or organisation mentions that earlier plugins emitted; a speaker
 * that is not in the text leaves the quotation without a "speaker" ref.
 *
 * Word lists live beside the plugin: cues.tsv (generated, see tools/),
 * pronouns.tsv, complementisers.tsv, function_words.tsv.
 */
#include <stdlib.h>
#include <string.h>

#include "qt.h"
#include "warta/plugin_kit.h"

static const char *const produces[] = {"quote", NULL};
static const char *const needs[] = {"official", "person", NULL};

enum { N_LEXICONS = 4 };

static void lexicons_of(qt_instance *in, warta_kit_lexicon_slot out[N_LEXICONS])
{
    out[0] = (warta_kit_lexicon_slot){"cues.tsv", &in->cues};
    out[1] = (warta_kit_lexicon_slot){"pronouns.tsv", &in->pronouns};
    out[2] = (warta_kit_lexicon_slot){"complementisers.tsv", &in->comps};
    out[3] = (warta_kit_lexicon_slot){"function_words.tsv", &in->words};
}

static void destroy(void *instance)
{
    qt_instance *in = instance;
    if (!in)
        return;
    warta_kit_lexicon_slot slots[N_LEXICONS];
    lexicons_of(in, slots);
    warta_kit_free_lexicons(in->host, slots, N_LEXICONS);
    free(in);
}

static int create(const warta_host *host, void **instance_out)
{
    qt_instance *in = calloc(1, sizeof *in);
    if (!in)
        return WARTA_ENOMEM;
    in->host = host;
    warta_kit_lexicon_slot slots[N_LEXICONS];
    lexicons_of(in, slots);
    int rc = warta_kit_load_lexicons(host, "quotes", slots, N_LEXICONS);
    if (rc < 0) {
        free(in);
        return rc;
    }
    *instance_out = in;
    return WARTA_OK;
}

/* Confidence from how the quotation was found. */
static float score_of(const qt_quote *q)
{
    int named = q->spk.ment >= 0;
    if (q->kind == QT_INDIRECT) {
        if (q->spk.how == QT_SPK_NONE)
            return 0.45f;
        float s = q->spk.how == QT_SPK_MENTION || q->spk.how == QT_SPK_SUBJECT ? 0.75f : 0.65f;
        if (q->comp)
            s += 0.05f;
        return named ? s : s - 0.1f;
    }
    float s = q->single ? 0.75f : q->weak ? 0.8f : 0.9f;
    if (!q->closed)
        s -= 0.3f;
    if (q->spk.how == QT_SPK_INHERITED)
        s -= 0.1f;
    else if (q->cue_s < 0 && q->spk.how == QT_SPK_NONE)
        s -= 0.3f; /* balanced marks, nobody said it: maybe a title or a scare quote */
    else if (named)
        s += 0.05f;
    return s;
}

typedef struct emit_buf {
    warta_part *parts;
    uint32_t cap;
} emit_buf;

static int emit_quote(const qt_ctx *c, const qt_quote *q, const warta_sink *sink, emit_buf *buf)
{
    uint32_t need = q->n_parts + 2;
    if (need > buf->cap) {
        warta_part *p = realloc(buf->parts, need * sizeof *p);
        if (!p)
            return WARTA_ENOMEM;
        buf->parts = p;
        buf->cap = need;
    }
    uint32_t k = 0;
    for (uint32_t i = 0; i < q->n_parts; i++) {
        const qt_span *s = &c->parts[q->part0 + i];
        buf->parts[k++] = (warta_part){"content", s->start, s->end};
    }
    if (q->cue_s >= 0)
        buf->parts[k++] = (warta_part){"cue", c->tok[q->cue_s].start, c->tok[q->cue_e - 1].end};
    if (q->spk.s >= 0)
        buf->parts[k++] = (warta_part){"speaker", c->tok[q->spk.s].start, c->tok[q->spk.e - 1].end};
    warta_attr attr = {"kind", q->kind == QT_DIRECT ? "direct" : "indirect"};
    warta_ref ref = {"speaker", q->spk.ment >= 0 ? c->ments[q->spk.ment].id : -1};
    warta_annotation a;
    memset(&a, 0, sizeof a);
    a.struct_size = sizeof a;
    a.kind = WARTA_ANN_QUOTE;
    a.start = q->start;
    a.end = q->end;
    a.label = "quote";
    a.score = score_of(q);
    a.parts = buf->parts;
    a.n_parts = k;
    a.attrs = &attr;
    a.n_attrs = 1;
    a.refs = &ref;
    a.n_refs = q->spk.ment >= 0;
    return sink->emit(sink->payload, &a, NULL);
}

/* Direct quotations are in order of their opening marks, indirect ones in
 * order of their cues: merging the two lists emits in document order. */
static int emit_all(const qt_ctx *c, const warta_sink *sink)
{
    emit_buf buf = {NULL, 0};
    uint32_t n_direct = 0;
    while (n_direct < c->n_q && c->q[n_direct].kind == QT_DIRECT)
        n_direct++;
    uint32_t i = 0, j = n_direct;
    int rc = WARTA_OK;
    while (rc == WARTA_OK && (i < n_direct || j < c->n_q)) {
        const qt_quote *q;
        if (j >= c->n_q || (i < n_direct && c->q[i].start <= c->q[j].start))
            q = &c->q[i++];
        else
            q = &c->q[j++];
        if (!q->drop)
            rc = emit_quote(c, q, sink, &buf);
    }
    free(buf.parts);
    return rc == WARTA_STOP ? WARTA_OK : rc;
}

static int process(const void *instance, const warta_doc *doc, const warta_sink *sink)
{
    const qt_instance *in = instance;
    qt_ctx c;
    int rc = warta_qt__ctx_init(&c, in, doc);
    if (rc == WARTA_OK)
        rc = warta_qt__pair(&c);
    if (rc == WARTA_OK) {
        warta_qt__anaphora_prepare(&c);
        rc = warta_qt__attribute(&c);
    }
    if (rc == WARTA_OK)
        rc = emit_all(&c, sink);
    if (rc == WARTA_ENOMEM)
        in->host->log(in->host->host_data, WARTA_LOG_ERROR, "out of memory on document '%s'",
                      doc->id ? doc->id : "");
    warta_qt__ctx_free(&c);
    return rc;
}

static const warta_plugin quotes_plugin = {
    WARTA_PLUGIN_ABI_MAJOR,
    sizeof(warta_plugin),
    "quotes",
    "0.1.0",
    "direct and indirect quotations with cue and speaker (Indonesian, English)",
    produces,
    needs,
    create,
    destroy,
    process,
};

WARTA_PLUGIN_DEFINE(quotes_plugin)
