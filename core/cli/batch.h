/*
 * core/cli/batch.h — runs documents through a render function on N worker
 * threads and writes their output in input order, one piece per document.
 * With one thread everything happens inline, in the caller.  A progress
 * line goes to stderr when asked (the caller checks it is a terminal).
 */
#ifndef WARTA_CLI_BATCH_H
#define WARTA_CLI_BATCH_H

#include <stdio.h>

#include "input.h"

/* Renders one document (or its input error) into out; returns 1 when the
 * document failed, 0 otherwise.  Called from worker threads. */
typedef int (*batch_render_fn)(const input_doc *doc, FILE *out, void *payload);

typedef struct batch batch;

batch *batch_new(int threads, batch_render_fn render, void *payload, FILE *out, int progress);
/* Flushes the output after every record (one thread) or every group
 * (workers), for input that waits for answers. */
void batch_flush_each(batch *b);
/* Queues a copy of the document; blocks while the workers are busy. */
int batch_submit(batch *b, const input_doc *doc);
/* Waits for every document, writes what is left, frees the batch. */
void batch_finish(batch *b, long *done, long *failed);

#endif
