/*
 * core/lexicon.c — TSV gazetteers compiled into a trie over token keys.
 *
 * Layout, all flat and read-only after loading (so any number of threads may
 * match at once):
 *   - the file's bytes, copied once; each line's phrase and value columns are
 *     cut in place with NULs, so entries point into it;
 *   - nodes: each knows its parent, the key of the edge into it (an offset
 *     into one key arena), the entry ending there, or NO_ENTRY, and how many
 *     children it has; node 0 is the root;
 *   - edges: one open-addressing table of (child node, hash of parent and
 *     key) slots.  Eight bytes a slot keep a 100k-line gazetteer's table
 *     within a few megabytes; the node array confirms a hash hit.
 * A transition is one hash of a short key and usually one probe, and loading
 * tokenizes each phrase into stack buffers, so neither matching nor loading
 * allocates per token.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "text.h"

#define NO_ENTRY UINT32_MAX

typedef struct node {
    uint32_t parent;
    uint32_t key;       /* offset into keys of the edge's key */
    uint32_t entry;     /* entry ending here, or NO_ENTRY */
    uint32_t children;  /* 0 for a leaf: most entries are one word, and a walk
                         * then stops without probing for the next token */
} node;

typedef struct edge {
    uint32_t child;  /* 0 marks an empty slot: the root is nobody's child */
    uint32_t hash;
} edge;

typedef struct entry {
    const char *phrase;
    const char *value;
} entry;

struct warta_lexicon {
    char *data;
    char *keys;
    size_t keys_len, keys_cap;
    edge *edges;
    uint32_t edge_mask, n_edges;
    node *nodes;
    uint32_t n_nodes, nodes_cap;
    entry *entries;
    uint32_t n_entries, entries_cap;
    /* One bit per possible first token: most tokens start no entry, and
     * this answers that from a few cache lines instead of the edge table. */
    uint64_t *first_bits;
    uint32_t first_shift;
};

/* Key hashes of the document being annotated on this thread, set by the
 * core around the plugins' process() (warta_lexicon__bind_hashes), so a
 * key is hashed once per document, not once per lexicon and plugin.
 *
 * initial-exec: the core is position-independent code (it is also
 * libwarta.so), where the default TLS model reads a thread-local through a
 * call to __tls_get_addr, and that call made every match save and restore
 * six registers.  These 24 bytes fit glibc's reserve of static TLS even
 * when libwarta.so is dlopen()ed. */
#define WARTA_FAST_TLS _Thread_local __attribute__((tls_model("initial-exec")))
static WARTA_FAST_TLS const warta_token *bound_tokens;
static WARTA_FAST_TLS const uint32_t *bound_hashes;
static WARTA_FAST_TLS uint32_t bound_n;

/* Never 0: a bound hash of 0 stands for a token without a key, so a match
 * tells that from the hash it loads anyway instead of reading the token. */
static inline uint32_t key_hash(const char *key) { return warta_text__key_hash(key); }

static inline uint32_t edge_hash(uint32_t parent, uint32_t kh)
{
    uint32_t h = kh ^ (parent * 0x9E3779B1u);
    h ^= h >> 15;
    h *= 0x2C1B3C6Du;
    h ^= h >> 12;
    return h;
}

static inline int may_start(const warta_lexicon *lx, uint32_t kh)
{
    uint32_t bit = (kh * 0x9E3779B1u) >> lx->first_shift;
    return (lx->first_bits[bit >> 6] >> (bit & 63)) & 1;
}

/* kh is key_hash(key). */
static uint32_t find_child(const warta_lexicon *lx, uint32_t parent, const char *key, uint32_t kh)
{
    uint32_t h = edge_hash(parent, kh);
    for (uint32_t i = h & lx->edge_mask;; i = (i + 1) & lx->edge_mask) {
        const edge *e = &lx->edges[i];
        if (!e->child)
            return 0;
        if (e->hash == h) {
            const node *n = &lx->nodes[e->child];
            if (n->parent == parent && strcmp(lx->keys + n->key, key) == 0)
                return e->child;
        }
    }
}

/* ---- building ------------------------------------------------------------ */

static void set_error(char *err, size_t err_size, const char *fmt, ...)
{
    if (!err || !err_size)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, err_size, fmt, ap);
    va_end(ap);
}

