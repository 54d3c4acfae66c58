/*
 * plugins/quotes/qt_attrib.c — who said a direct quotation, and with which
 * cue; the document-order pass that also finds indirect speech.
 *
 * Patterns, in the order they are tried for one quotation:
 *   before it, adjacent:  X mengatakan, "..."   X: "..."   X mengatakan "..."
 *   after it:             "...," kata X   "...," katanya   "...," X said
 *                         "...," said X   "...," he added
 *   before it, in the same sentence:  Ia bahkan menyebut kemungkinan "..."
 * A quotation right after an attributed one, with nothing but punctuation
 * between, continues it ("A," X said. "B."), and so does "A," kata X, "B.":
 * one quotation with two content parts.  Anaphoric speakers (katanya, Ia, he) resolve to the speaker
 * of the previous quotation when no other subject was named since, else to
 * the latest person named as a subject, else to the latest person named;
 * persons inside quotations never count.  All look-arounds are bounded.
 */
#include <string.h>

#include "qt.h"

#define QT_GAP_MAX 3        /* "Ia bahkan juga menyebut"                     */
#define QT_APPOS_MAX 10     /* "X, juru bicara Gedung Putih, mengatakan"     */
#define QT_PRE_WINDOW 16    /* tokens between a verb and a quote it governs  */
#define QT_NAME_MAX 6       /* capitalised words taken as an unknown name    */
#define QT_LOOKBACK 64      /* earlier mentions compared with a bare name    */
#define QT_PP_MAX 3         /* "on Friday" between a speaker and the verb      */
#define QT_NP_MAX 6         /* tokens of a noun phrase standing for a speaker */
#define QT_NP_MIN 3         /* "Politikus PDI Perjuangan itu", not "Hal itu"    */
#define QT_NICK_MIN 4       /* bytes of a first name that may shorten it     */
#define QT_LONG_QUOTE 12    /* words that make unpunctuated marks a quotation */
#define QT_INTERRUPT_MAX 12 /* "“A,” he said of people ..., “B.”"            */
#define QT_TITLE_WORDS 6    /* at most this many capitalised words: a title    */
#define QT_SPEAKER_WINDOW 14 /* "kata juru bicara Gugus Tugas Covid-19 Kabupaten Bekasi, X" */
#define QT_LOWER_LEAD 4     /* "kata seorang pejabat senior ..." before a name   */

static const qt_speaker no_speaker = {-1, -1, -1, QT_SPK_NONE};

static int is_cap_word(const qt_ctx *c, uint32_t t)
{
    uint32_t f = c->tok[t].flags;
    return (f & WARTA_TOK_WORD) && (f & WARTA_TOK_CAPITAL);
}

static int verb_cue(const qt_ctx *c, uint32_t t, uint8_t need)
{
    uint8_t cl = c->cue[t];
    return (cl & need) && !(cl & (QT_CUE_NYA | QT_CUE_MENURUT)) && !(c->tf[t] & QT_T_CUE_DIRECT);
}

static qt_speaker mention_speaker(const qt_ctx *c, int32_t m, uint8_t how)
{
    qt_speaker sp = {(int32_t)c->ments[m].tok_s, (int32_t)c->ments[m].tok_e, m, how};
    return sp;
}

/* A mention that can be the subject of a verb in the sentence starting at
 * s0: not inside a quotation, not after a preposition; a place only when it
 * opens the sentence ("Moskow menegaskan ..."). */
static int ok_speaker(const qt_ctx *c, int32_t mi, uint32_t s0)
{
    if (mi < 0)
        return 0;
    const qt_mention *m = &c->ments[mi];
    uint32_t len;
    if (c->tf[m->tok_s] & QT_T_IN_QUOTE)
        return 0;
    if (m->type == QT_LOC)
        return m->ext_s <= s0;
    return m->ext_s <= s0 || qt_is_comma(c, m->ext_s - 1) ||
           !(warta_qt__words(c, m->ext_s - 1, &len) & QT_FW_PREP);
}

