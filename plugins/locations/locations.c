/*
 * locations — place names: countries, Indonesian provinces, regencies,
 * cities and districts, world cities and regions, in Indonesian and English.
 *
 * Two rules, one left-to-right pass, longest candidate first:
 *   gazetteer  a capitalised phrase from world.tsv, countries.tsv or
 *              indonesia.tsv ("Rusia", "Amerika Serikat", "Jawa Barat");
 *              ambiguous entries need a cue word before them ("di Batu");
 *   head       a head word and a name: "Kota Bandung", "Kecamatan Gembong",
 *              "Desa Kedungbulus" (heads.tsv; districts.tsv for kecamatan);
 *   hyphen     a gazetteer place inside a hyphenated word the first two
 *              rules did not take: "Ukraina-Rusia", "pro-Rusia".
 * All word lists are TSV lexicons beside the plugin (see README.md).
 */
#include <stdlib.h>
#include <string.h>

#include "warta/plugin.h"
#include "warta/plugin_kit.h"

#include "loc_entry.h"

enum { GAZ_WORLD, GAZ_COUNTRIES, GAZ_INDONESIA, N_GAZ };

typedef struct loc_state {
    const warta_host *host;
    warta_lexicon *gaz[N_GAZ];   /* in priority order: hand-made list first */
    warta_lexicon *districts;
    warta_lexicon *heads;
    warta_lexicon *words;
} loc_state;


/* A found place, before it is emitted. */
typedef struct found {
    uint32_t first, last;     /* tokens, half-open */
    uint32_t name_first;      /* first token of the name proper */
    float score;
    const char *rule;
    loc_entry e;
} found;

/* ---- token helpers ------------------------------------------------------ */

/* The role of one token in words.tsv ("cue", "connector", ...), or "". */
static const char *word_role(const loc_state *st, const warta_doc *doc, uint32_t tok)
{
    return warta_kit_word_value(st->host, st->words, doc, tok);
}

static int has_role(const loc_state *st, const warta_doc *doc, uint32_t tok, const char *role)
{
    return strcmp(word_role(st, doc, tok), role) == 0;
}

/* The surface must look like a name: every word capitalised except inner
 * connectors ("Bosnia dan Herzegovina"); an acronym entry wants no lower
 * case at all, so "as" and "As" are not "AS". */
static int surface_ok(const loc_state *st, const warta_doc *doc, uint32_t first, uint32_t last,
                      unsigned flags)
{
    for (uint32_t j = first; j < last; j++) {
        const warta_token *t = &doc->tokens[j];
        if (!(t->flags & WARTA_TOK_WORD))
            continue;
        if (flags & LOC_CAPS) {
            if (!(t->flags & WARTA_TOK_CAPITAL) || warta_kit_has_lower_ascii(doc, t))
                return 0;
        } else if (!(t->flags & WARTA_TOK_CAPITAL)) {
            if (j == first || j + 1 == last || !has_role(st, doc, j, "connector"))
                return 0;
        }
    }
    return 1;
}

static int emit_bytes(const warta_sink *sink, const found *f, uint32_t start, uint32_t end)
{
    warta_attr attrs[3];
    uint32_t n_attrs = 0;
    if (f->e.type[0])
        attrs[n_attrs++] = (warta_attr){"type", f->e.type};
    if (f->e.id[0])
        attrs[n_attrs++] = (warta_attr){"gazetteer_id", f->e.id};
    attrs[n_attrs++] = (warta_attr){"rule", f->rule};
    warta_annotation a = {0};
    a.struct_size = sizeof a;
    a.kind = WARTA_ANN_MENTION;
    a.start = start;
    a.end = end;
    a.label = "location";
    a.score = f->score;
    a.attrs = attrs;
    a.n_attrs = n_attrs;
    return sink->emit(sink->payload, &a, NULL);
}

static int emit(const warta_doc *doc, const warta_sink *sink, const found *f)
{
    return emit_bytes(sink, f, doc->tokens[f->first].start, doc->tokens[f->last - 1].end);
}

