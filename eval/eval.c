/* eval.c: the evaluator proper.
 *
 * ev_eval is one switch over node kinds. Nodes in tail position (the body of
 * a let, with, if or assert, an `or` default) loop instead of recursing, so
 * long chains of them use no stack. Function calls push a trace frame and
 * recurse. Each case follows what Nix 2.8 does for the same node, down to
 * which values are shared and which are copied, because that shows in
 * printed output («repeated», <CODE>). */
#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* ---- variables ---- */

/* Evaluates the scope of a `with` env the first time it is needed. */
static void with_force(Env *env)
{
    Expr *scope = (Expr *)env->v[0];
    Value *v = val_alloc();
    ev_eval(scope, env->up, v);
    if (v->type != T_ATTRS)
        ev_type_error(scope->pos, "value is %s while a set was expected", ev_show_type(v));
    env->v[0] = v;
    env->kind = ENV_WITH_ATTRS;
}

/* Finds the cell of a variable. With NOEVAL, returns NULL instead of
 * evaluating a `with` scope (and for a let slot not yet filled). */
static inline Value *lookup_var(Env *env, const ExprVar *var, bool noeval)
{
    for (uint32_t l = var->level; l; --l) env = env->up;
    if (!var->from_with) return env->v[var->displ];
    for (;;) {
        if (env->kind == ENV_WITH_EXPR) {
            if (noeval) return NULL;
            with_force(env);
        }
        Attr *a = attrs_get(env->v[0]->attrs, var->name);
        if (a) return a->value;
        if (!env->prev_with)
            ev_error(ERR_UNDEFINED_VAR, var->h.pos, "undefined variable '%s'", sym_show(var->name));
        for (uint32_t l = env->prev_with; l; --l) env = env->up;
    }
}

/* Evaluates E, handling the commonest leaves (an integer literal, a
 * lexical variable) without a call into ev_eval. */
static inline void eval_fast(Expr *e, Env *env, Value *out)
{
    if (e->kind == E_INT) {
        mk_int(out, ((ExprInt *)e)->v);
        return;
    }
    if (e->kind == E_VAR && !((ExprVar *)e)->from_with) {
        const ExprVar *var = (ExprVar *)e;
        for (uint32_t l = var->level; l; --l) env = env->up;
        Value *cell = env->v[var->displ];
        ev_force(cell, e->pos);
        *out = *cell;
        return;
    }
    ev_eval(e, env, out);
}

/* The shared cell holding a literal's value, made on first use. */
static Value *literal_cell(Expr *e)
{
    void **cache;
    switch (e->kind) {
    case E_INT: cache = &((ExprInt *)e)->cache; break;
    case E_FLOAT: cache = &((ExprFloat *)e)->cache; break;
    case E_STR: cache = &((ExprStr *)e)->cache; break;
    default: cache = &((ExprPath *)e)->cache; break;
    }
    if (!*cache) {
        Value *v = GC_MALLOC(sizeof *v);
        ev_eval(e, NULL, v);
        *cache = v;
    }
    return *cache;
}

Value *ev_lazy(Expr *e, Env *env)
{
    switch (e->kind) {
    case E_INT: case E_FLOAT: case E_STR: case E_PATH:
        return literal_cell(e);
    case E_VAR: {
        Value *v = lookup_var(env, (ExprVar *)e, true);
        if (v) return v;
        break;
    }
    default:
        break;
    }
    Value *v = val_alloc();
    mk_thunk(v, env, e);
    return v;
}

/* ---- forcing ---- */

typedef struct Forcing {
    Value *v;
    Env *env;
    Expr *expr;
} Forcing;

static Forcing *forcing;
static uint32_t cforcing;

/* Remembers a thunk under evaluation, so that an error can restore it.
 * Entries are cleared as they are popped: the array is scanned by the
 * collector, and a stale entry would keep a finished evaluation's
 * environment (in a fleet build, a whole earlier host) alive. */
static inline void forcing_push(Value *v)
{
    if (ev.nforcing == cforcing) {
        cforcing = cforcing ? cforcing * 2 : 1024;
        forcing = GC_REALLOC(forcing, cforcing * sizeof *forcing);
    }
    forcing[ev.nforcing++] = (Forcing){v, v->thunk.env, v->thunk.expr};
}

