/*
 * plugins/quotes/qt_pair.c — pairs quotation marks into direct quotations.
 *
 * One left-to-right pass with a small stack; only the outermost pair makes a
 * quotation (an inner pair is part of its content).  A mark's role comes from
 * where it stands, not from its glyph, because Kompas opens with ” as well:
 *   - left-flanking only (space before, text after) opens;
 *   - right-flanking only closes, and with nothing open it becomes a "weak"
 *     opener, kept only if a later mark closes it and a cue attributes it
 *     (a stray closing mark must not start a quotation on its own);
 *   - both or neither closes when something is open, else opens.
 * The mark that opened a quotation opening again before it closed means the
 * closing mark is missing (news nests other marks: “…‘…’…”, «…“…”…»), so
 * the open quotation ends there, unclosed.
 * Paragraphs bound everything: an open quotation either continues into the
 * next paragraph, when that paragraph opens with a mark (news style: every
 * paragraph of a long quotation opens, only the last closes), or ends
 * unclosed at the end of its paragraph.  An unclosed quotation whose text
 * holds ", kata X" was missing its closing mark there and ends at the comma.
 * Single marks pair only inside one paragraph outside double quotes, and are
 * kept only when a cue attributes them (qt_attrib.c drops the rest).
 */
#include <stdlib.h>
#include <string.h>

#include "qt.h"

#define QT_MAX_DEPTH 8
/* Longest single-quoted span considered, in tokens. */
#define QT_SINGLE_SPAN 60

enum { ROLE_OPEN, ROLE_CLOSE };

typedef struct mark {
    uint32_t tok;
    uint8_t weak;
} mark;

static int role_of(uint32_t f, int have_open)
{
    int l = (f & WARTA_TOK_LEFT_FLANK) != 0, r = (f & WARTA_TOK_RIGHT_FLANK) != 0;
    if (l && !r)
        return ROLE_OPEN;
    if (r && !l)
        return ROLE_CLOSE;
    return have_open ? ROLE_CLOSE : ROLE_OPEN;
}

static int same_glyph(const qt_ctx *c, uint32_t a, uint32_t b)
{
    const warta_token *x = &c->tok[a], *y = &c->tok[b];
    uint32_t n = x->end - x->start;
    return n == y->end - y->start && memcmp(c->doc->text + x->start, c->doc->text + y->start, n) == 0;
}

static void mark_inside(qt_ctx *c, uint32_t from, uint32_t to)
{
    for (uint32_t t = from; t <= to && t < c->n; t++)
        c->tf[t] |= QT_T_IN_QUOTE;
}

/* Where an unclosed quotation really ended: at ", kata X" inside it. */
static uint32_t recover_end(const qt_ctx *c, uint32_t from, uint32_t to)
{
    for (uint32_t t = from + 1; t + 1 < to; t++)
        if (qt_is_comma(c, t) && (c->cue[t + 1] & (QT_CUE_ATTR | QT_CUE_NYA)) &&
            !(c->cue[t + 1] & QT_CUE_MENURUT))
            return t;
    return to;
}

/* Records the quotation opened at `open` whose last content part runs over
 * tokens [from, to); `close` is its closing mark, or c->n when unclosed. */
static int finish(qt_ctx *c, uint32_t open, uint32_t from, uint32_t to, uint32_t close, uint32_t part0,
                  int weak)
{
    int closed = close < c->n;
    uint32_t last;
    if (!closed) {
        uint32_t cut = recover_end(c, from, to);
        if (cut < to)
            to = cut + 1; /* the comma stays in the content, as it would before ” */
        last = to - 1;
    } else {
        last = close;
    }
    if (warta_qt__add_part(c, from, to) != WARTA_OK)
        return WARTA_ENOMEM;
    if (c->n_parts == part0)
        return WARTA_OK; /* nothing between the marks */
    qt_quote *q = warta_qt__new_quote(c);
    if (!q)
        return WARTA_ENOMEM;
    q->kind = QT_DIRECT;
    q->open = open;
    q->close = last;
    q->start = c->tok[open].start;
    q->end = c->tok[last].end;
    q->part0 = part0;
    q->n_parts = c->n_parts - part0;
    q->closed = (uint8_t)closed;
    q->weak = (uint8_t)weak;
    mark_inside(c, open, last);
    return WARTA_OK;
}

