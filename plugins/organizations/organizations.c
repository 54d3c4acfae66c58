/*
 * organizations — organisation names: governments and ministries,
 * international bodies, media, parties, agencies, police and army units,
 * companies, universities, in Indonesian and English.
 *
 * Three rules, one left-to-right pass, longest candidate first:
 *   lexicon  a known name or acronym (orgs.tsv): "NATO", "Gedung Putih";
 *   pre      a head word and a capitalised name (heads.tsv):
 *            "Kementerian Luar Negeri Rusia", "Polda Metro Jaya";
 *   post     a capitalised name and a head word: "State Department";
 *   hyphen   a known name inside a hyphenated word the others did not
 *            take: "pro-Hamas", "Israel-Hamas".
 * Then an acronym spelling a found name's initials is that organisation
 * ("PPI" after "PT Perusahaan Perdagangan Indonesia", org_alias.c).
 * A name after a head ends at a place ("... Rusia", "... AS", places.tsv) or
 * an organisation's acronym ("Komisi III DPR"), so a person named next to it
 * ("Kementerian Luar Negeri Rusia Maria Zakharova") is left out.
 */
#include <stdlib.h>
#include <string.h>

#include "warta/plugin.h"
#include "warta/plugin_kit.h"

#include "org_alias.h"
#include "org_entry.h"

enum { MAX_NAME = 10, MAX_BEFORE_POST = 6 };

typedef struct org_state {
    const warta_host *host;
    warta_lexicon *orgs, *heads, *places, *words, *vocab;
    warta_lexicon *not_names;  /* words that look like names and are none */
} org_state;

typedef struct found {
    uint32_t first, last; /* tokens, half-open */
    float score;
    const char *rule;
    org_entry e;
} found;

/* ---- token helpers ------------------------------------------------------ */

/* The role of one token in words.tsv ("connector", "stop", ...), or "". */
static const char *word_role(const org_state *st, const warta_doc *doc, uint32_t tok)
{
    return warta_kit_word_value(st->host, st->words, doc, tok);
}

static int has_role(const org_state *st, const warta_doc *doc, uint32_t tok, const char *role)
{
    return strcmp(word_role(st, doc, tok), role) == 0;
}

/* "of", "dan", "&": may sit inside a name ("Kementerian Pendidikan dan
 * Kebudayaan"); conjunctions may also join two names. */
static int is_connector(const org_state *st, const warta_doc *doc, uint32_t tok)
{
    const char *role = word_role(st, doc, tok);
    return strcmp(role, "connector") == 0 || strcmp(role, "conjunction") == 0;
}

/* Every word capitalised except inner connectors; an acronym entry wants no
 * lower-case letter at all ("WHO", not "who" or "Who"). */
static int surface_ok(const org_state *st, const warta_doc *doc, uint32_t first, uint32_t last,
                      unsigned flags)
{
    for (uint32_t j = first; j < last; j++) {
        const warta_token *t = &doc->tokens[j];
        if (!(t->flags & WARTA_TOK_WORD))
            continue;
        if (flags & ORG_CAPS) {
            if (!(t->flags & WARTA_TOK_CAPITAL) || warta_kit_has_lower_ascii(doc, t))
                return 0;
        } else if (!(t->flags & WARTA_TOK_CAPITAL)) {
            if (j == first || j + 1 == last || !is_connector(st, doc, j))
                return 0;
        }
    }
    return 1;
}

/* ---- rules ---------------------------------------------------------------- */

/* A known organisation at tok that passes the case and position checks. */
static uint32_t known_org(const org_state *st, const warta_doc *doc, uint32_t tok, uint32_t send,
                          org_entry *e)
{
    warta_lexicon_match m;
    uint32_t n = st->host->lexicon_match(st->orgs, doc, tok, &m);
    if (!n || tok + n > send || warta_org_entry_parse(m.value, e) < 0)
        return 0;
    /* A name the lexicon writes in lower case ("detikcom", "tvOne") is
     * taken as written; any other must look like a name. */
    int lower_brand = m.phrase[0] >= 'a' && m.phrase[0] <= 'z';
    if (!lower_brand && !surface_ok(st, doc, tok, tok + n, e->flags))
        return 0;
    if ((e->flags & ORG_NOSTART) && warta_kit_sentence_initial(doc, tok))
        return 0;
    if ((e->flags & ORG_BUILDING) && tok > warta_kit_sentence_start(doc, tok) &&
        has_role(st, doc, tok - 1, "locative"))
        return 0;
    return n;
}

/* "DPR", "PBB", "KPK": an acronym after a name is its affiliation and ends
 * it ("Komisi III DPR"); a spelled-out name does not ("Universitas
 * Muhammadiyah Surakarta"). */