/* Puts back every thunk forced since DEPTH; called when an error unwinds. */
void ev_restore_forcing(uint32_t depth)
{
    for (uint32_t i = ev.nforcing; i > depth; i--) {
        Forcing *f = &forcing[i - 1];
        mk_thunk(f->v, f->env, f->expr);
        *f = (Forcing){0};
    }
    ev.nforcing = depth;
}

void ev_force_slow(Value *v, PosIdx pos)
{
    switch (v->type) {
    case T_THUNK: {
        Env *env = v->thunk.env;
        Expr *e = v->thunk.expr;
        forcing_push(v);
        v->type = T_BLACKHOLE;
        ev_eval(e, env, v);
        forcing[--ev.nforcing] = (Forcing){0};
        break;
    }
    case T_APP: {
        Value *fn = v->app.left, *arg = v->app.right;
        ev_call(fn, 1, &arg, v, pos);
        break;
    }
    case T_BLACKHOLE:
        ev_error(ERR_EVAL, pos, "infinite recursion encountered");
    default:
        break;
    }
}

/* ---- function calls ---- */

/* "'f' at FILE:L:C" or "anonymous function at FILE:L:C". */
static char *lambda_name_pos(const ExprLambda *l)
{
    if (l->name) return gc_printf("'%s' at %s", sym_str(l->name), src_pos_str(l->h.pos));
    return gc_printf("anonymous function at %s", src_pos_str(l->h.pos));
}

/* Reports the first argument a pattern does not accept. */
static _Noreturn void unexpected_arg(const ExprLambda *l, Attrs *a, PosIdx pos)
{
    const Formals *f = l->formals;
    for (uint32_t i = 0; i < a->size; i++) {
        bool known = false;
        for (uint32_t k = 0; k < f->n; k++)
            if (f->f[k].name == a->a[i].name) { known = true; break; }
        if (known) continue;
        const char **names = GC_MALLOC((f->n + 1) * sizeof *names);
        for (uint32_t k = 0; k < f->n; k++) names[k] = sym_str(f->f[k].name);
        ev_error_hint(ERR_TYPE, pos, ev_suggest(sym_str(a->a[i].name), names, f->n),
                      "%s called with unexpected argument '%s'", lambda_name_pos(l),
                      sym_show(a->a[i].name));
    }
    abort();
}

/* Makes the environment of a lambda applied to ARG. */
static Env *lambda_env(Value *fn, Value *arg, PosIdx pos)
{
    ExprLambda *l = fn->lam.fn;
    const Formals *f = l->formals;
    if (!f) {
        Env *env = env_alloc(1);
        env->up = fn->lam.env;
        env->v[0] = arg;
        return env;
    }
    Attrs *a = ev_force_attrs(arg, pos);
    Env *env = env_alloc(f->n + (l->arg ? 1 : 0));
    env->up = fn->lam.env;
    uint32_t d = 0;
    if (l->arg) env->v[d++] = arg;
    uint32_t used = 0;
    for (uint32_t i = 0; i < f->n; i++) {
        Attr *j = attrs_get(a, f->f[i].name);
        if (j) {
            used++;
            env->v[d++] = j->value;
        } else {
            if (!f->f[i].def)
                ev_type_error(pos, "%s called without required argument '%s'",
                              lambda_name_pos(l), sym_show(f->f[i].name));
            env->v[d++] = ev_lazy(f->f[i].def, env);
        }
    }
    if (!f->ellipsis && used != a->size) unexpected_arg(l, a, pos);
    return env;
}

/* The primop at the root of a chain of partial applications, and how many
 * arguments the chain already holds. */
static const PrimOp *primop_of(const Value *v, uint32_t *done)
{
    uint32_t n = 0;
    while (v->type == T_PRIMOP_APP) {
        n++;
        v = v->app.left;
    }
    *done = n;
    return v->prim;
}