int32_t warta_qt__resolve(const qt_ctx *c, uint32_t pos, const qt_prev *prev)
{
    if (pos >= c->n)
        return -1;
    int32_t s = c->last_subj[pos];
    if (prev && prev->speaker >= 0 && (s < 0 || c->ments[s].tok_e <= prev->attr_end + 1))
        return prev->speaker;
    return s >= 0 ? s : c->last_pers[pos];
}

/* The office words written before a mention's name, without trailing commas. */
static int same_office(const qt_ctx *c, const qt_mention *m, uint32_t s, uint32_t e)
{
    uint32_t os = m->ext_s, oe = m->tok_s;
    while (oe > os && !(c->tok[oe - 1].flags & WARTA_TOK_WORD))
        oe--;
    if (oe - os != e - s)
        return 0;
    for (uint32_t i = 0; i < e - s; i++)
        if (strcmp(c->tok[os + i].key, c->tok[s + i].key) != 0)
            return 0;
    return 1;
}

/* An unrecognised name [s, e) ("Halkett", "Parwati", "Pras", "Presiden") as
 * the latest earlier person with that name among theirs, or that office. */
static int32_t resolve_name(const qt_ctx *c, uint32_t s, uint32_t e)
{
    uint32_t lo = 0, hi = c->n_ments;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (c->ments[mid].tok_s < s)
            lo = mid + 1;
        else
            hi = mid;
    }
    const char *name = c->tok[e - 1].key;
    size_t n = strlen(name);
    /* Indonesians are named again by any one of their names; failing that,
     * a single word may be a first name's first syllables ("Pras" for
     * Prasetyo Hadi) */
    for (int nick = 0; nick <= (e - s == 1 && n >= QT_NICK_MIN); nick++) {
        for (uint32_t k = lo, seen = 0; k-- > 0 && seen < QT_LOOKBACK; seen++) {
            const qt_mention *m = &c->ments[k];
            if (m->type > QT_OFFICIAL || (c->tf[m->tok_s] & QT_T_IN_QUOTE))
                continue;
            if (!nick && same_office(c, m, s, e))
                return (int32_t)k;
            for (uint32_t t = m->tok_s; t < m->tok_e && t - m->tok_s < QT_NAME_MAX; t++)
                if ((c->tok[t].flags & WARTA_TOK_CAPITAL) && strncmp(c->tok[t].key, name, n) == 0 &&
                    (nick || c->tok[t].key[n] == '\0'))
                    return (int32_t)k;
        }
    }
    return -1;
}

static qt_speaker pronoun_speaker(const qt_ctx *c, uint32_t t, int kind, const qt_prev *prev)
{
    qt_speaker sp = {(int32_t)t, (int32_t)t + 1, kind == 1 ? warta_qt__resolve(c, t, prev) : -1,
                     QT_SPK_PRONOUN};
    return sp;
}

/* First token of the clause ending at b: after a comma or at the sentence
 * start, at most QT_NP_MAX tokens back; b + 1 when it is further. */
static uint32_t clause_start(const qt_ctx *c, uint32_t b, uint32_t s0)
{
    uint32_t k = b;
    while (k > s0 && b - k < QT_NP_MAX) {
        if (qt_is_comma(c, k - 1) || qt_is_final(c, k - 1) || qt_is_mark(c, k - 1))
            return k;
        k--;
    }
    return k == s0 ? k : b + 1;
}

/* The subject of the verb (or colon) at v: "X mengatakan", "Ia bahkan
 * menyebut", "X, juru bicara Y, mengatakan", "... dan menyampaikan". */
