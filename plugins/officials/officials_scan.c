/*
 * officials_scan.c — the left-to-right pass: at each token, in order,
 *   1. a title chain introducing a name        "Presiden Rusia Vladimir Putin"
 *   2. an affiliation before an English title  "White House press secretary Karoline Leavitt"
 *   3. an honorific before a name              "Sir Keir Starmer", "Pak Budi"
 *   4. a run of capitalised words              "Kimberly Halkett", with a role
 *      set off after it when there is one      "Leavitt, the press secretary,"
 * Whatever matches is emitted and the scan resumes after it.
 */
#include <string.h>

#include "officials.h"
#include "warta/plugin_kit.h"

#define MAX_GENERIC 4 /* longer capitalised runs are headlines, not names */
#define POST_NOMINAL_SCORE 0.9f /* as sure as a name after a title */

/* Only English puts the affiliation before the title ("US President");
 * in Indonesian a place before a title is where something happened. */
static int english_title(const off_ctx *c, uint32_t i)
{
    return warta_officials__is_role_title(c, i) && (c->t[i].cls & OFF_EN_TITLE);
}

/* A chain at `title`, its affiliation already read before it as [s, e). */
static int affiliated_chain(const off_ctx *c, uint32_t s, uint32_t e, int32_t ann, off_mention *m)
{
    off_chain ch;
    if (!english_title(c, e) || !warta_officials__parse_chain(c, e, &ch))
        return 0;
    if (ch.aff_s == ch.aff_e) {
        ch.aff_s = s;
        ch.aff_e = e;
        ch.aff_ann = ann;
    }
    ch.start = s;
    return warta_officials__titled_name(c, &ch, m);
}

static uint32_t upper_run_end(const off_ctx *c, uint32_t t)
{
    uint32_t e = t;
    while (e < c->n && e - t < 3 && (c->t[e].cls & OFF_UPPER) && !(c->t[e].cls & OFF_COVERED) &&
           !warta_officials__is_role_title(c, e) && off_title_kind(c, e) != OFF_T_HONORIFIC)
        e++;
    return e;
}

/* "(22)" after a name: an age in brackets. */
static uint32_t skip_age(const off_ctx *c, uint32_t e)
{
    if (e + 2 < c->n && (c->t[e].cls & OFF_OPEN) && (c->doc->tokens[e + 1].flags & WARTA_TOK_NUMBER) &&
        (c->t[e + 2].cls & OFF_CLOSE))
        return e + 3;
    return e;
}

/* Is there a name right after a role set off after another name?  Then the
 * role is that name's: "Trump, Presiden Rusia Vladimir Putin".  Words that
 * end an organisation are none: "Arief Nasrudin, Direktur Utama Perumda
 * Pasar Jaya, ...", "Syarifudin, kuasa hukum Rajiun, ...". */
static int name_follows(const off_ctx *c, uint32_t end, off_zone *z)
{
    uint32_t hs = 0, he = 0, ns, ne;
    uint32_t t = warta_officials__skip_honorifics(c, end, &hs, &he);
    if (t < c->n && (c->t[t].cls & OFF_COMMA))
        t++;
    int named = warta_officials__zone(c, end, z);
    uint32_t len = t < c->n ? warta_officials__name_run(c, t, &ns, &ne) : 0;
    if (len && ns == t) {
        int nameish = 0;
        for (uint32_t k = ns; k < ne; k++)
            nameish |= (c->t[k].cls & OFF_NAMEISH) != 0;
        if (nameish || hs != he || (len >= 2 && !warta_officials__zone_goes_on(c, ns, ne)))
            return 1;
    }
    return named && (z->marked || z->name_e - z->name_s >= 2);
}

/* ", the press secretary," or " selaku Ketua ..." after a name: the role
 * belongs to that name when no other name follows the title. */