void ev_call(Value *fn, uint32_t nargs, Value **args, Value *out, PosIdx pos)
{
    ev_force(fn, pos);
    if (fn->type == T_LAMBDA && nargs == 1) {
        Env *env = lambda_env(fn, args[0], pos);
        Frame fr;
        frame_push(&fr, FR_CALL, pos, fn->lam.fn);
        Value res;
        ev_eval(fn->lam.fn->body, env, &res);
        frame_pop(&fr);
        *out = res;
        return;
    }
    Value cur = *fn;
    while (nargs > 0) {
        switch (cur.type) {
        case T_LAMBDA: {
            Env *env = lambda_env(&cur, args[0], pos);
            Frame fr;
            frame_push(&fr, FR_CALL, pos, cur.lam.fn);
            ev_eval(cur.lam.fn->body, env, &cur);
            frame_pop(&fr);
            nargs--;
            args++;
            break;
        }
        case T_PRIMOP:
        case T_PRIMOP_APP: {
            uint32_t done;
            const PrimOp *p = primop_of(&cur, &done);
            uint32_t left = p->arity - done;
            if (nargs < left) {
                /* not enough arguments yet: extend the chain */
                for (uint32_t i = 0; i < nargs; i++) {
                    Value *prev = val_alloc();
                    *prev = cur;
                    val_header(&cur, T_PRIMOP_APP, 0);
                    cur.app.left = prev;
                    cur.app.right = args[i];
                }
                *out = cur;
                return;
            }
            Value *all[8];
            Value **vargs = args;
            if (done) {
                uint32_t k = done;
                for (Value *a = &cur; a->type == T_PRIMOP_APP; a = a->app.left) all[--k] = a->app.right;
                for (uint32_t i = 0; i < left; i++) all[done + i] = args[i];
                vargs = all;
            }
            p->fn(vargs, &cur, pos);
            nargs -= left;
            args += left;
            break;
        }
        case T_ATTRS: {
            Attr *functor = attrs_get(cur.attrs, sym_cstr("__functor"));
            if (!functor) goto not_function;
            Value *self = val_alloc();
            *self = cur;
            Value *a2[2] = {self, args[0]};
            ev_call(functor->value, 2, a2, &cur, pos);
            nargs--;
            args++;
            break;
        }
        default:
        not_function:
            ev_type_error(pos, "attempt to call something which is not a function but %s", ev_show_type(&cur));
        }
    }
    *out = cur;
}

void ev_call1(Value *fn, Value *arg, Value *out, PosIdx pos)
{
    ev_call(fn, 1, &arg, out, pos);
}

void ev_auto_call(Attrs *args, Value *fn, Value *out)
{
    PosIdx pos = fn->type == T_LAMBDA ? fn->lam.fn->h.pos : 0;
    ev_force(fn, pos);
    if (fn->type == T_ATTRS) {
        Attr *functor = attrs_get(fn->attrs, sym_cstr("__functor"));
        if (functor) {
            Value *v = val_alloc();
            ev_call1(functor->value, fn, v, pos);
            ev_force(v, pos);
            ev_auto_call(args, v, out);
            return;
        }
    }
    if (fn->type != T_LAMBDA || !fn->lam.fn->formals) {
        *out = *fn;
        return;
    }
    const Formals *f = fn->lam.fn->formals;
    Attrs *a = attrs_alloc(f->n > args->size ? f->n : args->size);
    if (f->ellipsis)
        for (uint32_t i = 0; i < args->size; i++) a->a[a->size++] = args->a[i];
    else
        for (uint32_t i = 0; i < f->n; i++) {
            Attr *j = attrs_get(args, f->f[i].name);
            if (j)
                a->a[a->size++] = *j;
            else if (!f->f[i].def)
                ev_error(ERR_MISSING_ARG, f->f[i].pos,
                         "cannot evaluate a function that has an argument without a value ('%s')\n\n"
                         "Nix attempted to evaluate a function as a top level expression; in\n"
                         "this case it must have its arguments supplied either by default\n"
                         "values, or passed explicitly with '--arg' or '--argstr'. See\n"
                         "https://nixos.org/manual/nix/stable/#ss-functions.",
                         sym_str(f->f[i].name));
        }
    attrs_sort(a);
    Value *arg = val_alloc();
    mk_attrs(arg, a);
    ev_call1(fn, arg, out, 0);
}

/* ---- attribute selection ---- */

/* The symbol of one attribute-path element, evaluating ${…} parts. */
static Sym attr_name(const AttrName *n, Env *env)
{
    if (n->sym) return n->sym;
    Value v;
    ev_eval(n->dyn, env, &v);
    const char *s = ev_force_string_noctx(&v, n->dyn->pos);
    return sym_intern(s, v.len);
}

/* Fails with "attribute 'x' missing" and the closest names as a hint. */
static _Noreturn void missing_attr(Attrs *a, Sym name, PosIdx pos)
{
    const char **names = GC_MALLOC((a->size + 1) * sizeof *names);
    for (uint32_t i = 0; i < a->size; i++) names[i] = sym_str(a->a[i].name);
    ev_error_hint(ERR_EVAL, pos, ev_suggest(sym_str(name), names, a->size),
                  "attribute '%s' missing", sym_show(name));
}

