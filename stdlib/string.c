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
    const StrCtx *ctx = NULL;
    StrView v = ev_coerce_view(args[0], pos, COERCE_COPY_TO_STORE | COERCE_CANON_PATH, &ctx);
    mk_int(out, (int64_t)v.len);
}

/* `substring start len s`: bytes from START; a negative LEN means "to the
 * end". Nix reads both numbers as 32-bit ints. */
PRIM(substring)
{
    int start = (int)(int32_t)(uint32_t)(uint64_t)ev_force_int(args[0], pos);
    int len = (int)(int32_t)(uint32_t)(uint64_t)ev_force_int(args[1], pos);
    const StrCtx *ctx = NULL;
    StrView s = ev_coerce_view(args[2], pos, COERCE_COPY_TO_STORE | COERCE_CANON_PATH, &ctx);
    if (start < 0) ev_error(ERR_EVAL, pos, "negative start position in 'substring'");
    if ((size_t)start >= s.len) {
        mk_string(out, "", 0, ctx);
        return;
    }
    size_t n = s.len - (size_t)start;
    if (len >= 0 && (size_t)len < n) n = (size_t)len;
    mk_string(out, gc_strndup(s.s + start, n), n, ctx);
}

/* `concatStringsSep sep xs` */
PRIM(concatStringsSep)
{
    const char *sep = ev_force_string(args[0], pos);
    StrView vsep = {sep, args[0]->len};
    const StrCtx *ctx = args[0]->str.ctx;
    ev_force_list(args[1], pos);
    uint32_t n = args[1]->len;
    Value **el = list_elems(args[1]);
    StrView *views = GC_MALLOC((n ? n : 1) * sizeof *views);   /* scanned: it holds the only pointer to coerced pieces */
    for (uint32_t i = 0; i < n; i++)
        views[i] = ev_coerce_view(el[i], pos, COERCE_COPY_TO_STORE | COERCE_CANON_PATH, &ctx);
    ev_join_views(views, n, vsep, ctx, out);
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