static uint32_t known_acronym(const org_state *st, const warta_doc *doc, uint32_t tok, uint32_t send)
{
    org_entry e;
    uint32_t n = known_org(st, doc, tok, send, &e);
    return n && (e.flags & ORG_CAPS) ? n : 0;
}

static uint32_t known_place(const org_state *st, const warta_doc *doc, uint32_t tok, uint32_t send)
{
    warta_lexicon_match m;
    uint32_t n = st->host->lexicon_match(st->places, doc, tok, &m);
    if (!n || tok + n > send || !surface_ok(st, doc, tok, tok + n, warta_org_place_flags(m.value)))
        return 0;
    return n;
}

/* An Indonesian abstract noun: ke-/pe(r/n/m/ng/ny)- ... -an, seven letters
 * or more ("Kesehatan", "Perkebunan", "Penanggulangan"), which never is a
 * person's name. */
static int abstract_noun(const char *key)
{
    size_t n = strlen(key);
    if (n < 7 || strcmp(key + n - 2, "an") != 0 || (strncmp(key, "ke", 2) && strncmp(key, "pe", 2)))
        return 0;
    for (size_t i = 0; i < n; i++)
        if (key[i] < 'a' || key[i] > 'z')
            return 0;
    return 1;
}

/* A capitalised word that may continue a name made of common words:
 * "Pusat", "Kesehatan", or one without lower case ("III", "RI"). */
static int common_word(const org_state *st, const warta_doc *doc, uint32_t tok)
{
    warta_lexicon_match m;
    return !warta_kit_has_lower_ascii(doc, &doc->tokens[tok]) || abstract_noun(doc->tokens[tok].key) ||
           st->host->lexicon_match(st->vocab, doc, tok, &m) == 1;
}

/* Tokens of the name after a head at tok: capitalised words (only common
 * ones when `common_only`) and inner connectors, ending at a stop word, at a
 * place or at an organisation's acronym (both included). */
static uint32_t name_after(const org_state *st, const warta_doc *doc, uint32_t tok, uint32_t send,
                           int common_only)
{
    uint32_t k = tok, end = tok;
    while (k < send && k - tok < MAX_NAME) {
        const warta_token *t = &doc->tokens[k];
        if (warta_kit_capital_word(t)) {
            uint32_t n;
            if (has_role(st, doc, k, "stop"))
                break;
            /* "Satgas Pangan dan Bulog", "Kodam Jaya dan Polda Metro Jaya"
             * are two names */
            int coordinated = k > tok && has_role(st, doc, k - 1, "conjunction");
            org_entry e;
            warta_lexicon_match hm;
            if (coordinated && (known_org(st, doc, k, send, &e) > 0 ||
                                st->host->lexicon_match(st->heads, doc, k, &hm) > 0))
                break;
            /* a known name ends the name of a descriptive head too:
             * "Partai Golkar" in "Partai Golkar Bahlil Lahadalia" */
            if ((n = known_place(st, doc, k, send)) > 0 || (n = known_acronym(st, doc, k, send)) > 0 ||
                (common_only && (n = known_org(st, doc, k, send, &e)) > 0)) {
                if (!coordinated)
                    end = k + n;
                break;
            }
            if (common_only && !common_word(st, doc, k))
                break;
            end = ++k;
        } else if ((t->flags & WARTA_TOK_NUMBER) && k == tok) {
            end = ++k; /* "Yonif 303", "Komisi 1" */
        } else if (k > tok && is_connector(st, doc, k)) {
            k++;
        } else {
            break;
        }
    }
    return end - tok;
}

static int lexicon_rule(const org_state *st, const warta_doc *doc, uint32_t tok, found *f)
{
    uint32_t n = known_org(st, doc, tok, warta_kit_sentence_end(doc, tok), &f->e);
    if (!n)
        return 0;
    f->first = tok;
    f->last = tok + n;
    f->score = f->e.score;
    f->rule = "lexicon";
    return 1;
}

/* "Kementerian Luar Negeri Rusia", "Ministry of Foreign Affairs" or,
 * backwards from a post head, "State Department". */
