/*
 * HTML writer: a self-contained page (inline CSS, no scripts, no network)
 * for reading annotations.  Spans become <span> elements carrying their
 * type as a class; a title attribute shows role, affiliation, plugin and
 * score on hover; each quote ends with a link to its speaker's mention.
 */
#include "markup.h"

#include <stdlib.h>
#include <string.h>

static const char STYLE[] =
    "body{font:16px/1.6 Georgia,serif;max-width:52em;margin:2em auto;padding:0 1em;color:#222}"
    "article{border-top:1px solid #ccc;padding-top:1em;margin-bottom:2em;white-space:pre-wrap}"
    "h2{font:bold 14px sans-serif;color:#555;white-space:normal}"
    ".m{border-radius:3px;padding:0 1px}"
    ".m-official{background:#ffd8a8}.m-person{background:#ffec99}"
    ".m-location{background:#b2f2bb}.m-organization{background:#a5d8ff}"
    ".m-other{background:#e5dbff}"
    ".role{border-bottom:2px dotted #e8590c}"
    ".q{background:#f1f3f5;font-style:italic}"
    ".cue{text-decoration:underline wavy #868e96}"
    "a.speaker{font:bold 12px sans-serif;color:#1864ab;text-decoration:none;margin-left:2px}"
    "a.speaker.none{color:#adb5bd}"
    ".legend{font:13px sans-serif;position:sticky;top:0;background:#fff;padding:.5em 0}"
    ".legend span{margin-right:1em;padding:0 4px}";

static void escape(FILE *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        switch (s[i]) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\'': fputs("&#39;", out); break;
        case '\0': fputs("&#xFFFD;", out); break; /* NUL is not allowed in HTML text */
        default: fputc(s[i], out);
        }
    }
}

static void escape_str(FILE *out, const char *s)
{
    escape(out, s, strlen(s));
}

/* Ids must be unique on a page holding several documents. */
static void doc_prefix(const warta_result *r, char *buf, size_t size)
{
    size_t i = 0;
    buf[i++] = 'd';
    for (const char *p = r->id; *p && i + 1 < size; p++)
        buf[i++] = ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                    (*p >= '0' && *p <= '9')) ? *p : '_';
    buf[i] = '\0';
}

static const char *type_class(const char *type)
{
    static const char *const known[] = {"official", "person", "location", "organization"};
    for (size_t i = 0; i < sizeof known / sizeof *known; i++)
        if (strcmp(type, known[i]) == 0)
            return type;
    return "other";
}

static void open_mention(FILE *out, const warta_result *r, uint32_t i, const char *prefix)
{
    const warta_mention *m = &r->mentions[i];
    fprintf(out, "<span class=\"m m-%s\" id=\"%s-M%u\" data-mention=\"M%u\" data-entity=\"E%d\" "
                 "title=\"", type_class(m->type), prefix, i + 1, i + 1, m->entity + 1);
    escape_str(out, m->type);
    if (m->role) {
        fputs(" · role: ", out);
        escape_str(out, m->role);
    }
    if (m->affiliation >= 0) {
        const warta_mention *a = &r->mentions[m->affiliation];
        fputs(" · affiliation: ", out);
        escape(out, r->text + a->start, a->end - a->start);
    }
    fprintf(out, " · plugin %s · score %.2f · E%d\">", m->plugin ? m->plugin : "",
            (double)m->score, m->entity + 1);
}

static void speaker_link(FILE *out, const warta_result *r, const warta_quote *q, uint32_t qi,
                         const char *prefix)
{
    if (q->speaker_mention < 0) {
        fprintf(out, "<a class=\"speaker none\" data-quote=\"Q%u\" title=\"no speaker in the "
                     "text\">→ ?</a>", qi + 1);
        return;
    }
    const warta_mention *s = &r->mentions[q->speaker_mention];
    fprintf(out, "<a class=\"speaker\" data-quote=\"Q%u\" href=\"#%s-M%d\" title=\"speaker of Q%u "
                 "(%s, score %.2f)\">→ ", qi + 1, prefix, q->speaker_mention + 1, qi + 1, q->kind,
            (double)q->score);
    escape(out, r->text + s->start, s->end - s->start);
    fputs("</a>", out);
}

int warta_html_begin(FILE *out, const char *title)
{
    fputs("<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">"
          "<meta name=\"generator\" content=\"warta " WARTA_VERSION "\"><title>", out);
    escape_str(out, title ? title : "warta");
    fprintf(out, "</title><style>%s</style></head><body>\n<div class=\"legend\">"
                 "<span class=\"m m-official\">official</span><span class=\"m m-person\">person"
                 "</span><span class=\"m m-location\">location</span><span class=\"m "
                 "m-organization\">organization</span><span class=\"m m-other\">other</span>"
                 "<span class=\"role\">role</span><span class=\"q\">quote</span>"
                 "<span class=\"cue\">cue</span><a class=\"speaker\">→ speaker</a></div>\n",
            STYLE);
    return ferror(out) ? WARTA_EIO : WARTA_OK;
}

int warta_html_end(FILE *out)
{
    fputs("</body></html>\n", out);
    return ferror(out) ? WARTA_EIO : WARTA_OK;
}

int warta_result_write_html(const warta_result *r, FILE *out)
{
    warta_mark *marks;
    size_t n;
    if (warta_markup__build(r, &marks, &n) < 0)
        return WARTA_ENOMEM;
    char prefix[96];
    doc_prefix(r, prefix, sizeof prefix);
    fprintf(out, "<article id=\"%s\" data-id=\"", prefix);
    escape_str(out, r->id);
    fputs("\"><h2>", out);
    escape_str(out, r->id);
    fprintf(out, " — %u entities, %u quotes</h2>", r->n_entities, r->n_quotes);
    uint32_t at = 0;
    for (size_t k = 0; k < n; k++) {
        const warta_mark *m = &marks[k];
        escape(out, r->text + at, m->pos - at);
        at = m->pos;
        if (m->close) {
            fputs("</span>", out);
            const warta_quote *q = m->kind == MARK_CONTENT ? &r->quotes[m->index] : NULL;
            if (q && m->part + 1 == q->n_content)
                speaker_link(out, r, q, m->index, prefix);
            continue;
        }
        switch (m->kind) {
        case MARK_MENTION:
            open_mention(out, r, m->index, prefix);
            break;
        case MARK_ROLE:
            fprintf(out, "<span class=\"role\" title=\"role of M%u\">", m->index + 1);
            break;
        case MARK_CONTENT:
            fprintf(out, "<span class=\"q\" data-quote=\"Q%u\" title=\"Q%u · %s\">", m->index + 1,
                    m->index + 1, r->quotes[m->index].kind);
            break;
        default:
            fprintf(out, "<span class=\"cue\" title=\"cue of Q%u\">", m->index + 1);
        }
    }
    escape(out, r->text + at, r->len - at);
    fputs("</article>\n", out);
    free(marks);
    return ferror(out) ? WARTA_EIO : WARTA_OK;
}