static int grow(void **p, uint32_t *cap, size_t elem, uint32_t want)
{
    if (want <= *cap)
        return WARTA_OK;
    uint64_t c = *cap ? *cap : 64;
    while (c < want)
        c *= 2;
    if (c > UINT32_MAX || c > SIZE_MAX / elem)
        return WARTA_ENOMEM;
    void *n = realloc(*p, (size_t)c * elem);
    if (!n)
        return WARTA_ENOMEM;
    *p = n;
    *cap = (uint32_t)c;
    return WARTA_OK;
}

static int rehash(warta_lexicon *lx, uint32_t slots)
{
    edge *old = lx->edges;
    uint32_t old_slots = old ? lx->edge_mask + 1 : 0;
    edge *e = calloc(slots, sizeof *e);
    if (!e)
        return WARTA_ENOMEM;
    for (uint32_t i = 0; i < old_slots; i++) {
        if (!old[i].child)
            continue;
        uint32_t j = old[i].hash & (slots - 1);
        while (e[j].child)
            j = (j + 1) & (slots - 1);
        e[j] = old[i];
    }
    free(old);
    lx->edges = e;
    lx->edge_mask = slots - 1;
    return WARTA_OK;
}

/* kh is key_hash(key). */
static int add_child(warta_lexicon *lx, uint32_t parent, const char *key, uint32_t kh, uint32_t *child)
{
    if ((uint64_t)(lx->n_edges + 1) * 4 > ((uint64_t)lx->edge_mask + 1) * 3) {
        if (lx->edge_mask >= UINT32_MAX / 4 || rehash(lx, (lx->edge_mask + 1) * 2) != WARTA_OK)
            return WARTA_ENOMEM;
    }
    size_t klen = strlen(key) + 1;
    if (lx->keys_cap - lx->keys_len < klen) {
        size_t c = lx->keys_cap ? lx->keys_cap : 4096;
        while (c - lx->keys_len < klen)
            c *= 2;
        if (c > UINT32_MAX)
            return WARTA_ENOMEM;
        char *k = realloc(lx->keys, c);
        if (!k)
            return WARTA_ENOMEM;
        lx->keys = k;
        lx->keys_cap = c;
    }
    if (grow((void **)&lx->nodes, &lx->nodes_cap, sizeof *lx->nodes, lx->n_nodes + 1) != WARTA_OK)
        return WARTA_ENOMEM;
    uint32_t id = lx->n_nodes++;
    lx->nodes[id].parent = parent;
    lx->nodes[id].key = (uint32_t)lx->keys_len;
    lx->nodes[id].entry = NO_ENTRY;
    lx->nodes[id].children = 0;
    lx->nodes[parent].children++;
    memcpy(lx->keys + lx->keys_len, key, klen);
    lx->keys_len += klen;
    uint32_t h = edge_hash(parent, kh);
    uint32_t i = h & lx->edge_mask;
    while (lx->edges[i].child)
        i = (i + 1) & lx->edge_mask;
    lx->edges[i].child = id;
    lx->edges[i].hash = h;
    lx->n_edges++;
    *child = id;
    return WARTA_OK;
}

static int insert(warta_lexicon *lx, const warta_token_buf *tb, const char *phrase, const char *value)
{
    uint32_t at = 0;
    int fresh = 0; /* a node made for this line has no children to look for */
    for (uint32_t t = 0; t < tb->n_tokens; t++) {
        const char *key = tb->tokens[t].key;
        uint32_t kh = tb->hashes[t];
        uint32_t child = fresh ? 0 : find_child(lx, at, key, kh);
        if (!child) {
            if (add_child(lx, at, key, kh, &child) != WARTA_OK)
                return WARTA_ENOMEM;
            fresh = 1;
        }
        at = child;
    }
    if (lx->nodes[at].entry != NO_ENTRY)
        return WARTA_OK; /* a duplicate: the first line wins */
    if (grow((void **)&lx->entries, &lx->entries_cap, sizeof *lx->entries, lx->n_entries + 1) != WARTA_OK)
        return WARTA_ENOMEM;
    lx->entries[lx->n_entries].phrase = phrase;
    lx->entries[lx->n_entries].value = value;
    lx->nodes[at].entry = lx->n_entries++;
    return WARTA_OK;
}

