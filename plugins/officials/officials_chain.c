/*
 * officials_chain.c — reading a title chain and the name it introduces.
 *
 *   chain := [former] unit+
 *   unit  := [prefix] title [portfolio words] [suffixes] [affiliation ["(" ACRONYM ")"]]
 *   then  := [honorific]* [","] [honorific]* name
 *
 * "mantan Wakil Presiden AS Donald Trump", "Kapolda Metro Jaya Irjen Karyoto",
 * "Juru Bicara Kementerian Luar Negeri Rusia Maria Zakharova",
 * "utusan khusus AS, Steve Witkoff", "Perdana Menteri Inggris Sir Keir Starmer".
 * Every loop here is bounded by a small constant, so a chain costs O(1)
 * per token it covers.
 */
#include <string.h>

#include "officials.h"

#define MAX_UNITS 4
#define MAX_NAME 8          /* tokens a name run may span before trimming */
#define MAX_AFF_RUN 5       /* capitalised words an unannotated affiliation may have */

static uint32_t skip_bracketed_word(const off_ctx *c, uint32_t t);

static int is_role_kind(int k)
{
    return k == OFF_T_OFFICE || k == OFF_T_RANK || k == OFF_T_OCCUPATION;
}

/* "Peneliti Institute for ...": an organisation read back over an
 * occupation before it; the occupation is still a title. */
static int title_in_org(const off_ctx *c, uint32_t i)
{
    const off_tok *t = &c->t[i];
    if (t->ann < 0 || t->title_kind != OFF_T_OCCUPATION || !t->title_n || t->ann_end <= i + t->title_n)
        return 0;
    const char *label = c->doc->annotations[t->ann].label;
    return label && strcmp(label, "organization") == 0;
}

int warta_officials__is_role_title(const off_ctx *c, uint32_t i)
{
    if (i >= c->n || (c->t[i].cls & OFF_TAKEN) || ((c->t[i].cls & OFF_COVERED) && !title_in_org(c, i)))
        return 0;
    int k = off_title_kind(c, i);
    if (is_role_kind(k))
        return 1;
    if (k == OFF_T_PREFIX) {
        uint32_t j = skip_bracketed_word(c, i + c->t[i].title_n);
        return j < c->n && !(c->t[j].cls & OFF_COVERED) && is_role_kind(off_title_kind(c, j));
    }
    return 0;
}

uint32_t warta_officials__skip_honorifics(const off_ctx *c, uint32_t t, uint32_t *hon_s, uint32_t *hon_e)
{
    for (int guard = 0; guard < 6 && t < c->n; guard++) {
        if (off_title_kind(c, t) != OFF_T_HONORIFIC || (c->t[t].cls & (OFF_STOP | OFF_COVERED)))
            break;
        if (*hon_s == *hon_e)
            *hon_s = t;
        t += c->t[t].title_n;
        *hon_e = t;
    }
    return t;
}

/* 0: not a name particle; 1: inside a name only (bin, al); 2: may also
 * begin one (de, van). */
int warta_officials__particle(const off_ctx *c, uint32_t i)
{
    if (i >= c->n || !(c->t[i].cls & (OFF_LOWER | OFF_CAP)))
        return 0;
    warta_lexicon_match m;
    const warta_host *h = c->in->host;
    if (h->lexicon_match(c->in->names, c->doc, i, &m) != 1 || strncmp(m.value, "particle", 8) != 0)
        return 0;
    return strstr(m.value, "start") ? 2 : 1;
}

static int is_particle(const off_ctx *c, uint32_t i)
{
    return (c->t[i].cls & OFF_LOWER) && warta_officials__particle(c, i);
}

/* Between two name words: a particle ("bin"), a short all-caps part
 * ("Irianto MS Syaifuddin", "Taufik HM Amin") or an inner honorific
 * ("Najib Tun Razak"). */
static int inner_word(const off_ctx *c, uint32_t i)
{
    uint32_t k = c->t[i].cls;
    if ((k & OFF_INNER) && c->t[i].title_n == 1)
        return 1;
    if ((k & OFF_UPPER) && !(k & (OFF_COVERED | OFF_STOP | OFF_REGNAL)) && !c->t[i].title_n &&
        c->doc->tokens[i].end - c->doc->tokens[i].start <= 3)
        return 1;
    return is_particle(c, i);
}

