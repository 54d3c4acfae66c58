/*
 * plugins/quotes/qt_indirect.c — reported speech.
 *
 *   X mengatakan (kepada wartawan) (bahwa) <clause>.   X said (that) <clause>.
 *   Menurut X, <clause>.   <clause>, menurut X.   <a>, menurut X, <b>.
 *   <a>, kata X, <b>.   <a>, katanya, <b>.   <clause>, ujar X.
 *   <a>, he said, <b>.   <clause>, Rubio said.
 * The content runs from after the verb, the complementiser or the comma to
 * the end of the sentence (final punctuation left out).  A verb without a
 * subject is reported speech only when a complementiser follows it.  When
 * the clause is almost all one direct quotation ("X mengatakan, “…”") the
 * direct quotation is the report and no indirect one is made.
 */
#include <string.h>

#include "qt.h"

#define QT_COMP_REACH 6     /* "mengatakan kepada para wartawan di Istana bahwa" */
#define QT_MENURUT_REACH 6  /* "Menurut laporan NBC News"                        */
#define QT_CLAUSE_REACH 12  /* from the speaker to the comma closing its phrase  */
#define QT_WORD_SCAN 64
#define QT_NP_MIN 3        /* tokens of such a phrase, the demonstrative included */
#define QT_NP_REACH 8      /* "Menurut mantan Direktur Pelaksana Bank Dunia itu," */
#define QT_BEFORE_REACH 40 /* "<clause>, menurut X": back to the comma opening it */
#define QT_ADJUNCT_REACH 8 /* "..., Rubio said in an interview with Fox News." */

/* Enough of the clause stands outside direct quotations to be a report of
 * its own: two words, or three when part of it is a quotation. */
static int reported_clause(const qt_ctx *c, uint32_t cs, uint32_t ce)
{
    uint32_t outside = 0, inside = 0;
    for (uint32_t t = cs; t < ce && t - cs < QT_WORD_SCAN; t++) {
        if (c->tf[t] & QT_T_IN_QUOTE)
            inside = 1;
        else if (c->tok[t].flags & WARTA_TOK_WORD)
            outside++;
        if (outside >= 3)
            return 1;
    }
    return outside >= 2 && !inside;
}

static uint32_t trim_end(const qt_ctx *c, uint32_t cs, uint32_t ce)
{
    while (ce > cs && (qt_is_final(c, ce - 1) || qt_is_comma(c, ce - 1)))
        ce--;
    return ce;
}

static qt_quote *add_indirect(qt_ctx *c, uint32_t v, uint32_t len, qt_speaker sp)
{
    qt_quote *q = warta_qt__new_quote(c);
    if (!q)
        return NULL;
    q->kind = QT_INDIRECT;
    q->open = q->close = v;
    q->cue_s = (int32_t)v;
    q->cue_e = (int32_t)(v + len);
    q->spk = sp;
    q->part0 = c->n_parts;
    c->tf[v] |= QT_T_CUE_INDIRECT;
    return q;
}

static void note_speaker(const qt_ctx *c, qt_prev *prev, const qt_quote *q)
{
    if (q->spk.ment >= 0 && c->ments[q->spk.ment].type != QT_LOC) {
        prev->speaker = q->spk.ment;
        prev->attr_end = q->attr_end;
    }
}

/* The report cued at v whose content is [b_s, b_e) and [a_s, a_e), either
 * possibly empty: what the comma-framed patterns share.  A report with no
 * content left is dropped. */
static int report_around(qt_ctx *c, uint32_t v, uint32_t len, qt_speaker sp, uint32_t b_s, uint32_t b_e,
                         uint32_t a_s, uint32_t a_e, uint32_t se, int comp, qt_prev *prev)
{
    qt_quote *q = add_indirect(c, v, len, sp);
    if (!q)
        return WARTA_ENOMEM;
    if (warta_qt__add_part(c, b_s, b_e) != WARTA_OK || warta_qt__add_part(c, a_s, a_e) != WARTA_OK)
        return WARTA_ENOMEM;
    q->n_parts = c->n_parts - q->part0;
    if (q->n_parts == 0) {
        q->drop = 1;
        return WARTA_OK;
    }
    q->start = c->parts[q->part0].start;
    q->end = c->parts[c->n_parts - 1].end;
    q->comp = (uint8_t)comp;
    q->attr_end = se - 1;
    note_speaker(c, prev, q);
    return WARTA_OK;
}


/* End of a noun phrase from a that closes with a demonstrative and names no
 * person ("mantan Direktur Pelaksana Bank Dunia itu"), or a when there is
 * none.  Shorter ones are things, not people ("laporan itu", "hal itu"). */
