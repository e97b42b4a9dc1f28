/* bind.c: resolving every variable to its environment slot at parse time.
 *
 * Each scope that makes a runtime environment (let, rec, a function's
 * arguments, with) is mirrored by a static Scope. A variable becomes "LEVEL
 * environments up, slot DISPL", or, when no lexical binding has it, a lookup
 * in the nearest `with`. Lexical bindings therefore always win over `with`,
 * as in Nix, and evaluation never looks a name up by string unless a `with`
 * is involved. */
#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

typedef struct Binder {
    LangError *err;
} Binder;

const char *lang_stack_limit;

void lang_set_stack_limit(const char *limit)
{
    lang_stack_limit = limit;
}

int32_t scope_find(const Scope *s, Sym name)
{
    int32_t lo = 0, hi = (int32_t)s->n - 1;
    while (lo <= hi) {
        int32_t mid = (lo + hi) / 2;
        if (s->names[mid].name == name) return mid;
        if (s->names[mid].name < name) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
}

static bool bind(Binder *b, Expr *e, const Scope *s);

/* Resolves one variable; reports an undefined variable if nothing can hold it.
 * Returns true if it was found in the outermost (builtins) scope. */
static bool bind_var(Binder *b, ExprVar *v, const Scope *s, bool *ok)
{
    int32_t with_level = -1;
    uint32_t level = 0;
    for (const Scope *cur = s; cur; cur = cur->up, level++) {
        if (cur->is_with) {
            if (with_level < 0) with_level = (int32_t)level;
            continue;
        }
        int32_t i = scope_find(cur, v->name);
        if (i >= 0) {
            v->from_with = false;
            v->level = level;
            v->displ = cur->names[i].displ;
            *ok = true;
            return cur->up == NULL;
        }
    }
    if (with_level < 0) {
        if (!b->err->msg) {
            b->err->pos = v->h.pos;
            b->err->msg = gc_printf("undefined variable '%s'", sym_show(v->name));
            b->err->undefined_var = true;
        }
        *ok = false;
        return false;
    }
    v->from_with = true;
    v->level = (uint32_t)with_level;
    *ok = true;
    return false;
}

/* Binds the dynamic parts of an attribute path. */
static bool bind_path(Binder *b, AttrName *p, uint32_t n, const Scope *s)
{
    for (uint32_t i = 0; i < n; i++)
        if (!p[i].sym && !bind(b, p[i].dyn, s)) return false;
    return true;
}

/* The scope made by a set of definitions: each name's slot is its index. */
static Scope defs_scope(const ExprAttrs *a, const Scope *up)
{
    ScopeName *names = GC_MALLOC_ATOMIC((a->n + 1) * sizeof *names);
    for (uint32_t i = 0; i < a->n; i++) names[i] = (ScopeName){a->defs[i].name, i};
    return (Scope){up, false, a->n, names};
}

/* Orders scope names by symbol id. */
static int name_cmp(const void *x, const void *y)
{
    const ScopeName *a = x, *b = y;
    return a->name < b->name ? -1 : a->name > b->name;
}

/* Resolves every variable in E against S; false on the first error. */
static bool bind(Binder *b, Expr *e, const Scope *s)
{
    if (!stack_ok()) {
        if (!b->err->msg) {
            b->err->pos = e->pos;
            b->err->msg = gc_strdup("expression is nested too deeply");
        }
        return false;
    }
    switch ((ExprKind)e->kind) {
    case E_INT: case E_FLOAT: case E_STR: case E_PATH: case E_CURPOS:
        return true;
    case E_VAR: {
        bool ok;
        bind_var(b, (ExprVar *)e, s, &ok);
        return ok;
    }
    case E_OP: {
        ExprOp *o = (ExprOp *)e;
        bool ok;
        o->fast = bind_var(b, o->fn, s, &ok);
        return ok && bind(b, o->e1, s) && bind(b, o->e2, s);
    }
    case E_SELECT: {
        ExprSelect *x = (ExprSelect *)e;
        return bind(b, x->e, s) && (!x->def || bind(b, x->def, s)) && bind_path(b, x->path, x->n, s);
    }
    case E_HAS: {
        ExprHas *x = (ExprHas *)e;
        return bind(b, x->e, s) && bind_path(b, x->path, x->n, s);
    }
    case E_ATTRS: {
        ExprAttrs *a = (ExprAttrs *)e;
        const Scope *dyn_scope = s;
        Scope inner;
        if (a->rec) {
            inner = defs_scope(a, s);
            dyn_scope = &inner;
            a->overrides = -1;
            for (uint32_t i = 0; i < a->n; i++)
                if (strcmp(sym_str(a->defs[i].name), "__overrides") == 0) a->overrides = (int32_t)i;
        }
        for (uint32_t i = 0; i < a->n; i++)
            if (!bind(b, a->defs[i].e, a->defs[i].inherited ? s : dyn_scope)) return false;
        for (uint32_t i = 0; i < a->ndyn; i++)
            if (!bind(b, a->dyn[i].name, dyn_scope) || !bind(b, a->dyn[i].value, dyn_scope)) return false;
        return true;
    }
    case E_LET: {
        ExprLet *l = (ExprLet *)e;
        Scope inner = defs_scope(l->attrs, s);
        for (uint32_t i = 0; i < l->attrs->n; i++)
            if (!bind(b, l->attrs->defs[i].e, l->attrs->defs[i].inherited ? s : &inner)) return false;
        return bind(b, l->body, &inner);
    }
    case E_LIST: {
        ExprList *l = (ExprList *)e;
        for (uint32_t i = 0; i < l->n; i++)
            if (!bind(b, l->elems[i], s)) return false;
        return true;
    }
    case E_LAMBDA: {
        ExprLambda *l = (ExprLambda *)e;
        uint32_t nf = l->formals ? l->formals->n : 0;
        uint32_t n = nf + (l->arg ? 1 : 0);
        ScopeName *names = GC_MALLOC_ATOMIC((n + 1) * sizeof *names);
        uint32_t d = 0;
        if (l->arg) { names[d] = (ScopeName){l->arg, d}; d++; }
        for (uint32_t i = 0; i < nf; i++, d++) names[d] = (ScopeName){l->formals->f[i].name, d};
        qsort(names, n, sizeof *names, name_cmp);
        Scope inner = {s, false, n, names};
        for (uint32_t i = 0; i < nf; i++)
            if (l->formals->f[i].def && !bind(b, l->formals->f[i].def, &inner)) return false;
        return bind(b, l->body, &inner);
    }
    case E_CALL: {
        ExprCall *c = (ExprCall *)e;
        if (!bind(b, c->fn, s)) return false;
        for (uint32_t i = 0; i < c->n; i++)
            if (!bind(b, c->args[i], s)) return false;
        return true;
    }
    case E_WITH: {
        ExprWith *w = (ExprWith *)e;
        w->prev_with = 0;
        uint32_t level = 1;
        for (const Scope *cur = s; cur; cur = cur->up, level++)
            if (cur->is_with) { w->prev_with = level; break; }
        if (!bind(b, w->attrs, s)) return false;
        Scope inner = {s, true, 0, NULL};
        return bind(b, w->body, &inner);
    }
    case E_IF: {
        ExprIf *i = (ExprIf *)e;
        return bind(b, i->cond, s) && bind(b, i->then, s) && bind(b, i->els, s);
    }
    case E_ASSERT: {
        ExprAssert *a = (ExprAssert *)e;
        return bind(b, a->cond, s) && bind(b, a->body, s);
    }
    case E_NOT:
        return bind(b, ((ExprBin *)e)->e1, s);
    case E_EQ: case E_NEQ: case E_AND: case E_OR: case E_IMPL: case E_UPDATE: case E_CONCAT:
        return bind(b, ((ExprBin *)e)->e1, s) && bind(b, ((ExprBin *)e)->e2, s);
    case E_STRCAT: {
        ExprStrCat *x = (ExprStrCat *)e;
        for (uint32_t i = 0; i < x->n; i++)
            if (!bind(b, x->parts[i].e, s)) return false;
        return true;
    }
    case E__COUNT: break;
    }
    return true;
}

bool ast_bind(Expr *e, const Scope *scope, LangError *err)
{
    Binder b = {err};
    return bind(&b, e, scope);
}
