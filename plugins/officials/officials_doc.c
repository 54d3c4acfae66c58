/*
 * officials_doc.c — the per-document token table: every lexicon is asked
 * once per token here, so the parsers after it only read flags.
 */
#include <stdlib.h>
#include <string.h>

#include "officials.h"
#include "warta/plugin_kit.h"

static int title_kind_of(const char *value)
{
    static const struct { const char *name; int kind; } kinds[] = {
        {"office", OFF_T_OFFICE},   {"rank", OFF_T_RANK},     {"occupation", OFF_T_OCCUPATION},
        {"honorific", OFF_T_HONORIFIC}, {"prefix", OFF_T_PREFIX}, {"former", OFF_T_FORMER},
        {"suffix", OFF_T_SUFFIX},   {"lead", OFF_T_LEAD},
    };
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        size_t n = strlen(kinds[k].name);
        if (strncmp(value, kinds[k].name, n) == 0 && (value[n] == '\0' || value[n] == '\t'))
            return kinds[k].kind;
    }
    return OFF_T_NONE;
}

/* Is `flag` in the comma-separated flags column (after the kind)? */
static int has_flag(const char *value, const char *flag)
{
    const char *p = strchr(value, '\t');
    size_t n = strlen(flag);
    while (p) {
        p++;
        if (strncmp(p, flag, n) == 0 && (p[n] == '\0' || p[n] == ',' || p[n] == '\t'))
            return 1;
        p = strpbrk(p, ",\t");
    }
    return 0;
}

/* The high bit of each byte of x that is an ASCII digit ("hasbetween" of
 * Bit Twiddling Hacks; bytes of 0x80 and up are no digit). */
static uint64_t digit_bytes(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101u;
    uint64_t low7 = x & (ones * 0x7F);
    return (ones * (0x7F + '9' + 1) - low7) & ~x & (low7 + ones * (0x7F - ('0' - 1))) & (ones * 0x80);
}

static uint64_t load8(const char *s)
{
    uint64_t x;
    memcpy(&x, s, sizeof x);
    return x;
}

/* Any ASCII digit in s[0, len)?  Every word is asked, and most are a few
 * bytes long: they are tested eight bytes at a time (two overlapping
 * four-byte halves below eight), not byte by byte. */
static int has_digit(const char *s, uint32_t len)
{
    if (len < 4) {
        for (uint32_t k = 0; k < len; k++)
            if (s[k] >= '0' && s[k] <= '9')
                return 1;
        return 0;
    }
    if (len < 8) {
        uint32_t head, tail;
        memcpy(&head, s, 4);
        memcpy(&tail, s + len - 4, 4);
        return digit_bytes((uint64_t)head << 32 | tail) != 0;
    }
    for (uint32_t k = 0; k + 8 < len; k += 8)
        if (digit_bytes(load8(s + k)))
            return 1;
    return digit_bytes(load8(s + len - 8)) != 0;
}

/* "al-Assad", "bin-Salman": a short lower-case particle joined to a
 * capitalised name by a hyphen is a name word.  Most lower-case words have
 * no hyphen among bytes 1-4: one four-byte test answers them. */
static int particle_joined(const char *s, uint32_t len)
{
    if (len >= 5) {
        uint32_t x;
        memcpy(&x, s + 1, 4);
        x ^= 0x01010101u * '-'; /* a hyphen is now a zero byte */
        if (!((x - 0x01010101u) & ~x & 0x80808080u))
            return 0;
    }
    for (uint32_t k = 1; k <= 4 && k + 1 < len; k++) {
        if (s[k] == '-')
            return s[k + 1] >= 'A' && s[k + 1] <= 'Z';
        if (s[k] < 'a' || s[k] > 'z')
            return 0;
    }
    return 0;
}

