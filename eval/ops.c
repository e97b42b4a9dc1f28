/* ops.c: typed forcing, equality, ordering and coercion to strings.
 * Messages and corner cases follow Nix 2.8. */
#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

const char *ev_show_type(const Value *v)
{
    switch ((VType)v->type) {
    case T_INT: return "an integer";
    case T_FLOAT: return "a float";
    case T_BOOL: return "a Boolean";
    case T_NULL: return "null";
    case T_STRING: return v->str.ctx ? "a string with context" : "a string";
    case T_PATH: return "a path";
    case T_ATTRS: return "a set";
    case T_LIST: return "a list";
    case T_LAMBDA: return "a function";
    case T_PRIMOP: return gc_printf("the built-in function '%s'", v->prim->name);
    case T_PRIMOP_APP: {
        const Value *p = v;
        while (p->type == T_PRIMOP_APP) p = p->app.left;
        return gc_printf("the partially applied built-in function '%s'", p->prim->name);
    }
    case T_THUNK: return "a thunk";
    case T_APP: return "a function application";
    case T_BLACKHOLE: return "a black hole";
    }
    return "a value";
}

const char *ev_type_name(const Value *v)
{
    switch ((VType)v->type) {
    case T_INT: return "int";
    case T_FLOAT: return "float";
    case T_BOOL: return "bool";
    case T_NULL: return "null";
    case T_STRING: return "string";
    case T_PATH: return "path";
    case T_ATTRS: return "set";
    case T_LIST: return "list";
    case T_LAMBDA: case T_PRIMOP: case T_PRIMOP_APP: return "lambda";
    default: return "thunk";
    }
}

int64_t ev_force_int(Value *v, PosIdx pos)
{
    ev_force(v, pos);
    if (v->type != T_INT) ev_type_error(pos, "value is %s while an integer was expected", ev_show_type(v));
    return v->i;
}

double ev_force_float(Value *v, PosIdx pos)
{
    ev_force(v, pos);
    if (v->type == T_INT) return (double)v->i;
    if (v->type != T_FLOAT) ev_type_error(pos, "value is %s while a float was expected", ev_show_type(v));
    return v->f;
}

bool ev_force_bool(Value *v, PosIdx pos)
{
    ev_force(v, pos);
    if (v->type != T_BOOL) ev_type_error(pos, "value is %s while a Boolean was expected", ev_show_type(v));
    return v->b;
}

Attrs *ev_force_attrs(Value *v, PosIdx pos)
{
    ev_force(v, pos);
    if (v->type != T_ATTRS) ev_type_error(pos, "value is %s while a set was expected", ev_show_type(v));
    return v->attrs;
}

void ev_force_list(Value *v, PosIdx pos)
{
    ev_force(v, pos);
    if (v->type != T_LIST) ev_type_error(pos, "value is %s while a list was expected", ev_show_type(v));
}

bool ev_is_functor(Value *v)
{
    return v->type == T_ATTRS && attrs_get(v->attrs, sym_cstr("__functor"));
}

void ev_force_function(Value *v, PosIdx pos)
{
    ev_force(v, pos);
    if (v->type != T_LAMBDA && v->type != T_PRIMOP && v->type != T_PRIMOP_APP && !ev_is_functor(v))
        ev_type_error(pos, "value is %s while a function was expected", ev_show_type(v));
}

const char *ev_force_string(Value *v, PosIdx pos)
{
    ev_force(v, pos);
    if (v->type != T_STRING) ev_type_error(pos, "value is %s while a string was expected", ev_show_type(v));
    return v->str.s;
}

const char *ev_force_string_noctx(Value *v, PosIdx pos)
{
    const char *s = ev_force_string(v, pos);
    if (v->str.ctx)
        ev_error(ERR_EVAL, pos, "the string '%s' is not allowed to refer to a store path (such as '%s')",
                 s, v->str.ctx->items[0]);
    return s;
}

/* ---- equality and order ---- */

/* Whether a set is a derivation: its `type` is "derivation". */
static bool is_derivation(Value *v)
{
    Attr *t = attrs_get(v->attrs, sym_cstr("type"));
    if (!t) return false;
    ev_force(t->value, t->pos);
    return t->value->type == T_STRING && strcmp(t->value->str.s, "derivation") == 0;
}

bool ev_equal(Value *a, Value *b, PosIdx pos)
{
    ev_check_stack(pos);
    ev_force(a, pos);
    ev_force(b, pos);
    /* the same cell is equal to itself, even a function (as in Nix) */
    if (a == b) return true;
    if (a->type == T_INT && b->type == T_FLOAT) return (double)a->i == b->f;
    if (a->type == T_FLOAT && b->type == T_INT) return a->f == (double)b->i;
    if (a->type != b->type) {
        bool fa = a->type == T_LAMBDA || a->type == T_PRIMOP || a->type == T_PRIMOP_APP;
        bool fb = b->type == T_LAMBDA || b->type == T_PRIMOP || b->type == T_PRIMOP_APP;
        if (!(fa && fb)) return false;
    }
    switch ((VType)a->type) {
    case T_INT: return a->i == b->i;
    case T_FLOAT: return a->f == b->f;
    case T_BOOL: return a->b == b->b;
    case T_NULL: return true;
    case T_STRING: return strcmp(a->str.s, b->str.s) == 0;
    case T_PATH: return strcmp(a->path, b->path) == 0;
    case T_LIST: {
        if (a->len != b->len) return false;
        Value **x = list_elems(a), **y = list_elems(b);
        for (uint32_t i = 0; i < a->len; i++)
            if (!ev_equal(x[i], y[i], pos)) return false;
        return true;
    }
    case T_ATTRS: {
        if (is_derivation(a) && is_derivation(b)) {
            Attr *i = attrs_get(a->attrs, sym_cstr("outPath")), *j = attrs_get(b->attrs, sym_cstr("outPath"));
            if (i && j) return ev_equal(i->value, j->value, pos);
        }
        Attrs *x = a->attrs, *y = b->attrs;
        if (x->size != y->size) return false;
        for (uint32_t i = 0; i < x->size; i++)
            if (x->a[i].name != y->a[i].name || !ev_equal(x->a[i].value, y->a[i].value, pos)) return false;
        return true;
    }
    case T_LAMBDA: case T_PRIMOP: case T_PRIMOP_APP:
        return false;
    default:
        ev_error(ERR_EVAL, pos, "cannot compare %s with %s", ev_show_type(a), ev_show_type(b));
    }
}

