/* internal.h: what the builtin files share. Each file defines its builtins
 * with PRIM and lists them in a table of PrimDef rows; adding a builtin is
 * one function and one row. */
#ifndef NOMIX_STDLIB_INTERNAL_H
#define NOMIX_STDLIB_INTERNAL_H

#include <stdbool.h>

#include "eval.h"

/* One builtin: its name (without "__"), arity, function, and whether it is
 * also a global name (like `map`) rather than only `__name`. */
typedef struct PrimDef {
    const char *name;
    uint8_t arity;
    PrimFn fn;
    bool global;
} PrimDef;

/* Declares the C function of builtin NAME. */
#define PRIM(name) static void prim_##name(Value **args, Value *out, PosIdx pos)

/* Registers a table of builtins. */
void prims_register(const PrimDef *defs, size_t n);
#define REGISTER(table) prims_register(table, sizeof(table) / sizeof *(table))

/* The tables, one per file. */
void core_register(void);
void list_register(void);
void attrs_register(void);
void string_register(void);
void arith_register(void);

/* Looks up an attribute a builtin requires, failing with Nix's message
 * "attribute 'x' missing for call to 'f'". */
Attr *require_attr(Attrs *a, Sym name, const char *fn, PosIdx pos);

#endif
