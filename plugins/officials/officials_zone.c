/*
 * officials_zone.c — the stretch between a title and a name that does not
 * follow it at once.
 *
 * Indonesian news puts the whole organisation between the office and the
 * name, often in words no plugin annotated:
 *     Kepala Bidang Humas | Polda Metro Jaya | Kombes | Yusri Yunus
 *     Ketua | Gugus Tugas ... Covid - 19 | Doni Monardo
 *     Presiden Direktur | Bank OCBC NISP | Parwati Surjaudaja
 *     Kepala Dusun | Nglahar, Kelurahan Sumbersari, Kecamatan Moyudan, | Wahyu Wibowo
 * The zone reads such a stretch and finds the name that ends it: after a
 * rank or an honorific, after an apposition comma, or as the capitalised
 * words it ends with.  It reads at most MAX_ZONE tokens, so a title costs
 * O(1) however long its organisation.
 */
#include <string.h>

#include "officials.h"

#define MAX_ZONE 18     /* tokens of organisation a zone may read        */
#define MAX_UNIT 4      /* words of a unit before its organisation       */
#define MAX_TAIL 4      /* words of a name found at the end of a zone     */

static int is_role_kind(int k)
{
    return k == OFF_T_OFFICE || k == OFF_T_RANK || k == OFF_T_OCCUPATION;
}

static int key_is(const off_ctx *c, uint32_t i, const char *s)
{
    return i < c->n && strcmp(c->doc->tokens[i].key, s) == 0;
}

/* Is the token at i (< c->n) a one-word role-words.tsv entry of kind k? */
static int words_entry_is(const off_ctx *c, uint32_t i, const char *k)
{
    warta_lexicon_match m;
    if (!c->in->words || c->in->host->lexicon_match(c->in->words, c->doc, i, &m) != 1)
        return 0;
    size_t n = strlen(k);
    return strncmp(m.value, k, n) == 0 && (m.value[n] == '\0' || m.value[n] == '\t');
}

int warta_officials__word_kind(const off_ctx *c, uint32_t i, const char *k)
{
    return i < c->n && (c->t[i].cls & OFF_LOWER || key_is(c, i, "&")) && words_entry_is(c, i, k);
}

/* A capitalised word of role-words.tsv's kind "headline": a verb or a
 * preposition that no organisation's name holds, so a title followed by
 * it opens a headline ("Video: Mendikti Prihatin Atas Meninggalnya
 * Timothy"), not an organisation before its officer's name. */
static int headline_word(const off_ctx *c, uint32_t i)
{
    return i < c->n && (c->t[i].cls & OFF_CAP) && words_entry_is(c, i, "headline");
}

static int is_number(const off_ctx *c, uint32_t i)
{
    return i < c->n && (c->doc->tokens[i].flags & WARTA_TOK_NUMBER);
}

/* A capitalised word, acronym or annotation: what organisations are made of. */
static int org_start(const off_ctx *c, uint32_t i)
{
    return i < c->n && (c->t[i].ann >= 0 || (c->t[i].cls & (OFF_CAP | OFF_UPPER)));
}

/* A title inside an organisation's name: "Ikatan Advokat Indonesia",
 * "Istana Kepresidenan" — right after a head noun it names no office. */
static int title_in_name(const off_ctx *c, uint32_t i, uint32_t start)
{
    if (c->t[i].cls & OFF_EN_TITLE)
        return off_title_kind(c, i) != OFF_T_RANK;
    return i > start && (c->t[i - 1].cls & OFF_HEAD);
}

static int lone_name(const off_ctx *c, uint32_t i);
static int list_goes_on(const off_ctx *c, uint32_t k);

/* "V" of "Pakubuwono V", "II" of "Lingkungan II": a roman numeral. */
static int roman(const off_ctx *c, uint32_t i)
{
    const warta_token *tk = &c->doc->tokens[i];
    if (tk->end - tk->start > 4)
        return 0;
    for (uint32_t k = tk->start; k < tk->end; k++)
        if (!strchr("IVXL", c->doc->text[k]))
            return 0;
    return 1;
}

/* A name right after an apposition comma: two words (the first may be a
 * common word: "Tulus Muladiyono"), a known one, or one standing alone. */
