/*
 * officials_postnominal.c — what may follow a name and still be about it:
 *
 *   a generational suffix, part of the name             "Martin Luther King Jr.",
 *                                                       "Harold Belafonte, Sr."
 *   a regnal number, part of a titled name              "Paus Yohanes Paulus II"
 *   academic degrees, not part of it                    "Budi Santoso SH MH",
 *                                                       "Ildianto, S. Pd", "Ani, Sp.A"
 *
 * A suffix or a degree says the words before it are a person; a regnal
 * number does not ("Teradu II", "Inhutani V").  Suffixes and numbers are
 * person-names.tsv entries ("generation", "regnal"), marked on tokens by
 * officials_doc.c; degrees are degrees.tsv, asked only after a name.
 */
#include <string.h>

#include "officials.h"
#include "warta/plugin_kit.h"

#define MAX_GROUPS 3    /* letter groups of a degree: "S.Pd.I" */
#define MAX_GROUP_LEN 5 /* letters in one group: "Farm", "Pros" */

static int ascii_letter(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

static int ascii_alnum(char ch)
{
    return ascii_letter(ch) || (ch >= '0' && ch <= '9');
}

/* The dot right after token i, when it is an abbreviation's ("Jr. dilahirkan")
 * rather than the sentence's end ("... Martin Luther King Jr."). */
static uint32_t abbreviation_dot(const off_ctx *c, uint32_t i)
{
    if (i < c->n && i > 0 && (c->t[i].cls & OFF_DOT) && c->doc->tokens[i].start == c->doc->tokens[i - 1].end &&
        i + 1 < c->n && off_same_sentence(c, i, i + 1))
        return i + 1;
    return i;
}

uint32_t warta_officials__regnal_end(const off_ctx *c, uint32_t b)
{
    if (b == 0 || b >= c->n || !(c->t[b].cls & OFF_REGNAL) || !off_same_sentence(c, b - 1, b))
        return b;
    return b + 1;
}

uint32_t warta_officials__generation_end(const off_ctx *c, uint32_t b)
{
    if (b == 0 || b >= c->n)
        return b;
    uint32_t g = b;
    if ((c->t[b].cls & OFF_COMMA) && b + 1 < c->n && (c->t[b + 1].cls & OFF_GEN_COMMA))
        g = b + 1;
    if (!(c->t[g].cls & OFF_GEN) || !off_same_sentence(c, b - 1, g))
        return b;
    return abbreviation_dot(c, g + 1);
}

/* The token that ends at byte `end`, from token k on, plus one; 0 when no
 * token boundary falls there ("S.Pd" inside the token "S.Pd.I"). */
static uint32_t token_ending_at(const off_ctx *c, uint32_t k, uint32_t end)
{
    uint32_t t = warta_kit_token_at(c->doc, end, k, c->n); /* the first token after it */
    return t > k && c->doc->tokens[t - 1].end == end ? t : 0;
}

/* Is the degree's flags column `flag`-free, or may `loose` ignore it? */
static int degree_allowed(const char *value, int loose)
{
    return value && (loose || strstr(value, "comma") == NULL);
}

/* A degree starting at token k: returns the token after it (its final dot
 * included), or 0.  `loose`: right after a comma or another degree, where
 * the "comma" entries count too. */
static uint32_t degree_at(const off_ctx *c, uint32_t k, int loose)
{
    const warta_token *tk = &c->doc->tokens[k];
    const char *text = c->doc->text;
    if (!(tk->flags & WARTA_TOK_WORD) || text[tk->start] < 'A' || text[tk->start] > 'Z')
        return 0;
    /* one pass over the word: most are names ("Budi") with neither */
    int dot = 0, capital = 0;
    for (uint32_t b = tk->start + 1; b < tk->end; b++) {
        dot |= text[b] == '.';
        capital |= text[b] >= 'A' && text[b] <= 'Z';
    }
    int dotted = dot || (k + 1 < c->n && (c->t[k + 1].cls & OFF_DOT) && c->doc->tokens[k + 1].start == tk->end);
    if (!dotted) {
        /* "SH", "PhD", "MSc": one token with a capital after its first
         * letter ("Dea", "Apt" are names and words), and the lexicon's
         * first-token filter answers most tokens at once */
        if (!capital)
            return 0;
        warta_lexicon_match m;
        if (c->in->host->lexicon_match(c->in->degrees, c->doc, k, &m) == 1 && degree_allowed(m.value, loose))
            return k + 1;
        return 0;
    }
    /* "S.Pd.", "S. Pd", "Sp.A": letter groups joined by dots, spaced or not */
    uint32_t group_end[MAX_GROUPS], n = 0, p = tk->start, len = c->doc->len;
    while (n < MAX_GROUPS) {
        uint32_t q = p;
        while (q < len && ascii_letter(text[q]) && q - p <= MAX_GROUP_LEN)
            q++;
        if (q == p || q - p > MAX_GROUP_LEN || (q < len && ascii_alnum(text[q])))
            break;
        group_end[n++] = q;
        if (q + 1 >= len || text[q] != '.')
            break;
        p = q + 1 + (text[q + 1] == ' ');
    }
    char key[MAX_GROUPS * (MAX_GROUP_LEN + 1) + 1];
    for (uint32_t g = n; g > 0; g--) {
        /* the groups [0, g) with single dots between them */
        size_t kn = 0;
        uint32_t s = tk->start;
        for (uint32_t j = 0; j < g; j++) {
            while (!ascii_letter(text[s]))
                s++;
            if (j)
                key[kn++] = '.';
            memcpy(key + kn, text + s, group_end[j] - s);
            kn += group_end[j] - s;
            s = group_end[j];
        }
        if (!degree_allowed(c->in->host->lexicon_lookup(c->in->degrees, key, kn), loose))
            continue;
        uint32_t end = group_end[g - 1];
        uint32_t with_dot = end < len && text[end] == '.' ? token_ending_at(c, k, end + 1) : 0;
        uint32_t t = with_dot ? with_dot : token_ending_at(c, k, end);
        if (t && off_same_sentence(c, k, t - 1))
            return t;
    }
    return 0;
}

int warta_officials__degree_starts(const off_ctx *c, uint32_t k)
{
    return k < c->n && degree_at(c, k, 0) != 0;
}

uint32_t warta_officials__degrees(const off_ctx *c, uint32_t t, uint32_t *deg_s, uint32_t *deg_e)
{
    *deg_s = *deg_e = t;
    if (t == 0 || t >= c->n)
        return t;
    uint32_t k = t;
    int loose = 0;
    if (c->t[k].cls & OFF_COMMA) {
        k++;
        loose = 1;
    }
    while (k < c->n && off_same_sentence(c, t - 1, k)) {
        uint32_t e = degree_at(c, k, loose);
        if (!e)
            break;
        if (*deg_s == *deg_e)
            *deg_s = k;
        *deg_e = e;
        loose = 1;
        k = e;
        /* "S.H., M.H.": a comma between two degrees */
        if (k + 1 < c->n && (c->t[k].cls & OFF_COMMA) && degree_at(c, k + 1, 1))
            k++;
    }
    return *deg_e;
}