/* "(Plt)", "(Menkeu)", "(AS)", "(Dirjen Pajak)": up to three capitalised
 * words in brackets, repeating what precedes. */
static uint32_t skip_bracketed_word(const off_ctx *c, uint32_t t)
{
    if (t + 2 >= c->n || !(c->t[t].cls & OFF_OPEN))
        return t;
    for (uint32_t k = t + 1; k < c->n && k <= t + 5 && off_same_sentence(c, t, k); k++) {
        if (c->t[k].cls & OFF_CLOSE)
            return k > t + 1 ? k + 1 : t;
        /* "(P2RK)", "(Menpan dan RB)" */
        uint32_t f = c->doc->tokens[k].flags;
        if (!(c->t[k].cls & (OFF_CAP | OFF_UPPER | OFF_COVERED)) &&
            !((f & WARTA_TOK_WORD) && (f & WARTA_TOK_ALLCAPS)) &&
            !(k > t + 1 && k + 1 < c->n && (c->t[k + 1].cls & (OFF_CAP | OFF_UPPER)) &&
              warta_officials__word_kind(c, k, "link")))
            return t;
    }
    return t;
}

/* "ke-2" of "Presiden ke-2", one token or "ke", "-", "2". */
static uint32_t skip_ordinal(const off_ctx *c, uint32_t t)
{
    const warta_token *tk = c->doc->tokens;
    if (t < c->n && strncmp(tk[t].key, "ke-", 3) == 0 && tk[t].key[3] >= '0' && tk[t].key[3] <= '9')
        return t + 1;
    if (t + 2 < c->n && strcmp(tk[t].key, "ke") == 0 && strcmp(tk[t + 1].key, "-") == 0 &&
        (tk[t + 2].flags & WARTA_TOK_NUMBER) && tk[t + 1].start == tk[t].end && tk[t + 2].start == tk[t + 1].end)
        return t + 3;
    return t;
}

static int name_word(const off_ctx *c, uint32_t i)
{
    uint32_t k = c->t[i].cls;
    /* all caps only inside a known name or as a known figure ("SBY") */
    if (!(k & OFF_CAP) && !((k & OFF_UPPER) && (k & (OFF_KNOWN | OFF_FIGURE))))
        return 0;
    if (k & (OFF_STOP | OFF_COVERED | OFF_TAKEN | OFF_GEN | OFF_REGNAL))
        return 0;
    /* A title word ends a name unless the name is known ("Raja" in a known name). */
    int tk = off_title_kind(c, i);
    if (tk != OFF_T_NONE && tk != OFF_T_SUFFIX && tk != OFF_T_LEAD && !(k & (OFF_KNOWN | OFF_FIGURE)))
        return 0;
    return 1;
}

/* "Hakim" of "Arfan Hakim": a one-word title after a name word is a surname
 * when no name follows it (it would introduce that name). */
static int surname_title(const off_ctx *c, uint32_t i)
{
    uint32_t k = c->t[i].cls;
    if (!(k & OFF_CAP) || (k & (OFF_STOP | OFF_COVERED | OFF_TAKEN)) || c->t[i].title_n != 1)
        return 0;
    int tk = off_title_kind(c, i);
    if (tk != OFF_T_OFFICE && tk != OFF_T_OCCUPATION)
        return 0;
    return i + 1 >= c->n || !(c->t[i + 1].cls & (OFF_CAP | OFF_UPPER)) ||
           (c->t[i + 1].cls & (OFF_GEN | OFF_REGNAL)) ||
           !off_same_sentence(c, i, i + 1);
}

/* A word that may be inside a name but cannot end one. */
static int weak_end(const off_ctx *c, uint32_t i)
{
    uint32_t k = c->t[i].cls;
    if (c->t[i].title_n)
        return 0; /* a surname that is also a title: "Arfan Hakim" */
    if (k & (OFF_INITIAL | OFF_DOT | OFF_LOWER))
        return 1;
    return (k & OFF_COMMON) && !(k & OFF_NAMEISH);
}

