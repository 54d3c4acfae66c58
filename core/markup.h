/*
 * core/markup.h — the open/close boundaries of every span of a result, in
 * text order, for writers that mark the text up inline (html, text).  At one
 * position closes come before opens, and an outer span opens before the
 * spans inside it, so the markup nests whenever the spans do.
 */
#ifndef WARTA_CORE_MARKUP_H
#define WARTA_CORE_MARKUP_H

#include "result.h"

enum { MARK_MENTION, MARK_CONTENT, MARK_CUE, MARK_ROLE };

typedef struct warta_mark {
    uint32_t pos;
    uint8_t close;
    uint8_t kind;        /* MARK_*                                    */
    uint32_t index;      /* mention index, or quote index             */
    uint32_t length;     /* of the span, to put outer spans first     */
    uint32_t part;       /* content part number within its quote      */
} warta_mark;

/* Builds the sorted boundaries; *out is malloc'ed (free it). */
int warta_markup__build(const warta_result *r, warta_mark **out, size_t *n);

#endif