static uint32_t anaphoric_np(const qt_ctx *c, uint32_t a, uint32_t se)
{
    uint32_t fl;
    for (uint32_t k = a; k < se && k < a + QT_NP_REACH; k++) {
        if (qt_is_comma(c, k) || qt_is_final(c, k) || qt_is_mark(c, k))
            return a;
        if (c->m_start[k] >= 0 && c->ments[c->m_start[k]].type <= QT_OFFICIAL)
            return a;
        if ((warta_qt__words(c, k, &fl) & QT_FW_DEM) && k >= a + QT_NP_MIN - 1)
            return k + 1;
    }
    return a;
}

static int menurut(qt_ctx *c, uint32_t v, qt_prev *prev)
{
    uint32_t len = c->cue_len[v], a = v + len, s0 = qt_sent_start(c, v), se = qt_sent_end(c, v);
    qt_speaker sp = {-1, -1, -1, QT_SPK_NONE};
    uint32_t x_end = a;
    int pr;
    if (v > s0 && !qt_is_comma(c, v - 1))
        return WARTA_OK; /* "menurut" inside a clause: "bertindak menurut aturan" */
    if (c->cue[v] & QT_CUE_NYA) {
        sp.s = (int32_t)v;
        sp.e = (int32_t)a;
        sp.ment = warta_qt__resolve(c, v, prev);
        sp.how = QT_SPK_NYA;
    } else if (a < se && (pr = warta_qt__pronoun(c, a)) != 0) {
        sp.s = (int32_t)a;
        sp.e = (int32_t)a + 1;
        sp.ment = pr == 1 ? warta_qt__resolve(c, a, prev) : -1;
        sp.how = QT_SPK_PRONOUN;
        x_end = a + 1;
    } else if ((x_end = anaphoric_np(c, a, se)) > a) {
        /* "Menurut pensiunan polisi jenderal bintang dua itu, ..." */
        sp.s = (int32_t)a;
        sp.e = (int32_t)x_end;
        sp.ment = warta_qt__resolve(c, v, prev);
        sp.how = QT_SPK_PRONOUN;
    } else {
        x_end = a;
        for (uint32_t k = a; k < se && k < a + QT_MENURUT_REACH; k++) {
            if (qt_is_comma(c, k) || qt_is_final(c, k) || qt_is_mark(c, k))
                break;
            int32_t m = c->m_start[k];
            if (m >= 0 && c->ments[m].type != QT_LOC) {
                sp.s = (int32_t)c->ments[m].tok_s;
                sp.e = (int32_t)c->ments[m].tok_e;
                sp.ment = m;
                sp.how = QT_SPK_MENTION;
                x_end = c->ments[m].tok_e;
                break;
            }
        }
        if (sp.how == QT_SPK_NONE)
            return WARTA_OK;
    }
    /* where the content after the speaker starts: right after it ("Menurut
     * Purbaya inflasi ..."), after its comma, or after a relative clause or
     * a place and time ("Menurut laporan NBC News yang mengutip ..., ") */
    uint32_t a_s = se, fl;
    if (x_end < se && qt_is_comma(c, x_end)) {
        a_s = x_end + 1;
    } else if (x_end < se && (warta_qt__words(c, x_end, &fl) & (QT_FW_REL | QT_FW_PREP))) {
        for (uint32_t k = x_end; k < se && k <= x_end + QT_CLAUSE_REACH; k++)
            if (qt_is_comma(c, k)) {
                a_s = k + 1;
                break;
            }
    } else if (x_end < se && !qt_is_final(c, x_end)) {
        a_s = x_end;
    }
    uint32_t a_e = trim_end(c, a_s, se);
    /* the clause before ", menurut X", from the comma opening it */
    uint32_t b_s = s0, b_e = v > s0 ? trim_end(c, s0, v) : s0;
    for (uint32_t k = b_e; k > s0 && b_e - k < QT_BEFORE_REACH; k--)
        if (qt_is_comma(c, k - 1) || (c->tf[k - 1] & QT_T_IN_QUOTE)) {
            b_s = k;
            break;
        }
    uint32_t words_before = 0;
    for (uint32_t t = b_s; t < b_e && words_before < 2; t++)
        words_before += (c->tok[t].flags & WARTA_TOK_WORD) != 0;
    if (words_before < 2)
        b_e = b_s;
    if (!reported_clause(c, b_s, b_e) && !reported_clause(c, a_s, a_e))
        return WARTA_OK;
    return report_around(c, v, len, sp, b_s, b_e, a_s, a_e, se, 1, prev);
}