/* "de Blasio", "De Blasio", "van Gaal": a particle that may begin a name. */
static int particle_starts(const off_ctx *c, uint32_t i)
{
    return i + 1 < c->n && name_word(c, i + 1) && !(c->t[i + 1].cls & OFF_INITIAL) &&
           warta_officials__particle(c, i) == 2;
}

static int weak_start(const off_ctx *c, uint32_t i)
{
    uint32_t k = c->t[i].cls;
    if ((k & (OFF_LOWER | OFF_COMMON)) && particle_starts(c, i))
        return 0;
    if (k & (OFF_DOT | OFF_LOWER))
        return 1;
    return (k & OFF_COMMON) && !(k & OFF_NAMEISH);
}

int warta_officials__name_word(const off_ctx *c, uint32_t i)
{
    return i < c->n && name_word(c, i);
}

uint32_t warta_officials__skip_bracketed(const off_ctx *c, uint32_t t)
{
    return skip_bracketed_word(c, t);
}

/* The capitalised words from s, trimmed of common words at both ends.
 * Returns the trimmed length; *raw_e is where the run itself stopped. */
static uint32_t run(const off_ctx *c, uint32_t s, uint32_t *name_s, uint32_t *name_e, uint32_t *raw_e)
{
    uint32_t e = s;
    while (e < c->n && e - s < MAX_NAME && off_same_sentence(c, s, e)) {
        if (warta_officials__degree_starts(c, e))
            break; /* "Budi Santoso S.Pd", "Ildianto, S. Pd" */
        if (name_word(c, e) || (e > s && surname_title(c, e))) {
            /* "F." of "John F. Kennedy": the dot is part of the initial */
            if ((c->t[e].cls & OFF_INITIAL) && e + 1 < c->n && (c->t[e + 1].cls & OFF_DOT) &&
                c->doc->tokens[e + 1].start == c->doc->tokens[e].end)
                e++;
            e++;
            continue;
        }
        if (e + 1 < c->n && name_word(c, e + 1) && (e > s ? inner_word(c, e) : particle_starts(c, e))) {
            e++;
            continue;
        }
        break;
    }
    *raw_e = e;
    uint32_t a = s, b = e;
    while (b > a && weak_end(c, b - 1))
        b--;
    while (a < b && weak_start(c, a))
        a++;
    /* initials alone are no name */
    int real = 0;
    for (uint32_t k = a; k < b; k++)
        if (!(c->t[k].cls & (OFF_INITIAL | OFF_DOT | OFF_LOWER)))
            real++;
    if (!real)
        a = b;
    else if (b == e) /* "King Jr.", "Paulus II", "Belafonte, Sr." */
        b = warta_officials__generation_end(c, b);
    if (b > *raw_e)
        *raw_e = b;
    *name_s = a;
    *name_e = b;
    return b - a;
}

uint32_t warta_officials__name_run(const off_ctx *c, uint32_t s, uint32_t *name_s, uint32_t *name_e)
{
    uint32_t raw;
    return run(c, s, name_s, name_e, &raw);
}

uint32_t warta_officials__name_run_raw(const off_ctx *c, uint32_t s, uint32_t *name_s, uint32_t *name_e,
                                       uint32_t *raw_e)
{
    return run(c, s, name_s, name_e, raw_e);
}

/* Capitalised or all-caps words that could name an unannotated affiliation. */
static uint32_t cap_run_end(const off_ctx *c, uint32_t t)
{
    uint32_t e = t;
    while (e < c->n && e - t < MAX_AFF_RUN && off_same_sentence(c, t, e)) {
        uint32_t k = c->t[e].cls;
        int tk = off_title_kind(c, e);
        if (!(k & (OFF_CAP | OFF_UPPER)) || (k & (OFF_COVERED | OFF_TAKEN)))
            break;
        if (is_role_kind(tk) || tk == OFF_T_HONORIFIC || tk == OFF_T_PREFIX)
            break;
        e++;
    }
    return e;
}