static int role_after(const off_ctx *c, uint32_t e, off_chain *ch)
{
    e = skip_age(c, e);
    if (e + 1 >= c->n)
        return 0;
    uint32_t p;
    if (c->t[e].cls & OFF_COMMA) {
        p = e + 1;
        if (off_title_kind(c, p) == OFF_T_LEAD)
            p += c->t[p].title_n;
    } else if (off_title_kind(c, e) == OFF_T_LEAD && (c->t[e].cls & OFF_BARE_LEAD)) {
        p = e + c->t[e].title_n;
    } else {
        return 0;
    }
    if (p >= c->n)
        return 0;
    uint32_t end = 0;
    if (c->t[p].ann >= 0 && english_title(c, c->t[p].ann_end)) {
        end = warta_officials__parse_chain(c, c->t[p].ann_end, ch);
        if (end && ch->aff_s == ch->aff_e) {
            ch->aff_s = p;
            ch->aff_e = c->t[p].ann_end;
            ch->aff_ann = c->t[p].ann;
        }
    } else {
        end = warta_officials__parse_chain(c, p, ch);
    }
    off_zone z;
    if (!end || name_follows(c, end, &z))
        return 0;
    /* "Direktur Utama | Perumda Pasar Jaya": the organisation the zone read
     * is the affiliation, and no name of its own */
    if (z.end > end) {
        uint32_t s = warta_officials__word_kind(c, end, "from") ? end + 1 : end;
        uint32_t e = z.end;
        while (e > s && (c->t[e - 1].cls & OFF_COMMA))
            e--;
        if (ch->aff_s == ch->aff_e && s < e) {
            ch->aff_s = s;
            ch->aff_e = c->t[s].ann >= 0 ? c->t[s].ann_end : e;
            ch->aff_ann = c->t[s].ann;
        }
        ch->end = z.end;
    }
    return 1;
}

static int is_quote(const off_ctx *c, uint32_t i)
{
    return i < c->n && (c->doc->tokens[i].flags & WARTA_TOK_QUOTE);
}

/* Is the trimmed run [s, e) a person on its own? */
static int generic_person(const off_ctx *c, uint32_t s, uint32_t e, int alone, int quoted, float *score)
{
    uint32_t len = 0; /* words: the dot of an initial is not one */
    for (uint32_t k = s; k < e; k++)
        len += !(c->t[k].cls & OFF_DOT);
    if (c->t[s].known_n == e - s) {
        *score = 0.85f;
        return 1;
    }
    if (len == 1) {
        /* one word: a known figure, or a first name standing alone ("Laila"),
         * not what is left of a longer run ("Pink Floyd") */
        *score = (c->t[s].cls & OFF_FIGURE) ? 0.85f : 0.6f; /* a listed figure: as sure as a listed full name */
        if (c->t[s].cls & OFF_FIGURE)
            return 1;
        return (c->t[s].cls & OFF_FIRST) && alone && !quoted;
    }
    /* a statistical place or organisation there outweighs a first name */
    if (off_has_any(c, s, e, OFF_GUESSED))
        return 0;
    if (off_has_any(c, s, e, OFF_NAMEISH)) {
        *score = 0.7f;
        return len <= MAX_GENERIC;
    }
    /* "Guinness Book", "So What Gitu Loh" alone between quote marks is the
     * title of a work, not a person */
    if (quoted)
        return 0;
    /* nothing says it is a person, and another plugin read it as a place
     * or an organisation, however unsure: "Ghost Whisperer", "Khatulistiwa
     * Literary Award" */
    if (off_has_any(c, s, e, OFF_OTHER_TYPE))
        return 0;
    *score = 0.55f;
    return len <= MAX_GENERIC;
}

/* Degrees after the name, or a generational suffix in it, say it is a
 * person as surely as a title does ("Ildianto, S. Pd", "Belafonte, Sr.").
 * A titled name takes its regnal number ("Paus Yohanes Paulus II").  Sets
 * the degrees' span; returns the token after them. */
static uint32_t post_nominals(const off_ctx *c, off_mention *m, int titled)
{
    if (titled && m->byte_e <= m->byte_s)
        m->name_e = warta_officials__regnal_end(c, m->name_e);
    uint32_t after = warta_officials__degrees(c, m->name_e, &m->deg_s, &m->deg_e);
    /* one word and a degree, no comma between: "Alumni PhD in ...", unless
     * the word is a name already */
    int degree = m->deg_e > m->deg_s &&
                 (m->name_e - m->name_s >= 2 || m->deg_s > m->name_e ||
                  off_has_any(c, m->name_s, m->name_e, OFF_NAMEISH));
    if ((degree || off_has_any(c, m->name_s, m->name_e, OFF_GEN)) && m->score < POST_NOMINAL_SCORE)
        m->score = POST_NOMINAL_SCORE;
    return after;
}