/* ---- rules ---------------------------------------------------------------- */

/* "Wali Kota Bandung": "Wali Kota" is an office, so "Kota" opens no place
 * here; the place is "Bandung". */
static int head_is_title(const loc_state *st, const warta_doc *doc, uint32_t tok)
{
    warta_lexicon_match m;
    return tok > warta_kit_sentence_start(doc, tok) && has_role(st, doc, tok - 1, "nohead") &&
           st->host->lexicon_match(st->heads, doc, tok, &m) > 0;
}

/* Longest gazetteer entry at tok; earlier lexicons win ties. */
static uint32_t gazetteer_at(const loc_state *st, const warta_doc *doc, uint32_t tok,
                             warta_lexicon_match *best)
{
    best->n_tokens = 0;
    for (int g = 0; g < N_GAZ; g++) {
        warta_lexicon_match m;
        if (st->host->lexicon_match(st->gaz[g], doc, tok, &m) > best->n_tokens)
            *best = m;
    }
    return best->n_tokens;
}

/* "Rusia", "Amerika Serikat", "di Batu" — with the ambiguity guards. */
static int gazetteer_rule(const loc_state *st, const warta_doc *doc, uint32_t tok, found *f)
{
    warta_lexicon_match m;
    uint32_t n = gazetteer_at(st, doc, tok, &m);
    if (!n || warta_loc_entry_parse(m.value, &f->e) < 0)
        return 0;
    uint32_t end = tok + n, s0 = warta_kit_sentence_start(doc, tok);
    if (end > warta_kit_sentence_end(doc, tok) || !surface_ok(st, doc, tok, end, f->e.flags) ||
        head_is_title(st, doc, tok))
        return 0;
    int cued = tok > s0 && has_role(st, doc, tok - 1, "cue");
    if ((f->e.flags & LOC_CUE) && !cued)
        return 0;
    if ((f->e.flags & LOC_NOSTART) && !cued && warta_kit_sentence_initial(doc, tok))
        return 0;
    if ((f->e.flags & LOC_NOPRECAP) && tok > s0 && warta_kit_capital_word(&doc->tokens[tok - 1]))
        return 0;
    /* "bahasa Inggris" is a language; "Jawa Pos", "Washington Post" are
     * names that merely start with a place. */
    if (tok > s0 && has_role(st, doc, tok - 1, "block"))
        return 0;
    if (end < warta_kit_sentence_end(doc, tok)) {
        const warta_token *next = &doc->tokens[end];
        if (warta_kit_capital_word(next) && has_role(st, doc, end, "tail"))
            return 0;
        /* "US$ 1 juta" is money, not the country */
        if (!(next->flags & WARTA_TOK_SPACE_BEFORE) && has_role(st, doc, end, "currency"))
            return 0;
    }
    f->first = f->name_first = tok;
    f->last = end;
    f->score = f->e.score;
    f->rule = (f->e.flags & LOC_CUE) ? "cue" : "gazetteer";
    return 1;
}

/* A capitalised name of up to four words after a head, stopping at another
 * head ("Desa Suren Kecamatan ...") or a stop word. */
static uint32_t generic_name(const loc_state *st, const warta_doc *doc, uint32_t tok,
                             uint32_t send)
{
    uint32_t k = tok;
    while (k < send && k - tok < 4 && warta_kit_capital_word(&doc->tokens[k])) {
        warta_lexicon_match m;
        if (has_role(st, doc, k, "stop") ||
            (k > tok && st->host->lexicon_match(st->heads, doc, k, &m) > 0))
            break;
        k++;
    }
    return k - tok;
}

/* The head word at tok: how many tokens it takes (0: none) and its row. */
static uint32_t head_at(const loc_state *st, const warta_doc *doc, uint32_t tok, loc_head *h)
{
    warta_lexicon_match m;
    uint32_t n = st->host->lexicon_match(st->heads, doc, tok, &m);
    return n && warta_loc_head_parse(m.value, h) == 0 ? n : 0;
}