/* Tokens of the title at t, cut before an annotation starting inside it:
 * in "Kepala Desa Sukamaju" annotated "Desa Sukamaju", the role is "Kepala"
 * and the village its affiliation. */
static uint32_t title_len(const off_ctx *c, uint32_t t)
{
    uint32_t n = c->t[t].title_n;
    for (uint32_t k = 1; k < n && t + k < c->n; k++) {
        int32_t a = c->t[t + k].ann;
        if (a < 0)
            continue;
        /* a place, or an organisation named by its head noun ("Desa
         * Sukamaju", "Dinas Kesehatan"); not "Eksekutif Institute", an
         * organisation read too far back into "Direktur Eksekutif" */
        const char *label = c->doc->annotations[a].label;
        if ((c->t[t + k].cls & OFF_HEAD) || (label && strcmp(label, "location") == 0))
            return k;
    }
    return n;
}

static void set_aff(off_chain *ch, uint32_t s, uint32_t e, int32_t ann)
{
    if (ch->aff_s != ch->aff_e)
        return; /* the first affiliation is the one nearest the office */
    ch->aff_s = s;
    ch->aff_e = e;
    ch->aff_ann = ann;
}

/* A name worth taking after an apposition comma: two words, or one known. */
int warta_officials__appositive_name_at(const off_ctx *c, uint32_t t)
{
    uint32_t hs = 0, he = 0, ns, ne;
    t = warta_officials__skip_honorifics(c, t, &hs, &he);
    if (t >= c->n)
        return 0;
    uint32_t len = warta_officials__name_run(c, t, &ns, &ne);
    if (ns != t || len == 0)
        return 0;
    return len >= 2 || (c->t[ns].cls & (OFF_FIGURE | OFF_KNOWN)) || hs != he;
}

/* An annotated place or organisation, or an acronym, right after a title. */
static uint32_t affiliation(const off_ctx *c, uint32_t t, off_chain *ch)
{
    uint32_t a = t;
    if (t >= c->n)
        return t;
    if (c->t[t].ann >= 0) {
        set_aff(ch, t, c->t[t].ann_end, c->t[t].ann);
        a = c->t[t].ann_end;
        /* "Kementerian Luar Negeri" + "Rusia" when the organisation plugin
         * stopped short: the first stays the affiliation, the rest is skipped */
        for (int guard = 0; guard < 4 && a < c->n && c->t[a].ann >= 0; guard++)
            a = c->t[a].ann_end;
    } else {
        while (a < c->n && a - t < 3 && (c->t[a].cls & OFF_UPPER) && !(c->t[a].cls & OFF_COVERED) &&
               off_title_kind(c, a) != OFF_T_HONORIFIC && !warta_officials__is_role_title(c, a))
            a++;
        if (a > t)
            set_aff(ch, t, a, -1);
    }
    /* "Amerika Serikat (AS)": the acronym in brackets repeats the affiliation */
    if (a > t) {
        a = skip_bracketed_word(c, a);
        for (int guard = 0; guard < 3 && a < c->n && c->t[a].ann >= 0; guard++)
            a = c->t[a].ann_end; /* "Badan Anggaran (Banggar) DPR RI" */
    }
    return a;
}

/* Pol., TNI, (Purn.) after a rank. */
uint32_t warta_officials__skip_suffixes(const off_ctx *c, uint32_t t)
{
    for (int guard = 0; guard < 3 && t < c->n; guard++) {
        if (off_title_kind(c, t) == OFF_T_SUFFIX && !(c->t[t].cls & OFF_COVERED)) {
            t += c->t[t].title_n;
        } else if ((c->t[t].cls & OFF_OPEN) && t + 2 < c->n && off_title_kind(c, t + 1) == OFF_T_SUFFIX &&
                   (c->t[t + 1 + c->t[t + 1].title_n].cls & OFF_CLOSE)) {
            t += 2 + c->t[t + 1].title_n;
        } else {
            break;
        }
    }
    return t;
}

/* Capitalised common words naming the portfolio: "Menteri Koordinator
 * Bidang Politik dan Keamanan". */