/* Shape bits from the token's own bytes and the tokenizer's flags. */
static uint32_t shape_of(const warta_doc *doc, const warta_token *tk)
{
    const char *s = doc->text + tk->start;
    uint32_t len = tk->end - tk->start;
    if (len == 1) {
        switch (s[0]) {
        case ',': return OFF_COMMA;
        case '(': return OFF_OPEN;
        case ')': return OFF_CLOSE;
        case '.': return OFF_DOT;
        default: break;
        }
    }
    if (!(tk->flags & WARTA_TOK_WORD) || (tk->flags & WARTA_TOK_NUMBER))
        return 0;
    if (has_digit(s, len))
        return 0; /* "G20", "Covid19": never a name */
    if (tk->flags & WARTA_TOK_ALLCAPS) {
        /* "A.E." of "A.E. Dick Howard": dotted initials, not an acronym */
        int dotted = len >= 4;
        for (uint32_t k = 0; k + 1 < len && dotted; k += 2)
            dotted = s[k] >= 'A' && s[k] <= 'Z' && s[k + 1] == '.';
        return dotted && len % 2 == 0 ? OFF_CAP | OFF_INITIAL : OFF_UPPER;
    }
    if (tk->flags & WARTA_TOK_CAPITAL)
        return len == 1 ? OFF_CAP | OFF_INITIAL : OFF_CAP;
    return particle_joined(s, len) ? OFF_CAP : OFF_LOWER;
}

static int is_hyphen(const char *key)
{
    return key && key[0] == '-' && key[1] == '\0';
}

static int person_kind(const char *value, const char *kind)
{
    size_t n = strlen(kind);
    return strncmp(value, kind, n) == 0 && (value[n] == '\0' || value[n] == '\t');
}

/* Suffix bits of a person-names.tsv value: "generation[\tcomma]", "regnal". */
static uint32_t generation(const char *value)
{
    if (person_kind(value, "regnal"))
        return OFF_REGNAL;
    if (!person_kind(value, "generation"))
        return 0;
    return OFF_GEN | (strstr(value, "\tcomma") ? OFF_GEN_COMMA : 0);
}

static void classify(off_ctx *c)
{
    const warta_host *h = c->in->host;
    const warta_doc *doc = c->doc;
    warta_lexicon_match m;
    for (uint32_t i = 0; i < c->n; i++) {
        off_tok *t = &c->t[i];
        t->ann = -1;
        t->cls |= shape_of(doc, &doc->tokens[i]);
        if ((t->cls & (OFF_CAP | OFF_UPPER | OFF_LOWER)) &&
            h->lexicon_match(c->in->titles, doc, i, &m)) {
            t->title_n = (uint8_t)(m.n_tokens > 255 ? 255 : m.n_tokens);
            t->title_kind = (uint8_t)title_kind_of(m.value);
            if (has_flag(m.value, "portfolio"))
                t->cls |= OFF_PORTFOLIO;
            if (has_flag(m.value, "en"))
                t->cls |= OFF_EN_TITLE;
            if (has_flag(m.value, "desc"))
                t->cls |= OFF_DESC;
            if (has_flag(m.value, "bare"))
                t->cls |= OFF_BARE_LEAD;
            if (has_flag(m.value, "inner"))
                t->cls |= OFF_INNER;
        }
        if (!(t->cls & (OFF_CAP | OFF_UPPER)))
            continue;
        /* "Covid - 19", "Covid-19": a word numbered with a hyphen is no name */
        if (i + 2 < c->n && is_hyphen(doc->tokens[i + 1].key) &&
            (doc->tokens[i + 2].flags & WARTA_TOK_NUMBER))
            t->cls |= OFF_STOP;
        if (h->lexicon_match(c->in->stop, doc, i, &m)) {
            uint32_t bits = OFF_STOP;
            if (person_kind(m.value, "head"))
                bits |= OFF_HEAD;
            else if (person_kind(m.value, "tail"))
                bits |= OFF_HEAD | OFF_TAIL;
            for (uint32_t k = i; k < i + m.n_tokens && k < c->n; k++)
                c->t[k].cls |= bits;
        }
        if (!(t->cls & OFF_CAP)) {
            /* all-caps names: "SBY", the "MD" of "Mahfud MD" is marked from "Mahfud" */
            if (h->lexicon_match(c->in->names, doc, i, &m) == 1)
                t->cls |= person_kind(m.value, "figure") ? OFF_FIGURE : generation(m.value);
            continue;
        }
        if (h->lexicon_match(c->in->common, doc, i, &m) == 1)
            t->cls |= OFF_COMMON;
        /* first-names.tsv holds no common word or stopword: skip the lookup */
        if (!(t->cls & (OFF_COMMON | OFF_STOP)) && h->lexicon_match(c->in->first, doc, i, &m) == 1)
            t->cls |= OFF_FIRST;
        if (h->lexicon_match(c->in->names, doc, i, &m)) {
            if (m.n_tokens == 1 && person_kind(m.value, "figure")) {
                t->cls |= OFF_FIGURE;
            } else if (m.n_tokens == 1) {
                t->cls |= generation(m.value);
            } else if (m.n_tokens > 1 && person_kind(m.value, "full")) {
                t->known_n = (uint8_t)(m.n_tokens > 255 ? 255 : m.n_tokens);
                for (uint32_t k = i; k < i + m.n_tokens && k < c->n; k++)
                    c->t[k].cls |= OFF_KNOWN;
            }
        }
    }
}

