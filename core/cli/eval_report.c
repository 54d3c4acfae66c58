/* The scores as a table on stdout and as JSON (docs/eval.md). */
#include "eval.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct row {
    const char *name;
    const char *json;
    const ev_count *c;
} row;

static double ratio(long a, long b)
{
    return b > 0 ? (double)a / (double)b : 0.0;
}

static double f1(double p, double r)
{
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

static ev_count micro(const ev_scores *s)
{
    ev_count m = {0, 0, 0, 0};
    for (int t = 0; t < EV_N_TYPES; t++)
        if (s->layers & (1u << t)) {
            m.gold += s->ent[t].gold;
            m.pred += s->ent[t].pred;
            m.tp_exact += s->ent[t].tp_exact;
            m.tp_partial += s->ent[t].tp_partial;
        }
    return m;
}

/* The rows the gold set can score, in print order. */
static int rows(const ev_scores *s, const ev_count *mic, row *out)
{
    static const char *const names[EV_N_TYPES] = {"person", "location", "organization"};
    int n = 0, types = 0;
    for (int t = 0; t < EV_N_TYPES; t++)
        if (s->layers & (1u << t)) {
            out[n++] = (row){names[t], names[t], &s->ent[t]};
            types++;
        }
    if (types)
        out[n++] = (row){"entities (micro)", "micro", mic};
    if (s->layers & EV_L_ROLE)
        out[n++] = (row){"role", "role", &s->role};
    if (s->layers & EV_L_AFFILIATION)
        out[n++] = (row){"affiliation", "affiliation", &s->aff};
    if (s->layers & EV_L_QUOTE)
        out[n++] = (row){"quote", "quote", &s->quote};
    if (s->layers & EV_L_CUE)
        out[n++] = (row){"cue", "cue", &s->cue};
    if (s->layers & EV_L_QUOTE)
        out[n++] = (row){"quote+speaker", "quote_speaker", &s->quote_speaker};
    if (s->layers & EV_L_ROLE_SPAN)
        out[n++] = (row){"role (spans)", "role_span", &s->role_span};
    return n;
}

static int cmp_err(const void *a, const void *b)
{
    const ev_error *x = *(const ev_error *const *)a, *y = *(const ev_error *const *)b;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return strcmp(x->key, y->key);
}

/* Every error entry, most frequent first. */
static const ev_error **sorted_errors(const ev_scores *s)
{
    const ev_error **v = malloc((s->n_err + 1) * sizeof *v);
    if (!v)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < s->cap_err; i++)
        if (s->err[i].key)
            v[n++] = &s->err[i];
    if (n)
        qsort(v, n, sizeof *v, cmp_err);
    return v;
}

/* key = class \t type \t gold \t pred */
static void split_key(const char *key, const char *f[4], size_t len[4])
{
    for (int i = 0; i < 4; i++) {
        const char *tab = i < 3 ? strchr(key, '\t') : NULL;
        f[i] = key;
        len[i] = tab ? (size_t)(tab - key) : strlen(key);
        key = tab ? tab + 1 : key + len[i];
    }
}

/* Which group an error is listed under: its type up to any '>'. */
static int same_group(const char *type, size_t tl, const char *group)
{
    size_t gl = strlen(group);
    return tl >= gl && strncmp(type, group, gl) == 0 && (tl == gl || type[gl] == '>');
}

static const char *const groups[] = {"person", "location", "organization", "role", "affiliation", "quote", "cue"};
static const unsigned group_layer[] = {EV_L_PERSON, EV_L_LOCATION, EV_L_ORGANIZATION, EV_L_ROLE,
                                       EV_L_AFFILIATION, EV_L_QUOTE, EV_L_CUE};

static const char *const classes[] = {"missed", "spurious", "boundary", "wrong_type", "wrong_speaker"};
enum { N_GROUPS = sizeof groups / sizeof *groups, N_CLASSES = sizeof classes / sizeof *classes };

/* Totals per group and error class over every error, not only the examples. */
static void error_totals(const ev_scores *s, long tot[N_GROUPS][N_CLASSES])
{
    memset(tot, 0, sizeof(long) * N_GROUPS * N_CLASSES);
    for (size_t i = 0; i < s->cap_err; i++) {
        if (!s->err[i].key)
            continue;
        const char *f[4];
        size_t l[4];
        split_key(s->err[i].key, f, l);
        for (size_t g = 0; g < N_GROUPS; g++)
            if (same_group(f[1], l[1], groups[g]))
                for (size_t c = 0; c < N_CLASSES; c++)
                    if (strlen(classes[c]) == l[0] && strncmp(f[0], classes[c], l[0]) == 0)
                        tot[g][c] += s->err[i].count;
    }
}

