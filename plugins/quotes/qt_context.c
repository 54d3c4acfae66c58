/*
 * plugins/quotes/qt_context.c — what the quotes plugin knows about each token
 * before it looks at quote marks: which speech cue starts there, and which
 * earlier entity mention starts or ends there.  Also the anaphora tables:
 * for every token, the latest person named before it (and the latest one
 * named as a subject), so katanya/Ia resolve in O(1).
 */
#include <stdlib.h>
#include <string.h>

#include "qt.h"
#include "warta/plugin_kit.h"

/* Score of a name sure enough that no speech cue stands inside it: a
 * listed figure or full name, a name after a title (officials). */
#define QT_SURE_NAME 0.85f
/* Tokens at a sentence start searched for a pronoun subject. */
#define QT_SUBJECT_LEAD 6
/* Tokens before the first person of a sentence that still make it its subject. */
#define QT_SUBJECT_REACH 10

/* Letters of the class column ("AI", "MN") as QT_CUE_* bits. */
static uint8_t cue_bits(const char *v)
{
    uint8_t b = 0;
    for (; *v && *v != '\t'; v++) {
        switch (*v) {
        case 'A': b |= QT_CUE_ATTR; break;
        case 'I': b |= QT_CUE_INDIRECT; break;
        case 'N': b |= QT_CUE_NYA; break;
        case 'M': b |= QT_CUE_MENURUT; break;
        default: break;
        }
    }
    return b;
}

/* The lang column (second value column) of a cue, *n bytes long; NULL
 * when there is none. */
static const char *lang_column(const char *value, size_t *n)
{
    const char *l = strchr(value, '\t');
    if (!l)
        return NULL;
    *n = strcspn(++l, "\t");
    return l;
}

/* True when the lang column admits this document. */
static int lang_ok(const char *value, const char *doc_lang)
{
    size_t n;
    const char *l = lang_column(value, &n);
    if (!doc_lang || !*doc_lang || !l || n == 0 || (n == 1 && l[0] == '*'))
        return 1;
    return strlen(doc_lang) == n && memcmp(l, doc_lang, n) == 0;
}

/* Is the lang column "en"? */
static int english_only(const char *value)
{
    size_t n;
    const char *l = lang_column(value, &n);
    return l && n == 2 && memcmp(l, "en", 2) == 0;
}

static int has_prefix(const char *v, const char *p)
{
    size_t n = strlen(p);
    return strncmp(v, p, n) == 0 && (v[n] == '\0' || v[n] == '\t' || v[n] == ',');
}

uint32_t warta_qt__words(const qt_ctx *c, uint32_t t, uint32_t *len)
{
    warta_lexicon_match m;
    *len = 0;
    if (t >= c->n || !(c->tok[t].flags & WARTA_TOK_WORD))
        return 0;
    if (!c->in->host->lexicon_match(c->in->words, c->doc, t, &m) || !m.value)
        return 0;
    uint32_t bits = 0;
    for (const char *v = m.value; *v && *v != '\t';) {
        if (has_prefix(v, "gap"))
            bits |= QT_FW_GAP;
        else if (has_prefix(v, "prep"))
            bits |= QT_FW_PREP;
        else if (has_prefix(v, "block"))
            bits |= QT_FW_BLOCK;
        else if (has_prefix(v, "coord"))
            bits |= QT_FW_COORD;
        else if (has_prefix(v, "title"))
            bits |= QT_FW_TITLE;
        else if (has_prefix(v, "rel"))
            bits |= QT_FW_REL;
        else if (has_prefix(v, "dem"))
            bits |= QT_FW_DEM;
        else if (has_prefix(v, "source"))
            bits |= QT_FW_SOURCE;
        v += strcspn(v, ",\t");
        if (*v == ',')
            v++;
    }
    *len = m.n_tokens;
    return bits;
}

/* 1 singular pronoun, 2 plural, 0 none. */
int warta_qt__pronoun(const qt_ctx *c, uint32_t t)
{
    warta_lexicon_match m;
    if (t >= c->n || !(c->tok[t].flags & WARTA_TOK_WORD))
        return 0;
    if (c->in->host->lexicon_match(c->in->pronouns, c->doc, t, &m) != 1 || !m.value)
        return 0;
    return has_prefix(m.value, "pl") ? 2 : 1;
}