static int is_place_or_org(const warta_annotation *a)
{
    return a->kind == WARTA_ANN_MENTION && a->label &&
           (strcmp(a->label, "location") == 0 || strcmp(a->label, "organization") == 0);
}

typedef struct ctx_span {
    uint32_t start, end, id;
    const warta_annotation *ann;
    int guess;           /* from a plugin in officials.guesses */
} ctx_span;

static int by_start(const void *x, const void *y)
{
    const ctx_span *a = x, *b = y;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    return a->end > b->end ? -1 : a->end < b->end;
}

/* Does outer hold inner and then a word people are named with ("Kulon
 * Progo Yohanes Irianta" around the gazetteer's "Kulon Progo")?  A place or
 * organisation name does not go on into a first name: a statistical
 * reading ran the affiliation and the official's name together, and the
 * merge will take the official over it (core/merge.c). */
static int swallows_name(const off_ctx *c, const ctx_span *outer, const ctx_span *inner)
{
    if (inner->end >= outer->end || inner->start < outer->start)
        return 0;
    uint32_t after = warta_kit_token_at(c->doc, inner->end, 0, c->n);
    return after < c->n && c->doc->tokens[after].start < outer->end && (c->t[after].cls & OFF_CAP) &&
           (c->t[after].cls & OFF_NAMEISH);
}

static void mark(off_ctx *c, uint32_t start, uint32_t end, uint32_t bits)
{
    uint32_t s, e;
    warta_kit_token_span(c->doc, start, end, &s, &e);
    for (uint32_t k = s; k < e && k < c->n; k++)
        c->t[k].cls |= bits;
}

/* Is plugin one of the comma-separated names in list? */
static int listed(const char *list, const char *plugin)
{
    size_t n = plugin ? strlen(plugin) : 0;
    for (const char *p = list; n && *p;) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        if (len == n && memcmp(p, plugin, n) == 0)
            return 1;
        p += len + (comma != NULL);
    }
    return 0;
}

/* The place and organisation mentions worth reading as context: sure
 * enough (context_min_score), and not losing the merge to a surer one it
 * crosses or holds ("Yogyakarta Kadarmanta Baskara Aji", a statistical
 * location crossing the gazetteer's "DI Yogyakarta", or "Kota Bogor Bima
 * Arya" around its "Bogor", would otherwise hide the official named after
 * "Sekretaris Daerah DI Yogyakarta" or "Wali Kota Bogor").  Sorted by
 * start, each is compared with those starting inside it.  A guess that
 * stands is no context: its words are only marked OFF_GUESSED. */
