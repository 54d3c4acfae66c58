/*
 * Reads PolNeAR (en): DIR/text/NAME.txt and DIR/attributions/NAME_ANNOTATOR.ann
 * (the first annotator's file when several annotated an article).  Standoff
 * with character offsets: T lines Source/Cue/Content (possibly discontinuous),
 * E lines "Attribution:Tn Content:Tx Cue:Ty Source:Tz" (Attribution-no-source
 * has no Source).  Every attribution becomes a quote: its content fragments,
 * its cue, and its source as the speaker (none when there is no source).
 * PolNeAR annotates attributions of any kind (paraphrase, belief) and no
 * entities, so only the quote, cue and speaker layers are scored.
 */
#include "eval.h"

#include <stdlib.h>
#include <string.h>

typedef struct pt {
    ev_span frag[16];
    uint32_t n;
} pt;

static uint32_t tnum(const char *s)
{
    if (*s != 'T')
        return 0;
    char *e;
    unsigned long v = strtoul(s + 1, &e, 10);
    return v > 0 && v < 1000000 ? (uint32_t)v : 0;
}

static int parse_frags(const char *p, const uint32_t *c2b, uint32_t n_chars, pt *t)
{
    t->n = 0;
    while (*p) {
        char *e;
        unsigned long a = strtoul(p, &e, 10);
        if (e == p || *e != ' ')
            return -1;
        p = e + 1;
        unsigned long b = strtoul(p, &e, 10);
        if (e == p || b < a || b > n_chars)
            return -1;
        if (t->n < 16) {
            t->frag[t->n].start = c2b[a];
            t->frag[t->n++].end = c2b[b];
        }
        p = e;
        if (*p != ';')
            break;
        p++;
    }
    return t->n ? 0 : -1;
}

/* One article: every T line first (E lines may precede the T they name). */
static int read_article(const char *txt, const char *annp, ev_corpus *c, char *err, size_t errsize)
{
    size_t len, alen;
    char *text = cli_read_file(txt, &len);
    char *annt = text ? cli_read_file(annp, &alen) : NULL;
    uint32_t n_chars = 0;
    uint32_t *c2b = annt ? warta_utf8__char_starts(text, len, &n_chars) : NULL;
    if (!c2b) {
        snprintf(err, errsize, "cannot read %s", text ? annp : txt);
        free(text);
        free(annt);
        return -2;
    }
    uint32_t n_t = 0;
    for (const char *p = annt; (p = strchr(p, '\n')); p++)
        n_t++;
    n_t += 2;
    pt *ts = calloc(n_t, sizeof *ts);
    char **elines = calloc(n_t, sizeof *elines);
    uint32_t n_e = 0, max_t = 0;
    int rc = ts && elines ? 0 : -1;
    for (char *line = annt; rc == 0 && line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        char *tab = strchr(line, '\t');
        if (tab && line[0] == 'T') {
            uint32_t k = tnum(line);
            char *f = tab + 1, *sp = strchr(f, ' '), *tab2 = strchr(f, '\t');
            if (tab2)
                *tab2 = '\0';
            if (k && sp) {
                if (k >= n_t) {
                    pt *g = realloc(ts, (k + 1) * sizeof *g);
                    if (!g) {
                        rc = -1;
                        break;
                    }
                    memset(g + n_t, 0, (k + 1 - n_t) * sizeof *g);
                    ts = g;
                    n_t = k + 1;
                }
                if (parse_frags(sp + 1, c2b, n_chars, &ts[k]) < 0) {
                    snprintf(err, errsize, "%s: bad annotation T%u", annp, k);
                    rc = -2;
                }
                if (k > max_t)
                    max_t = k;
            }
        } else if (tab && line[0] == 'E') {
            elines[n_e++] = tab + 1;
        }
        line = nl ? nl + 1 : NULL;
    }
    ev_doc *d = rc == 0 ? ev_corpus_add(c) : NULL;
    if (rc == 0 && !d)
        rc = -1;
    if (d) {
        char key[512];
        rc = ev_doc_set(d, ev_doc_key(txt, key, sizeof key), text, len, "en");
    }
    for (uint32_t i = 0; rc == 0 && i < n_e; i++) {
        if (strncmp(elines[i], "Attribution", 11) != 0)
            continue; /* Discard, Discuss: not attributions */
        ev_span frags[32], spk[16], cue = {0, 0};
        uint32_t nf = 0, ns = 0;
        int has_cue = 0, has_source = 0;
        char *save = NULL;
        for (char *tok = strtok_r(elines[i], " \t\r", &save); tok; tok = strtok_r(NULL, " \t\r", &save)) {
            char *colon = strchr(tok, ':');
            uint32_t k = colon ? tnum(colon + 1) : 0;
            if (!k || k >= n_t || ts[k].n == 0)
                continue;
            const pt *t = &ts[k];
            if (strncmp(tok, "Content", 7) == 0) {
                for (uint32_t f = 0; f < t->n && nf < 32; f++)
                    frags[nf++] = t->frag[f];
            } else if (strncmp(tok, "Cue", 3) == 0) {
                has_cue = 1;
                cue.start = t->frag[0].start;
                cue.end = t->frag[t->n - 1].end;
                for (uint32_t f = 1; f < t->n; f++)
                    if (t->frag[f].start < cue.start)
                        cue.start = t->frag[f].start;
                for (uint32_t f = 0; f < t->n; f++)
                    if (t->frag[f].end > cue.end)
                        cue.end = t->frag[f].end;
            } else if (strncmp(tok, "Source", 6) == 0) {
                has_source = 1;
                for (uint32_t f = 0; f < t->n && ns < 16; f++)
                    spk[ns++] = t->frag[f];
            }
        }
        if (has_cue)
            rc = ev_add_cue(d, cue);
        if (rc == 0)
            rc = ev_add_quote(d, frags, nf, has_cue ? &cue : NULL, has_source ? EV_SPK_SET : EV_SPK_NONE,
                              spk, ns, 0);
    }
    (void)max_t;
    if (rc == -1)
        snprintf(err, errsize, "out of memory reading %s", annp);
    free(ts);
    free(elines);
    free(c2b);
    free(annt);
    free(text);
    return rc;
}

