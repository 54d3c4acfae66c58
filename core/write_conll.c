/* CoNLL writer: token TAB BIO tag, the format NER tools read. */
#include "result.h"
#include "text.h"

#include <ctype.h>
#include <string.h>

/* PER/LOC/ORG for the standard types, the label upper-cased otherwise. */
static void conll_tag(const char *type, char *buf, size_t size)
{
    if (strcmp(type, "official") == 0 || strcmp(type, "person") == 0)
        snprintf(buf, size, "PER");
    else if (strcmp(type, "location") == 0)
        snprintf(buf, size, "LOC");
    else if (strcmp(type, "organization") == 0)
        snprintf(buf, size, "ORG");
    else {
        size_t i = 0;
        for (; type[i] && i + 1 < size; i++)
            buf[i] = (char)toupper((unsigned char)type[i]);
        buf[i] = '\0';
    }
}

int warta_result_write_conll(const warta_result *r, FILE *out)
{
    warta_tokens t;
    if (warta_tokens__build(r->text, r->len, &t) < 0)
        return WARTA_ENOMEM;
    fprintf(out, "-DOCSTART-\tO\n\n");
    /* Mentions are in text order, outer first: walk them beside the tokens. */
    uint32_t m = 0;
    for (uint32_t s = 0; s < t.n_sentences; s++) {
        const warta_sentence *sent = &t.sentences[s];
        for (uint32_t i = sent->tok_start; i < sent->tok_end; i++) {
            const warta_token *tok = &t.tokens[i];
            while (m < r->n_mentions &&
                   (r->mention_parent[m] >= 0 || r->mentions[m].end <= tok->start))
                m++;
            char tag[64] = "O";
            if (m < r->n_mentions && r->mentions[m].start <= tok->start &&
                tok->end <= r->mentions[m].end) {
                char type[48];
                conll_tag(r->mentions[m].type, type, sizeof type);
                snprintf(tag, sizeof tag, "%s-%s", tok->start == r->mentions[m].start ? "B" : "I",
                         type);
            }
            /* A token holding a tab or newline would break the columns. */
            for (uint32_t b = tok->start; b < tok->end; b++) {
                char c = r->text[b];
                fputc(c == '\t' || c == '\n' || c == '\r' ? ' ' : c, out);
            }
            fprintf(out, "\t%s\n", tag);
        }
        fputc('\n', out);
    }
    warta_tokens__free(&t);
    return ferror(out) ? WARTA_EIO : WARTA_OK;
}