static uint32_t portfolio_words(const off_ctx *c, uint32_t t)
{
    uint32_t e = t;
    for (int guard = 0; guard < 6 && e < c->n; guard++) {
        uint32_t k = c->t[e].cls;
        /* stopwords too: "Sumber" of "Sumber Daya Mineral", "Dalam" of "Dalam Negeri" */
        if ((k & OFF_CAP) && (k & OFF_COMMON) && !(k & (OFF_COVERED | OFF_FIGURE | OFF_KNOWN | OFF_HEAD | OFF_INITIAL)) &&
            off_title_kind(c, e) == OFF_T_NONE) {
            e++;
            continue;
        }
        /* "dan" between two portfolio words */
        if ((k & OFF_LOWER) && e > t && e + 1 < c->n && strcmp(c->doc->tokens[e].key, "dan") == 0) {
            uint32_t k2 = c->t[e + 1].cls;
            if ((k2 & OFF_CAP) && (k2 & OFF_COMMON) && !(k2 & (OFF_COVERED | OFF_FIGURE | OFF_KNOWN | OFF_HEAD))) {
                e++;
                continue;
            }
        }
        break;
    }
    return e;
}

/* "of" and the capitalised words after an English title are its domain,
 * part of the role, up to a name: "Minister of Finance Sri Mulyani",
 * "Secretary of State Marco Rubio", "Prince of Wales" (no name follows).
 * A place or organisation annotated there is left to be the affiliation. */
static uint32_t of_domain(const off_ctx *c, uint32_t t)
{
    if (t + 1 >= c->n || strcmp(c->doc->tokens[t].key, "of") != 0 || !off_same_sentence(c, t, t + 1))
        return t;
    uint32_t e = t + 1;
    for (int guard = 0; guard < 4 && e < c->n && off_same_sentence(c, t, e); guard++, e++) {
        uint32_t k = c->t[e].cls;
        if (!(k & OFF_CAP) || (k & (OFF_COVERED | OFF_TAKEN | OFF_NAMEISH | OFF_INITIAL)) ||
            warta_officials__is_role_title(c, e) || off_title_kind(c, e) == OFF_T_HONORIFIC)
            break;
    }
    return e > t + 1 ? e : t;
}

/* A lower-case word naming a field, not a verb or function word:
 * "kebijakan", "publik" — not "menilai", "berharap", "yang". */
static int desc_word(const off_ctx *c, uint32_t i)
{
    const warta_token *tk = &c->doc->tokens[i];
    if (!(c->t[i].cls & OFF_LOWER))
        return 0;
    const char *k = tk->key;
    size_t n = strlen(k);
    int tkind = off_title_kind(c, i);
    if (tkind != OFF_T_NONE && tkind != OFF_T_OFFICE && tkind != OFF_T_OCCUPATION)
        return 0; /* "mantan", "selaku", "yang juga" */
    if (n < 3 || strchr(k, '-'))
        return 0;
    /* active verbs: me-, ber- (menilai, mengatakan, berharap); passive di-...-kan/-i */
    if (strncmp(k, "me", 2) == 0 || strncmp(k, "ber", 3) == 0)
        return 0;
    if (strncmp(k, "di", 2) == 0 && n >= 6 &&
        (strcmp(k + n - 3, "kan") == 0 || k[n - 1] == 'i'))
        return 0;
    /* ter- + consonant: terkonfirmasi, terdampak (not terorisme, terapi) */
    if (strncmp(k, "ter", 3) == 0 && n >= 6 && !strchr("aeiou", k[3]))
        return 0;
    /* "keluarganya", "semuanya": a possessive or pronoun ends the field */
    if (n > 5 && strcmp(k + n - 3, "nya") == 0)
        return 0;
    return !warta_officials__word_kind(c, i, "end") && !warta_officials__word_kind(c, i, "link") &&
           !warta_officials__word_kind(c, i, "from");
}

/* "pengamat kebijakan publik", "anggota tim kuasa hukum": up to three
 * lower-case words naming the field, kept only when what follows them can
 * be an affiliation, a name or the end of an apposition. */