/* First entry of the sorted list starting with prefix, or -1. */
static long find_prefix(char **list, size_t n, const char *prefix)
{
    size_t lo = 0, hi = n, pl = strlen(prefix);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strcmp(list[mid], prefix) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && strncmp(list[lo], prefix, pl) == 0 ? (long)lo : -1;
}

int ev_read_polnear(const char *path, long limit, ev_corpus *c, char *err, size_t errsize)
{
    c->format = "polnear";
    c->layers = EV_L_QUOTE | EV_L_CUE | EV_L_SPEAKER;
    size_t plen = strlen(path) + 32;
    char *tdir = malloc(plen), *adir = malloc(plen);
    if (!tdir || !adir) {
        free(tdir);
        free(adir);
        return -1;
    }
    snprintf(tdir, plen, "%s/text", path);
    snprintf(adir, plen, "%s/attributions", path);
    size_t nt = 0, na = 0;
    char **texts = cli_list_dir(tdir, ".txt", &nt);
    char **anns = texts ? cli_list_dir(adir, ".ann", &na) : NULL;
    int rc = 0;
    if (!anns) {
        snprintf(err, errsize, "%s: want the directories text/ and attributions/ (a PolNeAR split)", path);
        rc = -2;
    }
    long done = 0;
    for (size_t i = 0; rc == 0 && i < nt && (!limit || done < limit); i++) {
        /* text/NAME.txt -> attributions/NAME_ */
        const char *base = strrchr(texts[i], '/') + 1;
        size_t bl = strlen(base) - 4;
        char *prefix = malloc(strlen(adir) + bl + 3);
        if (!prefix) {
            rc = -1;
            break;
        }
        sprintf(prefix, "%s/%.*s_", adir, (int)bl, base);
        long k = find_prefix(anns, na, prefix);
        free(prefix);
        if (k < 0)
            continue; /* an article nobody annotated */
        rc = read_article(texts[i], anns[k], c, err, errsize);
        done++;
    }
    if (rc == 0 && c->n == 0) {
        snprintf(err, errsize, "%s: no annotated articles", path);
        rc = -2;
    }
    if (rc == -1)
        snprintf(err, errsize, "out of memory");
    if (texts)
        cli_free_list(texts, nt);
    if (anns)
        cli_free_list(anns, na);
    free(tdir);
    free(adir);
    return rc;
}