static int comma_name(const off_ctx *c, uint32_t i)
{
    uint32_t ns, ne, raw;
    if (i >= c->n || !warta_officials__name_word(c, i))
        return 0;
    if (warta_officials__appositive_name_at(c, i) || lone_name(c, i))
        return 1;
    return warta_officials__name_run_raw(c, i, &ns, &ne, &raw) && raw - i >= 2;
}

/* Does token i carry an organisation on past the would-be name [ns, i)?
 * "Humas" + "Polda Metro Jaya", "Covid" + "- 19", "Nglahar" + ",
 * Kelurahan", "Bina Marga" + "pada Dinas ...", "TaniSupply" + ", Sariyo,". */
int warta_officials__zone_goes_on(const off_ctx *c, uint32_t ns, uint32_t i)
{
    if (i >= c->n || !off_same_sentence(c, ns, i))
        return 0;
    /* "Pakubuwono V," ends a name; "Subdit V Siber Ditreskrimsus" goes on */
    if (roman(c, i))
        return i + 1 < c->n && (c->t[i + 1].ann >= 0 || (c->t[i + 1].cls & (OFF_CAP | OFF_UPPER))) &&
               warta_officials__zone_goes_on(c, ns, i + 1);
    const off_tok *t = &c->t[i];
    if (t->ann >= 0)
        return 1;
    if ((t->cls & OFF_UPPER) && !(t->cls & OFF_FIGURE) && !warta_officials__is_role_title(c, i))
        return 1;
    if ((t->cls & OFF_CAP) && off_title_kind(c, i) == OFF_T_NONE)
        return 1;
    if (is_number(c, i))
        return 1; /* "Humas Daop 1" */
    if ((key_is(c, i, "-") || key_is(c, i, "/")) && is_number(c, i + 1))
        return 1;
    if ((t->cls & OFF_OPEN) && warta_officials__skip_bracketed(c, i) > i)
        return 1; /* "Serdadu Komunitas Cibeet (Sekoci)" */
    if (i + 1 >= c->n || !off_same_sentence(c, i, i + 1))
        return 0;
    const off_tok *n = &c->t[i + 1];
    if ((t->cls & OFF_COMMA) && (n->ann >= 0 || (n->cls & OFF_HEAD) || list_goes_on(c, i)))
        return 1;
    if ((t->cls & OFF_COMMA) && i - ns == 1 && comma_name(c, i + 1))
        return 1;
    if (warta_officials__word_kind(c, i, "link") && (n->cls & OFF_CAP) && off_title_kind(c, i + 1) == OFF_T_NONE)
        return 1; /* "Humas dan Logistik OJK" */
    if (warta_officials__word_kind(c, i, "from") && org_start(c, i + 1) &&
        !warta_officials__is_role_title(c, i + 1))
        return 1;
    return 0;
}

/* After a rank ("Kombes", "Letnan Kolonel Inf", "Mayor Jenderal TNI dokter")
 * or an honorific: the name, which must follow at once. */
static int marked_name(const off_ctx *c, uint32_t k, off_zone *z)
{
    off_zone keep = *z;
    if (off_title_kind(c, k) == OFF_T_OFFICE) {
        z->rank_s = k;
        k += c->t[k].title_n;
        z->rank_e = k;
    } else if (off_title_kind(c, k) == OFF_T_RANK) {
        z->rank_s = k;
        for (int guard = 0; guard < 2 && k < c->n && off_title_kind(c, k) == OFF_T_RANK && !(c->t[k].cls & OFF_COVERED);
             guard++)
            k += c->t[k].title_n;
        z->rank_e = k;
        k = warta_officials__skip_suffixes(c, k);
        /* "Mayor Jenderal TNI dokter Tugas Ratmono": a profession after a rank */
        if (off_title_kind(c, k) == OFF_T_OCCUPATION && (c->t[k].cls & OFF_LOWER))
            k += c->t[k].title_n;
    }
    k = warta_officials__skip_honorifics(c, k, &z->hon_s, &z->hon_e);
    uint32_t ns, ne, raw;
    if (k >= c->n || (!warta_officials__name_run_raw(c, k, &ns, &ne, &raw) &&
                      (raw <= k || raw - k > MAX_TAIL || !(c->t[k].cls & OFF_CAP)))) {
        *z = keep;
        return 0;
    }
    /* after a rank or honorific common words still make the name
     * ("Kombes Ferry Walintukan", "Kombes Jo Bangun") */
    if (ne <= ns)
        ne = raw;
    ns = k;
    z->name_s = ns;
    z->name_e = ne;
    z->end = ne;
    z->marked = 1;
    return 1;
}