static ctx_span *context_annotations(off_ctx *c, uint32_t *n_out)
{
    const warta_doc *doc = c->doc;
    ctx_span *sp = malloc((doc->n_annotations ? doc->n_annotations : 1) * sizeof *sp);
    uint8_t *lost = sp ? calloc(doc->n_annotations ? doc->n_annotations : 1, 1) : NULL;
    if (!lost) {
        free(sp);
        return NULL;
    }
    uint32_t n = 0;
    for (uint32_t a = 0; a < doc->n_annotations; a++) {
        const warta_annotation *ann = &doc->annotations[a];
        if (!is_place_or_org(ann))
            continue;
        if (ann->score >= c->in->context_min_score) {
            sp[n++] = (ctx_span){ann->start, ann->end, a, ann, listed(c->in->guesses, ann->plugin)};
            continue;
        }
        mark(c, ann->start, ann->end, OFF_OTHER_TYPE);
    }
    qsort(sp, n, sizeof *sp, by_start);
    for (uint32_t i = 0; i < n; i++)
        for (uint32_t j = i + 1; j < n && sp[j].start < sp[i].end; j++) {
            if (swallows_name(c, &sp[i], &sp[j])) {
                lost[i] = 1;
            } else if (warta_kit_merge_conflict(sp[i].ann, sp[j].ann)) {
                uint32_t loser = warta_kit_merge_outranks(sp[i].ann, sp[j].ann) < 0 ? i : j;
                if (!sp[i + j - loser].guess || sp[loser].guess) /* a guess hides nothing */
                    lost[loser] = 1;
            }
        }
    uint32_t kept = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (lost[i])
            continue;
        if (sp[i].guess)
            mark(c, sp[i].start, sp[i].end, OFF_OTHER_TYPE | OFF_GUESSED);
        else
            sp[kept++] = sp[i];
    }
    free(lost);
    *n_out = kept;
    return sp;
}

/* Each context mention is placed with a binary search; the longest one
 * starting at a token is the one a title refers to (the whole "Kementerian
 * Luar Negeri Rusia", not its "Rusia"). */
static int index_annotations(off_ctx *c)
{
    const warta_doc *doc = c->doc;
    if (doc->struct_size < offsetof(warta_doc, n_annotations) + sizeof doc->n_annotations)
        return WARTA_OK;
    uint32_t n = 0;
    ctx_span *sp = context_annotations(c, &n);
    if (!sp)
        return WARTA_ENOMEM;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t a = sp[i].id;
        uint32_t s, e;
        warta_kit_token_span(doc, sp[i].start, sp[i].end, &s, &e);
        if (s >= e || s >= c->n)
            continue;
        off_tok *t = &c->t[s];
        if (t->ann < 0 || e > t->ann_end) {
            t->ann = (int32_t)a;
            t->ann_end = e;
        }
        for (uint32_t k = s; k < e; k++)
            c->t[k].cls |= OFF_COVERED;
    }
    free(sp);
    return WARTA_OK;
}

int warta_officials__ctx_init(off_ctx *c, const warta_officials *in, const warta_doc *doc,
                              const warta_sink *sink)
{
    memset(c, 0, sizeof *c);
    c->in = in;
    c->doc = doc;
    c->sink = sink;
    c->n = doc->n_tokens;
    if (c->n == 0)
        return WARTA_OK;
    c->t = calloc(c->n, sizeof *c->t);
    if (!c->t)
        return WARTA_ENOMEM;
    classify(c); /* sets each token's ann to -1 (none) too */
    return index_annotations(c);
}

void warta_officials__ctx_free(off_ctx *c)
{
    free(c->t);
    free(c->found);
    memset(c, 0, sizeof *c);
}