/* ---- operators ---- */

/* Evaluates E to a Boolean; POS is where a non-Boolean is reported. */
static bool eval_bool(Expr *e, Env *env, PosIdx pos)
{
    Value v;
    eval_fast(e, env, &v);
    if (v.type != T_BOOL)
        ev_type_error(pos, "value is %s while a Boolean was expected", ev_show_type(&v));
    return v.b;
}

/* `a // b`: a merge of two sorted sets, the right one winning. */
static __attribute__((noinline)) void eval_update(ExprBin *b, Env *env, Value *out)
{
    Value v1, v2;
    ev_eval(b->e1, env, &v1);
    if (v1.type != T_ATTRS) ev_type_error(b->h.pos, "value is %s while a set was expected", ev_show_type(&v1));
    ev_eval(b->e2, env, &v2);
    if (v2.type != T_ATTRS) ev_type_error(b->h.pos, "value is %s while a set was expected", ev_show_type(&v2));
    Attrs *x = v1.attrs, *y = v2.attrs;
    if (x->size == 0) { *out = v2; return; }
    if (y->size == 0) { *out = v1; return; }
    Attrs *r = attrs_alloc(x->size + y->size);
    uint32_t i = 0, j = 0, k = 0;
    while (i < x->size && j < y->size) {
        if (x->a[i].name == y->a[j].name) { r->a[k++] = y->a[j++]; i++; }
        else if (x->a[i].name < y->a[j].name) r->a[k++] = x->a[i++];
        else r->a[k++] = y->a[j++];
    }
    while (i < x->size) r->a[k++] = x->a[i++];
    while (j < y->size) r->a[k++] = y->a[j++];
    r->size = k;
    r->pos = x->pos;
    mk_attrs(out, r);
}

/* Concatenates lists; one non-empty list is returned as it is, as in Nix. */
void ev_concat_lists(Value *out, uint32_t n, Value **lists, PosIdx pos)
{
    Value *nonempty = NULL;
    uint64_t len = 0;
    for (uint32_t i = 0; i < n; i++) {
        ev_force_list(lists[i], pos);
        len += lists[i]->len;
        if (lists[i]->len) nonempty = lists[i];
    }
    if (nonempty && len == nonempty->len) {
        *out = *nonempty;
        return;
    }
    if (len > UINT32_MAX) ev_error(ERR_EVAL, pos, "list is too long");
    Value tmp;
    Value **el = mk_list(&tmp, (uint32_t)len);
    uint32_t k = 0;
    for (uint32_t i = 0; i < n; i++) {
        memcpy(el + k, list_elems(lists[i]), lists[i]->len * sizeof *el);
        k += lists[i]->len;
    }
    *out = tmp;
}

/* Wrapping 64-bit arithmetic, as Nix 2.8 behaves on overflow in practice. */
static inline int64_t wrap_add(int64_t a, int64_t b) { return (int64_t)((uint64_t)a + (uint64_t)b); }
static inline int64_t wrap_sub(int64_t a, int64_t b) { return (int64_t)((uint64_t)a - (uint64_t)b); }
static inline int64_t wrap_mul(int64_t a, int64_t b) { return (int64_t)((uint64_t)a * (uint64_t)b); }

/* `a + b` and "…${x}…": numbers add, anything else concatenates as text;
 * a path on the left makes a path. */