uint32_t warta_officials__desc_words(const off_ctx *c, uint32_t t)
{
    uint32_t e = t;
    while (e < c->n && e - t < 3 && off_same_sentence(c, t, e) && desc_word(c, e))
        e++;
    if (e == t || e >= c->n || !off_same_sentence(c, t, e))
        return t;
    const off_tok *n = &c->t[e];
    if (n->ann >= 0 || (n->cls & (OFF_CAP | OFF_UPPER | OFF_COMMA | OFF_OPEN | OFF_DOT)) ||
        warta_officials__word_kind(c, e, "from") || warta_officials__word_kind(c, e, "end"))
        return e;
    return t;
}

uint32_t warta_officials__parse_chain(const off_ctx *c, uint32_t t0, off_chain *ch)
{
    memset(ch, 0, sizeof *ch);
    ch->aff_ann = -1;
    ch->start = t0;
    uint32_t t = t0;
    if (off_title_kind(c, t) == OFF_T_FORMER && !(c->t[t].cls & OFF_COVERED)) {
        uint32_t j = t + c->t[t].title_n;
        if (!warta_officials__is_role_title(c, j))
            return 0;
        ch->former = 1;
        t = j;
    }
    int units = 0;
    while (units < MAX_UNITS && t < c->n && off_same_sentence(c, t0, t) && warta_officials__is_role_title(c, t)) {
        uint32_t us = t;
        if (off_title_kind(c, t) == OFF_T_PREFIX) /* "Pelaksana tugas (Plt) Kepala" */
            t = skip_bracketed_word(c, t + c->t[t].title_n);
        int k = off_title_kind(c, t);
        int portfolio = (c->t[t].cls & OFF_PORTFOLIO) != 0;
        int desc = (c->t[t].cls & OFF_DESC) != 0;
        t += title_len(c, t);
        if (desc)
            t = warta_officials__desc_words(c, t);
        if (portfolio)
            t = portfolio_words(c, t);
        t = skip_ordinal(c, t);
        if (c->t[us].cls & OFF_EN_TITLE)
            t = of_domain(c, t);
        if (k == OFF_T_RANK) {
            if (ch->rank_s == ch->rank_e) {
                ch->rank_s = us;
                ch->rank_e = t;
            }
            t = warta_officials__skip_suffixes(c, t);
        } else if (ch->role_s == ch->role_e) {
            /* "mantan Presiden" is the role as written; attr former says it too */
            ch->role_s = units == 0 ? t0 : us;
            ch->role_e = t;
            ch->open_role = portfolio;
        } else if (ch->role_e == us && k != OFF_T_OCCUPATION) {
            /* "Deputi Komisioner": an office right after the role refines it */
            ch->role_e = t;
            ch->open_role = portfolio;
        }
        units++;
        ch->last_kind = k;
        t = skip_bracketed_word(c, t); /* "Menteri Keuangan (Menkeu)" */
        uint32_t a = affiliation(c, t, ch);
        if (a > t) {
            t = a;
            /* "Kepolisian Sektor" (annotated) + "Tebet" + "Komisaris Budi":
             * words left of the organisation before the next title */
            uint32_t r = cap_run_end(c, t);
            if (r > t && r - t <= 2 && r < c->n && warta_officials__is_role_title(c, r) &&
                !off_has_any(c, t, r, OFF_NAMEISH))
                t = r;
            continue;
        }
        /* Capitalised words before another title ("Kapolda Metro Jaya Irjen")
         * or before ", Name" ("diplomat senior Trump, Marco Rubio") name the
         * affiliation even when no plugin annotated them. */
        uint32_t r = cap_run_end(c, t);
        if (r > t && r < c->n) {
            if (warta_officials__is_role_title(c, r) && !off_has_any(c, t, r, OFF_KNOWN | OFF_FIGURE)) {
                set_aff(ch, t, r, -1);
                t = r;
                continue;
            }
            if ((c->t[r].cls & OFF_COMMA) && warta_officials__appositive_name_at(c, r + 1)) {
                /* a person ("diplomat senior Trump, Marco Rubio") is no affiliation */
                if (!off_has_any(c, t, r, OFF_NAMEISH))
                    set_aff(ch, t, r, -1);
                t = r;
                break;
            }
        }
    }
    if (!units)
        return 0;
    ch->end = t;
    return t;
}

