/*
 * officials — named people and the office they hold.
 *
 *     Presiden AS Donald Trump          official "Donald Trump", role "Presiden", affiliation "AS"
 *     Juru Bicara Gedung Putih, Karoline Leavitt
 *     Kapolda Metro Jaya Irjen Karyoto  role "Kapolda", rank "Irjen"
 *     Leavitt, the press secretary,     role set off after the name
 *     Kimberly Halkett                  person: a name with no office
 *     ... Trump ...                     person, ref "coref" to the fuller mention
 *
 * Reads the location and organization annotations of earlier plugins to
 * find affiliations and to keep place and organisation names out of person
 * names.  All word lists are TSV lexicons beside the plugin (README.md).
 */
#include <stdlib.h>
#include <string.h>

#include "officials.h"
#include "warta/plugin_kit.h"

static const char *const produces[] = {"official", "person", WARTA_LABEL_NONE, NULL};
static const char *const needs[] = {"location", "organization", NULL};

enum { N_LEXICONS = 7 };

static void lexicons_of(warta_officials *in, warta_kit_lexicon_slot out[N_LEXICONS])
{
    out[0] = (warta_kit_lexicon_slot){"titles.tsv", &in->titles};
    out[1] = (warta_kit_lexicon_slot){"person-names.tsv", &in->names};
    out[2] = (warta_kit_lexicon_slot){"first-names.tsv", &in->first};
    out[3] = (warta_kit_lexicon_slot){"stopwords-capitalised.tsv", &in->stop};
    out[4] = (warta_kit_lexicon_slot){"common-words.tsv", &in->common};
    out[5] = (warta_kit_lexicon_slot){"role-words.tsv", &in->words};
    out[6] = (warta_kit_lexicon_slot){"degrees.tsv", &in->degrees};
}

static void officials_destroy(void *instance)
{
    warta_officials *in = instance;
    if (!in)
        return;
    warta_kit_lexicon_slot slots[N_LEXICONS];
    lexicons_of(in, slots);
    warta_kit_free_lexicons(in->host, slots, N_LEXICONS);
    free(in->guesses);
    free(in);
}

static int officials_create(const warta_host *host, void **instance_out)
{
    warta_officials *in = calloc(1, sizeof *in);
    if (!in)
        return WARTA_ENOMEM;
    in->host = host;
    /* Earlier location/organization annotations stop a name and give titles
     * their affiliation; guesses below this score (a statistical tagger
     * filling gaps) must not hide a person the rules can see. */
    in->context_min_score = 0.7f;
    const char *opt = host->config_get(host->host_data, "context_min_score");
    if (opt) {
        char *end;
        float v = strtof(opt, &end);
        if (*end || v < 0.0f || v > 1.0f) {
            host->log(host->host_data, WARTA_LOG_ERROR,
                      "context_min_score must be a number from 0 to 1, not '%s'", opt);
            free(in);
            return WARTA_ECONFIG;
        }
        in->context_min_score = v;
    }
    /* A statistical tagger runs first (it produces the labels read here), and
     * its guesses run a title's affiliation and the name after it together
     * ("Kepala Dinas Kesehatan Kendari Rahminingrum", "Wali Kota Risma" read
     * as the place "Kota Risma"): they are read like unsure ones, and the
     * merge settles between them and the official. */
    opt = host->config_get(host->host_data, "guesses");
    if (!opt)
        opt = "tagger";
    size_t size = strlen(opt) + 1;
    if (!(in->guesses = malloc(size))) {
        free(in);
        return WARTA_ENOMEM;
    }
    memcpy(in->guesses, opt, size);
    warta_kit_lexicon_slot slots[N_LEXICONS];
    lexicons_of(in, slots);
    int rc = warta_kit_load_lexicons(host, "officials", slots, N_LEXICONS);
    if (rc < 0) {
        free(in->guesses);
        free(in);
        return rc;
    }
    *instance_out = in;
    return WARTA_OK;
}

static int officials_process(const void *instance, const warta_doc *doc, const warta_sink *sink)
{
    off_ctx c;
    int rc = warta_officials__ctx_init(&c, instance, doc, sink);
    if (rc == WARTA_OK && c.n)
        rc = warta_officials__scan(&c);
    if (rc == WARTA_OK)
        rc = warta_officials__bare_mentions(&c);
    warta_officials__ctx_free(&c);
    return rc;
}

static const warta_plugin officials_plugin = {
    .abi_major = WARTA_PLUGIN_ABI_MAJOR,
    .struct_size = sizeof(warta_plugin),
    .name = "officials",
    .version = "0.1.0",
    .summary = "named people and their offices (Presiden AS Donald Trump, Juru Bicara ..., Kapolda ...)",
    .produces = produces,
    .needs = needs,
    .create = officials_create,
    .destroy = officials_destroy,
    .process = officials_process,
};

WARTA_PLUGIN_DEFINE(officials_plugin)
