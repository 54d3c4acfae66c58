/*
 * tests/fuzz/garbage_plugin.c — a plugin that emits what the sink must
 * refuse, on documents holding the word "sampah" (rubbish): a span past the
 * end, a span splitting a character, a reference to nothing, no label.
 * The option garbage_spans.mode picks the garbage ("outside" by default,
 * "split", "badref", "nolabel"); with garbage_spans.ignore=1 the plugin
 * ignores the refusal and returns OK, as a careless plugin would.  It also
 * emits one good "fixture" mention on the word, so output can be checked.
 * Used by tests/cli/bad_input.sh.
 */
#include <string.h>

#include "warta/plugin.h"

typedef struct garbage {
    char mode[16];
    int ignore;
} garbage;

static garbage instance_store;

static int gb_create(const warta_host *host, void **out)
{
    garbage *g = &instance_store;
    const char *mode = host->config_get(host->host_data, "mode");
    const char *ignore = host->config_get(host->host_data, "ignore");
    strncpy(g->mode, mode ? mode : "outside", sizeof g->mode - 1);
    g->ignore = ignore && strcmp(ignore, "1") == 0;
    *out = g;
    return WARTA_OK;
}

static void gb_destroy(void *instance)
{
    (void)instance;
}

static int gb_process(const void *instance, const warta_doc *doc, const warta_sink *sink)
{
    const garbage *g = instance;
    for (uint32_t i = 0; i < doc->n_tokens; i++) {
        if (strcmp(doc->tokens[i].key, "sampah") != 0)
            continue;
        warta_annotation good = {sizeof good, WARTA_ANN_MENTION, doc->tokens[i].start,
                                 doc->tokens[i].end, "fixture", 0.5f, 0, NULL, NULL, 0, NULL, 0,
                                 NULL, 0};
        int32_t good_id = -1;
        int rc = sink->emit(sink->payload, &good, &good_id);
        if (rc < 0)
            return rc;
        warta_annotation bad = good;
        warta_ref ref = {"coref", good_id + 1000};
        if (strcmp(g->mode, "split") == 0) {
            /* inside the first multi-byte character, else past the end */
            uint32_t at = doc->len + 1;
            for (uint32_t b = 0; b < doc->len; b++)
                if ((unsigned char)doc->text[b] >= 0xC0) {
                    at = b + 1;
                    break;
                }
            bad.start = at;
            bad.end = at < doc->len ? at + 1 : at;
        } else if (strcmp(g->mode, "badref") == 0) {
            bad.refs = &ref;
            bad.n_refs = 1;
        } else if (strcmp(g->mode, "nolabel") == 0) {
            bad.label = NULL;
        } else {
            bad.start = doc->len;
            bad.end = doc->len + 7;
        }
        rc = sink->emit(sink->payload, &bad, NULL);
        if (rc < 0 && !g->ignore)
            return rc;
    }
    return WARTA_OK;
}

static const char *const gb_produces[] = {"fixture", NULL};
static const char *const gb_needs[] = {NULL};

static const warta_plugin gb_plugin = {
    .abi_major = WARTA_PLUGIN_ABI_MAJOR,
    .struct_size = sizeof(warta_plugin),
    .name = "garbage_spans",
    .version = "0.0.1",
    .summary = "test fixture: emits spans the host must refuse",
    .produces = gb_produces,
    .needs = gb_needs,
    .create = gb_create,
    .destroy = gb_destroy,
    .process = gb_process,
};

WARTA_PLUGIN_DEFINE(gb_plugin)
