/*
 * train_data.c — token files into sentences on warta's own tokens.
 *
 * A sentence's tokens are joined with single spaces into a text, which
 * warta's tokenizer and sentence splitter then cut again; gold names become
 * byte spans of that text and are projected onto the new tokens.  Training
 * therefore sees the keys, flags and sentence starts the plugin will see.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "train.h"

static int map_type(const char *t)
{
    static const struct { const char *name; int type; } types[] = {
        {"PER", TG_PER}, {"PERSON", TG_PER}, {"PPL", TG_PER},
        {"LOC", TG_LOC}, {"LOCATION", TG_LOC}, {"PLACE", TG_LOC}, {"PLC", TG_LOC}, {"GPE", TG_LOC},
        {"ORG", TG_ORG}, {"ORGANISATION", TG_ORG}, {"ORGANIZATION", TG_ORG},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (strcmp(t, types[i].name) == 0)
            return types[i].type;
    return -1;
}

/* A tag into (begins, type): type -1 for O and unknown types. */
static int parse_tag(const char *tag, int *begins)
{
    *begins = 0;
    if (strlen(tag) < 3 || tag[1] != '-')
        return -1;
    char p = tag[0];
    *begins = p == 'B' || p == 'U' || p == 'S';
    return map_type(tag + 2);
}

typedef struct raw_tok {
    char *word;
    int type, begins;
} raw_tok;

static int is_edge_punct(char c)
{
    return c == '(' || c == ')' || c == '"' || c == '\'' || c == ',' || c == '[' || c == ']' || c == '`';
}

static int is_alnum_byte(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c & 0x80);
}

static int is_lower_word(const char *w)
{
    return w[0] >= 'a' && w[0] <= 'z';
}

static int joins(const raw_tok *a, const raw_tok *mark, const raw_tok *b)
{
    size_t al = strlen(a->word);
    if (!is_alnum_byte(a->word[al - 1]) || !is_alnum_byte(b->word[0]))
        return 0;
    if (mark->type >= 0 && b->type == mark->type && !b->begins && a->type == mark->type)
        return 1;
    return mark->word[0] == '-' && is_lower_word(a->word) && is_lower_word(b->word) && a->type < 0 && b->type < 0;
}

/* Whether the space-joined tokens had a space before token i in the
 * original text, as far as the usual conventions tell: none before closing
 * punctuation or after an opening one, none around a hyphen or an
 * apostrophe inside a word ("Zeta-Jones", "O'Neil", "Mary's"), none after
 * an initial's dot stays ("R. Covey" keeps its space). */
static int space_before(const raw_tok *rt, size_t n, size_t i, int *open_quote)
{
    const char *w = rt[i].word, *p = rt[i - 1].word;
    size_t pl = strlen(p);
    if (strcmp(w, "\"") == 0) {
        *open_quote = !*open_quote;
        return *open_quote;      /* an opening mark takes the space, a closing one none */
    }
    if (strcmp(p, "\"") == 0 && *open_quote)
        return 0;
    if (strchr("([{", p[0]) && pl == 1)
        return 0;
    if (strlen(w) == 1 && strchr(",.;:!?)]}%", w[0]))
        return 0;
    if (strcasecmp(w, "'s") == 0 || strcmp(w, "n't") == 0)
        return 0;
    /* A hyphen or apostrophe inside a name ("Zeta - Jones", "O ' Neil") or
     * between lower-case words ("negara - negara") was written without
     * spaces; elsewhere ("SOCCER - SHEARER") it keeps them. */
    if ((strcmp(w, "-") == 0 || strcmp(w, "'") == 0) && i + 1 < n)
        return !joins(&rt[i - 1], &rt[i], &rt[i + 1]);
    if ((strcmp(p, "-") == 0 || strcmp(p, "'") == 0) && i >= 2)
        return !joins(&rt[i - 2], &rt[i - 1], &rt[i]);
    if (strcmp(p, ".") == 0 && i >= 2 && rt[i - 2].word[0] >= '0' && rt[i - 2].word[0] <= '9' && w[0] >= '0' &&
        w[0] <= '9')
        return 0;                /* "1 . 890" */
    return 1;
}