static __attribute__((noinline)) void eval_strcat(ExprStrCat *s, Env *env, Value *out)
{
    Value v;
    eval_fast(s->parts[0].e, env, &v);
    if (!s->force_string && (v.type == T_INT || v.type == T_FLOAT)) {
        /* a sum: stays an integer until a float shows up */
        bool is_float = v.type == T_FLOAT;
        int64_t n = is_float ? 0 : v.i;
        double nf = is_float ? v.f : 0;
        for (uint32_t i = 1; i < s->n; i++) {
            eval_fast(s->parts[i].e, env, &v);
            if (v.type == T_INT) {
                if (is_float) nf += (double)v.i; else n = wrap_add(n, v.i);
            } else if (v.type == T_FLOAT) {
                if (!is_float) { is_float = true; nf = (double)n; }
                nf += v.f;
            } else
                ev_error(ERR_EVAL, s->parts[i].pos, "cannot add %s to %s", ev_show_type(&v),
                         is_float ? "a float" : "an integer");
        }
        if (is_float) mk_float(out, nf); else mk_int(out, n);
        return;
    }
    /* text: a string or a path on the left decides what the result is */
    uint8_t first_type = s->force_string ? T_STRING : v.type;
    StrView small[8];
    StrView *views = s->n <= 8 ? small : GC_MALLOC(s->n * sizeof *views);
    const StrCtx *ctx = NULL;
    for (uint32_t i = 0; i < s->n; i++) {
        if (i) eval_fast(s->parts[i].e, env, &v);
        bool first = i == 0 && !s->force_string;
        int flags = (first_type == T_STRING ? COERCE_COPY_TO_STORE : 0) | (first ? 0 : COERCE_CANON_PATH);
        views[i] = ev_coerce_view(&v, s->parts[i].pos, flags, &ctx);
    }
    if (first_type == T_PATH) {
        if (ctx && ctx->n)
            ev_error(ERR_EVAL, s->h.pos, "a string that refers to a store path cannot be appended to a path");
        Value tmp;
        ev_join_views(views, s->n, (StrView){"", 0}, NULL, &tmp);
        char *p = path_canon(tmp.str.s, tmp.len);
        mk_path(out, p, strlen(p));
    } else
        ev_join_views(views, s->n, (StrView){"", 0}, ctx, out);
}

/* Arithmetic and `<`, when __sub/__mul/__div/__lessThan are the builtins. */
static __attribute__((noinline)) void eval_op(ExprOp *o, Env *env, Value *out)
{
    PosIdx pos = o->h.pos;
    if (!o->fast) {
        Value fn;
        ev_eval(&o->fn->h, env, &fn);
        Value *args[2] = {ev_lazy(o->e1, env), ev_lazy(o->e2, env)};
        ev_call(&fn, 2, args, out, pos);
        return;
    }
    Value a, b;
    eval_fast(o->e1, env, &a);
    eval_fast(o->e2, env, &b);
    if (a.type == T_INT && b.type == T_INT) {
        switch (o->op) {
        case OP_SUB: mk_int(out, wrap_sub(a.i, b.i)); return;
        case OP_MUL: mk_int(out, wrap_mul(a.i, b.i)); return;
        case OP_LT: mk_bool(out, a.i < b.i); return;
        default: break;
        }
    }
    if (o->op == OP_LT) {
        mk_bool(out, ev_less_than(&a, &b, pos));
        return;
    }
    if (o->op == OP_DIV) {
        double f2 = ev_force_float(&b, pos);
        if (f2 == 0) ev_error(ERR_EVAL, pos, "division by zero");
        if (a.type == T_FLOAT || b.type == T_FLOAT) {
            mk_float(out, ev_force_float(&a, pos) / f2);
            return;
        }
        int64_t i1 = ev_force_int(&a, pos), i2 = ev_force_int(&b, pos);
        if (i1 == INT64_MIN && i2 == -1) ev_error(ERR_EVAL, pos, "overflow in integer division");
        mk_int(out, i1 / i2);
        return;
    }
    if (a.type == T_FLOAT || b.type == T_FLOAT) {
        double x = ev_force_float(&a, pos), y = ev_force_float(&b, pos);
        mk_float(out, o->op == OP_SUB ? x - y : x * y);
        return;
    }
    int64_t x = ev_force_int(&a, pos), y = ev_force_int(&b, pos);
    mk_int(out, o->op == OP_SUB ? wrap_sub(x, y) : wrap_mul(x, y));
}

/* A set literal. The result is written to OUT before dynamic attributes
 * are added, as Nix does. */
