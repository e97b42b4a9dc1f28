/* textdiff.h: the line difference of two texts, as a unified diff.
 *
 * The hunks are those GNU diff -u prints (diffutils 3.x): the same lines
 * are found to change, grouped and shown with the same context, so that
 * a nomix diff reads exactly like `diff -u` of the two files. */
#ifndef NOMIX_TEXTDIFF_H
#define NOMIX_TEXTDIFF_H

#include <stdbool.h>
#include <stddef.h>

#include "eval.h"

/* Appends to OUT the hunks of the unified diff of text A (ALEN bytes) to
 * text B, with CONTEXT lines of context: everything `diff -U CONTEXT`
 * prints after its two header lines, "\ No newline at end of file"
 * included. Returns whether the texts differ (nothing is appended if not).
 * All memory is GC memory. */
bool textdiff_unified(const char *a, size_t alen, const char *b, size_t blen, long context, StrBuf *out);

#endif