static int add_sentence(tr_set *set, raw_tok *rt, size_t n, uint32_t domain)
{
    size_t len = 0;
    for (size_t i = 0; i < n; i++)
        len += strlen(rt[i].word) + 1;
    tr_sent s;
    memset(&s, 0, sizeof s);
    s.domain = domain;
    s.text = malloc(len + 1);
    uint32_t *starts = malloc((n + 1) * sizeof *starts);
    s.gold = malloc(n * sizeof *s.gold);
    if (!s.text || !starts || !s.gold)
        goto oom;
    size_t at = 0;
    int open_quote = 0;
    for (size_t i = 0; i < n; i++) {
        if (i && space_before(rt, n, i, &open_quote))
            s.text[at++] = ' ';
        starts[i] = (uint32_t)at;
        size_t wl = strlen(rt[i].word);
        memcpy(s.text + at, rt[i].word, wl);
        at += wl;
    }
    s.text[at] = '\0';
    s.len = at;
    /* gold names: a begin tag, or a type change, opens one */
    for (size_t i = 0; i < n; i++) {
        if (rt[i].type < 0)
            continue;
        size_t j = i + 1;
        while (j < n && rt[j].type == rt[i].type && !rt[j].begins)
            j++;
        uint32_t a = starts[i], b = starts[j - 1] + (uint32_t)strlen(rt[j - 1].word);
        while (a < b && is_edge_punct(s.text[a]))
            a++;
        while (b > a && is_edge_punct(s.text[b - 1]))
            b--;
        if (a < b)
            s.gold[s.n_gold++] = (tr_gold){a, b, rt[i].type};
        i = j - 1;
    }
    free(starts);
    starts = NULL;
    if (warta_tokens__build(s.text, s.len, &s.toks) != WARTA_OK)
        goto oom;
    s.labels = calloc(s.toks.n_tokens + 1, 1);
    if (!s.labels)
        goto oom;
    set->tokens += s.toks.n_tokens;
    set->names += s.n_gold;
    uint32_t g = 0;
    for (uint32_t t = 0; t < s.toks.n_tokens; t++) {
        const warta_token *tk = &s.toks.tokens[t];
        while (g < s.n_gold && s.gold[g].end <= tk->start)
            g++;
        if (g < s.n_gold && tk->start >= s.gold[g].start && tk->end <= s.gold[g].end)
            s.labels[t] = (uint8_t)(1 + 2 * s.gold[g].type + (tk->start != s.gold[g].start));
    }
    if (set->n == set->cap) {
        size_t cap = set->cap ? set->cap * 2 : 1024;
        tr_sent *ns = realloc(set->s, cap * sizeof *ns);
        if (!ns)
            goto oom;
        set->s = ns;
        set->cap = cap;
    }
    set->s[set->n++] = s;
    return 0;
oom:
    free(starts);
    free(s.text);
    free(s.gold);
    free(s.labels);
    warta_tokens__free(&s.toks);
    fprintf(stderr, "warta-train-tagger: out of memory\n");
    return -1;
}

int tr_read(const char *path, uint32_t domain, int lower, tr_set *set)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return -1;
    }
    char line[4096];
    raw_tok *rt = NULL;
    size_t n = 0, cap = 0;
    int rc = 0, eof = 0;
    while (!eof) {
        eof = !fgets(line, sizeof line, f);
        char *fields[8];
        int nf = 0;
        if (!eof) {
            for (char *p = strtok(line, " \t\r\n"); p && nf < 8; p = strtok(NULL, " \t\r\n"))
                fields[nf++] = p;
            if (nf > 0 && strcmp(fields[0], "-DOCSTART-") == 0)
                nf = 0;
        }
        if (nf == 0) {
            if (n > 0 && add_sentence(set, rt, n, domain) < 0) {
                rc = -1;
                break;
            }
            for (size_t i = 0; i < n; i++)
                free(rt[i].word);
            n = 0;
            continue;
        }
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            raw_tok *nr = realloc(rt, cap * sizeof *nr);
            if (!nr) {
                rc = -1;
                break;
            }
            rt = nr;
        }
        int begins;
        int type = nf > 1 ? parse_tag(fields[nf - 1], &begins) : -1;
        rt[n].word = strdup(fields[0]);
        rt[n].type = type;
        rt[n].begins = type >= 0 && begins;
        if (!rt[n].word) {
            rc = -1;
            break;
        }
        /* a lower-cased data set: names and sentence starts get their capital back */
        if (lower && (type >= 0 || n == 0) && rt[n].word[0] >= 'a' && rt[n].word[0] <= 'z')
            rt[n].word[0] = (char)(rt[n].word[0] - 'a' + 'A');
        n++;
    }
    for (size_t i = 0; i < n; i++)
        free(rt[i].word);
    free(rt);
    fclose(f);
    return rc;
}