static int pair_double(qt_ctx *c)
{
    mark st[QT_MAX_DEPTH];
    uint32_t depth = 0, from = 0, part0 = 0;
    for (uint32_t t = 0; t < c->n; t++) {
        uint32_t f = c->tok[t].flags;
        int is_double = (f & WARTA_TOK_QUOTE) && !(f & WARTA_TOK_QUOTE_SINGLE);
        if ((f & WARTA_TOK_PARA_START) && t > 0 && depth > 0) {
            if (st[0].weak) {
                depth = 0;
            } else if (is_double && role_of(f, 0) == ROLE_OPEN) {
                /* the quotation goes on in this paragraph */
                if (warta_qt__add_part(c, from, t) != WARTA_OK)
                    return WARTA_ENOMEM;
                from = t + 1;
                depth = 1;
                continue;
            } else {
                if (finish(c, st[0].tok, from, t, c->n, part0, 0) != WARTA_OK)
                    return WARTA_ENOMEM;
                depth = 0;
            }
        }
        if (!is_double)
            continue;
        if (role_of(f, depth > 0) == ROLE_OPEN) {
            if (depth == 1 && st[0].weak)
                depth = 0; /* that lone closing mark was a stray */
            if (depth > 0 && same_glyph(c, st[0].tok, t) && (f & WARTA_TOK_LEFT_FLANK)) {
                /* news nests with other marks (“…‘…’…”), so the same mark
                 * opening again means the last quotation was never closed */
                if (finish(c, st[0].tok, from, t, c->n, part0, 0) != WARTA_OK)
                    return WARTA_ENOMEM;
                depth = 0;
            }
            if (depth == 0) {
                from = t + 1;
                part0 = c->n_parts;
            }
            if (depth < QT_MAX_DEPTH)
                st[depth++] = (mark){t, 0};
        } else if (depth == 0) {
            st[depth++] = (mark){t, 1};
            from = t + 1;
            part0 = c->n_parts;
        } else if (--depth == 0) {
            if (finish(c, st[0].tok, from, t, t, part0, st[0].weak) != WARTA_OK)
                return WARTA_ENOMEM;
        }
    }
    if (depth > 0 && !st[0].weak)
        return finish(c, st[0].tok, from, c->n, c->n, part0, 0);
    return WARTA_OK;
}

static int pair_single(qt_ctx *c)
{
    int64_t open = -1;
    for (uint32_t t = 0; t < c->n; t++) {
        uint32_t f = c->tok[t].flags;
        if (f & WARTA_TOK_PARA_START)
            open = -1;
        if (!(f & WARTA_TOK_QUOTE_SINGLE) || (c->tf[t] & QT_T_IN_QUOTE))
            continue;
        int l = (f & WARTA_TOK_LEFT_FLANK) != 0, r = (f & WARTA_TOK_RIGHT_FLANK) != 0;
        if (l && !r) {
            open = t;
        } else if (r && !l && open >= 0 && t > (uint32_t)open + 1 && t - (uint32_t)open <= QT_SINGLE_SPAN) {
            uint32_t part0 = c->n_parts;
            if (finish(c, (uint32_t)open, (uint32_t)open + 1, t, t, part0, 0) != WARTA_OK)
                return WARTA_ENOMEM;
            if (c->n_q && c->q[c->n_q - 1].open == (uint32_t)open)
                c->q[c->n_q - 1].single = 1;
            open = -1;
        }
    }
    return WARTA_OK;
}

static int by_open(const void *a, const void *b)
{
    const qt_quote *x = a, *y = b;
    return x->open < y->open ? -1 : x->open > y->open;
}

int warta_qt__pair(qt_ctx *c)
{
    int rc = pair_double(c);
    if (rc != WARTA_OK)
        return rc;
    uint32_t doubles = c->n_q;
    if ((rc = pair_single(c)) != WARTA_OK)
        return rc;
    if (c->n_q > doubles)
        qsort(c->q, c->n_q, sizeof *c->q, by_open);
    return WARTA_OK;
}
