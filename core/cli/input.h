/*
 * core/cli/input.h — turns command-line arguments into documents: a text
 * file is one document, a directory its *.txt files in name order (hidden
 * ones left out), a .jsonl file (or --input jsonl) one document per line,
 * and with --input brat each X.ann with its X.txt is one document with its
 * annotations.  Every input yields exactly one callback, a document or an
 * error, in order.
 */
#ifndef WARTA_CLI_INPUT_H
#define WARTA_CLI_INPUT_H

#include <stddef.h>

typedef enum { INPUT_AUTO, INPUT_TEXT, INPUT_JSONL, INPUT_BRAT } input_mode;

typedef struct input_doc {
    const char *id;
    const char *lang;      /* NULL = from the command line */
    const char *text;
    size_t len;
    int error;             /* 0, or a WARTA_E* code when the input itself is bad */
    const char *message;   /* why, when error != 0 */
    const char *ann;       /* brat input: the .ann beside the text, else NULL */
    size_t ann_len;
} input_doc;

/* Called once per document or bad record; returns 0 to go on, <0 to stop. */
typedef int (*input_fn)(const input_doc *doc, void *payload);

/* Reads one argument ("-" is standard input).  Returns 0, or <0 when the
 * callback asked to stop. */
int input_read(const char *arg, input_mode mode, input_fn fn, void *payload);

#endif