/* With no affiliation found yet, capitalised words between the title and a
 * known first name are the affiliation: "Bupati Bogor Rudy Susmanto". */
static uint32_t split_affiliation(const off_ctx *c, uint32_t t, off_chain *ch)
{
    uint32_t r = cap_run_end(c, t);
    if (r - t < 3 || (c->t[t].cls & (OFF_NAMEISH | OFF_INITIAL)))
        return t;
    /* the name keeps two words: "Prasetyo Hadi" is no "Prasetyo" + "Hadi" */
    for (uint32_t k = t + 1; k + 2 <= r; k++) {
        if ((c->t[k].cls & (OFF_FIRST | OFF_FIGURE)) || c->t[k].known_n) {
            set_aff(ch, t, k, -1);
            return k;
        }
        if (c->t[k].cls & OFF_NAMEISH)
            break;
    }
    return t;
}

static void fill(off_mention *m, const off_chain *ch, uint32_t ns, uint32_t ne, uint32_t hs, uint32_t he)
{
    warta_officials__mention_init(m);
    m->name_s = ns;
    m->name_e = ne;
    m->role_s = ch->role_s;
    m->role_e = ch->role_e;
    m->rank_s = ch->rank_s;
    m->rank_e = ch->rank_e;
    m->hon_s = hs;
    m->hon_e = he;
    m->aff_s = ch->aff_s;
    m->aff_e = ch->aff_e;
    m->aff_ann = ch->aff_ann;
    m->former = ch->former;
    m->score = 0.9f;
}

/* The name at the end of an organisation the chain did not read
 * (officials_zone.c); `beyond`: the zone's name must end after it. */
static int zone_name(const off_ctx *c, off_chain *ch, off_mention *m, uint32_t beyond)
{
    off_zone z;
    if (!warta_officials__zone(c, ch->end, &z) || z.name_e <= beyond)
        return 0;
    uint32_t aff_s = z.aff_s;
    /* "Kepala Bidang" + "Humas": unit words before the organisation */
    if (ch->open_role && ch->role_e == ch->end && z.unit_e > z.aff_s && z.unit_e <= z.aff_e) {
        ch->role_e = z.unit_e;
        aff_s = z.unit_e;
    }
    if (ch->rank_s == ch->rank_e) {
        ch->rank_s = z.rank_s;
        ch->rank_e = z.rank_e;
    }
    while (aff_s < z.aff_e && (c->t[aff_s].cls & OFF_COMMA))
        aff_s++;
    if (ch->aff_s == ch->aff_e && aff_s < z.aff_e) {
        /* the organisation nearest the office, when one is annotated there */
        int32_t ann = c->t[aff_s].ann;
        set_aff(ch, aff_s, ann >= 0 ? c->t[aff_s].ann_end : z.aff_e, ann);
    }
    ch->end = z.end;
    fill(m, ch, z.name_s, z.name_e, z.hon_s, z.hon_e);
    m->score = 0.8f;
    return 1;
}

static int english_doc(const off_ctx *c)
{
    return c->doc->lang && strcmp(c->doc->lang, "en") == 0;
}