void tr_finish(tr_set *set, const warta_tagger_model *m)
{
    set->candidates = set->misaligned = set->not_candidate = 0;
    tg_tok *info = NULL;
    uint32_t cap = 0;
    for (size_t k = 0; k < set->n; k++) {
        tr_sent *s = &set->s[k];
        uint32_t nt = s->toks.n_tokens;
        if (nt + 1 > cap) {
            cap = (nt + 1) * 2;
            free(info);
            info = malloc(cap * sizeof *info);
            if (!info)
                return;
        }
        tg_input in = {s->text, s->toks.tokens, nt, s->domain, 0};
        warta_tagger_prepare(m, &in, info);
        if (!s->raw) {
            s->raw = malloc(nt + 1);
            if (s->raw)
                memcpy(s->raw, s->labels, nt + 1);
        }
        if (!s->raw)
            return;
        for (uint32_t t = 0; t < nt; t++)
            set->candidates += info[t].cand;
        /* names the tokenizer or the candidate rule cannot reproduce */
        for (uint32_t g = 0; g < s->n_gold; g++) {
            int starts_ok = 0, ends_ok = 0, all_cand = 1;
            for (uint32_t t = 0; t < nt; t++) {
                const warta_token *tk = &s->toks.tokens[t];
                starts_ok |= tk->start == s->gold[g].start;
                ends_ok |= tk->end == s->gold[g].end;
                if (tk->start >= s->gold[g].start && tk->end <= s->gold[g].end && !info[t].cand)
                    all_cand = 0;
            }
            if (!starts_ok || !ends_ok)
                set->misaligned++;
            else if (!all_cand)
                set->not_candidate++;
        }
        /* Train under the candidate rule: a non-candidate is O, and an I-
         * left without its B- begins the name. */
        for (uint32_t t = 0; t < nt; t++) {
            uint8_t l = s->raw[t];
            if (!info[t].cand)
                l = TG_O;
            else if (l && !(l & 1) &&
                     (t == 0 || info[t].sent_start || (s->labels[t - 1] != l && s->labels[t - 1] != l - 1)))
                l--;
            s->labels[t] = l;
        }
    }
    free(info);
}

void tr_set_free(tr_set *set)
{
    for (size_t i = 0; i < set->n; i++) {
        free(set->s[i].text);
        free(set->s[i].gold);
        free(set->s[i].labels);
        free(set->s[i].raw);
        warta_tokens__free(&set->s[i].toks);
    }
    free(set->s);
    memset(set, 0, sizeof *set);
}

/* A sentence's letters and digits, case-folded (ASCII): the same sentence
 * tokenized or cased otherwise has the same signature. */
static uint64_t text_signature(const char *t, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)t[i];
        if (c >= 'A' && c <= 'Z')
            c += 'a' - 'A';
        else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80))
            continue;
        h = (h ^ c) * 0x100000001b3ull;
    }
    return h | 1;
}

/* Sentences are compared by their signature. */
size_t tr_drop_overlap(tr_set *set, const tr_set *other)
{
    size_t cap = 16;
    while (cap < other->n * 2)
        cap <<= 1;
    uint64_t *seen = calloc(cap, sizeof *seen);
    if (!seen)
        return 0;
    for (size_t i = 0; i < other->n; i++) {
        uint64_t h = text_signature(other->s[i].text, other->s[i].len);
        size_t k = h & (cap - 1);
        while (seen[k] && seen[k] != h)
            k = (k + 1) & (cap - 1);
        seen[k] = h;
    }
    size_t kept = 0, dropped = 0;
    for (size_t i = 0; i < set->n; i++) {
        uint64_t h = text_signature(set->s[i].text, set->s[i].len);
        size_t k = h & (cap - 1);
        while (seen[k] && seen[k] != h)
            k = (k + 1) & (cap - 1);
        if (seen[k] == h) {
            tr_sent *s = &set->s[i];
            free(s->text);
            free(s->gold);
            free(s->labels);
            free(s->raw);
            warta_tokens__free(&s->toks);
            dropped++;
        } else {
            set->s[kept++] = set->s[i];
        }
    }
    set->n = kept;
    free(seen);
    return dropped;
}