bool ev_less_than(Value *a, Value *b, PosIdx pos)
{
    ev_check_stack(pos);
    ev_force(a, pos);
    ev_force(b, pos);
    if (a->type == T_FLOAT && b->type == T_INT) return a->f < (double)b->i;
    if (a->type == T_INT && b->type == T_FLOAT) return (double)a->i < b->f;
    if (a->type != b->type)
        ev_error(ERR_EVAL, pos, "cannot compare %s with %s", ev_show_type(a), ev_show_type(b));
    switch (a->type) {
    case T_INT: return a->i < b->i;
    case T_FLOAT: return a->f < b->f;
    case T_STRING: return strcmp(a->str.s, b->str.s) < 0;
    case T_PATH: return strcmp(a->path, b->path) < 0;
    case T_LIST: {
        Value **x = list_elems(a), **y = list_elems(b);
        for (uint32_t i = 0;; i++) {
            if (i == b->len) return false;
            if (i == a->len) return true;
            if (!ev_equal(x[i], y[i], pos)) return ev_less_than(x[i], y[i], pos);
        }
    }
    default:
        ev_error(ERR_EVAL, pos, "cannot compare %s with %s", ev_show_type(a), ev_show_type(b));
    }
}

/* ---- coercion to strings ---- */

const char *(*ev_copy_to_store_hook)(const char *path, PosIdx pos);

/* Turns a source path into a store path and records it in the context. */
static void copy_to_store(const char *path, PosIdx pos, StrBuf *out)
{
    if (!ev_copy_to_store_hook)
        ev_error(ERR_EVAL, pos, "cannot copy '%s' to the store: store paths are not available", path);
    const char *sp = ev_copy_to_store_hook(path, pos);
    sb_adds(out, sp);
    out->ctx = ctx_merge(out->ctx, ctx_single(sp));
}

void ev_coerce_to_string(Value *v, PosIdx pos, int flags, StrBuf *out)
{
    ev_check_stack(pos);
    ev_force(v, pos);
    switch (v->type) {
    case T_STRING:
        sb_add(out, v->str.s, v->len);
        if (v->str.ctx) out->ctx = ctx_merge(out->ctx, v->str.ctx);
        return;
    case T_PATH: {
        const char *p = v->path;
        if (flags & COERCE_CANON_PATH) p = path_canon(p, v->len);
        if (flags & COERCE_COPY_TO_STORE) copy_to_store(p, pos, out);
        else sb_adds(out, p);
        return;
    }
    case T_ATTRS: {
        Attr *ts = attrs_get(v->attrs, sym_cstr("__toString"));
        if (ts) {
            Value r;
            ev_call1(ts->value, v, &r, pos);
            ev_coerce_to_string(&r, pos, flags | COERCE_CANON_PATH, out);
            return;
        }
        Attr *op = attrs_get(v->attrs, sym_cstr("outPath"));
        if (!op) ev_type_error(pos, "cannot coerce a set to a string");
        ev_coerce_to_string(op->value, pos, flags | COERCE_CANON_PATH, out);
        return;
    }
    default:
        break;
    }
    if (flags & COERCE_MORE) {
        switch (v->type) {
        case T_BOOL:
            if (v->b) sb_addc(out, '1');
            return;
        case T_INT:
            sb_add_int(out, v->i);
            return;
        case T_FLOAT:
            sb_printf(out, "%f", v->f);
            return;
        case T_NULL:
            return;
        case T_LIST: {
            Value **el = list_elems(v);
            for (uint32_t i = 0; i < v->len; i++) {
                ev_coerce_to_string(el[i], pos, flags | COERCE_CANON_PATH, out);
                /* Nix puts a space after each element but the last, and
                 * none after an empty list */
                if (i + 1 < v->len && !(el[i]->type == T_LIST && el[i]->len == 0)) sb_addc(out, ' ');
            }
            return;
        }
        default:
            break;
        }
    }
    ev_type_error(pos, "cannot coerce %s to a string", ev_show_type(v));
}

StrView ev_coerce_view(Value *v, PosIdx pos, int flags, const StrCtx **ctx)
{
    ev_force(v, pos);
    if (v->type == T_STRING) {
        if (v->str.ctx) *ctx = ctx_merge(*ctx, v->str.ctx);
        return (StrView){v->str.s, v->len};
    }
    StrBuf b = {0};
    ev_coerce_to_string(v, pos, flags, &b);
    if (b.ctx) *ctx = ctx_merge(*ctx, b.ctx);
    return (StrView){b.s ? b.s : "", b.len};
}

const char *ev_coerce_to_path(Value *v, PosIdx pos, const StrCtx **ctx)
{
    StrBuf b = {0};
    ev_coerce_to_string(v, pos, COERCE_CANON_PATH, &b);
    const char *s = b.s ? b.s : "";
    if (ctx) *ctx = b.ctx;
    if (s[0] != '/') ev_error(ERR_EVAL, pos, "string '%s' doesn't represent an absolute path", s);
    return s;
}