int warta_qt__comp(const qt_ctx *c, uint32_t t)
{
    warta_lexicon_match m;
    if (t >= c->n || !(c->tok[t].flags & WARTA_TOK_WORD))
        return 0;
    if (c->in->host->lexicon_match(c->in->comps, c->doc, t, &m) != 1 || !m.value)
        return 0;
    return has_prefix(m.value, "near") ? QT_COMP_NEAR : QT_COMP_FAR;
}

/* ---- mentions ----------------------------------------------------------- */

static uint8_t mention_type(const char *label)
{
    if (!label)
        return 0;
    if (strcmp(label, "person") == 0)
        return QT_PERSON;
    if (strcmp(label, "official") == 0)
        return QT_OFFICIAL;
    if (strcmp(label, "organization") == 0)
        return QT_ORG;
    if (strcmp(label, "location") == 0)
        return QT_LOC;
    return 0;
}

/* People first, then organisations, then places; longer wins a tie. */
static int better(const qt_ctx *c, int32_t a, int32_t b)
{
    if (b < 0)
        return 1;
    const qt_mention *x = &c->ments[a], *y = &c->ments[b];
    int rx = x->type <= QT_OFFICIAL ? 3 : x->type == QT_ORG ? 2 : 1;
    int ry = y->type <= QT_OFFICIAL ? 3 : y->type == QT_ORG ? 2 : 1;
    if (rx != ry)
        return rx > ry;
    return x->tok_e - x->ext_s > y->tok_e - y->ext_s;
}

static int by_start(const void *a, const void *b)
{
    const qt_mention *x = a, *y = b;
    if (x->tok_s != y->tok_s)
        return x->tok_s < y->tok_s ? -1 : 1;
    return x->id < y->id ? -1 : x->id > y->id;
}

/* Degrees written just after the name ("Abdul Mu'ti, M.Ed") belong to the
 * speaker phrase too: the token its phrase ends at, half-open. */
static uint32_t degree_end(const qt_ctx *c, const warta_annotation *a, uint32_t tok_e)
{
    for (uint32_t i = 0; a->parts && i < a->n_parts; i++) {
        const warta_part *p = &a->parts[i];
        if (!p->name || strcmp(p->name, "degree") != 0 || p->start < a->end)
            continue;
        uint32_t t = warta_kit_token_at(c->doc, p->end, tok_e, c->n);
        return t > tok_e && t - tok_e <= 8 ? t : tok_e;
    }
    return tok_e;
}

/* An office written just before the name ("Juru Bicara Gedung Putih,
 * Karoline Leavitt") belongs to the speaker phrase. */
static uint32_t office_start(const qt_ctx *c, const warta_annotation *a, uint32_t tok_s)
{
    uint32_t best = tok_s;
    if (!a->parts)
        return best;
    for (uint32_t i = 0; i < a->n_parts; i++) {
        const warta_part *p = &a->parts[i];
        if (!p->name || strcmp(p->name, "role") != 0 || p->end > a->start)
            continue;
        uint32_t t = warta_kit_token_at(c->doc, p->start, 0, c->n);
        if (t < best && tok_s - t <= 8)
            best = t;
    }
    return best;
}