/* ", Alamsyah, Rabu", ", Supangat PhD menyoroti": one uncommon word
 * standing alone after a comma, or before its degrees. */
static int lone_name(const off_ctx *c, uint32_t i)
{
    if (i + 1 >= c->n || !warta_officials__name_word(c, i) ||
        (c->t[i].cls & (OFF_COMMON | OFF_INITIAL)) || c->doc->tokens[i].end - c->doc->tokens[i].start < 3)
        return 0;
    return (!(c->t[i + 1].cls & (OFF_CAP | OFF_UPPER)) || warta_officials__degree_starts(c, i + 1)) &&
           off_same_sentence(c, i, i + 1);
}

/* ", Pemberdayaan Perempuan, dan Perlindungan Anak": the comma at k goes on
 * with a list of capitalised parts that "dan" closes. */
static int list_goes_on(const off_ctx *c, uint32_t k)
{
    uint32_t j = k + 1;
    for (int items = 0; items < 4; items++) {
        uint32_t w = 0;
        while (j < c->n && w < 4 && (c->t[j].cls & OFF_CAP) && off_same_sentence(c, k, j)) {
            j++;
            w++;
        }
        if (!w || j + 1 >= c->n)
            return 0;
        if (warta_officials__word_kind(c, j, "link") && (c->t[j + 1].cls & OFF_CAP))
            return 1;
        if (!(c->t[j].cls & OFF_COMMA))
            return 0;
        j++;
        if (warta_officials__word_kind(c, j, "link") && j + 1 < c->n && (c->t[j + 1].cls & OFF_CAP))
            return 1; /* "..., dan Energi" */
    }
    return 0;
}

/* Unit words: "Humas" of "Kepala Bidang Humas Polda Metro Jaya", capitalised
 * words that stand right before an organisation, acronym or rank. */
static uint32_t unit_end(const off_ctx *c, uint32_t t)
{
    uint32_t e = t, words = 0;
    while (e < c->n && words <= MAX_UNIT && e - t < 3 * MAX_UNIT && off_same_sentence(c, t, e)) {
        uint32_t k = c->t[e].cls;
        if ((k & OFF_CAP) && !(k & (OFF_STOP | OFF_COVERED | OFF_NAMEISH | OFF_INITIAL)) &&
            off_title_kind(c, e) == OFF_T_NONE && c->t[e].ann < 0) {
            e++;
            words++;
            continue;
        }
        if (e > t && warta_officials__word_kind(c, e, "link") && e + 1 < c->n && (c->t[e + 1].cls & OFF_CAP) &&
            !(c->t[e + 1].cls & (OFF_STOP | OFF_COVERED))) {
            e++;
            continue;
        }
        /* "Bidang Politik" + ", Hukum, dan Keamanan" */
        if ((k & OFF_COMMA) && e + 2 < c->n &&
            ((warta_officials__word_kind(c, e + 1, "link") && (c->t[e + 2].cls & OFF_CAP)) || list_goes_on(c, e))) {
            e++;
            continue;
        }
        break;
    }
    if (!words || words > MAX_UNIT || e >= c->n || !off_same_sentence(c, t, e))
        return t;
    const off_tok *n = &c->t[e];
    if (n->ann >= 0 || off_title_kind(c, e) == OFF_T_RANK ||
        ((n->cls & OFF_UPPER) && !(n->cls & OFF_FIGURE) && off_title_kind(c, e) == OFF_T_NONE))
        return e;
    return t;
}

