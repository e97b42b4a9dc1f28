/* internal.h: helpers shared inside eval/ only. */
#ifndef NOMIX_EVAL_INTERNAL_H
#define NOMIX_EVAL_INTERNAL_H

#include "eval.h"

/* A set of pointers, for "seen already" while walking values. */
typedef struct PtrSet {
    const void **slots;
    uint32_t n, mask;
} PtrSet;

/* Adds P; false if it was there already. */
bool ptrset_add(PtrSet *s, const void *p);

/* Turns the thunks forced since DEPTH back into thunks (on error). */
void ev_restore_forcing(uint32_t depth);

#endif
