/*
 * Reads token-per-line gold data: "token TAB tag" (NERGrit, NERP, IndoLEM,
 * PFSA-ID), "token POS tag" with spaces (idner-news-2k) and CoNLL-2003's
 * four columns; CRLF or LF; blank lines end sentences; -DOCSTART- lines end
 * documents.  The token is the first column and the tag the last.  Tags may
 * be BIO (IOB1 or IOB2), BILOU or BIOES, in any case.
 *
 * The gold text is rebuilt so the real pipeline can run on it: tokens joined
 * by one space, sentences by a newline (or a space: --sep space, for data
 * whose quotations run over several sentences of one paragraph); with detokenisation (default) no
 * space goes before closing punctuation or after an opening bracket, and
 * quote marks are attached to the words they enclose (an opening mark left at
 * the end of the previous sentence by the data set's splitter moves to the
 * start of the next line).  Offsets are those of the rebuilt text.
 */
#include "eval_tokens.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { Q_NONE, Q_OPEN, Q_CLOSE };

typedef struct tfile {
    char *buf;
    ev_tok *tok; uint32_t n_tok, cap_tok;
    uint32_t *sent_start; uint32_t n_sent, cap_sent;   /* first token of each sentence */
    unsigned char *docstart;                            /* per sentence */
    uint32_t cap_ds;
} tfile;

static int grow(void **p, uint32_t *cap, uint32_t n, size_t size)
{
    if (n < *cap)
        return 0;
    uint32_t c = *cap ? *cap * 2 : 1024;
    void *g = realloc(*p, (size_t)c * size);
    if (!g)
        return -1;
    *p = g;
    *cap = c;
    return 0;
}

/* Splits the file in place into tokens and sentences. */
static int parse(tfile *f)
{
    char *line = f->buf;
    int pending_docstart = 1;
    int in_sentence = 0;
    while (line && *line) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        size_t n = strlen(line);
        while (n && (line[n - 1] == '\r' || line[n - 1] == ' ' || line[n - 1] == '\t'))
            line[--n] = '\0';
        char *next = nl ? nl + 1 : NULL;
        if (n == 0) {
            in_sentence = 0;
            line = next;
            continue;
        }
        if (strncmp(line, "-DOCSTART-", 10) == 0) {
            in_sentence = 0;
            pending_docstart = 1;
            line = next;
            continue;
        }
        /* fields: by tab when there is one, else by runs of spaces */
        const char sep = strchr(line, '\t') ? '\t' : ' ';
        char *form = line, *tag = NULL;
        char *s = strchr(line, sep);
        if (s) {
            *s = '\0';
            char *last = strrchr(s + 1, sep);
            tag = last ? last + 1 : s + 1;
            while (*tag == ' ')
                tag++;
        }
        if (!tag || !*tag)
            tag = "O";
        if (!in_sentence) {
            if (grow((void **)&f->sent_start, &f->cap_sent, f->n_sent, sizeof *f->sent_start) < 0 ||
                grow((void **)&f->docstart, &f->cap_ds, f->n_sent, 1) < 0)
                return -1;
            f->docstart[f->n_sent] = (unsigned char)pending_docstart;
            f->sent_start[f->n_sent++] = f->n_tok;
            pending_docstart = 0;
            in_sentence = 1;
        }
        if (grow((void **)&f->tok, &f->cap_tok, f->n_tok, sizeof *f->tok) < 0)
            return -1;
        ev_tok *t = &f->tok[f->n_tok++];
        t->form = form;
        t->tag = tag;
        t->sent = f->n_sent - 1;
        t->start = t->end = 0;
        line = next;
    }
    return 0;
}

static uint32_t sent_end(const tfile *f, uint32_t s)
{
    return s + 1 < f->n_sent ? f->sent_start[s + 1] : f->n_tok;
}

static int is_dash(const char *f)
{
    return strcmp(f, "\xe2\x80\x94") == 0 || strcmp(f, "\xe2\x80\x93") == 0 || strcmp(f, "-") == 0;
}

/* Kompas articles open with a dateline "JAKARTA , KOMPAS —" (once
 * "KOMPAS , BANYUWANGI —"): KOMPAS and a dash among the first tokens. */
