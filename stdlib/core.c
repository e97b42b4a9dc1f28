/* core.c: the builtins of evaluation itself: import and files, errors,
 * tryEval, seq, trace, type tests, and the search path. */
#include <errno.h>
#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

/* `import path`: the value of the file (a directory means its default.nix). */
PRIM(import)
{
    const char *path = realise_path(args[0], pos);
    ev_eval_file(path, out, pos);
}

/* `readFile path`: the bytes of a file as a string. */
PRIM(readFile)
{
    const char *path = realise_path(args[0], pos);
    size_t len;
    char *text = ev_read_file(path, &len, pos);
    if (memchr(text, 0, len))
        ev_error(ERR_EVAL, pos, "the contents of the file '%s' cannot be represented as a Nix string", path);
    mk_string(out, text, len, NULL);
}

/* `throw msg`: an error that tryEval catches. */
PRIM(throw)
{
    (void)out;
    StrBuf b = {0};
    ev_coerce_to_string(args[0], pos, COERCE_COPY_TO_STORE, &b);
    ev_error(ERR_THROW, pos, "%s", b.s ? b.s : "");
}

/* `__nomixThrowAt pos msg`: throw MSG, reported at POS (a set such as
 * unsafeGetAttrPos gives, or null for the caller's position). nomix's own
 * extension, not in `builtins`: the module system uses it to point errors
 * at the definition at fault. Code that must also run under Nix reaches it
 * as `with { __nomixThrowAt = _: throw; }; __nomixThrowAt`, since a global
 * wins over `with`. */
PRIM(nomixThrowAt)
{
    (void)out;
    PosIdx at = 0;
    ev_force(args[0], pos);
    if (args[0]->type == T_ATTRS) {
        Attr *f = attrs_get(args[0]->attrs, sym_cstr("file"));
        Attr *l = attrs_get(args[0]->attrs, sym_cstr("line"));
        Attr *c = attrs_get(args[0]->attrs, sym_cstr("column"));
        if (f && l && c) {
            const char *file = ev_force_string_noctx(f->value, pos);
            int64_t line = ev_force_int(l->value, pos), col = ev_force_int(c->value, pos);
            if (line > 0 && col > 0 && line <= UINT32_MAX && col <= UINT32_MAX)
                at = src_find(file, (uint32_t)line, (uint32_t)col);
        }
    }
    StrBuf b = {0};
    ev_coerce_to_string(args[1], pos, COERCE_COPY_TO_STORE, &b);
    ev_error(ERR_THROW, at ? at : pos, "%s", b.s ? b.s : "");
}

/* `abort msg`: an error nothing catches. */
PRIM(abort)
{
    (void)out;
    StrBuf b = {0};
    ev_coerce_to_string(args[0], pos, COERCE_COPY_TO_STORE, &b);
    ev_error(ERR_ABORT, pos, "evaluation aborted with the following error message: '%s'", b.s ? b.s : "");
}

/* `tryEval e`: { success, value }, catching throw and assert failures. */
PRIM(tryEval)
{
    Attrs *a = attrs_alloc(2);
    Catch c;
    c.want_trace = false;
    Value *ok = val_alloc();
    if (ev_try(&c, (1u << ERR_THROW) | (1u << ERR_ASSERT))) {
        ev_force(args[0], pos);
        ev_untry(&c);
        a->a[a->size++] = (Attr){sym_cstr("value"), 0, args[0]};
        mk_bool(ok, true);
    } else {
        Value *f = val_alloc();
        mk_bool(f, false);
        a->a[a->size++] = (Attr){sym_cstr("value"), 0, f};
        mk_bool(ok, false);
    }
    a->a[a->size++] = (Attr){sym_cstr("success"), 0, ok};
    attrs_sort(a);
    mk_attrs(out, a);
}

/* `seq a b`: b, after forcing a. */
PRIM(seq)
{
    ev_force(args[0], pos);
    ev_force(args[1], pos);
    *out = *args[1];
}

