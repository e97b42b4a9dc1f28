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

/* `replaceStrings from to s`: at each position the first pattern that
 * matches is replaced; an empty pattern matches between characters. */
PRIM(replaceStrings)
{
    ev_force_list(args[0], pos);
    ev_force_list(args[1], pos);
    if (args[0]->len != args[1]->len)
        ev_error(ERR_EVAL, pos, "'from' and 'to' arguments to 'replaceStrings' have different lengths");
    uint32_t n = args[0]->len;
    Value **from = list_elems(args[0]), **to = list_elems(args[1]);
    for (uint32_t i = 0; i < n; i++) ev_force_string(from[i], pos);
    for (uint32_t i = 0; i < n; i++) ev_force_string(to[i], pos);
    bool *used = GC_MALLOC_ATOMIC((n ? n : 1) * sizeof *used);
    memset(used, 0, (n ? n : 1) * sizeof *used);
    const char *s = ev_force_string(args[2], pos);
    size_t len = args[2]->len;
    const StrCtx *ctx = args[2]->str.ctx;
    StrBuf b = {0};
    for (size_t p = 0; p <= len;) {
        bool found = false;
        for (uint32_t i = 0; i < n; i++) {
            size_t fl = from[i]->len;
            if (fl > len - p || memcmp(s + p, from[i]->str.s, fl) != 0) continue;
            found = true;
            sb_add(&b, to[i]->str.s, to[i]->len);
            if (!used[i]) {
                ctx = ctx_merge(ctx, to[i]->str.ctx);
                used[i] = true;
            }
            if (fl == 0) {
                if (p < len) sb_addc(&b, s[p]);
                p++;
            } else
                p += fl;
            break;
        }
        if (!found) {
            if (p < len) sb_addc(&b, s[p]);
            p++;
        }
    }
    b.ctx = ctx;
    sb_to_value(&b, out);
}

/* ---- versions ---- */

/* The next component of a version string from *P (numbers and words,
 * separated by '.' and '-'); empty at the end. */
static StrView next_component(const char **p, const char *end)
{
    const char *s = *p;
    while (s < end && (*s == '.' || *s == '-')) s++;
    const char *start = s;
    if (s < end && *s >= '0' && *s <= '9')
        while (s < end && *s >= '0' && *s <= '9') s++;
    else
        while (s < end && !(*s >= '0' && *s <= '9') && *s != '.' && *s != '-') s++;
    *p = s;
    return (StrView){start, (size_t)(s - start)};
}

/* Reads a component as a number that fits 32 bits, as Nix does. */
static bool component_int(StrView c, long *out)
{
    if (c.len == 0 || c.len > 10) return false;
    long v = 0;
    for (size_t i = 0; i < c.len; i++) {
        if (c.s[i] < '0' || c.s[i] > '9') return false;
        v = v * 10 + (c.s[i] - '0');
    }
    if (v > 2147483647L) return false;
    *out = v;
    return true;
}

/* Whether component A comes before B: numbers by value, "pre" first,
 * words before numbers, words by text. */
static bool component_less(StrView a, StrView b)
{
    long na, nb;
    bool ia = component_int(a, &na), ib = component_int(b, &nb);
    bool apre = a.len == 3 && !memcmp(a.s, "pre", 3), bpre = b.len == 3 && !memcmp(b.s, "pre", 3);
    if (ia && ib) return na < nb;
    if (a.len == 0 && ib) return true;
    if (apre && !bpre) return true;
    if (bpre) return false;
    if (ib) return true;
    if (ia) return false;
    size_t m = a.len < b.len ? a.len : b.len;
    int c = memcmp(a.s, b.s, m);
    return c < 0 || (c == 0 && a.len < b.len);
}

/* `compareVersions a b`: -1, 0 or 1. */
PRIM(compareVersions)
{
    const char *a = ev_force_string_noctx(args[0], pos);
    const char *b = ev_force_string_noctx(args[1], pos);
    const char *ea = a + args[0]->len, *eb = b + args[1]->len;
    while (a < ea || b < eb) {
        StrView ca = next_component(&a, ea), cb = next_component(&b, eb);
        if (component_less(ca, cb)) { mk_int(out, -1); return; }
        if (component_less(cb, ca)) { mk_int(out, 1); return; }
    }
    mk_int(out, 0);
}

/* `splitVersion v`: the components. */
PRIM(splitVersion)
{
    const char *v = ev_force_string_noctx(args[0], pos);
    const char *end = v + args[0]->len;
    Value **parts = NULL;
    uint32_t n = 0;
    for (;;) {
        StrView c = next_component(&v, end);
        if (!c.len) break;
        parts = GC_REALLOC(parts, (n + 1) * sizeof *parts);
        parts[n] = val_alloc();
        mk_string_copy(parts[n++], c.s, c.len);
    }
    Value tmp;
    if (n) memcpy(mk_list(&tmp, n), parts, n * sizeof *parts);
    else mk_list(&tmp, 0);
    *out = tmp;
}

/* `parseDrvName s`: { name, version }, split at the first '-' that is
 * not followed by a letter. */
PRIM(parseDrvName)
{
    const char *s = ev_force_string_noctx(args[0], pos);
    size_t len = args[0]->len, cut = len;
    for (size_t i = 0; i + 1 < len; i++) {
        char c = s[i + 1];
        if (s[i] == '-' && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
            cut = i;
            break;
        }
    }
    Value *name = val_alloc(), *version = val_alloc();
    mk_string_copy(name, s, cut);
    if (cut < len) mk_string_copy(version, s + cut + 1, len - cut - 1);
    else mk_string_copy(version, "", 0);
    Attrs *a = attrs_alloc(2);
    a->a[a->size++] = (Attr){sym_cstr("name"), 0, name};
    a->a[a->size++] = (Attr){sym_cstr("version"), 0, version};
    attrs_sort(a);
    mk_attrs(out, a);
}

static const PrimDef string_prims[] = {
    {"toString", 1, prim_toString, true},
    {"stringLength", 1, prim_stringLength, false},
    {"substring", 3, prim_substring, false},
    {"concatStringsSep", 2, prim_concatStringsSep, false},
    {"replaceStrings", 3, prim_replaceStrings, false},
    {"compareVersions", 2, prim_compareVersions, false},
    {"splitVersion", 1, prim_splitVersion, false},
    {"parseDrvName", 1, prim_parseDrvName, false},
};

void string_register(void)
{
    REGISTER(string_prims);
}