static int kompas_dateline(const tfile *f, uint32_t s)
{
    uint32_t a = f->sent_start[s], b = sent_end(f, s);
    int kompas = 0;
    for (uint32_t i = a; i < b && i < a + 8; i++) {
        if (i < a + 6 && strcmp(f->tok[i].form, "KOMPAS") == 0)
            kompas = 1;
        else if (kompas && is_dash(f->tok[i].form))
            return 1;
    }
    return 0;
}

/* ---- rebuilding the text ---- */

static int is_form(const char *form, const char *const *set, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(form, set[i]) == 0)
            return 1;
    return 0;
}

static int closing_punct(const char *f)
{
    static const char *const set[] = {",", ".", ";", ":", "?", "!", ")", "]", "}", "%",
                                      "...", "\xe2\x80\xa6", "'s", "'S", "n't", "'re", "'ve",
                                      "'ll", "'d", "'m", "\xe2\x80\x99s"};
    return is_form(f, set, sizeof set / sizeof *set);
}

static int sentence_punct(const char *f)
{
    static const char *const set[] = {",", ".", ";", "?", "!", "...", "\xe2\x80\xa6"};
    return is_form(f, set, sizeof set / sizeof *set);
}

static int opening_bracket(const char *f)
{
    static const char *const set[] = {"(", "[", "{"};
    return is_form(f, set, sizeof set / sizeof *set);
}

/* Double quotation marks only: single ones are mostly apostrophes. */
static int quote_glyph(const char *f)
{
    static const char *const open[] = {"\xe2\x80\x9c", "\xe2\x80\x9e", "\xc2\xab", "``"};
    static const char *const close[] = {"\xc2\xbb", "''"};
    static const char *const either[] = {"\"", "\xe2\x80\x9d"};
    if (is_form(f, open, 4))
        return Q_OPEN;
    if (is_form(f, close, 2))
        return Q_CLOSE;
    return is_form(f, either, 2) ? 3 : Q_NONE;
}

/* Kompas writes ” on both sides, so a mark's side is read from its
 * neighbours, falling back on alternation for the ambiguous ". ” Kata". */
static void classify_quotes(const ev_tok *t, uint32_t n, unsigned char *q)
{
    int open = 0;
    for (uint32_t i = 0; i < n; i++) {
        int g = quote_glyph(t[i].form);
        if (g == 3) {
            const char *prev = i ? t[i - 1].form : NULL, *next = i + 1 < n ? t[i + 1].form : NULL;
            if (!next || closing_punct(next))
                g = Q_CLOSE;
            else if (!prev || opening_bracket(prev) || strcmp(prev, ":") == 0)
                g = Q_OPEN;
            else if (sentence_punct(prev) && islower((unsigned char)next[0]))
                g = Q_CLOSE;
            else
                g = open ? Q_CLOSE : Q_OPEN;
        }
        if (g == Q_OPEN)
            open = 1;
        else if (g == Q_CLOSE)
            open = 0;
        q[i] = (unsigned char)g;
    }
}

typedef struct sbuf {
    char *s;
    size_t n, cap;
} sbuf;

static int sbuf_add(sbuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 4096;
        while (cap < b->n + n + 1)
            cap *= 2;
        char *g = realloc(b->s, cap);
        if (!g)
            return -1;
        b->s = g;
        b->cap = cap;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = '\0';
    return 0;
}

/* Writes the text of tokens t[0..n) into b, setting their offsets. */
/* Whether token i is a hyphen or apostrophe the data set split out of a
 * word ("sumber - sumber", "O ' Neil", "America ' s"): a word character
 * (ASCII letter or digit, or any non-ASCII byte) on both sides. */
static int splits_word(const ev_tok *t, uint32_t n, uint32_t i)
{
    const char *f = t[i].form;
    if (!((f[0] == '-' || f[0] == '\'') && f[1] == '\0') || i == 0 || i + 1 >= n ||
        t[i - 1].sent != t[i].sent || t[i + 1].sent != t[i].sent)
        return 0;
    const char *a = t[i - 1].form, *b = t[i + 1].form;
    size_t al = strlen(a);
    unsigned char last = al ? (unsigned char)a[al - 1] : 0, first = (unsigned char)b[0];
    return (isalnum(last) || last >= 0x80) && (isalnum(first) || first >= 0x80);
}

