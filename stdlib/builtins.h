/* builtins.h: the public face of the standard library: the builtins, and
 * what evaluation put in the (virtual) store. */
#ifndef NOMIX_BUILTINS_H
#define NOMIX_BUILTINS_H

#include <stdbool.h>
#include <stddef.h>

#include "eval.h"

/* Registers every builtin with the evaluator (after ev_init) and seals the
 * base environment: after this, expressions can be parsed. */
void stdlib_init(void);

/* What a store path computed during evaluation stands for, so that a later
 * build step can write it out. */
typedef enum { SO_SOURCE, SO_TEXT, SO_DERIVATION } StoreObjectKind;

typedef struct StoreObject {
    const char *store_path;
    StoreObjectKind kind;
    const char *source;     /* SO_SOURCE: the file or directory it was made from */
    Value *filter;          /* SO_SOURCE: the filter function applied, or NULL */
    bool recursive;         /* SO_SOURCE: a NAR (true) or a single file's bytes */
    const char *text;       /* SO_TEXT: toFile's contents; SO_DERIVATION: the .drv text */
    size_t len;
} StoreObject;

/* The object evaluation registered for STORE_PATH, or NULL. */
const StoreObject *store_lookup(const char *store_path);

/* The SHA-256 of DATA in lowercase hex. */
char *stdlib_sha256_hex(const void *data, size_t len);

#endif