static int load_mentions(qt_ctx *c)
{
    const warta_doc *d = c->doc;
    uint32_t n = 0;
    for (uint32_t i = 0; i < d->n_annotations; i++)
        if (d->annotations[i].kind == WARTA_ANN_MENTION && mention_type(d->annotations[i].label))
            n++;
    c->ments = calloc(n ? n : 1, sizeof *c->ments);
    if (!c->ments)
        return WARTA_ENOMEM;
    for (uint32_t i = 0; i < d->n_annotations; i++) {
        const warta_annotation *a = &d->annotations[i];
        uint8_t type = a->kind == WARTA_ANN_MENTION ? mention_type(a->label) : 0;
        if (!type || a->end <= a->start)
            continue;
        uint32_t s, e;
        warta_kit_token_span(d, a->start, a->end, &s, &e);
        if (e > s && c->tok[e - 1].end > a->end)
            e--; /* a token only partly inside does not belong to it */
        if (s >= e)
            continue;
        /* "Said" of "Said Abdullah" names him, it does not say anything;
         * only a sure name counts (a weak guess such as the headline's
         * "Medvedev Sindir" may well be dropped by the merge) */
        if ((type == QT_OFFICIAL || type == QT_PERSON) && a->score >= QT_SURE_NAME)
            for (uint32_t t = s; t < e; t++)
                c->cue[t] = c->cue_len[t] = 0;
        qt_mention *m = &c->ments[c->n_ments++];
        m->id = a->id;
        m->type = type;
        m->tok_s = s;
        m->tok_e = e;
        m->ext_s = type == QT_OFFICIAL || type == QT_PERSON ? office_start(c, a, s) : s;
        m->ext_e = type == QT_OFFICIAL || type == QT_PERSON ? degree_end(c, a, e) : e;
    }
    qsort(c->ments, c->n_ments, sizeof *c->ments, by_start);
    for (uint32_t i = 0; i < c->n_ments; i++) {
        const qt_mention *m = &c->ments[i];
        if (better(c, (int32_t)i, c->m_start[m->ext_s]))
            c->m_start[m->ext_s] = (int32_t)i;
        if (m->ext_s != m->tok_s && c->m_start[m->tok_s] < 0)
            c->m_start[m->tok_s] = (int32_t)i;
        if (better(c, (int32_t)i, c->m_end[m->tok_e - 1]))
            c->m_end[m->tok_e - 1] = (int32_t)i;
        if (m->ext_e != m->tok_e && better(c, (int32_t)i, c->m_end[m->ext_e - 1]))
            c->m_end[m->ext_e - 1] = (int32_t)i;
    }
    return WARTA_OK;
}

/* ---- context ------------------------------------------------------------ */

int warta_qt__ctx_init(qt_ctx *c, const qt_instance *in, const warta_doc *doc)
{
    memset(c, 0, sizeof *c);
    c->in = in;
    c->doc = doc;
    c->tok = doc->tokens;
    c->n = doc->n_tokens;
    size_t n = c->n ? c->n : 1;
    c->cue = calloc(n, 1);
    c->cue_len = calloc(n, 1);
    c->tf = calloc(n, 1);
    c->m_start = malloc(n * sizeof(int32_t));
    c->m_end = malloc(n * sizeof(int32_t));
    c->last_subj = malloc(n * sizeof(int32_t));
    c->last_pers = malloc(n * sizeof(int32_t));
    if (!c->cue || !c->cue_len || !c->tf || !c->m_start || !c->m_end || !c->last_subj || !c->last_pers)
        return WARTA_ENOMEM;
    for (uint32_t t = 0; t < c->n; t++)
        c->m_start[t] = c->m_end[t] = c->last_subj[t] = c->last_pers[t] = -1;

    const warta_host *h = in->host;
    for (uint32_t t = 0; t < c->n; t++) {
        warta_lexicon_match m;
        if (!(c->tok[t].flags & WARTA_TOK_WORD))
            continue;
        if (!h->lexicon_match(in->cues, doc, t, &m) || !m.value || !lang_ok(m.value, doc->lang))
            continue;
        /* English writes "said" in lower case but at a sentence's start
         * (and in title-case headlines): in a text not declared English a
         * capital mid-sentence is a name ("Pernyataan Said Abdullah") */
        if (english_only(m.value) && !(doc->lang && strcmp(doc->lang, "en") == 0) &&
            (c->tok[t].flags & WARTA_TOK_CAPITAL) && !warta_kit_sentence_initial(doc, t))
            continue;
        c->cue[t] = cue_bits(m.value);
        c->cue_len[t] = (uint8_t)(m.n_tokens > 255 ? 255 : m.n_tokens);
    }
    return load_mentions(c);
}

void warta_qt__ctx_free(qt_ctx *c)
{
    free(c->cue);
    free(c->cue_len);
    free(c->tf);
    free(c->m_start);
    free(c->m_end);
    free(c->last_subj);
    free(c->last_pers);
    free(c->ments);
    free(c->q);
    free(c->parts);
    memset(c, 0, sizeof *c);
}