static uint32_t next_pow2(uint64_t n)
{
    uint32_t p = 64;
    while (p < n && p < (1u << 30))
        p *= 2;
    return p;
}

/* Compiles lx->data[0, len) (writable, with one spare byte after it). */
static int compile(warta_lexicon *lx, const char *name, size_t len, char *err, size_t err_size)
{
    char *p = lx->data, *end = lx->data + len;
    warta_token stack_tokens[64];
    uint32_t stack_hashes[64];
    char stack_keys[1024];
    warta_token_buf tb;
    int rc = WARTA_OK;
    uint32_t line = 0;

    memset(&tb, 0, sizeof tb);
    tb.want_hashes = 1;
    tb.hashes = stack_hashes;
    tb.tokens = stack_tokens;
    tb.tokens_cap = (uint32_t)(sizeof stack_tokens / sizeof stack_tokens[0]);
    tb.keys = stack_keys;
    tb.keys_cap = sizeof stack_keys;

    /* Gazetteers run about ten bytes a new edge; size the table for that at
     * three quarters full, so it rarely rehashes. */
    if (rehash(lx, next_pow2((uint64_t)len / 10 * 4 / 3 + 64)) != WARTA_OK ||
        grow((void **)&lx->nodes, &lx->nodes_cap, sizeof *lx->nodes, (uint32_t)(len / 10 + 1)) != WARTA_OK)
        goto nomem;
    lx->nodes[0].parent = 0;
    lx->nodes[0].key = 0;
    lx->nodes[0].entry = NO_ENTRY;
    lx->nodes[0].children = 0;
    lx->n_nodes = 1;

    if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    /* Valid as a whole, every line is (lines end at ASCII bytes); only a
     * file that is not is checked line by line, for the message. */
    size_t bad;
    int valid = warta_utf8__validate(p, (size_t)(end - p), &bad) == WARTA_OK;
    while (p < end) {
        char *eol = memchr(p, '\n', (size_t)(end - p));
        char *line_end = eol ? eol : end;
        char *next = eol ? eol + 1 : end;
        line++;
        if (line_end > p && line_end[-1] == '\r')
            line_end--;
        *line_end = '\0';
        if (!valid && warta_utf8__validate(p, (size_t)(line_end - p), &bad) != WARTA_OK) {
            set_error(err, err_size, "%s:%u: invalid UTF-8 at byte %zu of the line", name, line, bad + 1);
            rc = WARTA_EUTF8;
            goto out;
        }
        char *q = p;
        while (q < line_end && (*q == ' ' || *q == '\t'))
            q++;
        if (q == line_end || *q == '#') {
            p = next;
            continue;
        }
        char *tab = memchr(p, '\t', (size_t)(line_end - p));
        const char *value = "";
        if (tab) {
            *tab = '\0';
            value = tab + 1;
        }
        char *phrase = p, *phrase_end = tab ? tab : line_end;
        while (phrase < phrase_end && *phrase == ' ')
            phrase++;
        while (phrase_end > phrase && phrase_end[-1] == ' ')
            *--phrase_end = '\0';
        rc = warta_tokens__scan(phrase, (size_t)(phrase_end - phrase), &tb);
        if (rc == WARTA_ENOMEM)
            goto nomem;
        if (rc != WARTA_OK || tb.n_tokens == 0) {
            set_error(err, err_size, "%s:%u: the first column is empty", name, line);
            rc = WARTA_EINVAL;
            goto out;
        }
        if (insert(lx, &tb, phrase, value) != WARTA_OK)
            goto nomem;
        p = next;
    }
    rc = WARTA_OK;
    goto out;
nomem:
    set_error(err, err_size, "%s: out of memory", name);
    rc = WARTA_ENOMEM;
out:
    warta_token_buf__free(&tb);
    return rc;
}