int warta_officials__titled_name(const off_ctx *c, off_chain *ch, off_mention *m)
{
    uint32_t hs = 0, he = 0, ns, ne, raw;
    uint32_t t = warta_officials__skip_honorifics(c, ch->end, &hs, &he);
    int appos = 0;
    if (t < c->n && (c->t[t].cls & OFF_COMMA)) {
        appos = 1;
        t = warta_officials__skip_honorifics(c, t + 1, &hs, &he);
    }
    if (t >= c->n || !off_same_sentence(c, ch->start, t))
        return 0;
    /* a rank stands right before its name: "Brigjen Trunoyudo Wisnu Andiko" */
    if (!appos && ch->aff_s == ch->aff_e && hs == he && ch->last_kind != OFF_T_RANK) {
        t = split_affiliation(c, t, ch);
        /* "Perdana Menteri Inggris Sir Keir Starmer": words before an honorific */
        uint32_t len = run(c, t, &ns, &ne, &raw);
        if (len && ns == t && raw < c->n && off_title_kind(c, raw) == OFF_T_HONORIFIC) {
            uint32_t hs2 = 0, he2 = 0, t2 = warta_officials__skip_honorifics(c, raw, &hs2, &he2);
            uint32_t ns2, ne2;
            if (t2 < c->n && warta_officials__name_run(c, t2, &ns2, &ne2) && ns2 == t2) {
                set_aff(ch, t, raw, -1);
                hs = hs2;
                he = he2;
                t = t2;
            }
        }
    }
    uint32_t len = run(c, t, &ns, &ne, &raw);
    if (len == 0 || len > 5)
        return hs == he && zone_name(c, ch, m, t); /* "..., Padang, Feri Amsari" */
    if (ns > t) {
        /* Common words right after a title: "Presiden Terpilih Prabowo
         * Subianto" has them in the role; with one word left they are the
         * name itself ("Kepala BGN Dadan Hindayana"). */
        if (len >= 2 && !appos && ch->role_e == t) {
            ch->role_e = ns;
        } else if (len >= 2 && !appos) {
            /* "KAI Commuter Anne Purba" after "Vice President Corporate
             * Secretary": the common words end the affiliation */
            if (ch->aff_e == t && ch->aff_ann < 0)
                ch->aff_e = ns;
        } else if (len >= 2) {
            /* ", Pemberdayaan Perempuan, dan ...": a list goes on */
            return hs == he && zone_name(c, ch, m, t);
        }
        else
            len = ne - (ns = t);
    }
    /* one word after an apposition comma must stand alone: "Kontributor CNN,
     * Risal kepada ...", not "..., Senin Pagi" */
    if (appos && len == 1 && !(c->t[ns].cls & (OFF_FIGURE | OFF_KNOWN)) && hs == he &&
        (ne >= c->n || (c->t[ne].cls & (OFF_CAP | OFF_UPPER)) || (c->t[ns].cls & OFF_COMMON)))
        return 0;
    /* "Humas" + "Polda Metro Jaya Kombes Yusri Yunus", "Covid" + "- 19 Doni
     * Monardo": words that go on as an organisation were no name */
    if (!appos && hs == he && !off_has_any(c, ns, ne, OFF_NAMEISH) && warta_officials__zone_goes_on(c, ns, ne)) {
        if (zone_name(c, ch, m, ne))
            return 1;
        /* one word that runs on into capitalised words, an acronym or an
         * organisation, with no name after them: "Senior Manager Aviation
         * Security Bandara ..." */
        if (ne - ns == 1 && ne < c->n && warta_officials__zone_goes_on(c, ns, ne) &&
            (c->t[ne].ann >= 0 || (c->t[ne].cls & (OFF_CAP | OFF_UPPER))))
            return 0;
    }
    /* a guessed place or organisation that began before the title holds it
     * and the name: a street or a park named after someone ("Jalan Kapten
     * Maulana Lubis", "Taman Hutan Raya Bukit Soeharto") */
    if (ch->start > 0 && off_has_all(c, ch->start - 1, ne, OFF_GUESSED))
        return 0;
    /* a lower-case occupation before a guessed organisation names its
     * people, not one of them: "petugas Avsec", "relawan Forkap" */
    if (hs == he && !appos && ch->aff_s == ch->aff_e && ns == ch->role_e && (c->t[ch->role_s].cls & OFF_LOWER) &&
        off_has_all(c, ns, ne, OFF_GUESSED) && !off_has_any(c, ns, ne, OFF_NAMEISH))
        return 0;
    fill(m, ch, ns, ne, hs, he);
    /* An English title in text that is not English, before one unlisted
     * word, is as often the title of a work ("drama Princess Hour"): the
     * name stands unless another plugin is surer there is none. */
    if (ne - ns == 1 && hs == he && !appos && (c->t[ch->start].cls & OFF_EN_TITLE) && !english_doc(c) &&
        !(c->t[ns].cls & OFF_NAMEISH))
        m->score = 0.7f;
    return 1;
}