static int build_text(ev_tok *t, uint32_t n, int detok, int rejoin, int sep_space, sbuf *b)
{
    unsigned char *q = calloc(n ? n : 1, 2);
    if (!q)
        return -1;
    unsigned char *nl = q + n;
    if (detok)
        classify_quotes(t, n, q);
    for (uint32_t i = 1; i < n; i++)
        nl[i] = t[i].sent != t[i - 1].sent;
    if (detok) {
        for (uint32_t i = 1; i < n; i++) {
            if (t[i].sent == t[i - 1].sent)
                continue;
            if (q[i] == Q_CLOSE && i + 1 < n && t[i + 1].sent == t[i].sent) {
                nl[i] = 0;
                nl[i + 1] = 1;
            } else if (q[i - 1] == Q_OPEN && i >= 2 && t[i - 2].sent == t[i - 1].sent) {
                nl[i] = 0;
                nl[i - 1] = 1;
            }
        }
    }
    int rc = 0;
    for (uint32_t i = 0; i < n && rc == 0; i++) {
        if (i > 0) {
            if (nl[i])
                rc = sbuf_add(b, sep_space ? " " : "\n", 1);
            else if (!detok || !(closing_punct(t[i].form) || q[i] == Q_CLOSE ||
                                 opening_bracket(t[i - 1].form) || q[i - 1] == Q_OPEN ||
                                 (rejoin && (splits_word(t, n, i) || splits_word(t, n, i - 1)))))
                rc = sbuf_add(b, " ", 1);
        }
        t[i].start = (uint32_t)b->n;
        if (rc == 0)
            rc = sbuf_add(b, t[i].form, strlen(t[i].form));
        t[i].end = (uint32_t)b->n;
    }
    free(q);
    return rc;
}

/* ---- tags to spans ---- */

static void split_tag(const char *tag, char *prefix, const char **label)
{
    if ((tag[0] == 'O' || tag[0] == 'o' || tag[0] == '0') && tag[1] == '\0') {
        *prefix = 'O';
        *label = "";
    } else if (tag[0] && tag[1] == '-' && strchr("BILEUSbileus", tag[0])) {
        *prefix = (char)toupper((unsigned char)tag[0]);
        *label = tag + 2;
    } else {
        *prefix = 'I';
        *label = tag;
    }
}

typedef struct spans {
    ev_tspan *s;
    uint32_t n, cap;
} spans;

static int span_close(spans *out, const char **open, uint32_t start, uint32_t end,
                      const ev_labelmap *map, unsigned *seen, long *ignored)
{
    if (!*open)
        return 0;
    int target = ev_labelmap_get(map, *open);
    if (target < 0 || target == EV_T_IGNORE) {
        (*ignored)++;
    } else {
        if (grow((void **)&out->s, &out->cap, out->n, sizeof *out->s) < 0)
            return -1;
        ev_tspan sp = {target, *open, start, end};
        out->s[out->n++] = sp;
        *seen |= target < EV_N_TYPES   ? 1u << target
                 : target == EV_T_QUOTE ? EV_L_QUOTE
                 : target == EV_T_CUE   ? EV_L_CUE
                 : target == EV_T_ROLE  ? EV_L_ROLE_SPAN
                                        : EV_L_SPEAKER;
    }
    *open = NULL;
    return 0;
}

static int decode(const ev_tok *t, uint32_t n, const ev_labelmap *map, spans *out, unsigned *seen,
                  long *ignored)
{
    const char *open = NULL;
    uint32_t start = 0;
    out->n = 0;
    for (uint32_t i = 0; i < n; i++) {
        char p;
        const char *label;
        split_tag(t[i].tag, &p, &label);
        if (p == 'O' || p == 'B' || p == 'U' || p == 'S' || !open || strcasecmp(open, label) != 0) {
            if (span_close(out, &open, start, i, map, seen, ignored) < 0)
                return -1;
            if (p != 'O') {
                open = label;
                start = i;
            }
        }
        if ((p == 'L' || p == 'E' || p == 'U' || p == 'S') &&
            span_close(out, &open, start, i + 1, map, seen, ignored) < 0)
            return -1;
    }
    return span_close(out, &open, start, n, map, seen, ignored);
}

