/*
 * core/cli/batch.c — documents through N worker threads, output in input
 * order.
 *
 * Documents travel in groups ("chunks"), not one by one: a wake-up, a lock
 * round trip and an output buffer per document cost a fifth of the CPU of
 * -j 2 when every document went alone.  The reader appends to the open
 * chunk at the head of a ring; it closes the chunk when it is full, and an
 * idle worker closes it (and takes it) as soon as it holds anything, so a
 * slow trickle of input (a pipe fed by hand) is never held back waiting for
 * a chunk to fill.  The worker that finishes the oldest unwritten chunk
 * writes it and every finished chunk after it, so output does not wait for
 * the reader either.
 */
#define _GNU_SOURCE /* fopencookie */
#include "batch.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "warta/plugin.h"

/* A chunk closes at this many documents or input bytes: big enough that
 * hand-off costs nothing next to annotating, small enough that a few
 * chunks in flight keep memory to a few megabytes. */
#define CHUNK_DOCS 64
#define CHUNK_BYTES (256 * 1024)

typedef struct chunk {
    input_doc docs[CHUNK_DOCS];  /* each owns copies of id, lang, text, message, ann */
    size_t n, bytes;
    char *out;                   /* the chunk's rendered records; the buffer */
    size_t out_len, out_cap;     /* stays with the slot, grown, never shrunk */
    long failed;
    int done;
} chunk;

struct batch {
    batch_render_fn render;
    void *payload;
    FILE *out;
    int threads, progress;
    pthread_t *workers;
    pthread_mutex_t lock;
    pthread_cond_t work;        /* a chunk to take, or closing */
    pthread_cond_t space;       /* a chunk written: a slot is free */
    chunk *ring;                /* chunk k lives at ring[k % cap] */
    size_t cap;
    /* chunks next_write .. next_take-1 are being annotated or wait to be
     * written, next_take .. next_seq-1 are closed and wait for a worker,
     * next_seq is open (filling) */
    unsigned long next_write, next_take, next_seq;
    int idle, writing, closing;
    int flush_each;             /* flush after each record or group */
    long done, failed;
    unsigned long long bytes;
    struct timespec started, last_progress;
};