/* `deepSeq a b`: b, after forcing all of a. */
PRIM(deepSeq)
{
    ev_force_deep(args[0]);
    ev_force(args[1], pos);
    *out = *args[1];
}

/* `trace msg e`: e, after printing msg to standard error. */
PRIM(trace)
{
    ev_force(args[0], pos);
    StrBuf b = {0};
    sb_adds(&b, "trace: ");
    if (args[0]->type == T_STRING) sb_add(&b, args[0]->str.s, args[0]->len);
    else ev_show(&b, args[0]);
    ev_log_text(stderr, b.s, b.len);
    ev_force(args[1], pos);
    *out = *args[1];
}

/* `typeOf e`: "int", "string", "set", … */
PRIM(typeOf)
{
    ev_force(args[0], pos);
    mk_cstring(out, ev_type_name(args[0]));
}

/* Declares a type test builtin `isX`. */
#define TYPE_TEST(name, cond)                 \
    PRIM(name)                                \
    {                                         \
        ev_force(args[0], pos);               \
        const Value *v = args[0];             \
        mk_bool(out, cond);                   \
    }

TYPE_TEST(isNull, v->type == T_NULL)
TYPE_TEST(isFunction, v->type == T_LAMBDA || v->type == T_PRIMOP || v->type == T_PRIMOP_APP)
TYPE_TEST(isInt, v->type == T_INT)
TYPE_TEST(isFloat, v->type == T_FLOAT)
TYPE_TEST(isString, v->type == T_STRING)
TYPE_TEST(isBool, v->type == T_BOOL)
TYPE_TEST(isPath, v->type == T_PATH)
TYPE_TEST(isAttrs, v->type == T_ATTRS)
TYPE_TEST(isList, v->type == T_LIST)

/* Whether a path exists (for the search path). */
static bool exists(const char *p)
{
    struct stat st;
    return lstat(p, &st) == 0;
}

/* `__findFile searchPath name`: resolves <name> against the search path. */
PRIM(findFile)
{
    ev_force_list(args[0], pos);
    const char *name = ev_force_string_noctx(args[1], pos);
    size_t nlen = args[1]->len;
    Value **el = list_elems(args[0]);
    for (uint32_t i = 0; i < args[0]->len; i++) {
        Attrs *e = ev_force_attrs(el[i], pos);
        const char *prefix = "";
        Attr *pa = attrs_get(e, sym_cstr("prefix"));
        if (pa) prefix = ev_force_string_noctx(pa->value, pos);
        Attr *pp = require_attr(e, sym_cstr("path"), "findFile", pos);
        StrBuf pb = {0};
        ev_coerce_to_string(pp->value, pos, COERCE_CANON_PATH, &pb);
        const char *dir = pb.s ? pb.s : "";
        size_t plen = strlen(prefix);
        const char *suffix;
        if (plen == 0)
            suffix = gc_printf("/%s", name);
        else {
            if (strncmp(name, prefix, plen) != 0 || (nlen > plen && name[plen] != '/')) continue;
            suffix = nlen == plen ? "" : gc_printf("/%s", name + plen + 1);
        }
        char *cwd = getcwd(NULL, 0);
        const char *base = path_abs(dir, strlen(dir), cwd ? cwd : "/");
        free(cwd);
        if (!exists(base)) {
            fprintf(stderr, "warning: Nix search path entry '%s' does not exist, ignoring\n", dir);
            continue;
        }
        const char *res = gc_printf("%s%s", base, suffix);
        if (exists(res)) {
            const char *c = path_canon(res, strlen(res));
            mk_path(out, c, strlen(c));
            return;
        }
    }
    /* <nomix/…> is what ships with nomix (as Nix has <nix/…>); it comes
     * after every search path entry, so users can override it. The data
     * directory mirrors the source tree (stdlib/lib, modules/…), except
     * that <nomix/lib> is the full library, modules/lib, which adds the
     * module system to stdlib's lib. */
    if (strncmp(name, "nomix/", 6) == 0) {
        const char *rest = name + 6;
        if (strncmp(rest, "lib", 3) == 0 && (rest[3] == 0 || rest[3] == '/'))
            rest = gc_printf("modules/%s", rest);
        const char *dirs[] = {NOMIX_DATADIR, NOMIX_SOURCE_DATADIR};
        for (int i = 0; i < 2; i++) {
            const char *res = gc_printf("%s/%s", dirs[i], rest);
            if (exists(gc_printf("%s/modules/lib/default.nix", dirs[i])) && exists(res)) {
                const char *c = path_canon(res, strlen(res));
                mk_path(out, c, strlen(c));
                return;
            }
        }
    }
    if (strncmp(name, "nix/", 4) == 0) {
        const char *c = gc_printf("/__corepkgs__/%s", name + 4);
        mk_path(out, c, strlen(c));
        return;
    }
    ev_error(ERR_THROW, pos, "file '%s' was not found in the Nix search path (add it using $NIX_PATH or -I)", name);
}