qt_speaker warta_qt__subject_of(qt_ctx *c, uint32_t v, const qt_prev *prev)
{
    uint32_t s0 = qt_sent_start(c, v), len;
    if (v <= s0)
        return no_speaker;
    uint32_t b = v - 1;
    for (int k = 0; k < QT_GAP_MAX && b > s0; k++) {
        if (!(warta_qt__words(c, b, &len) & QT_FW_GAP) || len != 1)
            break;
        b--;
    }
    if (c->tf[b] & QT_T_IN_QUOTE)
        return no_speaker;
    int pr = warta_qt__pronoun(c, b);
    if (pr)
        return pronoun_speaker(c, b, pr, prev);
    if (ok_speaker(c, c->m_end[b], s0))
        return mention_speaker(c, c->m_end[b], QT_SPK_MENTION);
    if (qt_is_comma(c, b) && b > s0 && (c->tf[b - 1] & (QT_T_CUE_DIRECT | QT_T_CUE_INDIRECT)) && prev &&
        prev->speaker >= 0) {
        /* "“…,” he said, adding that ...": the speaker of that cue goes on */
        qt_speaker sp = {-1, -1, prev->speaker, QT_SPK_INHERITED};
        return sp;
    }
    if (qt_is_comma(c, b) && b > s0) {
        /* "X, juru bicara Y, mengatakan", "Teguh (37), pedagang di Pasar
         * Kebayoran Lama, Jakarta Selatan, menyampaikan": the nearest person
         * in the apposition wins over an organisation, never a place */
        int32_t org = -1;
        for (uint32_t k = b; k > s0 && b - k <= QT_APPOS_MAX; k--) {
            uint32_t t = k - 1;
            if (qt_is_final(c, t) || qt_is_mark(c, t))
                break;
            int32_t m = c->m_end[t];
            if (!ok_speaker(c, m, s0) || c->ments[m].type == QT_LOC)
                continue;
            if (c->ments[m].type <= QT_OFFICIAL)
                return mention_speaker(c, m, QT_SPK_MENTION);
            if (org < 0)
                org = m;
        }
        if (org >= 0)
            return mention_speaker(c, org, QT_SPK_MENTION);
        /* "Presiden, saat berkunjung ke Wakatobi, Kamis, mengatakan" */
        int32_t m = c->last_subj[v];
        if (m >= 0 && c->ments[m].tok_s >= s0)
            return mention_speaker(c, m, QT_SPK_SUBJECT);
        return no_speaker;
    }
    uint32_t fw = warta_qt__words(c, b, &len);
    if ((fw & QT_FW_REL) && b > s0) {
        /* "tulis laporan dari New York Times, yang menyebut ...";
         * "ada kesaksian yang menyebut ...": someone, unnamed */
        uint32_t x = qt_is_comma(c, b - 1) && b - 1 > s0 ? b - 2 : b - 1;
        int32_t m = c->m_end[x]; /* the antecedent may follow a preposition */
        if (m >= 0 && c->ments[m].type != QT_LOC && !(c->tf[c->ments[m].tok_s] & QT_T_IN_QUOTE))
            return mention_speaker(c, m, QT_SPK_MENTION);
        qt_speaker sp = {-1, -1, -1, QT_SPK_UNNAMED};
        return sp;
    }
    if ((fw & QT_FW_DEM) && b > s0) {
        /* "Politikus PDI Perjuangan itu menilai ...": the person talked about */
        uint32_t np = clause_start(c, b, s0);
        if (np == b && b > s0 + 1 && qt_is_comma(c, b - 1))
            np = s0; /* "Perempuan kelahiran Bandar Lampung, 26 Agustus 1962, itu" */
        if (np + QT_NP_MIN - 1 <= b && np < b) {
            qt_speaker sp = {(int32_t)np, (int32_t)b + 1, warta_qt__resolve(c, b, prev), QT_SPK_PRONOUN};
            return sp;
        }
    }
    uint32_t np = clause_start(c, b, s0);
    for (uint32_t k = b + 1; k-- > np && np <= b;) {
        if (c->m_start[k] >= 0 || c->m_end[k] >= 0)
            break;
        if (warta_qt__words(c, k, &len) & QT_FW_SOURCE) {
            /* "pihak berwenang mengatakan", "police said" */
            qt_speaker sp = {(int32_t)k, (int32_t)b + 1, -1, QT_SPK_UNNAMED};
            return sp;
        }
    }
    if (warta_qt__words(c, b, &len) & QT_FW_COORD) {
        int32_t m = c->last_subj[b];
        if (m >= 0 && c->ments[m].tok_s >= s0)
            return mention_speaker(c, m, QT_SPK_SUBJECT);
        return no_speaker;
    }
    /* "Terry McAuliffe on Friday announced", "Jokowi pada Senin mengatakan" */
    for (uint32_t k = b; k + QT_PP_MAX > b && k > s0 + 1; k--) {
        if (qt_is_comma(c, k) || qt_is_final(c, k) || qt_is_mark(c, k))
            break;
        if ((warta_qt__words(c, k, &len) & QT_FW_PREP) && !(warta_qt__words(c, k, &len) & QT_FW_COORD) &&
            ok_speaker(c, c->m_end[k - 1], s0) && c->ments[c->m_end[k - 1]].type != QT_LOC)
            return mention_speaker(c, c->m_end[k - 1], QT_SPK_MENTION);
    }
    if (is_cap_word(c, b) && c->m_end[b] < 0) {
        uint32_t s = b;
        while (s > s0 && b - s + 1 < QT_NAME_MAX && is_cap_word(c, s - 1) && c->m_end[s - 1] < 0 &&
               !(c->tf[s - 1] & QT_T_IN_QUOTE))
            s--;
        qt_speaker sp = {(int32_t)s, (int32_t)b + 1, resolve_name(c, s, b + 1), QT_SPK_NAME};
        return sp;
    }
    return no_speaker;
}