static double seconds_since(const struct timespec *t)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - t->tv_sec) + (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

static void show_progress(batch *b, int final)
{
    if (!b->progress || (!final && seconds_since(&b->last_progress) < 0.2))
        return;
    clock_gettime(CLOCK_MONOTONIC, &b->last_progress);
    double secs = seconds_since(&b->started), mb = (double)b->bytes / 1e6;
    fprintf(stderr, "\r%ld documents, %.1f MB, %.1f MB/s, %ld failed%s", b->done, mb,
            secs > 0 ? mb / secs : 0.0, b->failed, final ? "\n" : "   ");
}

static void free_doc(input_doc *d)
{
    free((char *)d->id);
    free((char *)d->lang);
    free((char *)d->text);
    free((char *)d->message);
    free((char *)d->ann);
    memset(d, 0, sizeof *d);
}

static char *dup_or_null(const char *s, size_t n)
{
    if (!s)
        return NULL;
    char *p = malloc(n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

/* A copy the chunk owns; out of memory becomes that document's error. */
static void copy_doc(input_doc *to, const input_doc *d)
{
    memset(to, 0, sizeof *to);
    to->id = dup_or_null(d->id, strlen(d->id));
    to->lang = dup_or_null(d->lang, d->lang ? strlen(d->lang) : 0);
    to->text = dup_or_null(d->text ? d->text : "", d->len);
    to->len = d->len;
    to->error = d->error;
    to->message = dup_or_null(d->message, d->message ? strlen(d->message) : 0);
    to->ann = dup_or_null(d->ann, d->ann_len);
    to->ann_len = d->ann_len;
    if (!to->id || !to->text || (d->ann && !to->ann)) {
        free((char *)to->message);
        to->error = WARTA_ENOMEM;
        to->message = dup_or_null("out of memory", 13);
    }
}

/* The chunk's output stream appends to the slot's own buffer: a fresh
 * memstream per chunk mapped and unmapped a megabyte each time. */
static ssize_t chunk_write(void *cookie, const char *data, size_t n)
{
    chunk *c = cookie;
    if (n > c->out_cap - c->out_len) {
        size_t cap = c->out_cap ? c->out_cap : 64 * 1024;
        while (n > cap - c->out_len)
            cap *= 2;
        char *g = realloc(c->out, cap);
        if (!g)
            return -1;
        c->out = g;
        c->out_cap = cap;
    }
    memcpy(c->out + c->out_len, data, n);
    c->out_len += n;
    return (ssize_t)n;
}

static void render_chunk(batch *b, chunk *c)
{
    cookie_io_functions_t io = {NULL, chunk_write, NULL, NULL};
    c->out_len = 0;
    FILE *mem = fopencookie(c, "w", io);
    c->failed = 0;
    for (size_t i = 0; i < c->n; i++) {
        if (!mem) {
            c->failed++;    /* cannot even buffer: the records are lost, and counted */
            continue;
        }
        c->failed += b->render(&c->docs[i], mem, b->payload);
    }
    if (mem && fclose(mem) != 0)
        c->failed = (long)c->n;
}

/* Writes finished chunks in order, unless another thread is at it; the
 * caller holds the lock, which is let go around the writing itself. */
static void write_ready(batch *b)
{
    while (!b->writing && b->next_write < b->next_take && b->ring[b->next_write % b->cap].done) {
        chunk *c = &b->ring[b->next_write % b->cap];
        b->writing = 1;
        pthread_mutex_unlock(&b->lock);
        if (c->out_len)
            fwrite(c->out, 1, c->out_len, b->out);
        for (size_t i = 0; i < c->n; i++)
            free_doc(&c->docs[i]);
        pthread_mutex_lock(&b->lock);
        b->done += (long)c->n;
        b->failed += c->failed;
        c->out_len = 0;
        c->n = c->bytes = 0;
        c->done = 0;
        b->next_write++;
        b->writing = 0;
        show_progress(b, 0);
        pthread_cond_broadcast(&b->space);
    }
    if (b->flush_each && !b->writing)
        fflush(b->out);
}

/* Closes the open chunk: it becomes a worker's to take. */
static void close_open_chunk(batch *b)
{
    b->next_seq++;
    if (b->idle)
        pthread_cond_signal(&b->work);
}

static int open_chunk_has_docs(const batch *b)
{
    return b->next_seq - b->next_write < b->cap && b->ring[b->next_seq % b->cap].n > 0;
}

static void *worker(void *arg)
{
    batch *b = arg;
    pthread_mutex_lock(&b->lock);
    for (;;) {
        if (b->next_take == b->next_seq && open_chunk_has_docs(b))
            b->next_seq++;  /* idle: take what the reader has so far */
        if (b->next_take == b->next_seq) {
            if (b->closing)
                break;
            b->idle++;
            pthread_cond_wait(&b->work, &b->lock);
            b->idle--;
            continue;
        }
        chunk *c = &b->ring[b->next_take++ % b->cap];
        pthread_mutex_unlock(&b->lock);
        render_chunk(b, c);
        pthread_mutex_lock(&b->lock);
        c->done = 1;
        write_ready(b);
    }
    pthread_mutex_unlock(&b->lock);
    return NULL;
}

batch *batch_new(int threads, batch_render_fn render, void *payload, FILE *out, int progress)
{
    batch *b = calloc(1, sizeof *b);
    if (!b)
        return NULL;
    b->render = render;
    b->payload = payload;
    b->out = out;
    b->threads = threads < 1 ? 1 : threads;
    b->progress = progress;
    clock_gettime(CLOCK_MONOTONIC, &b->started);
    b->last_progress = b->started;
    if (b->threads == 1)
        return b;
    /* two chunks a worker: one being annotated, one waiting for it */
    b->cap = (size_t)b->threads * 2 + 1;
    b->ring = calloc(b->cap, sizeof *b->ring);
    b->workers = calloc((size_t)b->threads, sizeof *b->workers);
    if (!b->ring || !b->workers) {
        free(b->ring);
        free(b->workers);
        free(b);
        return NULL;
    }
    pthread_mutex_init(&b->lock, NULL);
    pthread_cond_init(&b->work, NULL);
    pthread_cond_init(&b->space, NULL);
    for (int i = 0; i < b->threads; i++)
        if (pthread_create(&b->workers[i], NULL, worker, b) != 0) {
            b->threads = i; /* run with the ones that started */
            break;
        }
    if (b->threads == 0) {
        /* no thread at all: annotate inline, as with -j 1 */
        pthread_mutex_destroy(&b->lock);
        pthread_cond_destroy(&b->work);
        pthread_cond_destroy(&b->space);
        free(b->workers);
        b->workers = NULL;
        b->threads = 1;
    }
    return b;
}

void batch_flush_each(batch *b)
{
    b->flush_each = 1;
}

int batch_submit(batch *b, const input_doc *d)
{
    b->bytes += d->len;
    if (b->threads <= 1 || !b->workers) {
        /* one thread: nothing to reorder, so no buffer to fill and copy */
        b->failed += b->render(d, b->out, b->payload);
        b->done++;
        if (b->flush_each)
            fflush(b->out);
        show_progress(b, 0);
        return 0;
    }
    input_doc copy;
    copy_doc(&copy, d);     /* outside the lock: the workers go on meanwhile */
    pthread_mutex_lock(&b->lock);
    while (b->next_seq - b->next_write >= b->cap)
        pthread_cond_wait(&b->space, &b->lock);
    chunk *c = &b->ring[b->next_seq % b->cap];
    c->docs[c->n++] = copy;
    c->bytes += d->len;
    if (c->n == CHUNK_DOCS || c->bytes >= CHUNK_BYTES)
        close_open_chunk(b);
    else if (c->n == 1 && b->idle)
        pthread_cond_signal(&b->work);  /* an idle worker takes it now */
    pthread_mutex_unlock(&b->lock);
    return 0;
}

void batch_finish(batch *b, long *done, long *failed)
{
    if (b->threads > 1 && b->workers) {
        pthread_mutex_lock(&b->lock);
        if (open_chunk_has_docs(b))
            close_open_chunk(b);
        b->closing = 1;
        pthread_cond_broadcast(&b->work);
        while (b->next_write < b->next_seq || b->writing)
            pthread_cond_wait(&b->space, &b->lock);
        pthread_mutex_unlock(&b->lock);
        for (int i = 0; i < b->threads; i++)
            pthread_join(b->workers[i], NULL);
        pthread_mutex_destroy(&b->lock);
        pthread_cond_destroy(&b->work);
        pthread_cond_destroy(&b->space);
    }
    show_progress(b, 1);
    *done = b->done;
    *failed = b->failed;
    for (size_t i = 0; i < b->cap; i++)
        free(b->ring[i].out);
    free(b->ring);
    free(b->workers);
    free(b);
}