static int head_rule(const org_state *st, const warta_doc *doc, uint32_t tok, uint32_t done,
                     found *f)
{
    warta_lexicon_match hm;
    org_head h;
    if (!warta_kit_capital_word(&doc->tokens[tok])) /* heads are capitalised; saves a look-up */
        return 0;
    uint32_t hn = st->host->lexicon_match(st->heads, doc, tok, &hm);
    uint32_t send = warta_kit_sentence_end(doc, tok);
    if (!hn || tok + hn > send || warta_org_head_parse(hm.value, &h) < 0)
        return 0;
    memset(&f->e, 0, sizeof f->e);
    memcpy(f->e.type, h.type, sizeof f->e.type);
    f->score = h.score;
    if (h.position == ORG_HEAD_PRE) {
        uint32_t n = name_after(st, doc, tok + hn, send, h.common_words);
        if (!n)
            return 0;
        f->first = tok;
        f->last = tok + hn + n;
        f->rule = "head";
        return 1;
    }
    uint32_t lo = warta_kit_sentence_start(doc, tok);
    if (done > lo)
        lo = done;
    if (tok > MAX_BEFORE_POST && tok - MAX_BEFORE_POST > lo)
        lo = tok - MAX_BEFORE_POST;
    uint32_t s = tok, k = tok;
    while (k > lo) {
        const warta_token *t = &doc->tokens[k - 1];
        if (warta_kit_capital_word(t) && !has_role(st, doc, k - 1, "stop")) {
            s = --k;
        } else if (k - 1 > lo && is_connector(st, doc, k - 1) &&
                   warta_kit_capital_word(&doc->tokens[k - 2])) {
            k--;
        } else {
            break;
        }
    }
    while (s < tok && is_connector(st, doc, s)) /* "The State Department" */
        s++;
    if (s == tok)
        return 0;
    f->first = s;
    f->last = tok + hn;
    f->rule = "head";
    return 1;
}

static int post_head_at(const org_state *st, const warta_doc *doc, uint32_t tok)
{
    warta_lexicon_match hm;
    org_head h;
    return tok < doc->n_tokens && doc->tokens[tok].sentence == doc->tokens[tok - 1].sentence &&
           warta_kit_capital_word(&doc->tokens[tok]) &&
           st->host->lexicon_match(st->heads, doc, tok, &hm) > 0 &&
           warta_org_head_parse(hm.value, &h) == 0 && h.position == ORG_HEAD_POST;
}

/* ---- plugin ----------------------------------------------------------------- */

enum { N_LEXICONS = 6 };

static void lexicons_of(org_state *st, warta_kit_lexicon_slot out[N_LEXICONS])
{
    out[0] = (warta_kit_lexicon_slot){"orgs.tsv", &st->orgs};
    out[1] = (warta_kit_lexicon_slot){"heads.tsv", &st->heads};
    out[2] = (warta_kit_lexicon_slot){"places.tsv", &st->places};
    out[3] = (warta_kit_lexicon_slot){"words.tsv", &st->words};
    out[4] = (warta_kit_lexicon_slot){"vocab.tsv", &st->vocab};
    out[5] = (warta_kit_lexicon_slot){"not-names.tsv", &st->not_names};
}

static void org_destroy(void *instance)
{
    org_state *st = instance;
    if (!st)
        return;
    warta_kit_lexicon_slot slots[N_LEXICONS];
    lexicons_of(st, slots);
    warta_kit_free_lexicons(st->host, slots, N_LEXICONS);
    free(st);
}

static int org_create(const warta_host *host, void **instance_out)
{
    *instance_out = NULL;
    org_state *st = calloc(1, sizeof *st);
    if (!st)
        return WARTA_ENOMEM;
    st->host = host;
    warta_kit_lexicon_slot slots[N_LEXICONS];
    lexicons_of(st, slots);
    int rc = warta_kit_load_lexicons(host, "organizations", slots, N_LEXICONS);
    if (rc < 0) {
        free(st);
        return rc;
    }
    *instance_out = st;
    return WARTA_OK;
}

static int emit_bytes(const warta_sink *sink, const found *f, uint32_t start, uint32_t end, int32_t *id)
{
    warta_attr attrs[3];
    uint32_t n_attrs = 0;
    if (f->e.type[0])
        attrs[n_attrs++] = (warta_attr){"type", f->e.type};
    if (f->e.canonical[0])
        attrs[n_attrs++] = (warta_attr){"canonical", f->e.canonical};
    attrs[n_attrs++] = (warta_attr){"rule", f->rule};
    warta_annotation a = {0};
    a.struct_size = sizeof a;
    a.kind = WARTA_ANN_MENTION;
    a.start = start;
    a.end = end;
    a.label = "organization";
    a.score = f->score;
    a.attrs = attrs;
    a.n_attrs = n_attrs;
    return sink->emit(sink->payload, &a, id);
}

static int emit(const warta_doc *doc, const warta_sink *sink, const found *f, int32_t *id)
{
    return emit_bytes(sink, f, doc->tokens[f->first].start, doc->tokens[f->last - 1].end, id);
}

/* "kelompok pro-Hamas", "perang Israel-Hamas": the tokenizer keeps the word
 * whole, so each capitalised part is looked up on its own (the corpus
 * convention annotates a name inside a hyphenated word). */