static void apply_role(off_mention *m, const off_chain *ch)
{
    m->role_s = ch->role_s;
    m->role_e = ch->role_e;
    m->rank_s = ch->rank_s;
    m->rank_e = ch->rank_e;
    m->aff_s = ch->aff_s;
    m->aff_e = ch->aff_e;
    m->aff_ann = ch->aff_ann;
    m->former = ch->former;
}

/* Does one side of a hyphenated pair look like a name: a known word among
 * its whole tokens [ts, te), the side's text [bs, be) a listed name
 * ("Anies Baswedan"), or its part of the hyphenated word [ps, pe) a listed
 * first name?  The hyphenated token's own class says nothing of a part:
 * its key is the whole word. */
static int known_side(const off_ctx *c, uint32_t ts, uint32_t te, uint32_t bs, uint32_t be, uint32_t ps,
                      uint32_t pe)
{
    const warta_host *h = c->in->host;
    return off_has_any(c, ts, te, OFF_NAMEISH) || h->lexicon_lookup(c->in->names, c->doc->text + bs, be - bs) ||
           h->lexicon_lookup(c->in->first, c->doc->text + ps, pe - ps);
}

/* A person over bytes [bs, be) of tokens [ns, ne), as sure as a listed name. */
static int emit_part(off_ctx *c, uint32_t ns, uint32_t ne, uint32_t bs, uint32_t be)
{
    off_mention m;
    warta_officials__mention_init(&m);
    m.name_s = ns;
    m.name_e = ne;
    m.byte_s = bs;
    m.byte_e = be;
    m.score = 0.85f;
    return warta_officials__emit(c, &m);
}

/* "Prabowo Subianto-Gibran Rakabuming Raka", "Anies Baswedan-Muhaimin
 * Iskandar": two full names joined by a hyphen, as a ticket or an
 * administration is written, are two persons.  Each side keeps two words
 * or more (so "Jean-Pierre Raffarin", "Kim Jong-un" stay whole) and holds
 * a word known as a name.  Returns 1 when it emitted the pair. */
static int hyphen_pair(off_ctx *c, uint32_t ns, uint32_t ne, int *rc)
{
    for (uint32_t h = ns + 1; h + 1 < ne; h++) {
        const warta_token *t = &c->doc->tokens[h];
        if (!warta_kit_hyphenated(t))
            continue;
        uint32_t at = t->start, s1, e1, s2, e2, s3, e3;
        if (!warta_kit_hyphen_part(c->doc, t, &at, &s1, &e1) || !warta_kit_hyphen_part(c->doc, t, &at, &s2, &e2) ||
            warta_kit_hyphen_part(c->doc, t, &at, &s3, &e3) || !warta_kit_capital_part(c->doc, s1, e1) ||
            !warta_kit_capital_part(c->doc, s2, e2))
            return 0;
        uint32_t left_s = c->doc->tokens[ns].start, right_e = c->doc->tokens[ne - 1].end;
        if (!known_side(c, ns, h, left_s, e1, s1, e1) || !known_side(c, h + 1, ne, s2, right_e, s2, e2))
            return 0;
        if ((*rc = emit_part(c, ns, h + 1, left_s, e1)) == WARTA_OK)
            *rc = emit_part(c, h, ne, s2, right_e);
        return 1;
    }
    return 0;
}

/* Step 4; returns where the scan goes on. */
static uint32_t capitalised_run(off_ctx *c, uint32_t i, int *rc)
{
    uint32_t ns, ne;
    uint32_t len = warta_officials__name_run(c, i, &ns, &ne);
    /* where the raw run stopped: skip the whole run when nothing is taken */
    uint32_t raw = i;
    while (raw < c->n && raw - i < 8 && (c->t[raw].cls & OFF_CAP) &&
           !(c->t[raw].cls & (OFF_COVERED | OFF_TAKEN)) && !warta_officials__is_role_title(c, raw) &&
           off_title_kind(c, raw) != OFF_T_HONORIFIC)
        raw++;
    off_mention m;
    if (raw > i && raw - i <= 4 && !off_has_any(c, i, raw, OFF_NAMEISH) &&
        affiliated_chain(c, i, raw, -1, &m)) {
        *rc = warta_officials__emit(c, &m);
        return m.name_e;
    }
    if (len == 0)
        return i + 1;
    if (hyphen_pair(c, ns, ne, rc))
        return ne;
    warta_officials__mention_init(&m);
    m.name_s = ns;
    m.name_e = ne;
    off_chain ch;
    uint32_t next = post_nominals(c, &m, 0);
    int evident = m.score > 0; /* a degree or a suffix set it */
    if (role_after(c, next, &ch)) {
        apply_role(&m, &ch);
        m.score = evident ? m.score : 0.85f;
        next = ch.end;
    } else if (!evident &&
               !generic_person(c, ns, ne, raw - i == 1 && ns == i, i > 0 && is_quote(c, i - 1) && is_quote(c, raw),
                               &m.score)) {
        return ne; /* a later start only drops words from the left: no new name */
    }
    /* A first name standing alone ("Menurut Dian, ...") may repeat a name
     * found earlier ("Dian Patria"): the bare-mention pass emits it, with
     * its coref when it has one, so a "none" claim over the word does not
     * drop a known person's repeat. */
    if (!evident && ne - ns == 1 && m.role_e == m.role_s && m.deg_e == m.deg_s && m.score <= 0.6f) {
        c->t[ns].cls |= OFF_TAKEN;
        c->t[ns].deferred = 1;
        c->t[ns].deferred_score = m.score;
        c->n_deferred++;
        return next;
    }
    *rc = warta_officials__emit(c, &m);
    return next;
}