/* "Kota Bandung", "kecamatan Gembong", "Desa Kedungbulus": the head h of
 * hn tokens at tok, and a name after it. */
static int head_rule(const loc_state *st, const warta_doc *doc, uint32_t tok, uint32_t hn, const loc_head *h,
                     found *f)
{
    uint32_t send = warta_kit_sentence_end(doc, tok);
    if (!hn || tok + hn >= send || head_is_title(st, doc, tok))
        return 0;
    uint32_t name = tok + hn, n = 0;
    warta_lexicon_match m;
    float score = 0;
    if (h->list == LOC_LIST_DISTRICTS && st->host->lexicon_match(st->districts, doc, name, &m) > 0)
        n = m.n_tokens;
    if (!n && h->list == LOC_LIST_GAZETTEER && gazetteer_at(st, doc, name, &m) > 0)
        n = m.n_tokens;
    if (n && name + n <= send && surface_ok(st, doc, name, name + n, 0) &&
        warta_loc_entry_parse(m.value, &f->e) == 0) {
        score = h->score_listed;
    } else {
        if (h->score_other <= 0 || (!h->lower_ok && !warta_kit_capital_word(&doc->tokens[tok])))
            return 0;
        n = generic_name(st, doc, name, send);
        if (!n)
            return 0;
        score = h->score_other;
        warta_loc_entry_clear(&f->e);
    }
    int head_capital = warta_kit_capital_word(&doc->tokens[tok]);
    f->first = head_capital ? tok : name;
    f->name_first = name;
    f->last = name + n;
    /* A lower-case head ("di desa Suren") is weaker evidence of a name. */
    f->score = head_capital ? score : score - 0.05f;
    f->rule = "head";
    warta_loc_entry_set_type(&f->e, h->type);
    return 1;
}

/* "konflik Ukraina-Rusia", "kereta Jakarta-Bandung", "warga pro-Rusia": the
 * tokenizer keeps the word whole ("Zeta-Jones" and "negara-negara" want
 * that), so each capitalised part is looked up on its own.  Entries that
 * need a cue word stay out; the whole word was already tried as a name. */
static int hyphen_parts(const loc_state *st, const warta_doc *doc, uint32_t tok, const warta_sink *sink)
{
    const warta_token *t = &doc->tokens[tok];
    uint32_t at = t->start, s = 0, e = 0;
    while (warta_kit_hyphen_part(doc, t, &at, &s, &e)) {
        if (!warta_kit_capital_part(doc, s, e))
            continue;
        const char *value = NULL;
        for (int g = 0; g < N_GAZ && !value; g++)
            value = st->host->lexicon_lookup(st->gaz[g], doc->text + s, e - s);
        found f;
        memset(&f, 0, sizeof f);
        if (!value || warta_loc_entry_parse(value, &f.e) < 0 || (f.e.flags & LOC_CUE))
            continue;
        if ((f.e.flags & LOC_CAPS) && warta_kit_has_lower_ascii_span(doc, s, e))
            continue;
        f.score = f.e.score - 0.05f; /* a part of a word: a little less sure */
        f.rule = "hyphen";
        int rc = emit_bytes(sink, &f, s, e);
        if (rc != WARTA_OK)
            return rc;
    }
    return WARTA_OK;
}

/* "No name here" over a capitalised head standing for no place of its own
 * ("Dusun (DSN) Genengan", "Kabupaten" read alone; heads.tsv column 7): a
 * statistical plugin may take the capitals for a place, and the merge drops
 * a weaker mention lying wholly inside the claim.  "Kabupaten Pati" is
 * longer than the claim and untouched. */
static int claim_bare_head(const loc_state *st, const warta_doc *doc, uint32_t tok, uint32_t hn,
                           const warta_sink *sink)
{
    if (!warta_kit_capital_word(&doc->tokens[tok]))
        return WARTA_OK;
    /* surer than any statistical guess (at most 0.85) */
    return warta_kit_emit_claim(st->host, sink, doc->tokens[tok].start, doc->tokens[tok + hn - 1].end, 0.9f, NULL);
}

