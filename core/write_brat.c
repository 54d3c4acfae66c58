/* brat standoff writer: lets annotations be corrected in brat or INCEpTION
 * and read back by `warta eval` / the corpus tools. Offsets are code points. */
#include "result.h"

#include <string.h>

/* brat's text field is one line: newlines inside a span become spaces. */
static void put_text(FILE *out, const char *text, uint32_t start, uint32_t end)
{
    for (uint32_t b = start; b < end; b++) {
        char c = text[b];
        fputc(c == '\n' || c == '\r' || c == '\t' ? ' ' : c, out);
    }
}

int warta_result_write_brat(const warta_result *r, FILE *txt, FILE *ann)
{
    if (fwrite(r->text, 1, r->len, txt) != r->len)
        return WARTA_EIO;
    unsigned t = 0, rel = 0, attr = 0;
    /* T ids of mentions: T1..Tn in mention order. */
    for (uint32_t i = 0; i < r->n_mentions; i++) {
        const warta_mention *m = &r->mentions[i];
        const char *type = strcmp(m->type, "official") == 0 ? "person" : m->type;
        fprintf(ann, "T%u\t%s %u %u\t", ++t, type, m->char_start, m->char_end);
        put_text(ann, r->text, m->start, m->end);
        fputc('\n', ann);
    }
    for (uint32_t i = 0; i < r->n_mentions; i++) {
        const warta_mention *m = &r->mentions[i];
        if (m->role_start >= 0) {
            fprintf(ann, "T%u\trole %u %u\t", ++t, r->role_chars[i][0], r->role_chars[i][1]);
            put_text(ann, r->text, (uint32_t)m->role_start, (uint32_t)m->role_end);
            fprintf(ann, "\nR%u\trole Arg1:T%u Arg2:T%u\n", ++rel, i + 1, t);
        }
        if (m->affiliation >= 0)
            fprintf(ann, "R%u\taffiliation Arg1:T%u Arg2:T%u\n", ++rel, i + 1,
                    (unsigned)m->affiliation + 1);
    }
    for (uint32_t i = 0; i < r->n_quotes; i++) {
        const warta_quote *q = &r->quotes[i];
        unsigned qt = ++t;
        fprintf(ann, "T%u\tquote ", qt);
        for (uint32_t c = 0; c < q->n_content; c++)
            fprintf(ann, "%s%u %u", c ? ";" : "", q->content[c].char_start, q->content[c].char_end);
        fputc('\t', ann);
        for (uint32_t c = 0; c < q->n_content; c++) {
            if (c)
                fputc(' ', ann);
            put_text(ann, r->text, q->content[c].start, q->content[c].end);
        }
        fprintf(ann, "\nA%u\tkind T%u %s\n", ++attr, qt, q->kind);
        if (q->has_cue) {
            fprintf(ann, "T%u\tcue %u %u\t", ++t, q->cue.char_start, q->cue.char_end);
            put_text(ann, r->text, q->cue.start, q->cue.end);
            fprintf(ann, "\nR%u\tcue Arg1:T%u Arg2:T%u\n", ++rel, qt, t);
        }
        if (q->speaker_mention >= 0)
            fprintf(ann, "R%u\tspeaker Arg1:T%u Arg2:T%u\n", ++rel, qt,
                    (unsigned)q->speaker_mention + 1);
    }
    for (uint32_t e = 0; e < r->n_entities; e++) {
        const warta_entity *en = &r->entities[e];
        if (en->n_mentions < 2)
            continue;
        fprintf(ann, "*\tCoref");
        for (uint32_t k = 0; k < en->n_mentions; k++)
            fprintf(ann, " T%u", en->mentions[k] + 1);
        fputc('\n', ann);
    }
    return ferror(txt) || ferror(ann) ? WARTA_EIO : WARTA_OK;
}