/* A run of capitalised words without mentions from a: an unrecognised
 * name ("Salehudin", "Presiden"), resolved by surname or office. */
static qt_speaker name_at(qt_ctx *c, uint32_t a, uint32_t limit)
{
    uint32_t r = a;
    while (r < limit && r - a < QT_NAME_MAX && is_cap_word(c, r) && c->m_start[r] < 0)
        r++;
    if (r == a)
        return no_speaker;
    qt_speaker sp = {(int32_t)a, (int32_t)r, resolve_name(c, a, r), QT_SPK_NAME};
    return sp;
}

/* The speaker written from token a on, before `limit`: "kata Juru Bicara
 * Gedung Putih, Karoline Leavitt", "ujar dia", "lapor Halkett", "kata juru
 * bicara Gugus Tugas Covid-19 Kabupaten Bekasi, Alamsyah".  The phrase ends
 * at a lower-case word after a name or a comma ("kata Presiden dalam
 * rapat"), at a third comma, or after QT_SPEAKER_WINDOW tokens.  Offices and
 * units come first and the name last, so the last person in the phrase wins,
 * then the first organisation, then an unrecognised name. */
qt_speaker warta_qt__speaker_after(qt_ctx *c, uint32_t a, uint32_t limit, const qt_prev *prev)
{
    if (a >= limit || (c->tf[a] & QT_T_IN_QUOTE))
        return no_speaker;
    int pr = warta_qt__pronoun(c, a);
    if (pr)
        return pronoun_speaker(c, a, pr, prev);
    int32_t person = -1, org = -1, appos_name = -1;
    int seen_name = 0, commas = 0, after_comma = 0, lower = 0;
    for (uint32_t k = a; k < limit && k < a + QT_SPEAKER_WINDOW; k++) {
        if (qt_is_final(c, k) || qt_is_mark(c, k) || (c->tf[k] & QT_T_IN_QUOTE))
            break;
        int32_t m = c->m_start[k];
        if (m >= 0) {
            const qt_mention *mm = &c->ments[m];
            if (mm->type <= QT_OFFICIAL)
                person = m;
            else if (org < 0 && (mm->type == QT_ORG || k == a))
                org = m;
            seen_name = 1;
            after_comma = 0;
            k = mm->tok_e - 1;
            continue;
        }
        uint32_t f = c->tok[k].flags;
        if (qt_is_comma(c, k)) {
            if (++commas > 2)
                break;
            seen_name = 0;
            after_comma = 1;
            continue;
        }
        if (f & WARTA_TOK_WORD) {
            if (!(f & WARTA_TOK_CAPITAL)) {
                if (seen_name || commas || ++lower > QT_LOWER_LEAD)
                    break; /* lower case after a name or an apposition's comma */
            } else {
                if (after_comma && appos_name < 0)
                    appos_name = (int32_t)k;
                seen_name = 1;
            }
        }
        after_comma = 0;
    }
    if (person >= 0)
        return mention_speaker(c, person, QT_SPK_MENTION);
    if (org >= 0)
        return mention_speaker(c, org, QT_SPK_MENTION);
    qt_speaker sp = name_at(c, a, limit);
    if (sp.how == QT_SPK_NONE && appos_name >= 0)
        sp = name_at(c, (uint32_t)appos_name, limit);
    return sp;
}

