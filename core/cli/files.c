#include "files.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

char *cli_read_stream(FILE *f, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        char *g = realloc(buf, cap * 2 + 1);
        if (!g) {
            free(buf);
            return NULL;
        }
        buf = g;
        cap *= 2;
    }
    if (buf && ferror(f)) {
        free(buf);
        return NULL;
    }
    if (buf) {
        buf[n] = '\0';
        *len = n;
    }
    return buf;
}

char *cli_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = cli_read_stream(f, len);
    fclose(f);
    return buf;
}

int cli_has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

char **cli_list_dir(const char *dir, const char *suffix, size_t *n_out)
{
    DIR *d = opendir(dir);
    if (!d)
        return NULL;
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *ent;
    int ok = 1;
    while (ok && (ent = readdir(d))) {
        /* hidden files are editors' and tools' leftovers (".#a.txt"), not documents */
        if (ent->d_name[0] == '.' || !cli_has_suffix(ent->d_name, suffix))
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **g = realloc(names, cap * sizeof *g);
            if (!g) {
                ok = 0;
                break;
            }
            names = g;
        }
        size_t len = strlen(dir) + strlen(ent->d_name) + 2;
        names[n] = malloc(len);
        if (!names[n]) {
            ok = 0;
            break;
        }
        snprintf(names[n], len, "%s/%s", dir, ent->d_name);
        n++;
    }
    closedir(d);
    if (!ok) {
        cli_free_list(names, n);
        return NULL;
    }
    if (n)
        qsort(names, n, sizeof *names, cmp_str);
    *n_out = n;
    if (!names)
        names = calloc(1, sizeof *names);
    return names;
}

void cli_free_list(char **list, size_t n)
{
    for (size_t i = 0; list && i < n; i++)
        free(list[i]);
    free(list);
}