int warta_officials__scan(off_ctx *c)
{
    int rc = WARTA_OK;
    uint32_t i = 0;
    while (i < c->n && rc == WARTA_OK && !c->stopped) {
        off_tok *t = &c->t[i];
        off_chain ch;
        off_mention m;
        if (t->cls & OFF_TAKEN) {
            i++;
            continue;
        }
        /* 1. title chain */
        if ((warta_officials__is_role_title(c, i) || off_title_kind(c, i) == OFF_T_FORMER) &&
            warta_officials__parse_chain(c, i, &ch)) {
            if (warta_officials__titled_name(c, &ch, &m)) {
                i = post_nominals(c, &m, 1);
                rc = warta_officials__emit(c, &m);
            } else {
                /* the rest of the title is no name: "Manager" of "Senior Manager" */
                i += t->title_n && off_title_kind(c, i) != OFF_T_FORMER ? t->title_n : 1;
            }
            continue;
        }
        /* 2. annotated or acronym affiliation before an English title */
        if (t->ann >= 0) {
            if (affiliated_chain(c, i, t->ann_end, t->ann, &m)) {
                rc = warta_officials__emit(c, &m);
                i = m.name_e;
            } else {
                i = t->ann_end;
            }
            continue;
        }
        if ((t->cls & OFF_UPPER) && !(t->cls & OFF_COVERED)) {
            uint32_t e = upper_run_end(c, i);
            if (e > i && affiliated_chain(c, i, e, -1, &m)) {
                rc = warta_officials__emit(c, &m);
                i = m.name_e;
                continue;
            }
            if (!(t->cls & OFF_FIGURE)) { /* "SBY" goes on to step 4 */
                i++;
                continue;
            }
        }
        /* 3. honorific, unless it begins a known name ("Gus Dur") */
        if (off_title_kind(c, i) == OFF_T_HONORIFIC && !(t->cls & (OFF_STOP | OFF_COVERED)) && !t->known_n) {
            uint32_t hs = 0, he = 0, ns, ne;
            uint32_t n = warta_officials__skip_honorifics(c, i, &hs, &he);
            uint32_t len = n < c->n ? warta_officials__name_run(c, n, &ns, &ne) : 0;
            if (len && ns == n && len <= 5) {
                warta_officials__mention_init(&m);
                m.name_s = ns;
                m.name_e = ne;
                m.hon_s = hs;
                m.hon_e = he;
                m.score = 0.8f;
                uint32_t after = post_nominals(c, &m, 1);
                if (role_after(c, after, &ch)) {
                    apply_role(&m, &ch);
                    after = ch.end; /* the office set off after the name is read: "Haji Ahmad, ulama Minangkabau" */
                }
                rc = warta_officials__emit(c, &m);
                i = after;
            } else {
                i = n > i ? n : i + 1;
            }
            continue;
        }
        /* 4. capitalised words, or a particle opening a name ("de Blasio") */
        if ((t->cls & OFF_CAP) || ((t->cls & OFF_UPPER) && (t->cls & OFF_FIGURE)) ||
            ((t->cls & OFF_LOWER) && i + 1 < c->n && (c->t[i + 1].cls & OFF_CAP) &&
             warta_officials__particle(c, i) == 2)) {
            i = capitalised_run(c, i, &rc);
            continue;
        }
        i++;
    }
    return rc;
}