/* Sixteen bits per first token keep false hits near one in sixteen. */
static int build_first_bits(warta_lexicon *lx)
{
    uint32_t firsts = 0;
    for (uint32_t i = 1; i < lx->n_nodes; i++)
        firsts += lx->nodes[i].parent == 0;
    uint32_t log2 = 9; /* at least 512 bits */
    while (log2 < 31 && ((uint64_t)1 << log2) < (uint64_t)firsts * 16)
        log2++;
    lx->first_bits = calloc(((size_t)1 << log2) / 64, sizeof *lx->first_bits);
    if (!lx->first_bits)
        return WARTA_ENOMEM;
    lx->first_shift = 32 - log2;
    for (uint32_t i = 1; i < lx->n_nodes; i++) {
        if (lx->nodes[i].parent != 0)
            continue;
        uint32_t bit = (key_hash(lx->keys + lx->nodes[i].key) * 0x9E3779B1u) >> lx->first_shift;
        lx->first_bits[bit >> 6] |= (uint64_t)1 << (bit & 63);
    }
    return WARTA_OK;
}

static int load_owned(const char *name, char *data, size_t len, warta_lexicon **out, char *err, size_t err_size)
{
    warta_lexicon *lx = calloc(1, sizeof *lx);
    if (!lx) {
        free(data);
        set_error(err, err_size, "%s: out of memory", name);
        return WARTA_ENOMEM;
    }
    lx->data = data;
    int rc = compile(lx, name, len, err, err_size);
    if (rc == WARTA_OK && (rc = build_first_bits(lx)) != WARTA_OK)
        set_error(err, err_size, "%s: out of memory", name);
    if (rc != WARTA_OK) {
        warta_lexicon__free(lx);
        return rc;
    }
    *out = lx;
    return WARTA_OK;
}

int warta_lexicon__load_buffer(const char *name, const char *data, size_t len, warta_lexicon **out, char *err,
                               size_t err_size)
{
    if (!out || (!data && len))
        return WARTA_EINVAL;
    *out = NULL;
    if (!name)
        name = "(buffer)";
    if (len >= UINT32_MAX) {
        set_error(err, err_size, "%s: too large", name);
        return WARTA_EINVAL;
    }
    char *copy = malloc(len + 1);
    if (!copy) {
        set_error(err, err_size, "%s: out of memory", name);
        return WARTA_ENOMEM;
    }
    if (len)
        memcpy(copy, data, len);
    copy[len] = '\0';
    return load_owned(name, copy, len, out, err, err_size);
}

int warta_lexicon__load(const char *path, warta_lexicon **out, char *err, size_t err_size)
{
    if (!path || !out)
        return WARTA_EINVAL;
    *out = NULL;
    FILE *f = fopen(path, "rb");
    if (!f) {
        int e = errno;
        set_error(err, err_size, "%s: cannot open: %s", path, strerror(e));
        return e == ENOENT ? WARTA_ENOTFOUND : WARTA_EIO;
    }
    size_t cap = 1 << 16, len = 0;
    char *data = malloc(cap);
    int rc = WARTA_OK;
    while (data) {
        if (cap - len < 2) {
            char *d = cap < UINT32_MAX ? realloc(data, cap * 2) : NULL;
            if (!d) {
                free(data);
                data = NULL;
                break;
            }
            data = d;
            cap *= 2;
        }
        size_t n = fread(data + len, 1, cap - len - 1, f);
        len += n;
        if (n == 0)
            break;
    }
    if (!data) {
        set_error(err, err_size, "%s: out of memory", path);
        rc = WARTA_ENOMEM;
    } else if (ferror(f)) {
        set_error(err, err_size, "%s: read error: %s", path, strerror(errno));
        rc = WARTA_EIO;
    } else if (len >= UINT32_MAX) {
        set_error(err, err_size, "%s: too large", path);
        rc = WARTA_EINVAL;
    }
    fclose(f);
    if (rc != WARTA_OK) {
        free(data);
        return rc;
    }
    data[len] = '\0';
    return load_owned(path, data, len, out, err, err_size);
}

void warta_lexicon__free(warta_lexicon *lx)
{
    if (!lx)
        return;
    free(lx->data);
    free(lx->keys);
    free(lx->edges);
    free(lx->nodes);
    free(lx->entries);
    free(lx->first_bits);
    free(lx);
}

uint32_t warta_lexicon__entry_count(const warta_lexicon *lx)
{
    return lx ? lx->n_entries : 0;
}

/* ---- matching -------------------------------------------------------------- */