void ev_print_table(FILE *out, const ev_scores *s, int show_errors)
{
    ev_count mic = micro(s);
    row r[12];
    int n = rows(s, &mic, r);
    fprintf(out, "%-17s %6s %6s %7s %6s %6s %6s %7s %6s %6s %6s\n", "type", "gold", "pred", "TP-ex",
            "P-ex", "R-ex", "F1-ex", "TP-pt", "P-pt", "R-pt", "F1-pt");
    for (int i = 0; i < n; i++) {
        const ev_count *c = r[i].c;
        double pe = ratio(c->tp_exact, c->pred), re = ratio(c->tp_exact, c->gold);
        double pp = ratio(c->tp_partial, c->pred), rp = ratio(c->tp_partial, c->gold);
        fprintf(out, "%-17s %6ld %6ld %7ld %6.3f %6.3f %6.3f %7ld %6.3f %6.3f %6.3f\n", r[i].name, c->gold,
                c->pred, c->tp_exact, pe, re, f1(pe, re), c->tp_partial, pp, rp, f1(pp, rp));
    }
    if (s->layers & EV_L_QUOTE) {
        fprintf(out, "speaker accuracy on matched quotes: %ld/%ld = %.3f (gold without speaker: %ld/%ld; "
                     "speaker unknown, not scored: %ld)\n",
                s->spk_right + s->spk_none_right, s->spk_eval + s->spk_none,
                ratio(s->spk_right + s->spk_none_right, s->spk_eval + s->spk_none), s->spk_none_right,
                s->spk_none, s->spk_unknown);
        if (s->kind_gold[0] + s->kind_gold[1])
            fprintf(out, "quotes found (partial) by gold kind: direct %ld/%ld, indirect %ld/%ld\n",
                    s->kind_found[0], s->kind_gold[0], s->kind_found[1], s->kind_gold[1]);
    }
    fprintf(out, "documents: %ld", s->docs);
    if (s->docs_missing)
        fprintf(out, ", %ld without a prediction", s->docs_missing);
    if (s->docs_failed)
        fprintf(out, ", %ld failed", s->docs_failed);
    fprintf(out, "\n");
    if (show_errors <= 0)
        return;
    const ev_error **v = sorted_errors(s);
    if (!v)
        return;
    long tot[N_GROUPS][N_CLASSES];
    error_totals(s, tot);
    for (size_t g = 0; g < sizeof groups / sizeof *groups; g++) {
        int shown = 0;
        if (s->layers & group_layer[g]) {
            fprintf(out, "\nerrors: %-13s", groups[g]);
            for (size_t c = 0; c < N_CLASSES; c++)
                if (tot[g][c])
                    fprintf(out, " %s %ld", classes[c], tot[g][c]);
            fprintf(out, "\n");
        }
        for (size_t i = 0; i < s->n_err && shown < show_errors; i++) {
            const char *f[4];
            size_t l[4];
            split_key(v[i]->key, f, l);
            if (!same_group(f[1], l[1], groups[g]))
                continue;
            shown++;
            fprintf(out, "  %5ld  %-13.*s %-22.*s gold \"%.*s\"  pred \"%.*s\"  (%s)\n", v[i]->count, (int)l[0],
                    f[0], (int)l[1], f[1], (int)l[2], f[2], (int)l[3], f[3], v[i]->doc);
        }
    }
    free(v);
}

static double r4(double x)
{
    return round(x * 10000.0) / 10000.0;
}

static int add_prf(cJSON *o, const char *name, long tp, long gold, long pred)
{
    cJSON *x = cJSON_AddObjectToObject(o, name);
    double p = ratio(tp, pred), r = ratio(tp, gold);
    return x && cJSON_AddNumberToObject(x, "tp", (double)tp) && cJSON_AddNumberToObject(x, "p", r4(p)) &&
           cJSON_AddNumberToObject(x, "r", r4(r)) && cJSON_AddNumberToObject(x, "f1", r4(f1(p, r)));
}

static int add_recall(cJSON *o, const char *name, long found, long gold)
{
    cJSON *x = cJSON_AddObjectToObject(o, name);
    return x && cJSON_AddNumberToObject(x, "gold", (double)gold) &&
           cJSON_AddNumberToObject(x, "found", (double)found) &&
           cJSON_AddNumberToObject(x, "recall", r4(ratio(found, gold)));
}

