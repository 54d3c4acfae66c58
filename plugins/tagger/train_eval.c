/*
 * train_eval.c — a quick scorer through the plugin's own tagging code:
 * exact byte span and type against the gold names of the token file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "train.h"

typedef struct pred_buf {
    const warta_token *tokens;
    tr_gold *p;
    float *conf, *margin;
    uint32_t n, cap;
} pred_buf;

static int collect(void *payload, const tg_span *span)
{
    pred_buf *b = payload;
    if (b->n == b->cap) {
        uint32_t cap = b->cap ? b->cap * 2 : 64;
        tr_gold *p = realloc(b->p, cap * sizeof *p);
        float *c = realloc(b->conf, cap * sizeof *c);
        float *mg = realloc(b->margin, cap * sizeof *mg);
        if (p)
            b->p = p;
        if (c)
            b->conf = c;
        if (mg)
            b->margin = mg;
        if (!p || !c || !mg)
            return WARTA_ENOMEM;
        b->cap = cap;
    }
    b->conf[b->n] = span->conf;
    b->margin[b->n] = span->margin;
    b->p[b->n++] = (tr_gold){b->tokens[span->tok_start].start, b->tokens[span->tok_end - 1].end, span->type};
    return 0;
}

double tr_eval(const warta_tagger_model *m, const tr_set *set, const char *name, int verbose)
{
    static const char *type_names[TG_NTYPES] = {"person", "location", "organization"};
    long tp[TG_NTYPES] = {0}, fp[TG_NTYPES] = {0}, fn[TG_NTYPES] = {0};
    long conf_n[10] = {0}, conf_tp[10] = {0};
    tg_scratch scratch;
    memset(&scratch, 0, sizeof scratch);
    pred_buf b;
    memset(&b, 0, sizeof b);
    for (size_t i = 0; i < set->n; i++) {
        const tr_sent *s = &set->s[i];
        tg_input in = {s->text, s->toks.tokens, s->toks.n_tokens, s->domain, 0};
        b.tokens = s->toks.tokens;
        b.n = 0;
        if (warta_tagger_run(m, &in, &scratch, collect, &b) != WARTA_OK) {
            fprintf(stderr, "warta-train-tagger: out of memory\n");
            break;
        }
        char *matched = calloc(s->n_gold + 1, 1);
        for (uint32_t k = 0; k < b.n; k++) {
            int hit = 0;
            for (uint32_t g = 0; g < s->n_gold && !hit; g++)
                if (!matched[g] && s->gold[g].start == b.p[k].start && s->gold[g].end == b.p[k].end &&
                    s->gold[g].type == b.p[k].type)
                    hit = matched[g] = 1;
            int bucket = (int)(b.conf[k] * 10);
            bucket = bucket < 0 ? 0 : bucket > 9 ? 9 : bucket;
            conf_n[bucket]++;
            conf_tp[bucket] += hit;
            if (verbose > 2)
                printf("MARGIN %.3f %d\n", b.margin[k], hit);
            if (hit)
                tp[b.p[k].type]++;
            else
                fp[b.p[k].type]++;
            if (!hit && verbose)
                printf("FP %s\t%.*s\t| %s\n", type_names[b.p[k].type], (int)(b.p[k].end - b.p[k].start),
                       s->text + b.p[k].start, s->text);
        }
        for (uint32_t g = 0; g < s->n_gold; g++) {
            if (!matched[g]) {
                fn[s->gold[g].type]++;
                if (verbose)
                    printf("FN %s\t%.*s\t| %s\n", type_names[s->gold[g].type],
                           (int)(s->gold[g].end - s->gold[g].start), s->text + s->gold[g].start, s->text);
            }
        }
        free(matched);
    }
    free(b.p);
    free(b.conf);
    free(b.margin);
    warta_tagger_scratch_free(&scratch);
    long TP = 0, FP = 0, FN = 0;
    printf("%-28s %8s %8s %8s %6s %6s %6s\n", name, "gold", "pred", "correct", "P", "R", "F1");
    for (int t = 0; t <= TG_NTYPES; t++) {
        long a, p, g;
        if (t < TG_NTYPES) {
            a = tp[t], p = tp[t] + fp[t], g = tp[t] + fn[t];
            TP += tp[t], FP += fp[t], FN += fn[t];
        } else {
            a = TP, p = TP + FP, g = TP + FN;
        }
        double P = p ? (double)a / p : 0, R = g ? (double)a / g : 0, F = P + R > 0 ? 2 * P * R / (P + R) : 0;
        printf("  %-26s %8ld %8ld %8ld %6.3f %6.3f %6.3f\n", t < TG_NTYPES ? type_names[t] : "all", g, p, a, P,
               R, F);
    }
    if (verbose > 1)
        for (int k = 0; k < 10; k++)
            if (conf_n[k])
                printf("  confidence %.1f-%.1f: %ld names, precision %.3f\n", k / 10.0, (k + 1) / 10.0,
                       conf_n[k], (double)conf_tp[k] / conf_n[k]);
    double P = TP + FP ? (double)TP / (TP + FP) : 0, R = TP + FN ? (double)TP / (TP + FN) : 0;
    return P + R > 0 ? 2 * P * R / (P + R) : 0;
}