/* ---- one direct quotation ----------------------------------------------- */

static void set_cue(qt_quote *q, uint32_t t, uint32_t len)
{
    q->cue_s = (int32_t)t;
    q->cue_e = (int32_t)(t + len);
}

/* "X mengatakan, “…”", "X: “…”"; leaves a speaker-less cue in q too. */
static int pre_adjacent(qt_ctx *c, qt_quote *q, const qt_prev *prev)
{
    uint32_t o = q->open;
    if (o == 0 || qt_is_para(c, o))
        return 0;
    uint32_t b = o - 1, verb;
    if (qt_key_is(c, b, ":")) {
        if (b == 0 || qt_is_para(c, b))
            return 0;
        if (!verb_cue(c, b - 1, QT_CUE_ATTR | QT_CUE_INDIRECT)) {
            q->spk = warta_qt__subject_of(c, b, prev);
            return q->spk.how != QT_SPK_NONE;
        }
        verb = b - 1;
    } else if (qt_is_comma(c, b) && b > 0 && !qt_is_para(c, b)) {
        verb = b - 1;
    } else {
        verb = b;
    }
    if (!verb_cue(c, verb, QT_CUE_ATTR | QT_CUE_INDIRECT) || c->cue_len[verb] != 1)
        return 0;
    set_cue(q, verb, 1);
    q->spk = warta_qt__subject_of(c, verb, prev);
    return q->spk.how != QT_SPK_NONE;
}

/* "“…,” kata X", "“…,” katanya", "“…,” X said", "“…,” he added". */
static int post_cue(qt_ctx *c, qt_quote *q, const qt_prev *prev)
{
    uint32_t a = q->close + 1, len;
    for (int k = 0; k < 2 && a < c->n && !qt_is_para(c, a) && (qt_is_comma(c, a) || qt_key_is(c, a, "-")); k++)
        a++;
    if (a >= c->n || qt_is_para(c, a) || (c->tf[a] & QT_T_IN_QUOTE))
        return 0;
    uint32_t limit = qt_sent_end(c, a);
    uint8_t cl = c->cue[a];
    if (cl & QT_CUE_NYA) {
        if (cl & QT_CUE_MENURUT)
            return 0;
        set_cue(q, a, c->cue_len[a]);
        qt_speaker sp = {(int32_t)a, q->cue_e, warta_qt__resolve(c, a, prev), QT_SPK_NYA};
        q->spk = sp;
        return 1;
    }
    if ((cl & QT_CUE_ATTR) && !(cl & QT_CUE_MENURUT)) {
        set_cue(q, a, c->cue_len[a]);
        q->spk = warta_qt__speaker_after(c, a + c->cue_len[a], limit, prev);
        return 1;
    }
    qt_speaker sp = warta_qt__speaker_after(c, a, limit, prev);
    if (sp.how == QT_SPK_NONE)
        return 0;
    uint32_t e = (uint32_t)sp.e;
    for (int k = 0; k < QT_GAP_MAX && e < limit && (warta_qt__words(c, e, &len) & QT_FW_GAP); k++)
        e += len;
    if (e >= limit || !verb_cue(c, e, QT_CUE_ATTR | QT_CUE_INDIRECT))
        return 0;
    set_cue(q, e, c->cue_len[e]);
    q->spk = sp;
    return 1;
}