static __attribute__((noinline)) void eval_attrs(ExprAttrs *a, Env *env, Value *out)
{
    Attrs *at = attrs_alloc(a->n + a->ndyn);
    at->pos = a->h.pos;
    Env *dyn_env = env;
    if (a->rec) {
        Env *env2 = env_alloc(a->n);
        env2->up = env;
        dyn_env = env2;
        bool over = a->overrides >= 0;
        for (uint32_t i = 0; i < a->n; i++) {
            AttrDef *d = &a->defs[i];
            Value *v;
            if (over && !d->inherited) {
                v = val_alloc();
                mk_thunk(v, env2, d->e);
            } else
                v = ev_lazy(d->e, d->inherited ? env : env2);
            env2->v[i] = v;
            at->a[i] = (Attr){d->name, d->pos, v};
        }
        at->size = a->n;
        if (over) {
            /* `__overrides` replaces attributes of a rec set, inside it too */
            Value *vo = at->a[a->overrides].value;
            Attrs *o = ev_force_attrs(vo, vo->type == T_ATTRS ? vo->attrs->pos : 0);
            Attrs *nb = attrs_alloc(a->n + a->ndyn + o->size);
            memcpy(nb->a, at->a, at->size * sizeof *nb->a);
            nb->size = at->size;
            nb->pos = at->pos;
            for (uint32_t i = 0; i < o->size; i++) {
                int32_t j = -1;
                for (uint32_t k = 0; k < a->n; k++)
                    if (a->defs[k].name == o->a[i].name) { j = (int32_t)k; break; }
                if (j >= 0) {
                    nb->a[j] = o->a[i];
                    env2->v[j] = o->a[i].value;
                } else
                    nb->a[nb->size++] = o->a[i];
            }
            attrs_sort(nb);
            at = nb;
        }
    } else {
        for (uint32_t i = 0; i < a->n; i++) {
            AttrDef *d = &a->defs[i];
            at->a[i] = (Attr){d->name, d->pos, ev_lazy(d->e, env)};
        }
        at->size = a->n;
    }
    mk_attrs(out, at);

    for (uint32_t i = 0; i < a->ndyn; i++) {
        DynAttrDef *d = &a->dyn[i];
        Value nv;
        ev_eval(d->name, dyn_env, &nv);
        ev_force(&nv, d->pos);
        if (nv.type == T_NULL) continue;
        const char *s = ev_force_string_noctx(&nv, d->pos);
        Sym name = sym_intern(s, nv.len);
        Attr *j = attrs_get(at, name);
        if (j)
            ev_error(ERR_EVAL, d->pos, "dynamic attribute '%s' already defined at %s",
                     sym_show(name), src_pos_str(j->pos));
        ast_set_name(d->value, name);
        /* keep the set sorted */
        uint32_t k = at->size;
        while (k > 0 && at->a[k - 1].name > name) { at->a[k] = at->a[k - 1]; k--; }
        at->a[k] = (Attr){name, d->pos, ev_lazy(d->value, dyn_env)};
        at->size++;
    }
}

void ev_mk_pos(PosIdx pos, Value *out)
{
    Loc l = src_loc(pos);
    if (!l.src) {
        mk_null(out);
        return;
    }
    Attrs *a = attrs_alloc(3);
    Value *f = val_alloc(), *ln = val_alloc(), *c = val_alloc();
    /* Nix names a string or stdin source by its whole text */
    mk_cstring(f, l.src->kind == SRC_FILE ? l.src->path : l.src->text);
    mk_int(ln, l.line);
    mk_int(c, l.col);
    a->a[a->size++] = (Attr){sym_cstr("file"), 0, f};
    a->a[a->size++] = (Attr){sym_cstr("line"), 0, ln};
    a->a[a->size++] = (Attr){sym_cstr("column"), 0, c};
    attrs_sort(a);
    mk_attrs(out, a);
}

/* ---- the evaluator ---- */

#define NOINLINE __attribute__((noinline))

/* `e.a.b` and `e.a.b or d`. Returns the `or` default to evaluate in tail
 * position instead, or NULL when OUT holds the result. */
static NOINLINE Expr *eval_select(ExprSelect *s, Env *env, Value *out)
{
    Value tmp;
    eval_fast(s->e, env, &tmp);
    Value *va = &tmp;
    Frame fr;
    bool framed = false;
    for (uint32_t i = 0; i < s->n; i++) {
        Sym name = attr_name(&s->path[i], env);
        Attr *j;
        if (s->def) {
            ev_force(va, s->h.pos);
            if (va->type != T_ATTRS || !(j = attrs_get(va->attrs, name))) {
                if (framed) frame_pop(&fr);
                return s->def;
            }
        } else {
            Attrs *a = ev_force_attrs(va, s->h.pos);
            if (!(j = attrs_get(a, name))) missing_attr(a, name, s->h.pos);
        }
        va = j->value;
        if (!framed) {
            frame_push(&fr, FR_SELECT, j->pos, s);
            framed = true;
        } else
            fr.pos = j->pos;
    }
    ev_force(va, framed && fr.pos ? fr.pos : s->h.pos);
    if (framed) frame_pop(&fr);
    *out = *va;
    return NULL;
}

