/*
 * plugins/quotes/qt_indirect.c — reported speech.
 *
 *   X mengatakan (kepada wartawan) (bahwa) <clause>.   X said (that) <clause>.
 *   Menurut X, <clause>.   <clause>, menurut X.   <a>, menurut X, <b>.
 *   <a>, kata X, <b>.   <a>, katanya, <b>.   <clause>, ujar X.
 * The content runs from after the verb, the complementiser or the comma to
 * the end of the sentence (final punctuation left out).  A verb without a
 * subject is reported speech only when a complementiser follows it.  When
 * the clause is almost all one direct quotation ("X mengatakan, “…”") the
 * direct quotation is the report and no indirect one is made.
 */
#include "qt.h"

#define QT_COMP_REACH 6     /* "mengatakan kepada para wartawan di Istana bahwa" */
#define QT_MENURUT_REACH 6  /* "Menurut laporan NBC News"                        */
#define QT_CLAUSE_REACH 12  /* from the speaker to the comma closing its phrase  */
#define QT_WORD_SCAN 64

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
    } else {
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
    uint32_t comma = se;
    for (uint32_t k = x_end; k < se && k <= x_end + QT_CLAUSE_REACH; k++)
        if (qt_is_comma(c, k)) {
            comma = k;
            break;
        }
    /* the clause before ", menurut X" when there is one worth the name */
    uint32_t b_s = s0, b_e = v > s0 ? trim_end(c, s0, v) : s0;
    uint32_t words_before = 0;
    for (uint32_t t = b_s; t < b_e && words_before < 2; t++)
        words_before += (c->tok[t].flags & WARTA_TOK_WORD) != 0;
    if (words_before < 2)
        b_e = b_s;
    uint32_t a_s = comma < se ? comma + 1 : se, a_e = trim_end(c, a_s, se);
    if (!reported_clause(c, b_s, b_e) && !reported_clause(c, a_s, a_e))
        return WARTA_OK;
    qt_quote *q = add_indirect(c, v, len, sp);
    if (!q)
        return WARTA_ENOMEM;
    if (warta_qt__add_part(c, b_s, b_e) != WARTA_OK || warta_qt__add_part(c, a_s, a_e) != WARTA_OK)
        return WARTA_ENOMEM;
    q->n_parts = c->n_parts - q->part0;
    q->start = c->parts[q->part0].start;
    q->end = c->parts[c->n_parts - 1].end;
    q->comp = 1;
    q->attr_end = se - 1;
    note_speaker(c, prev, q);
    return WARTA_OK;
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
    qt_quote *q = add_indirect(c, v, len, sp);
    if (!q)
        return WARTA_ENOMEM;
    if (warta_qt__add_part(c, s0, b_e) != WARTA_OK || warta_qt__add_part(c, a_s, a_e) != WARTA_OK)
        return WARTA_ENOMEM;
    q->n_parts = c->n_parts - q->part0;
    if (q->n_parts == 0) {
        q->drop = 1;
        return WARTA_OK;
    }
    q->start = c->parts[q->part0].start;
    q->end = c->parts[c->n_parts - 1].end;
    q->attr_end = se - 1;
    note_speaker(c, prev, q);
    return WARTA_OK;
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
    uint32_t ce = trim_end(c, cs, se);
    if (cs >= ce || !reported_clause(c, cs, ce))
        return WARTA_OK;
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