/* "Ia bahkan menyebut kemungkinan “pertukaran wilayah”". */
static int pre_distant(qt_ctx *c, qt_quote *q, const qt_prev *prev, const qt_quote *last_ind)
{
    uint32_t o = q->open;
    if (o == 0 || qt_is_para(c, o))
        return 0;
    for (uint32_t k = o - 1, steps = 0; steps < QT_PRE_WINDOW; k--, steps++) {
        if (qt_is_final(c, k) || qt_is_mark(c, k) || (c->tf[k] & QT_T_IN_QUOTE))
            return 0;
        if (last_ind && last_ind->cue_s == (int32_t)k && last_ind->spk.how != QT_SPK_NONE) {
            /* "Menurutnya, ... mencegah munculnya 'kinerja kamuflatif'" */
            set_cue(q, k, (uint32_t)(last_ind->cue_e - last_ind->cue_s));
            q->spk = last_ind->spk;
            return 1;
        }
        if (verb_cue(c, k, QT_CUE_INDIRECT) && c->cue_len[k] == 1) {
            qt_speaker sp = last_ind && last_ind->cue_s == (int32_t)k ? last_ind->spk
                                                                       : warta_qt__subject_of(c, k, prev);
            if (sp.how == QT_SPK_NONE)
                return 0;
            set_cue(q, k, 1);
            q->spk = sp;
            return 1;
        }
        if (k == 0 || qt_is_para(c, k))
            return 0;
    }
    return 0;
}

/* Last token of the sentence holding the quotation's last piece. */
static uint32_t attribution_end(const qt_ctx *c, const qt_quote *q)
{
    uint32_t t = q->close;
    if (q->cue_e > 0 && (uint32_t)q->cue_e - 1 > t)
        t = (uint32_t)q->cue_e - 1;
    if (q->spk.e > 0 && (uint32_t)q->spk.e - 1 > t)
        t = (uint32_t)q->spk.e - 1;
    uint32_t e = qt_sent_end(c, t);
    return e > t ? e - 1 : t;
}

/* Only punctuation in (from, to). */
static int only_punct_between(const qt_ctx *c, uint32_t from, uint32_t to, uint32_t max)
{
    if (to <= from)
        return 0;
    if (to - from - 1 > max)
        return 0;
    for (uint32_t t = from + 1; t < to; t++)
        if (c->tok[t].flags & (WARTA_TOK_WORD | WARTA_TOK_NUMBER))
            return 0;
    return 1;
}

/* "“A,” kata X, “B.”": the second part belongs to the first quotation. */
static int continues_interrupted(const qt_ctx *c, const qt_quote *p, const qt_quote *q)
{
    if (!p || !p->post || p->single || q->single || qt_is_para(c, q->open))
        return 0;
    uint32_t e = (uint32_t)(p->spk.e > p->cue_e ? p->spk.e : p->cue_e);
    if (e == 0 || e > q->open)
        return 0;
    if (q->open == e || (q->open == e + 1 && qt_is_comma(c, e)))
        return 1;
    /* “A,” he said of people whose rights were restored, “B.” */
    if (q->open - e > QT_INTERRUPT_MAX || !qt_is_comma(c, q->open - 1))
        return 0;
    for (uint32_t t = e; t < q->open; t++)
        if (qt_is_final(c, t) || qt_is_mark(c, t) || (c->cue[t] & (QT_CUE_ATTR | QT_CUE_INDIRECT)))
            return 0;
    return 1;
}

/* Words between marks that nobody is said to have said are speech when
 * they end like a sentence or a clause ("Kami tidak akan pindah.") or run
 * long, unless they are a few capitalised words; otherwise they are a
 * title, a name or a scare quote ("Sunday Morning Futures.", "jembatan
 * udara") and not a quotation. */
static int speech_like(const qt_ctx *c, const qt_quote *q)
{
    uint32_t last = q->closed ? q->close - 1 : q->close, words = 0;
    const char *k = c->tok[last].key;
    int ends = strcmp(k, ",") == 0 || strcmp(k, ".") == 0 || strcmp(k, "!") == 0 || strcmp(k, "?") == 0 ||
               strcmp(k, "\xE2\x80\xA6") == 0;
    int title_case = 1;
    for (uint32_t t = q->open + 1; t < last && words < QT_LONG_QUOTE; t++)
        if (c->tok[t].flags & WARTA_TOK_WORD) {
            words++;
            title_case &= (c->tok[t].flags & WARTA_TOK_CAPITAL) != 0;
        }
    if (title_case && words <= QT_TITLE_WORDS)
        return 0; /* "Sunday Morning Futures." */
    return ends || words >= QT_LONG_QUOTE;
}

