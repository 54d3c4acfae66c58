/*
 * core/cli/files.h — reading whole files and naming them, for every
 * subcommand (annotate's inputs, eval's gold and predictions).
 */
#ifndef WARTA_CLI_FILES_H
#define WARTA_CLI_FILES_H

#include <stddef.h>
#include <stdio.h>

/* All of stream f in a malloc'ed buffer with a NUL after it (the text may
 * hold NULs too: *len is its length).  NULL on a read error or no memory,
 * errno set. */
char *cli_read_stream(FILE *f, size_t *len);
/* cli_read_stream of the file at path; NULL when it cannot be opened. */
char *cli_read_file(const char *path, size_t *len);
int cli_has_suffix(const char *s, const char *suffix);
/* The paths "dir/name" of dir's entries ending in suffix, hidden ones left
 * out, in byte order of their names; NULL when dir cannot be read (errno
 * set) or memory runs out.  Free with cli_free_list. */
char **cli_list_dir(const char *dir, const char *suffix, size_t *n);
void cli_free_list(char **list, size_t n);

#endif