/* "Yang terpenting bagi Prabowo, kata Pras, yakni ...", "Sejauh ini,
 * katanya, pihaknya ...", "..., ujar Pras.": an inverted cue set off by
 * commas inside reported speech; the content is the sentence around it. */
static int framed(qt_ctx *c, uint32_t v, qt_prev *prev)
{
    uint32_t len = c->cue_len[v], s0 = qt_sent_start(c, v), se = qt_sent_end(c, v);
    if (v < s0 + 3 || !qt_is_comma(c, v - 1) || qt_is_mark(c, v - 2) || (c->tf[v - 2] & QT_T_IN_QUOTE))
        return WARTA_OK;
    qt_speaker sp;
    uint32_t e;
    if (c->cue[v] & QT_CUE_NYA) {
        sp.s = (int32_t)v;
        sp.e = (int32_t)(v + len);
        sp.ment = warta_qt__resolve(c, v, prev);
        sp.how = QT_SPK_NYA;
        e = v + len;
    } else {
        sp = warta_qt__speaker_after(c, v + len, se, prev);
        if (sp.how == QT_SPK_NONE)
            return WARTA_OK;
        e = (uint32_t)sp.e;
    }
    uint32_t a_s = se, a_e = se;
    if (e < se && qt_is_comma(c, e)) {
        a_s = e + 1;
        a_e = trim_end(c, a_s, se);
    } else if (e < se && !qt_is_final(c, e)) {
        return WARTA_OK; /* "kata Pras di Cikini": not a parenthesis */
    }
    uint32_t b_e = trim_end(c, s0, v);
    if (!reported_clause(c, s0, b_e) && !reported_clause(c, a_s, a_e))
        return WARTA_OK;
    return report_around(c, v, len, sp, s0, b_e, a_s, a_e, se, 0, prev);
}

/* "..., Trump said on Monday.", "..., he said in a statement.", "...,
 * Rubio said Tuesday.": after the verb, a short phrase that reports nothing
 * itself (opened by a preposition, or one capitalised word) and ends the
 * sentence, in an English document.  Returns where it ends, or e when there is none.  One that
 * goes on after a comma may open the content instead ("Budi mengatakan
 * sejak awal masa kabinet, dirinya ..."). */
static uint32_t adjunct_end(const qt_ctx *c, uint32_t e, uint32_t se)
{
    uint32_t fl;
    /* English only: an Indonesian verb's preposition brings its argument
     * and the content after it ("mengingatkan kepada SPPG agar ...") */
    if (!c->doc->lang || strcmp(c->doc->lang, "en") != 0)
        return e;
    int prep = (warta_qt__words(c, e, &fl) & QT_FW_PREP) != 0;
    for (uint32_t k = e; k < se && k < e + QT_ADJUNCT_REACH; k++) {
        if (qt_is_comma(c, k))
            return e;
        if (qt_is_final(c, k))
            return k > e && (prep || k == e + 1) ? k : e;
        if (qt_is_mark(c, k) || (c->tf[k] & QT_T_IN_QUOTE) || c->cue[k] || warta_qt__comp(c, k) ||
            (!prep && !(c->tok[k].flags & WARTA_TOK_CAPITAL)))
            return e;
    }
    return e;
}

/* "Those who now have the right to vote, he said, must still register",
 * "The talks were useful, Rubio said.", "…, sources said.": speaker and
 * verb set off by commas (and maybe a time or place after the verb). */