int warta_qt__add_part(qt_ctx *c, uint32_t from, uint32_t to)
{
    if (from >= to)
        return WARTA_OK;
    if (c->n_parts == c->cap_parts) {
        uint32_t cap = c->cap_parts ? c->cap_parts * 2 : 32;
        qt_span *p = realloc(c->parts, cap * sizeof *p);
        if (!p)
            return WARTA_ENOMEM;
        c->parts = p;
        c->cap_parts = cap;
    }
    c->parts[c->n_parts].start = c->tok[from].start;
    c->parts[c->n_parts].end = c->tok[to - 1].end;
    c->n_parts++;
    return WARTA_OK;
}

qt_quote *warta_qt__new_quote(qt_ctx *c)
{
    if (c->n_q == c->cap_q) {
        uint32_t cap = c->cap_q ? c->cap_q * 2 : 16;
        qt_quote *q = realloc(c->q, cap * sizeof *q);
        if (!q)
            return NULL;
        c->q = q;
        c->cap_q = cap;
    }
    qt_quote *q = &c->q[c->n_q++];
    memset(q, 0, sizeof *q);
    q->cue_s = q->cue_e = -1;
    q->spk.s = q->spk.e = q->spk.ment = -1;
    return q;
}

/* ---- anaphora tables ---------------------------------------------------- */

/* A mention right after a preposition ("bertemu dengan Marco Rubio") is
 * not the subject of its clause. */
static int after_preposition(const qt_ctx *c, const qt_mention *m)
{
    uint32_t len;
    if (m->ext_s == 0 || m->ext_s == qt_sent_start(c, m->ext_s))
        return 0;
    return (warta_qt__words(c, m->ext_s - 1, &len) & (QT_FW_PREP | QT_FW_COORD)) != 0;
}

/* "Ia lalu mencontohkan mengapa Presiden Soeharto ...", "Mereka merupakan
 * orang yang melihat aktivitas Sergei": a pronoun opened the sentence, so
 * the person named after it is not its subject. */
static int pronoun_subject_before(const qt_ctx *c, const qt_mention *m)
{
    uint32_t s0 = qt_sent_start(c, m->ext_s);
    for (uint32_t t = s0; t < m->ext_s && t < s0 + QT_SUBJECT_LEAD; t++)
        if (warta_qt__pronoun(c, t))
            return 1;
    return 0;
}

/* Followed, perhaps after "juga" or a comma, by a speech verb. */
static int before_speech_verb(const qt_ctx *c, const qt_mention *m)
{
    uint32_t t = m->tok_e, len;
    for (int k = 0; k < 3 && t < c->n; k++) {
        if (c->cue[t] & (QT_CUE_ATTR | QT_CUE_INDIRECT))
            return !(c->cue[t] & (QT_CUE_NYA | QT_CUE_MENURUT));
        if (!qt_is_comma(c, t) && !(warta_qt__words(c, t, &len) & QT_FW_GAP))
            return 0;
        t++;
    }
    return 0;
}

void warta_qt__anaphora_prepare(qt_ctx *c)
{
    uint32_t sentence = UINT32_MAX;
    for (uint32_t i = 0; i < c->n_ments; i++) {
        qt_mention *m = &c->ments[i];
        if (m->type > QT_OFFICIAL || (c->tf[m->tok_s] & QT_T_IN_QUOTE))
            continue;
        int first = c->tok[m->tok_s].sentence != sentence;
        sentence = c->tok[m->tok_s].sentence;
        /* the first person of a sentence, near its start, is its subject
         * ("Sehari sebelumnya, Trump mengatakan"); one named deep inside
         * ("... di depan rumah Sergei") is not */
        m->subject = (first && m->ext_s - qt_sent_start(c, m->ext_s) <= QT_SUBJECT_REACH &&
                      !after_preposition(c, m) && !pronoun_subject_before(c, m)) ||
                     before_speech_verb(c, m);
        /* the latest mention ending at a token wins: ments is sorted by start */
        if (m->tok_e < c->n) {
            c->last_pers[m->tok_e] = (int32_t)i;
            if (m->subject)
                c->last_subj[m->tok_e] = (int32_t)i;
        }
    }
    int32_t p = -1, s = -1;
    for (uint32_t t = 0; t < c->n; t++) {
        if (c->last_pers[t] >= 0)
            p = c->last_pers[t];
        if (c->last_subj[t] >= 0)
            s = c->last_subj[t];
        c->last_pers[t] = p;
        c->last_subj[t] = s;
    }
}