/* ---- plugin ----------------------------------------------------------------- */

/* Every lexicon of the plugin, gazetteers first in priority order. */
enum { N_LEXICONS = N_GAZ + 3 };

static void lexicons_of(loc_state *st, warta_kit_lexicon_slot out[N_LEXICONS])
{
    static const char *const gaz_files[N_GAZ] = {"world.tsv", "countries.tsv", "indonesia.tsv"};
    for (int g = 0; g < N_GAZ; g++)
        out[g] = (warta_kit_lexicon_slot){gaz_files[g], &st->gaz[g]};
    out[N_GAZ] = (warta_kit_lexicon_slot){"districts.tsv", &st->districts};
    out[N_GAZ + 1] = (warta_kit_lexicon_slot){"heads.tsv", &st->heads};
    out[N_GAZ + 2] = (warta_kit_lexicon_slot){"words.tsv", &st->words};
}

static void loc_destroy(void *instance)
{
    loc_state *st = instance;
    if (!st)
        return;
    warta_kit_lexicon_slot slots[N_LEXICONS];
    lexicons_of(st, slots);
    warta_kit_free_lexicons(st->host, slots, N_LEXICONS);
    free(st);
}

static int loc_create(const warta_host *host, void **instance_out)
{
    *instance_out = NULL;
    loc_state *st = calloc(1, sizeof *st);
    if (!st)
        return WARTA_ENOMEM;
    st->host = host;
    warta_kit_lexicon_slot slots[N_LEXICONS];
    lexicons_of(st, slots);
    int rc = warta_kit_load_lexicons(host, "locations", slots, N_LEXICONS);
    if (rc < 0) {
        free(st);
        return rc;
    }
    *instance_out = st;
    return WARTA_OK;
}

static int loc_process(const void *instance, const warta_doc *doc, const warta_sink *sink)
{
    const loc_state *st = instance;
    uint32_t i = 0;
    while (i < doc->n_tokens) {
        const warta_token *t = &doc->tokens[i];
        if (!(t->flags & WARTA_TOK_WORD)) {
            i++;
            continue;
        }
        found g, h;
        loc_head head;
        uint32_t hn = head_at(st, doc, i, &head);
        if (hn && head.alone_none) {
            int rc = claim_bare_head(st, doc, i, hn, sink);
            if (rc != WARTA_OK)
                return rc == WARTA_STOP ? WARTA_OK : rc;
        }
        int has_g = warta_kit_capital_word(t) && gazetteer_rule(st, doc, i, &g);
        int has_h = head_rule(st, doc, i, hn, &head, &h);
        if (!has_g && !has_h) {
            int rc = warta_kit_hyphenated(t) ? hyphen_parts(st, doc, i, sink) : WARTA_OK;
            if (rc == WARTA_STOP)
                return WARTA_OK;
            if (rc < 0)
                return rc;
            i++;
            continue;
        }
        /* Longest wins; on a tie the gazetteer entry is more specific. */
        const found *f = has_g && (!has_h || g.last >= h.last) ? &g : &h;
        int rc = emit(doc, sink, f);
        if (rc == WARTA_STOP)
            return WARTA_OK;
        if (rc < 0)
            return rc;
        i = f->last;
    }
    return WARTA_OK;
}

static const char *const produces[] = {"location", WARTA_LABEL_NONE, NULL};
static const char *const needs[] = {NULL};

static const warta_plugin descriptor = {
    .abi_major = WARTA_PLUGIN_ABI_MAJOR,
    .struct_size = sizeof(warta_plugin),
    .name = "locations",
    .version = "0.1.0",
    .summary = "places: countries, Indonesian regions, world cities and regions (id, en)",
    .produces = produces,
    .needs = needs,
    .create = loc_create,
    .destroy = loc_destroy,
    .process = loc_process,
};

WARTA_PLUGIN_DEFINE(descriptor)