static void attribute_direct(qt_ctx *c, uint32_t qi, qt_prev *prev, int32_t *last_direct, int32_t last_ind)
{
    qt_quote *q = &c->q[qi];
    qt_quote *p = *last_direct >= 0 ? &c->q[*last_direct] : NULL;
    const qt_quote *ind = last_ind >= 0 ? &c->q[last_ind] : NULL;
    uint32_t len;

    if (q->open > 0 && !qt_is_para(c, q->open) && (warta_qt__words(c, q->open - 1, &len) & QT_FW_TITLE)) {
        q->drop = 1; /* diskusi bertajuk ”…”: a title */
        return;
    }

    if (!pre_adjacent(c, q, prev)) {
        qt_quote pre = *q;
        q->cue_s = q->cue_e = -1;
        q->spk = no_speaker;
        if (post_cue(c, q, prev)) {
            q->post = 1;
        } else if (p && continues_interrupted(c, p, q) && p->part0 + p->n_parts == q->part0) {
            p->n_parts += q->n_parts;
            p->end = q->end;
            p->close = q->close;
            p->closed = q->closed;
            q->drop = 1;
            return;
        } else if (pre.cue_s >= 0) {
            q->cue_s = pre.cue_s;
            q->cue_e = pre.cue_e;
        } else if (!pre_distant(c, q, prev, ind) && p && !q->single && !p->single &&
                   only_punct_between(c, p->attr_end, q->open, 4)) {
            if (p->part0 + p->n_parts == q->part0) {
                /* “A,” Westmacott said. “B.”: one quotation in two parts */
                p->n_parts += q->n_parts;
                p->end = q->end;
                p->close = q->close;
                p->closed = q->closed;
                p->attr_end = attribution_end(c, q);
                if (p->spk.ment >= 0 && c->ments[p->spk.ment].type != QT_LOC)
                    prev->attr_end = p->attr_end;
                q->drop = 1;
                return;
            }
            if (p->spk.ment >= 0) {
                q->spk.ment = p->spk.ment;
                q->spk.how = QT_SPK_INHERITED;
            }
        }
    }
    if (q->cue_s >= 0)
        for (int32_t t = q->cue_s; t < q->cue_e; t++)
            c->tf[t] |= QT_T_CUE_DIRECT;
    int attributed = q->cue_s >= 0 || q->spk.how != QT_SPK_NONE;
    if (!attributed && (q->weak || q->single || !q->closed || !speech_like(c, q))) {
        q->drop = 1;
        return;
    }
    q->attr_end = attribution_end(c, q);
    if (q->spk.ment >= 0 && c->ments[q->spk.ment].type != QT_LOC) {
        prev->speaker = q->spk.ment;
        prev->attr_end = q->attr_end;
    }
    *last_direct = (int32_t)qi;
}

int warta_qt__attribute(qt_ctx *c)
{
    qt_prev prev = {-1, 0};
    uint32_t n_direct = c->n_q, qi = 0;
    int32_t last_direct = -1, last_ind = -1;
    for (uint32_t t = 0; t < c->n; t++) {
        while (qi < n_direct && c->q[qi].open == t)
            attribute_direct(c, qi++, &prev, &last_direct, last_ind);
        if (c->cue[t] &&
            !(c->tf[t] & (QT_T_IN_QUOTE | QT_T_CUE_DIRECT))) {
            uint32_t before = c->n_q;
            int rc = warta_qt__indirect(c, t, &prev);
            if (rc != WARTA_OK)
                return rc;
            if (c->n_q > before)
                last_ind = (int32_t)c->n_q - 1;
        }
    }
    return WARTA_OK;
}