static int add_errors(cJSON *root, const ev_scores *s, int max_errors)
{
    long tot[N_GROUPS][N_CLASSES];
    error_totals(s, tot);
    cJSON *sum = cJSON_AddObjectToObject(root, "error_totals");
    for (size_t g = 0; sum && g < N_GROUPS; g++) {
        if (!(s->layers & group_layer[g]))
            continue;
        cJSON *o = cJSON_AddObjectToObject(sum, groups[g]);
        for (size_t c = 0; o && c < N_CLASSES; c++)
            if (tot[g][c] && !cJSON_AddNumberToObject(o, classes[c], (double)tot[g][c]))
                o = NULL;
        if (!o)
            return 0;
    }
    if (!sum)
        return 0;
    cJSON *errs = cJSON_AddObjectToObject(root, "errors");
    const ev_error **v = errs ? sorted_errors(s) : NULL;
    if (!v)
        return 0;
    int ok = 1;
    for (size_t g = 0; ok && g < sizeof groups / sizeof *groups; g++) {
        if (!(s->layers & group_layer[g]))
            continue;
        cJSON *arr = cJSON_AddArrayToObject(errs, groups[g]);
        int shown = 0;
        ok = arr != NULL;
        for (size_t i = 0; ok && i < s->n_err && shown < max_errors; i++) {
            const char *f[4];
            size_t l[4];
            split_key(v[i]->key, f, l);
            if (!same_group(f[1], l[1], groups[g]))
                continue;
            shown++;
            cJSON *e = cJSON_CreateObject();
            char *cls = ev_strndup(f[0], l[0]), *type = ev_strndup(f[1], l[1]);
            char *gold = ev_strndup(f[2], l[2]), *pred = ev_strndup(f[3], l[3]);
            ok = e && cls && type && gold && pred && cJSON_AddItemToArray(arr, e) &&
                 cJSON_AddStringToObject(e, "class", cls) && cJSON_AddStringToObject(e, "type", type) &&
                 cJSON_AddStringToObject(e, "gold", gold) && cJSON_AddStringToObject(e, "pred", pred) &&
                 cJSON_AddNumberToObject(e, "count", (double)v[i]->count) &&
                 cJSON_AddStringToObject(e, "doc", v[i]->doc);
            free(cls);
            free(type);
            free(gold);
            free(pred);
        }
    }
    free(v);
    return ok;
}

int ev_write_json(const char *path, const ev_scores *s, const char *gold, const char *format,
                  int max_errors, char *err, size_t errsize)
{
    ev_count mic = micro(s);
    row r[12];
    int n = rows(s, &mic, r);
    cJSON *root = cJSON_CreateObject();
    int ok = root && cJSON_AddStringToObject(root, "gold", gold) &&
             cJSON_AddStringToObject(root, "format", format) &&
             cJSON_AddNumberToObject(root, "documents", (double)s->docs) &&
             cJSON_AddNumberToObject(root, "documents_without_prediction", (double)s->docs_missing) &&
             cJSON_AddNumberToObject(root, "documents_failed", (double)s->docs_failed);
    cJSON *scores = ok ? cJSON_AddObjectToObject(root, "scores") : NULL;
    ok = scores != NULL;
    for (int i = 0; ok && i < n; i++) {
        const ev_count *c = r[i].c;
        cJSON *o = cJSON_AddObjectToObject(scores, r[i].json);
        ok = o && cJSON_AddNumberToObject(o, "gold", (double)c->gold) &&
             cJSON_AddNumberToObject(o, "pred", (double)c->pred) &&
             add_prf(o, "exact", c->tp_exact, c->gold, c->pred) &&
             add_prf(o, "partial", c->tp_partial, c->gold, c->pred);
    }
    if (ok && (s->layers & EV_L_QUOTE)) {
        cJSON *o = cJSON_AddObjectToObject(scores, "speaker");
        long right = s->spk_right + s->spk_none_right, all = s->spk_eval + s->spk_none;
        ok = o && cJSON_AddNumberToObject(o, "evaluated", (double)all) &&
             cJSON_AddNumberToObject(o, "correct", (double)right) &&
             cJSON_AddNumberToObject(o, "accuracy", r4(ratio(right, all))) &&
             cJSON_AddNumberToObject(o, "gold_none", (double)s->spk_none) &&
             cJSON_AddNumberToObject(o, "gold_none_correct", (double)s->spk_none_right) &&
             cJSON_AddNumberToObject(o, "unknown", (double)s->spk_unknown);
        cJSON *k = ok ? cJSON_AddObjectToObject(scores, "quote_recall_by_kind") : NULL;
        ok = k && add_recall(k, "direct", s->kind_found[0], s->kind_gold[0]) &&
             add_recall(k, "indirect", s->kind_found[1], s->kind_gold[1]);
    }
    ok = ok && add_errors(root, s, max_errors);
    char *txt = ok ? cJSON_Print(root) : NULL;
    cJSON_Delete(root);
    if (!txt) {
        snprintf(err, errsize, "out of memory writing the JSON report");
        return -1;
    }
    FILE *f = strcmp(path, "-") == 0 ? stdout : fopen(path, "w");
    int rc = 0;
    if (!f || fputs(txt, f) < 0 || fputc('\n', f) == EOF) {
        snprintf(err, errsize, "cannot write %s", path);
        rc = -1;
    }
    if (f && f != stdout && fclose(f) != 0 && rc == 0) {
        snprintf(err, errsize, "cannot write %s", path);
        rc = -1;
    }
    free(txt);
    return rc;
}
