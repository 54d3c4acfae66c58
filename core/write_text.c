/*
 * Text writer: the document with inline markup for reading in a terminal.
 *   [Karoline Leavitt]{official: Juru Bicara, Gedung Putih}   «…»{Q1 → Karoline Leavitt}
 * With WARTA_TEXT_COLOR the brackets are replaced by ANSI colours by type.
 */
#include "markup.h"

#include <stdlib.h>
#include <string.h>

static const char *colour(const char *type)
{
    if (strcmp(type, "official") == 0)
        return "\033[1;33m";
    if (strcmp(type, "person") == 0)
        return "\033[33m";
    if (strcmp(type, "location") == 0)
        return "\033[32m";
    if (strcmp(type, "organization") == 0)
        return "\033[36m";
    return "\033[35m";
}

static void put_span(FILE *out, const warta_result *r, uint32_t start, uint32_t end)
{
    fwrite(r->text + start, 1, end - start, out);
}

int warta_result_write_text(const warta_result *r, FILE *out, unsigned flags)
{
    int c = (flags & WARTA_TEXT_COLOR) != 0;
    warta_mark *marks;
    size_t n;
    if (warta_markup__build(r, &marks, &n) < 0)
        return WARTA_ENOMEM;
    fprintf(out, "%s# %s%s\n", c ? "\033[2m" : "", r->id, c ? "\033[0m" : "");
    uint32_t at = 0;
    for (size_t k = 0; k < n; k++) {
        const warta_mark *m = &marks[k];
        put_span(out, r, at, m->pos);
        at = m->pos;
        if (m->kind == MARK_ROLE || m->kind == MARK_CUE) {
            if (c)
                fputs(m->close ? "\033[24m" : "\033[4m", out); /* underline */
            continue;
        }
        if (m->kind == MARK_MENTION) {
            const warta_mention *mm = &r->mentions[m->index];
            if (!m->close) {
                fputs(c ? colour(mm->type) : "[", out);
                continue;
            }
            fprintf(out, c ? "\033[0m\033[2m{%s" : "]{%s", mm->type);
            if (mm->role)
                fprintf(out, ": %s", mm->role);
            if (mm->affiliation >= 0) {
                const warta_mention *a = &r->mentions[mm->affiliation];
                fputs(mm->role ? ", " : ": ", out);
                put_span(out, r, a->start, a->end);
            }
            fputs(c ? "}\033[0m" : "}", out);
            continue;
        }
        const warta_quote *q = &r->quotes[m->index];
        if (!m->close) {
            fputs(c ? "\033[3m«" : "«", out);
            continue;
        }
        fputs(c ? "»\033[0m" : "»", out);
        if (m->part + 1 < q->n_content)
            continue;
        fprintf(out, "%s{Q%u %s → ", c ? "\033[2m" : "", m->index + 1, q->kind);
        if (q->speaker_mention >= 0) {
            const warta_mention *s = &r->mentions[q->speaker_mention];
            put_span(out, r, s->start, s->end);
        } else {
            fputs("?", out);
        }
        fputs(c ? "}\033[0m" : "}", out);
    }
    put_span(out, r, at, (uint32_t)r->len);
    if (r->len && r->text[r->len - 1] != '\n')
        fputc('\n', out);
    free(marks);
    return ferror(out) ? WARTA_EIO : WARTA_OK;
}