/* The walk from a first token that may start an entry: kept out of line
 * so that the common answer (no entry starts here) is a short function
 * with no registers to save. */
__attribute__((noinline)) static uint32_t walk(const warta_lexicon *lx, const warta_doc *doc,
                                               uint32_t tok, const uint32_t *hashes, uint32_t kh,
                                               warta_lexicon_match *m)
{
    const warta_token *tk = doc->tokens;
    uint32_t best = NO_ENTRY, best_len = 0, sentence = tk[tok].sentence, at = 0;
    for (uint32_t i = tok;;) {
        at = find_child(lx, at, tk[i].key, kh);
        if (!at)
            break;
        if (lx->nodes[at].entry != NO_ENTRY) {
            best = lx->nodes[at].entry;
            best_len = i - tok + 1;
        }
        /* an entry never spans two sentences (nor, so, two lines) */
        if (!lx->nodes[at].children || ++i >= doc->n_tokens || tk[i].sentence != sentence || !tk[i].key)
            break;
        kh = hashes ? hashes[i] : key_hash(tk[i].key);
    }
    if (best == NO_ENTRY)
        return 0;
    if (m) {
        m->n_tokens = best_len;
        m->phrase = lx->entries[best].phrase;
        m->value = lx->entries[best].value;
    }
    return best_len;
}

/* A match on a token array whose hashes are not bound: hashes as it goes. */
__attribute__((noinline)) static uint32_t match_unbound(const warta_lexicon *lx, const warta_doc *doc, uint32_t tok,
                                                        warta_lexicon_match *m)
{
    if (!doc->tokens || !doc->tokens[tok].key)
        return 0;
    uint32_t kh = key_hash(doc->tokens[tok].key);
    return may_start(lx, kh) ? walk(lx, doc, tok, NULL, kh, m) : 0;
}

/* Most tokens start no entry: that answer takes one bound hash and one bit.
 * The plugins ask this several times a token, so every call out of here is
 * a tail call: the common path then saves no registers at all.  Bound
 * hashes answer the checks of the token too: bound_n is 0 unless a token
 * array is bound (so a doc with tokens passes only when they are the bound
 * ones), and a keyless token's hash is 0 (key_hash never is). */
uint32_t warta_lexicon__match(const warta_lexicon *lx, const warta_doc *doc, uint32_t tok, warta_lexicon_match *m)
{
    if (m) {
        m->n_tokens = 0;
        m->phrase = NULL;
        m->value = NULL;
    }
    if (!lx || !doc || tok >= doc->n_tokens)
        return 0;
    if (doc->tokens != bound_tokens || doc->n_tokens > bound_n)
        return match_unbound(lx, doc, tok, m);
    uint32_t kh = bound_hashes[tok];
    return kh && may_start(lx, kh) ? walk(lx, doc, tok, bound_hashes, kh, m) : 0;
}

const char *warta_lexicon__lookup(const warta_lexicon *lx, const char *text, size_t len)
{
    warta_token stack_tokens[32];
    char stack_keys[512];
    warta_token_buf tb;
    const char *value = NULL;
    if (!lx || (!text && len))
        return NULL;
    memset(&tb, 0, sizeof tb);
    tb.tokens = stack_tokens;
    tb.tokens_cap = (uint32_t)(sizeof stack_tokens / sizeof stack_tokens[0]);
    tb.keys = stack_keys;
    tb.keys_cap = sizeof stack_keys;
    if (warta_tokens__scan(text, len, &tb) == WARTA_OK && tb.n_tokens > 0) {
        uint32_t at = 0;
        for (uint32_t t = 0; t < tb.n_tokens; t++)
            if (!(at = find_child(lx, at, tb.tokens[t].key, key_hash(tb.tokens[t].key))))
                break;
        if (at && lx->nodes[at].entry != NO_ENTRY)
            value = lx->entries[lx->nodes[at].entry].value;
    }
    warta_token_buf__free(&tb);
    return value;
}

void warta_lexicon__bind_hashes(const warta_token *tokens, uint32_t n, const uint32_t *hashes)
{
    int bound = hashes && tokens; /* else bound_n = 0 turns every match away */
    bound_tokens = bound ? tokens : NULL;
    bound_n = bound ? n : 0;
    bound_hashes = bound ? hashes : NULL;
}
