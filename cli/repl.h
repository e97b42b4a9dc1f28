/* repl.h: what `nomix repl` (cmd_repl.c) takes from its documentation
 * file (repl_doc.c). */
#ifndef NOMIX_REPL_H
#define NOMIX_REPL_H

#include <stdbool.h>

#include "eval.h"

/* The documentation of one builtin: its name, its arguments as a call
 * would write them ("f list"; "" for a constant), and one to three lines
 * describing what it does. */
typedef struct BuiltinDoc {
    const char *name;
    const char *args;
    const char *text;
} BuiltinDoc;

/* The documentation of the builtin NAME (without `builtins.` or `__`),
 * or NULL if there is no such builtin. */
const BuiltinDoc *repl_builtin_doc(const char *name);

/* Appends to OUT the comment written just above the definition of NAME
 * that POS lies in (the `# …` lines, or a C-style block comment, without
 * the comment markers, each line ending in a newline). Returns false when the
 * position has no source text, or when it lies on an `inherit` line or the
 * definition has no comment above it. */
bool repl_comment_above(PosIdx pos, const char *name, StrBuf *out);

/* Whether POS lies on a line that inherits names (`inherit (x) a b;`),
 * where no documentation is written. */
bool repl_pos_is_inherit(PosIdx pos);

/* For a name inherited from a set named by a variable (`inherit (X) a b;`),
 * that variable's name X; NULL otherwise. */
const char *repl_inherit_source(PosIdx pos);

/* The arguments of a function value as its definition names them:
 * "f list", "{ name, value ? …, ... }" or "" for a value that is not a
 * lambda. */
const char *repl_lambda_args(const Value *v);

#endif