/* `e ? a.b` */
static NOINLINE void eval_has(ExprHas *h, Env *env, Value *out)
{
    Value tmp;
    ev_eval(h->e, env, &tmp);
    Value *va = &tmp;
    for (uint32_t i = 0; i < h->n; i++) {
        ev_force(va, 0);
        Sym name = attr_name(&h->path[i], env);
        Attr *j;
        if (va->type != T_ATTRS || !(j = attrs_get(va->attrs, name))) {
            mk_bool(out, false);
            return;
        }
        va = j->value;
    }
    mk_bool(out, true);
}

/* `[ a b c ]`: each element lazy. */
static NOINLINE void eval_list(ExprList *l, Env *env, Value *out)
{
    Value tmp;
    Value **el = mk_list(&tmp, l->n);
    for (uint32_t i = 0; i < l->n; i++) el[i] = ev_lazy(l->elems[i], env);
    *out = tmp;
}

/* `f a b`: the function, then lazy arguments. */
static NOINLINE void eval_call(ExprCall *c, Env *env, Value *out)
{
    Value fn;
    eval_fast(c->fn, env, &fn);
    Value *small[4];
    Value **args = c->n <= 4 ? small : GC_MALLOC(c->n * sizeof *args);
    for (uint32_t i = 0; i < c->n; i++) args[i] = ev_lazy(c->args[i], env);
    ev_call(&fn, c->n, args, out, c->h.pos);
}

/* `a == b`, `a != b` */
static NOINLINE void eval_eq(ExprBin *b, Env *env, Value *out)
{
    Value v1, v2;
    eval_fast(b->e1, env, &v1);
    eval_fast(b->e2, env, &v2);
    bool eq = ev_equal(&v1, &v2, b->h.pos);
    mk_bool(out, b->h.kind == E_EQ ? eq : !eq);
}

/* `a ++ b` */
static NOINLINE void eval_concat(ExprBin *b, Env *env, Value *out)
{
    Value v1, v2;
    ev_eval(b->e1, env, &v1);
    ev_eval(b->e2, env, &v2);
    Value *lists[2] = {&v1, &v2};
    ev_concat_lists(out, 2, lists, b->h.pos);
}

/* Makes the env of `let`, each binding lazy. */
static Env *let_env(ExprLet *l, Env *env)
{
    ExprAttrs *a = l->attrs;
    Env *env2 = env_alloc(a->n);
    env2->up = env;
    for (uint32_t i = 0; i < a->n; i++)
        env2->v[i] = ev_lazy(a->defs[i].e, a->defs[i].inherited ? env : env2);
    return env2;
}

/* Makes the env of `with`, its scope evaluated on first use. */
static Env *with_env(ExprWith *w, Env *env)
{
    Env *env2 = env_alloc(1);
    env2->up = env;
    env2->kind = ENV_WITH_EXPR;
    env2->prev_with = w->prev_with;
    env2->v[0] = (Value *)w->attrs;
    return env2;
}

