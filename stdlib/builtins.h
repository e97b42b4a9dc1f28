/* builtins.h: the public face of the standard library: the builtins. */
#ifndef NOMIX_BUILTINS_H
#define NOMIX_BUILTINS_H

/* Registers every builtin with the evaluator (after ev_init, before
 * ev_seal_builtins). */
void stdlib_init(void);

#endif