/* `addErrorContext msg e`: e, with MSG added to the trace of its errors. */
PRIM(addErrorContext)
{
    Catch c;
    c.want_trace = true;
    if (ev_try(&c, CATCH_ALL)) {
        ev_force(args[1], pos);
        ev_untry(&c);
        *out = *args[1];
        return;
    }
    EvError *err = c.err;
    StrBuf b = {0};
    ev_coerce_to_string(args[0], pos, COERCE_COPY_TO_STORE | COERCE_CANON_PATH, &b);
    ev_error_add_trace(err, b.s ? b.s : "", 0);
    ev_throw(err);
}

/* `getEnv name`: the environment variable, or "". */
PRIM(getEnv)
{
    const char *v = getenv(ev_force_string_noctx(args[0], pos));
    mk_cstring(out, v ? v : "");
}

/* `scopedImport scope path`: import with SCOPE's attributes as variables. */
PRIM(scopedImport)
{
    Attrs *scope = ev_force_attrs(args[0], pos);
    const char *path = ev_resolve_import(realise_path(args[1], pos), pos);
    ScopeName *names = GC_MALLOC_ATOMIC((scope->size + 1) * sizeof *names);
    Env *env = env_alloc(scope->size);
    env->up = ev.base_env;
    for (uint32_t i = 0; i < scope->size; i++) {
        names[i] = (ScopeName){scope->a[i].name, i};
        env->v[i] = scope->a[i].value;
    }
    Scope s = {&ev.base_scope, false, scope->size, names};
    Expr *e = ev_parse_file_in(path, &s, pos);
    ev_eval(e, env, out);
}

static const PrimDef core_prims[] = {
    {"import", 1, prim_import, true},
    {"readFile", 1, prim_readFile, false},
    {"throw", 1, prim_throw, true},
    {"abort", 1, prim_abort, true},
    {"tryEval", 1, prim_tryEval, false},
    {"seq", 2, prim_seq, false},
    {"deepSeq", 2, prim_deepSeq, false},
    {"trace", 2, prim_trace, false},
    {"typeOf", 1, prim_typeOf, false},
    {"isNull", 1, prim_isNull, true},
    {"isFunction", 1, prim_isFunction, false},
    {"isInt", 1, prim_isInt, false},
    {"isFloat", 1, prim_isFloat, false},
    {"isString", 1, prim_isString, false},
    {"isBool", 1, prim_isBool, false},
    {"isPath", 1, prim_isPath, false},
    {"isAttrs", 1, prim_isAttrs, false},
    {"isList", 1, prim_isList, false},
    {"findFile", 2, prim_findFile, false},
    {"addErrorContext", 2, prim_addErrorContext, false},
    {"getEnv", 1, prim_getEnv, false},
    {"scopedImport", 2, prim_scopedImport, true},
};

void core_register(void)
{
    REGISTER(core_prims);
    ev_register_extension("__nomixThrowAt", 2, prim_nomixThrowAt);
}