void ev_eval(Expr *e, Env *env, Value *out)
{
    ev_check_stack(e->pos);
again:
    switch ((ExprKind)e->kind) {
    case E_INT:
        mk_int(out, ((ExprInt *)e)->v);
        return;
    case E_FLOAT:
        mk_float(out, ((ExprFloat *)e)->v);
        return;
    case E_STR: {
        ExprStr *s = (ExprStr *)e;
        mk_string(out, s->s, s->len, NULL);
        return;
    }
    case E_PATH: {
        ExprPath *p = (ExprPath *)e;
        mk_path(out, p->s, p->len);
        return;
    }
    case E_VAR: {
        Value *cell = lookup_var(env, (ExprVar *)e, false);
        ev_force(cell, e->pos);
        *out = *cell;
        return;
    }
    case E_SELECT:
        if ((e = eval_select((ExprSelect *)e, env, out))) goto again;
        return;
    case E_HAS:
        eval_has((ExprHas *)e, env, out);
        return;
    case E_ATTRS:
        eval_attrs((ExprAttrs *)e, env, out);
        return;
    case E_LIST:
        eval_list((ExprList *)e, env, out);
        return;
    case E_LAMBDA:
        mk_lambda(out, env, (ExprLambda *)e);
        return;
    case E_CALL:
        eval_call((ExprCall *)e, env, out);
        return;
    case E_LET:
        env = let_env((ExprLet *)e, env);
        e = ((ExprLet *)e)->body;
        goto again;
    case E_WITH:
        env = with_env((ExprWith *)e, env);
        e = ((ExprWith *)e)->body;
        goto again;
    case E_IF: {
        ExprIf *i = (ExprIf *)e;
        e = eval_bool(i->cond, env, e->pos) ? i->then : i->els;
        goto again;
    }
    case E_ASSERT: {
        ExprAssert *a = (ExprAssert *)e;
        if (!eval_bool(a->cond, env, e->pos))
            ev_error(ERR_ASSERT, e->pos, "assertion '%s' failed", ast_show_str(a->cond));
        e = a->body;
        goto again;
    }
    case E_NOT:
        mk_bool(out, !eval_bool(((ExprBin *)e)->e1, env, e->pos));
        return;
    case E_EQ:
    case E_NEQ:
        eval_eq((ExprBin *)e, env, out);
        return;
    case E_AND: {
        ExprBin *b = (ExprBin *)e;
        mk_bool(out, eval_bool(b->e1, env, e->pos) && eval_bool(b->e2, env, e->pos));
        return;
    }
    case E_OR: {
        ExprBin *b = (ExprBin *)e;
        mk_bool(out, eval_bool(b->e1, env, e->pos) || eval_bool(b->e2, env, e->pos));
        return;
    }
    case E_IMPL: {
        ExprBin *b = (ExprBin *)e;
        mk_bool(out, !eval_bool(b->e1, env, e->pos) || eval_bool(b->e2, env, e->pos));
        return;
    }
    case E_UPDATE:
        eval_update((ExprBin *)e, env, out);
        return;
    case E_CONCAT:
        eval_concat((ExprBin *)e, env, out);
        return;
    case E_STRCAT:
        eval_strcat((ExprStrCat *)e, env, out);
        return;
    case E_CURPOS:
        ev_mk_pos(e->pos, out);
        return;
    case E_OP:
        eval_op((ExprOp *)e, env, out);
        return;
    case E__COUNT:
        break;
    }
    ev_error(ERR_INTERNAL, e->pos, "internal error: unknown expression kind %d", e->kind);
}

/* ---- deep forcing ---- */

/* Where P hashes to in a table of MASK + 1 slots. */
static inline uint32_t ptr_hash(const void *p, uint32_t mask)
{
    return (uint32_t)(((uintptr_t)p >> 4) * 2654435761u) & mask;
}

bool ptrset_add(PtrSet *s, const void *p)
{
    if (!s->slots || s->n * 2 >= s->mask) {
        uint32_t nsize = s->slots ? (s->mask + 1) * 2 : 256;
        const void **ns = GC_MALLOC_ATOMIC(nsize * sizeof *ns);
        memset(ns, 0, nsize * sizeof *ns);
        if (s->slots)
            for (uint32_t i = 0; i <= s->mask; i++)
                if (s->slots[i]) {
                    uint32_t h = ptr_hash(s->slots[i], nsize - 1);
                    while (ns[h]) h = (h + 1) & (nsize - 1);
                    ns[h] = s->slots[i];
                }
        s->slots = ns;
        s->mask = nsize - 1;
    }
    uint32_t h = ptr_hash(p, s->mask);
    while (s->slots[h]) {
        if (s->slots[h] == p) return false;
        h = (h + 1) & s->mask;
    }
    s->slots[h] = p;
    s->n++;
    return true;
}

/* Forces V and everything below it, each value once. */
static void force_deep(Value *v, PtrSet *seen)
{
    ev_check_stack(0);
    if (!ptrset_add(seen, v)) return;
    ev_force(v, 0);
    if (v->type == T_ATTRS) {
        Attrs *a = v->attrs;
        for (uint32_t i = 0; i < a->size; i++) {
            Frame fr;
            frame_push(&fr, FR_ATTR, a->a[i].pos, (const void *)(uintptr_t)a->a[i].name);
            force_deep(a->a[i].value, seen);
            frame_pop(&fr);
        }
    } else if (v->type == T_LIST) {
        Value **el = list_elems(v);
        for (uint32_t i = 0; i < v->len; i++) force_deep(el[i], seen);
    }
}

void ev_force_deep(Value *v)
{
    PtrSet seen = {0};
    force_deep(v, &seen);
}