/* The capitalised words that end the zone, when they can be a name. */
static int tail_name(const off_ctx *c, off_zone *z)
{
    uint32_t e = z->end, s = e;
    /* "Wilayah V Dian Patria": a regnal number is no initial of the name */
    while (s > z->start && (warta_officials__name_word(c, s - 1) ||
                            (c->t[s - 1].cls & (OFF_INITIAL | OFF_REGNAL)) == OFF_INITIAL))
        s--;
    /* nothing, or the words right after the title (the chain's own name)
     * unless an organisation ended right before them */
    if (s == e || (s == z->start && !(s > 0 && (c->t[s - 1].cls & (OFF_COVERED | OFF_UPPER)))))
        return 0;
    uint32_t ns, ne, raw;
    uint32_t len = warta_officials__name_run_raw(c, s, &ns, &ne, &raw);
    if (raw != e)
        return 0;
    /* the zone ends where the sentence goes on in lower case or
     * punctuation, so common words trimmed from the end are the name's own
     * ("Bambang Surya Putra"); so are they all after an organisation
     * ("Kota Serang" + "Hari W Pamungkas") */
    if (!len && e - s >= 2 && (c->t[s - 1].cls & (OFF_COVERED | OFF_UPPER)))
        ns = s;
    else if (!len)
        return 0;
    ne = e;
    len = ne - ns;
    const off_tok *before = &c->t[ns - 1];
    int nameish = 0;
    for (uint32_t k = ns; k < ne; k++)
        nameish |= (c->t[k].cls & OFF_NAMEISH) != 0;
    /* "Universitas Bung Hatta", "Yayasan Sumba Hospitality Radempta Bato",
     * "SMAN 1 Leuwiliang", "RW 002 Duri Kepa": words after a head noun or
     * a unit's number name the organisation first ("Covid - 19" is no unit) */
    int numbered = is_number(c, ns - 1) && !(ns >= 2 && key_is(c, ns - 2, "-"));
    /* a head noun after other words of its organisation ends it: "Ketapang
     * Indah Hotel Pungky Kusuma" */
    int head = (before->cls & OFF_HEAD) && !(before->cls & (OFF_TAIL | OFF_COVERED)) &&
               !(ns >= 2 && ns - 2 >= z->start && (c->t[ns - 2].cls & OFF_CAP) &&
                 !(c->t[ns - 2].cls & OFF_COVERED));
    if (head || numbered) {
        if (len <= 2 && !nameish)
            return 0;
        if (len > 2 && !(c->t[ns].cls & OFF_NAMEISH)) {
            ns++;
            len--;
        }
    }
    /* "Bandara Soekarno - Hatta", "Paslon Wahdi - Qomaru": a hyphen joins
     * the names of one thing */
    if (len == 1 && key_is(c, ns - 1, "-"))
        return 0;
    /* "Economic Studies Budi Raharjo": in four words or more, a known
     * first name inside begins the name (in three it is a middle name:
     * "Zudan Arif Fakrulloh") */
    uint32_t words = 0;
    for (uint32_t k = ns; k < ne; k++)
        words += !(c->t[k].cls & OFF_INITIAL);
    if (words >= 4 && !(c->t[ns].cls & OFF_NAMEISH))
        for (uint32_t k = ns + 1; k + 1 < ne; k++)
            if ((c->t[k].cls & (OFF_FIRST | OFF_FIGURE)) || c->t[k].known_n) {
                len -= k - ns;
                ns = k;
                break;
            }
    if (len > MAX_TAIL) {
        ns = ne - 3;
        len = 3;
    }
    /* one word: not a common word, nor right after a head noun */
    if (len == 1 && !nameish &&
        ((c->t[ns].cls & OFF_COMMON) || head ||
         c->doc->tokens[ns].end - c->doc->tokens[ns].start < 4))
        return 0;
    z->name_s = ns;
    z->name_e = ne;
    return 1;
}

