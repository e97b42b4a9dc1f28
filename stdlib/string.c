/* string.c: builtins on strings. */
#include <gc/gc.h>
#include <string.h>

#include "internal.h"

/* `toString e`: numbers, Booleans, null and lists are converted too. */
PRIM(toString)
{
    StrBuf b = {0};
    ev_coerce_to_string(args[0], pos, COERCE_MORE | COERCE_CANON_PATH, &b);
    sb_to_value(&b, out);
}

/* `stringLength s`: the length in bytes. */
PRIM(stringLength)
{
    StrBuf b = {0};
    ev_coerce_to_string(args[0], pos, COERCE_COPY_TO_STORE | COERCE_CANON_PATH, &b);
    mk_int(out, (int64_t)b.len);
}

/* `substring start len s`: bytes from START; a negative LEN means "to the
 * end". Nix reads both numbers as 32-bit ints. */
PRIM(substring)
{
    int start = (int)(int32_t)(uint32_t)(uint64_t)ev_force_int(args[0], pos);
    int len = (int)(int32_t)(uint32_t)(uint64_t)ev_force_int(args[1], pos);
    StrBuf b = {0};
    ev_coerce_to_string(args[2], pos, COERCE_COPY_TO_STORE | COERCE_CANON_PATH, &b);
    if (start < 0) ev_error(ERR_EVAL, pos, "negative start position in 'substring'");
    if ((size_t)start >= b.len) {
        mk_string(out, "", 0, b.ctx);
        return;
    }
    size_t n = b.len - (size_t)start;
    if (len >= 0 && (size_t)len < n) n = (size_t)len;
    mk_string(out, gc_strndup(b.s + start, n), n, b.ctx);
}

/* `concatStringsSep sep xs` */
PRIM(concatStringsSep)
{
    const char *sep = ev_force_string(args[0], pos);
    size_t slen = args[0]->len;
    StrBuf b = {0};
    b.ctx = args[0]->str.ctx;
    ev_force_list(args[1], pos);
    Value **el = list_elems(args[1]);
    for (uint32_t i = 0; i < args[1]->len; i++) {
        if (i) sb_add(&b, sep, slen);
        ev_coerce_to_string(el[i], pos, COERCE_COPY_TO_STORE | COERCE_CANON_PATH, &b);
    }
    sb_to_value(&b, out);
}

static const PrimDef string_prims[] = {
    {"toString", 1, prim_toString, true},
    {"stringLength", 1, prim_stringLength, false},
    {"substring", 3, prim_substring, false},
    {"concatStringsSep", 2, prim_concatStringsSep, false},
};

void string_register(void)
{
    REGISTER(string_prims);
}
