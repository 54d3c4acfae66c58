#include "batch.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "warta/plugin.h"

typedef struct job {
    input_doc doc;          /* owns copies of id, lang, text, message */
    char *out;              /* rendered output */
    size_t out_len;
    int failed, done;
} job;

struct batch {
    batch_render_fn render;
    void *payload;
    FILE *out;
    int threads, progress;
    pthread_t *workers;
    pthread_mutex_t lock;
    pthread_cond_t work, finished;
    job *ring;              /* jobs in flight, indexed by sequence % cap */
    size_t cap;
    unsigned long next_seq, next_take, next_write;
    int closing;
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

static void render_into(batch *b, job *j)
{
    FILE *mem = open_memstream(&j->out, &j->out_len);
    if (!mem) {
        j->failed = 1;
        return;
    }
    j->failed = b->render(&j->doc, mem, b->payload);
    if (fclose(mem) != 0)
        j->failed = 1;
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

/* Writes finished jobs in order; the caller holds the lock. */
static void flush_ready(batch *b)
{
    while (b->next_write < b->next_seq) {
        job *j = &b->ring[b->next_write % b->cap];
        if (!j->done)
            break;
        fwrite(j->out, 1, j->out_len, b->out);
        free(j->out);
        free_doc(&j->doc);
        b->done++;
        b->failed += j->failed;
        j->out = NULL;
        j->done = 0;
        b->next_write++;
        pthread_cond_broadcast(&b->finished);
    }
    show_progress(b, 0);
}

static void *worker(void *arg)
{
    batch *b = arg;
    pthread_mutex_lock(&b->lock);
    for (;;) {
        while (b->next_take == b->next_seq && !b->closing)
            pthread_cond_wait(&b->work, &b->lock);
        if (b->next_take == b->next_seq && b->closing)
            break;
        job *j = &b->ring[b->next_take++ % b->cap];
        pthread_mutex_unlock(&b->lock);
        render_into(b, j);
        pthread_mutex_lock(&b->lock);
        j->done = 1;
        pthread_cond_broadcast(&b->finished);
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
    /* Enough slots that a slow document does not stall the others, few
     * enough that memory stays bounded by a handful of documents. */
    b->cap = (size_t)b->threads * 4;
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
    pthread_cond_init(&b->finished, NULL);
    for (int i = 0; i < b->threads; i++)
        if (pthread_create(&b->workers[i], NULL, worker, b) != 0) {
            b->threads = i; /* run with the ones that started */
            break;
        }
    return b;
}

int batch_submit(batch *b, const input_doc *d)
{
    b->bytes += d->len;
    if (b->threads <= 1 || !b->workers) {
        /* one thread: nothing to reorder, so no buffer to fill and copy */
        b->failed += b->render(d, b->out, b->payload);
        b->done++;
        show_progress(b, 0);
        return 0;
    }
    pthread_mutex_lock(&b->lock);
    while (b->next_seq - b->next_write >= b->cap) {
        flush_ready(b);
        if (b->next_seq - b->next_write >= b->cap)
            pthread_cond_wait(&b->finished, &b->lock);
    }
    job *j = &b->ring[b->next_seq % b->cap];
    memset(j, 0, sizeof *j);
    j->doc.id = dup_or_null(d->id, strlen(d->id));
    j->doc.lang = dup_or_null(d->lang, d->lang ? strlen(d->lang) : 0);
    j->doc.text = dup_or_null(d->text ? d->text : "", d->len);
    j->doc.len = d->len;
    j->doc.error = d->error;
    j->doc.message = dup_or_null(d->message, d->message ? strlen(d->message) : 0);
    j->doc.ann = dup_or_null(d->ann, d->ann_len);
    j->doc.ann_len = d->ann_len;
    if (!j->doc.id || !j->doc.text || (d->ann && !j->doc.ann))
        j->doc.error = WARTA_ENOMEM, j->doc.message = dup_or_null("out of memory", 13);
    b->next_seq++;
    pthread_cond_signal(&b->work);
    flush_ready(b);
    pthread_mutex_unlock(&b->lock);
    return 0;
}

void batch_finish(batch *b, long *done, long *failed)
{
    if (b->threads > 1 && b->workers) {
        pthread_mutex_lock(&b->lock);
        while (b->next_write < b->next_seq) {
            flush_ready(b);
            if (b->next_write < b->next_seq)
                pthread_cond_wait(&b->finished, &b->lock);
        }
        b->closing = 1;
        pthread_cond_broadcast(&b->work);
        pthread_mutex_unlock(&b->lock);
        for (int i = 0; i < b->threads; i++)
            pthread_join(b->workers[i], NULL);
        pthread_mutex_destroy(&b->lock);
        pthread_cond_destroy(&b->work);
        pthread_cond_destroy(&b->finished);
    }
    show_progress(b, 1);
    *done = b->done;
    *failed = b->failed;
    free(b->ring);
    free(b->workers);
    free(b);
}