int warta_officials__zone(const off_ctx *c, uint32_t t, off_zone *z)
{
    memset(z, 0, sizeof *z);
    z->start = z->end = z->unit_e = t;
    z->aff_ann = -1;
    if (t >= c->n)
        return 0;
    uint32_t k = t;
    while (k < c->n && k - t < MAX_ZONE && off_same_sentence(c, t, k) && !z->marked) {
        const off_tok *tk = &c->t[k];
        int kd = off_title_kind(c, k);
        if (tk->ann >= 0) {
            k = tk->ann_end;
            continue;
        }
        if (tk->cls & OFF_COVERED) {
            k++;
            continue;
        }
        if (kd == OFF_T_RANK) {
            if (!marked_name(c, k, z))
                break;
            continue;
        }
        if (kd == OFF_T_HONORIFIC && !(tk->cls & OFF_STOP)) {
            /* "RSUD dr Soetomo", "Rumah Sakit Umum Pusat Dr Sardjito" */
            int in_name = k > t && (c->t[k - 1].cls & (OFF_HEAD | OFF_COMMON | OFF_UPPER)) &&
                          !(c->t[k - 1].cls & OFF_COVERED);
            if (!in_name) {
                if (!marked_name(c, k, z))
                    break;
                continue;
            }
            k += tk->title_n;
            continue;
        }
        if (k > t && warta_officials__degree_starts(c, k))
            break; /* "Universitas ... Surabaya, Supangat PhD" */
        if (tk->cls & (OFF_CAP | OFF_UPPER)) {
            if (headline_word(c, k))
                break;
            /* "Polri Inspektur Jenderal Raden Prabowo", "Polsek Bekasi Selatan
             * Komisaris Imam Syafii": an office right before the name after
             * the organisation is that person's rank */
            if (kd == OFF_T_OFFICE && k > t && !title_in_name(c, k, t) && marked_name(c, k, z))
                break;
            if ((is_role_kind(kd) || kd == OFF_T_PREFIX || kd == OFF_T_FORMER) && !title_in_name(c, k, t))
                break; /* another office begins */
            k++;
            continue;
        }
        if (tk->cls & OFF_OPEN) {
            uint32_t j = warta_officials__skip_bracketed(c, k);
            if (j == k)
                break;
            k = j;
            continue;
        }
        /* "Covid - 19", "Komando Resor Militer 151 / Binaiya": numbers after
         * a capitalised word, also the one that ended the title chain */
        int after_word = k > 0 && (c->t[k - 1].cls & (OFF_CAP | OFF_UPPER | OFF_COVERED)) &&
                         off_same_sentence(c, k - 1, k);
        if (is_number(c, k) && (k > t || after_word)) {
            k++;
            continue;
        }
        if ((key_is(c, k, "-") || key_is(c, k, "/")) && (k > t || after_word) &&
            (is_number(c, k + 1) || org_start(c, k + 1))) {
            k++;
            continue;
        }
        if ((tk->cls & OFF_LOWER) || key_is(c, k, "&")) {
            /* "Teguh P Nugroho di Jakarta": a known name before "di" ends the zone */
            if (k > t && warta_officials__word_kind(c, k, "from")) {
                off_zone early = *z;
                early.end = k;
                if (tail_name(c, &early) && ((c->t[early.name_s].cls & OFF_NAMEISH) ||
                                             early.name_e - early.name_s >= 3)) {
                    *z = early;
                    z->marked = 1; /* read no further */
                    break;
                }
            }
            int joins = warta_officials__word_kind(c, k, "from") ||
                        ((k > t || after_word) &&
                         warta_officials__word_kind(c, k, "link"));
            if (joins && org_start(c, k + 1) && !warta_officials__is_role_title(c, k + 1)) {
                k++;
                continue;
            }
            break;
        }
        if ((tk->cls & OFF_COMMA) && (k > t || after_word) && k + 1 < c->n && off_same_sentence(c, k, k + 1)) {
            const off_tok *nx = &c->t[k + 1];
            int closes = k + 2 < c->n && warta_officials__word_kind(c, k + 1, "link") &&
                         (c->t[k + 2].cls & OFF_CAP); /* ", dan Keamanan" */
            if (nx->ann >= 0 || (nx->cls & OFF_HEAD) || closes || list_goes_on(c, k)) {
                k++; /* "Nglahar, Kelurahan Sumbersari, Kecamatan Moyudan" */
                continue;
            }
            if ((off_title_kind(c, k + 1) == OFF_T_RANK || comma_name(c, k + 1)) && marked_name(c, k + 1, z))
                break;
        }
        break;
    }
    if (!z->marked) {
        z->end = k;
        if (!tail_name(c, z))
            return 0;
    }
    if (warta_officials__word_kind(c, t, "from"))
        t++; /* "dari Universitas Gadjah Mada": the affiliation is after "dari" */
    /* the affiliation runs from the unit (or the start) to the rank,
     * honorific or name, without a comma at its end */
    z->unit_e = unit_end(c, t);
    uint32_t ae = z->name_s;
    if (z->hon_s != z->hon_e && z->hon_s < ae)
        ae = z->hon_s;
    if (z->rank_s != z->rank_e && z->rank_s < ae)
        ae = z->rank_s;
    while (ae > t && (c->t[ae - 1].cls & OFF_COMMA))
        ae--;
    z->aff_s = t;
    z->aff_e = ae > t ? ae : t;
    return 1;
}