static int hyphen_parts(const org_state *st, const warta_doc *doc, uint32_t tok, const warta_sink *sink)
{
    const warta_token *t = &doc->tokens[tok];
    uint32_t at = t->start, s = 0, e = 0;
    while (warta_kit_hyphen_part(doc, t, &at, &s, &e)) {
        if (!warta_kit_capital_part(doc, s, e))
            continue;
        const char *value = st->host->lexicon_lookup(st->orgs, doc->text + s, e - s);
        found f;
        memset(&f, 0, sizeof f);
        if (!value || warta_org_entry_parse(value, &f.e) < 0 || (f.e.flags & ORG_BUILDING))
            continue;
        if ((f.e.flags & ORG_CAPS) && warta_kit_has_lower_ascii_span(doc, s, e))
            continue;
        f.score = f.e.score - 0.05f; /* a part of a word: a little less sure */
        f.rule = "hyphen";
        int rc = emit_bytes(sink, &f, s, e, NULL);
        if (rc != WARTA_OK)
            return rc;
    }
    return WARTA_OK;
}

/* The names emitted so far, for org_alias.c. */
typedef struct named_list {
    org_named *v;
    uint32_t n, cap;
} named_list;

static int remember(named_list *l, const found *f, int32_t id)
{
    if (l->n == l->cap) {
        uint32_t cap = l->cap ? l->cap * 2 : 32;
        org_named *g = realloc(l->v, cap * sizeof *g);
        if (!g)
            return WARTA_ENOMEM;
        l->v = g;
        l->cap = cap;
    }
    l->v[l->n++] = (org_named){f->first, f->last, id};
    return WARTA_OK;
}

/* "No name here" over each word of not-names.tsv standing alone ("PHK",
 * "Persero", "APBN"): a statistical plugin reads any capitals as an
 * organisation, and the merge drops a weaker mention inside such a claim.
 * Only hosts of ABI 1.1 and later know the claim (an older one would print
 * it as a name). */
static int claim_not_names(const org_state *st, const warta_doc *doc, const warta_sink *sink)
{
    if (st->host->abi_minor < 1)
        return WARTA_OK;
    for (uint32_t i = 0; i < doc->n_tokens; i++) {
        warta_lexicon_match m;
        uint32_t n = st->host->lexicon_match(st->not_names, doc, i, &m);
        if (!n)
            continue;
        /* surer than any statistical guess (at most 0.85) */
        int rc = warta_kit_emit_claim(st->host, sink, doc->tokens[i].start, doc->tokens[i + n - 1].end, 0.9f, NULL);
        if (rc == WARTA_STOP)
            return WARTA_OK;
        if (rc < 0)
            return rc;
        i += n - 1;
    }
    return WARTA_OK;
}

static int org_process(const void *instance, const warta_doc *doc, const warta_sink *sink)
{
    const org_state *st = instance;
    named_list names = {0};
    uint32_t i = 0, done = 0; /* tokens before `done` belong to an emitted name */
    int rc = WARTA_OK;
    while (i < doc->n_tokens) {
        if (!(doc->tokens[i].flags & WARTA_TOK_WORD)) {
            i++;
            continue;
        }
        found l, h;
        int has_l = lexicon_rule(st, doc, i, &l);
        int has_h = head_rule(st, doc, i, done, &h);
        if (!has_l && !has_h) {
            if (warta_kit_hyphenated(&doc->tokens[i]) && (rc = hyphen_parts(st, doc, i, sink)) != WARTA_OK) {
                free(names.v);
                return rc == WARTA_STOP ? WARTA_OK : rc;
            }
            i++;
            continue;
        }
        /* The longer name wins; on a tie the lexicon knows it better. */
        const found *f = has_l && (!has_h || l.last - l.first >= h.last - h.first) ? &l : &h;
        /* "Harvard University": a post head right after the name takes it
         * in; leave the tokens to the head rule, which looks back. */
        if (post_head_at(st, doc, f->last)) {
            i = f->last;
            continue;
        }
        int32_t id = -1;
        rc = emit(doc, sink, f, &id);
        if (rc == WARTA_STOP) {
            free(names.v);
            return WARTA_OK;
        }
        if (rc < 0 || (rc = remember(&names, f, id)) < 0) {
            free(names.v);
            return rc;
        }
        i = done = f->last;
    }
    rc = org_alias_emit(doc, sink, names.v, names.n);
    free(names.v);
    return rc == WARTA_OK ? claim_not_names(st, doc, sink) : rc;
}

static const char *const produces[] = {"organization", WARTA_LABEL_NONE, NULL};
static const char *const needs[] = {NULL};

static const warta_plugin descriptor = {
    .abi_major = WARTA_PLUGIN_ABI_MAJOR,
    .struct_size = sizeof(warta_plugin),
    .name = "organizations",
    .version = "0.1.0",
    .summary = "organisations: governments, ministries, international bodies, media, parties, "
               "agencies, companies, universities (id, en)",
    .produces = produces,
    .needs = needs,
    .create = org_create,
    .destroy = org_destroy,
    .process = org_process,
};

WARTA_PLUGIN_DEFINE(descriptor)