/* ---- documents ---- */

static int add_doc(ev_corpus *c, const ev_token_opts *o, const char *name, uint32_t index,
                   ev_tok *t, uint32_t n, spans *sp, sbuf *b, unsigned *seen)
{
    b->n = 0;
    if (build_text(t, n, o->detok, o->rejoin, o->sent_space, b) < 0 || sbuf_add(b, "", 0) < 0)
        return -1;
    ev_doc *d = ev_corpus_add(c);
    if (!d)
        return -1;
    char id[600];
    snprintf(id, sizeof id, "%s:%u", name, index);
    if (ev_doc_set(d, id, b->s, b->n, o->lang) < 0 ||
        decode(t, n, o->map, sp, seen, &c->ignored_labels) < 0)
        return -1;
    for (uint32_t i = 0; i < sp->n; i++) {
        ev_span r = {t[sp->s[i].a].start, t[sp->s[i].b - 1].end};
        if (sp->s[i].target == EV_T_ROLE && ev_add_role(d, r) < 0)
            return -1;
        if (sp->s[i].target == EV_T_SPEAKER && ev_add_named(d, r) < 0)
            return -1;
        if (sp->s[i].target >= EV_N_TYPES)
            continue;
        ev_mention m;
        memset(&m, 0, sizeof m);
        m.type = sp->s[i].target;
        m.span.start = t[sp->s[i].a].start;
        m.span.end = t[sp->s[i].b - 1].end;
        if (ev_add_mention(d, &m) < 0)
            return -1;
    }
    return ev_pfsa_quotes(d, t, n, sp->s, sp->n);
}

int ev_read_tokens(const char *path, const ev_token_opts *o, ev_corpus *c, char *err, size_t errsize)
{
    tfile f;
    memset(&f, 0, sizeof f);
    size_t len;
    f.buf = cli_read_file(path, &len);
    if (!f.buf) {
        snprintf(err, errsize, "cannot read %s", path);
        return -2;
    }
    int rc = parse(&f);
    int docs = o->docs;
    if (docs == EV_DOCS_AUTO) {
        docs = EV_DOCS_SENTENCE;
        for (uint32_t s = 1; s < f.n_sent; s++)
            if (f.docstart[s])
                docs = EV_DOCS_DOCSTART;
    }
    char name[512];
    ev_doc_key(path, name, sizeof name);
    spans sp = {NULL, 0, 0};
    sbuf b = {NULL, 0, 0};
    unsigned seen = 0;
    uint32_t index = 0, first = 0;
    for (uint32_t s = 1; rc == 0 && s <= f.n_sent; s++) {
        int cut = s == f.n_sent;
        if (!cut) {
            switch (docs) {
            case EV_DOCS_SENTENCE: cut = 1; break;
            case EV_DOCS_DOCSTART: cut = f.docstart[s]; break;
            case EV_DOCS_KOMPAS: cut = kompas_dateline(&f, s); break;
            case EV_DOCS_N: cut = o->per_doc > 0 && (s - first) >= (uint32_t)o->per_doc; break;
            default: break;
            }
        }
        if (!cut)
            continue;
        uint32_t a = f.sent_start[first], z = s < f.n_sent ? f.sent_start[s] : f.n_tok;
        rc = add_doc(c, o, name, ++index, f.tok + a, z - a, &sp, &b, &seen);
        first = s;
        if (o->limit && (long)index >= o->limit)
            break;
    }
    if (rc < 0)
        snprintf(err, errsize, "out of memory reading %s", path);
    else if (f.n_tok == 0) {
        snprintf(err, errsize, "%s: no tokens", path);
        rc = -2;
    }
    c->format = "conll";
    c->layers |= seen;
    if (c->layers & EV_L_QUOTE)
        c->layers |= EV_L_CUE | EV_L_SPEAKER;
    free(sp.s);
    free(b.s);
    free(f.tok);
    free(f.sent_start);
    free(f.docstart);
    free(f.buf);
    return rc;
}