static int framed_before(qt_ctx *c, uint32_t v, qt_prev *prev, int *done)
{
    uint32_t len = c->cue_len[v], s0 = qt_sent_start(c, v), se = qt_sent_end(c, v), e = v + len, fl;
    *done = 0;
    if (e < se && !qt_is_comma(c, e) && !qt_is_final(c, e))
        e = adjunct_end(c, e, se);
    if (v < s0 + 4 || (e < se && !qt_is_comma(c, e) && !qt_is_final(c, e)))
        return WARTA_OK;
    uint32_t b = v - 1, sb;
    qt_speaker sp;
    int pr = warta_qt__pronoun(c, b);
    if (pr) {
        sp = (qt_speaker){(int32_t)b, (int32_t)b + 1, pr == 1 ? warta_qt__resolve(c, b, prev) : -1,
                          QT_SPK_PRONOUN};
        sb = b;
    } else if (c->m_end[b] >= 0 && c->ments[c->m_end[b]].type != QT_LOC) {
        const qt_mention *m = &c->ments[c->m_end[b]];
        sp = (qt_speaker){(int32_t)m->tok_s, (int32_t)m->tok_e, c->m_end[b], QT_SPK_MENTION};
        sb = m->ext_s;
    } else if (warta_qt__words(c, b, &fl) & QT_FW_SOURCE) {
        /* "..., sources said.", "..., a senior administration official said.":
         * someone unnamed, the words back to the comma */
        sb = b;
        while (sb > s0 + 2 && b - sb < QT_NP_REACH && (c->tok[sb - 1].flags & WARTA_TOK_WORD) &&
               c->m_end[sb - 1] < 0 && !(c->tf[sb - 1] & QT_T_IN_QUOTE))
            sb--;
        sp = (qt_speaker){(int32_t)sb, (int32_t)b + 1, -1, QT_SPK_UNNAMED};
    } else {
        return WARTA_OK;
    }
    if (sb < s0 + 2 || !qt_is_comma(c, sb - 1) || qt_is_mark(c, sb - 2) || (c->tf[sb - 2] & QT_T_IN_QUOTE))
        return WARTA_OK;
    uint32_t b_e = trim_end(c, s0, sb - 1);
    uint32_t a_s = e < se && qt_is_comma(c, e) ? e + 1 : se, a_e = trim_end(c, a_s, se);
    if (!reported_clause(c, s0, b_e))
        return WARTA_OK;
    *done = 1;
    return report_around(c, v, len, sp, s0, b_e, a_s, a_e, se, 0, prev);
}

/* The clause reported by one verb ends where a second speech verb of the
 * same subject starts: "De Blasio said the move ... Bratton and said, “…”". */
static uint32_t second_verb(const qt_ctx *c, uint32_t cs, uint32_t ce)
{
    uint32_t fl;
    for (uint32_t t = cs + 1; t + 1 < ce && t - cs < QT_WORD_SCAN; t++)
        if ((c->cue[t + 1] & (QT_CUE_ATTR | QT_CUE_INDIRECT)) && !(c->cue[t + 1] & QT_CUE_NYA) &&
            (warta_qt__words(c, t, &fl) & QT_FW_COORD))
            return t;
    return ce;
}

int warta_qt__indirect(qt_ctx *c, uint32_t v, qt_prev *prev)
{
    uint8_t cl = c->cue[v];
    if (cl & QT_CUE_MENURUT)
        return menurut(c, v, prev);
    if ((cl & (QT_CUE_ATTR | QT_CUE_NYA)) && !(cl & QT_CUE_INDIRECT))
        return framed(c, v, prev);
    if (!(cl & QT_CUE_INDIRECT) || (cl & QT_CUE_NYA))
        return WARTA_OK;
    int done;
    int rc = framed_before(c, v, prev, &done);
    if (rc != WARTA_OK || done)
        return rc;
    uint32_t len = c->cue_len[v], a = v + len, se = qt_sent_end(c, v), fl;
    if (a >= se || (warta_qt__words(c, a, &fl) & QT_FW_BLOCK))
        return WARTA_OK;
    if (qt_is_comma(c, a) || qt_key_is(c, a, ":"))
        a++;
    uint32_t cs = a;
    int comp = 0;
    if (a < se && warta_qt__comp(c, a)) {
        cs = a + 1;
        comp = 1;
    } else {
        for (uint32_t k = a + 1; k < se && k <= a + QT_COMP_REACH; k++) {
            if (qt_is_comma(c, k) || qt_is_final(c, k) || qt_is_mark(c, k))
                break;
            if (warta_qt__comp(c, k) == QT_COMP_FAR) {
                cs = k + 1;
                comp = 1;
                break;
            }
        }
    }
    uint32_t ce = trim_end(c, cs, second_verb(c, cs, se));
    if (cs >= ce || !reported_clause(c, cs, ce))
        return WARTA_OK;
    if (qt_is_mark(c, cs) && (c->tf[cs] & QT_T_IN_QUOTE))
        return WARTA_OK; /* "X menyebut 'guru itu beban negara' ...": the quotation is the report */
    qt_speaker sp = warta_qt__subject_of(c, v, prev);
    if (sp.how == QT_SPK_NONE && !comp)
        return WARTA_OK;
    qt_quote *q = add_indirect(c, v, len, sp);
    if (!q)
        return WARTA_ENOMEM;
    if (warta_qt__add_part(c, cs, ce) != WARTA_OK)
        return WARTA_ENOMEM;
    q->n_parts = 1;
    q->start = c->tok[cs].start;
    q->end = c->tok[ce - 1].end;
    q->comp = (uint8_t)comp;
    q->attr_end = ce - 1;
    note_speaker(c, prev, q);
    return WARTA_OK;
}
