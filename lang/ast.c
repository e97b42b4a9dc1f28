/* ast.c: building syntax trees while parsing.
 *
 * The grammar calls these to make nodes, to merge nested attribute paths
 * (`a.b = 1; a.c = 2;`), to check set patterns, and to strip the common
 * indentation of ''…'' strings, all with Nix 2.8's rules and messages. */
#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

void *ast_alloc(size_t size, ExprKind kind, PosIdx pos)
{
    Expr *e = GC_MALLOC(size);
    e->kind = (uint8_t)kind;
    e->pos = pos;
    return e;
}

Expr *ast_int(PosIdx pos, int64_t v)
{
    ExprInt *e = ast_alloc(sizeof *e, E_INT, pos);
    e->v = v;
    return &e->h;
}

Expr *ast_float(PosIdx pos, double v)
{
    ExprFloat *e = ast_alloc(sizeof *e, E_FLOAT, pos);
    e->v = v;
    return &e->h;
}

Expr *ast_str(PosIdx pos, const char *s, size_t len)
{
    ExprStr *e = ast_alloc(sizeof *e, E_STR, pos);
    e->s = gc_strndup(s, len);
    e->len = (uint32_t)len;
    return &e->h;
}

Expr *ast_path(PosIdx pos, const char *s, size_t len)
{
    ExprPath *e = ast_alloc(sizeof *e, E_PATH, pos);
    e->s = gc_strndup(s, len);
    e->len = (uint32_t)len;
    return &e->h;
}

ExprVar *ast_var(PosIdx pos, Sym name)
{
    ExprVar *e = ast_alloc(sizeof *e, E_VAR, pos);
    e->name = name;
    return e;
}

Expr *ast_bin(ExprKind kind, PosIdx pos, Expr *a, Expr *b)
{
    ExprBin *e = ast_alloc(sizeof *e, kind, pos);
    e->e1 = a;
    e->e2 = b;
    return &e->h;
}

Expr *ast_op(OpKind op, PosIdx pos, Expr *a, Expr *b)
{
    static const char *const names[] = {"__sub", "__mul", "__div", "__lessThan"};
    ExprOp *e = ast_alloc(sizeof *e, E_OP, pos);
    e->op = (uint8_t)op;
    e->fn = ast_var(0, sym_cstr(names[op]));
    e->e1 = a;
    e->e2 = b;
    return &e->h;
}

Expr *ast_call(PosIdx pos, Expr *fn, Expr *arg)
{
    ExprCall *e = ast_alloc(sizeof *e, E_CALL, pos);
    e->fn = fn;
    e->args = GC_MALLOC(2 * sizeof *e->args);
    e->args[0] = arg;
    e->n = 1;
    return &e->h;
}

void call_push(Expr *call, Expr *arg)
{
    ExprCall *c = (ExprCall *)call;
    c->args = GC_REALLOC(c->args, (c->n + 1) * sizeof *c->args);
    c->args[c->n++] = arg;
}

/* Copies a path builder into a fixed array. */
static AttrName *path_copy(PathB *p)
{
    AttrName *v = GC_MALLOC((p->n ? p->n : 1) * sizeof *v);
    memcpy(v, p->v, p->n * sizeof *v);
    return v;
}

Expr *ast_select(PosIdx pos, Expr *e, PathB *path, Expr *def)
{
    ExprSelect *s = ast_alloc(sizeof *s, E_SELECT, pos);
    s->e = e;
    s->def = def;
    s->n = path->n;
    s->path = path_copy(path);
    return &s->h;
}

Expr *ast_has(PosIdx pos, Expr *e, PathB *path)
{
    ExprHas *s = ast_alloc(sizeof *s, E_HAS, pos);
    s->e = e;
    s->n = path->n;
    s->path = path_copy(path);
    return &s->h;
}

ExprAttrs *ast_attrs(PosIdx pos)
{
    ExprAttrs *a = ast_alloc(sizeof *a, E_ATTRS, pos);
    a->overrides = -1;
    return a;
}

Expr *ast_lambda(PosIdx pos, Sym arg, Formals *formals, Expr *body)
{
    ExprLambda *l = ast_alloc(sizeof *l, E_LAMBDA, pos);
    l->arg = arg;
    l->formals = formals;
    l->body = body;
    return &l->h;
}

Expr *ast_strcat(PosIdx pos, bool force_string, PartsB *parts)
{
    ExprStrCat *s = ast_alloc(sizeof *s, E_STRCAT, pos);
    s->force_string = force_string;
    s->n = parts->n;
    s->parts = parts->v;
    return &s->h;
}

/* Grows a builder's array by one element of SIZE bytes; returns the slot. */
static void *vec_push(void **v, uint32_t *n, uint32_t *cap, size_t size)
{
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 4;
        *v = GC_REALLOC(*v, *cap * size);
    }
    return (char *)*v + (*n)++ * size;
}

void pathb_push(PathB *b, Sym sym, Expr *dyn)
{
    AttrName *a = vec_push((void **)&b->v, &b->n, &b->cap, sizeof *a);
    a->sym = sym;
    a->dyn = dyn;
}

void partsb_push(PartsB *b, PosIdx pos, Expr *e)
{
    StrPart *p = vec_push((void **)&b->v, &b->n, &b->cap, sizeof *p);
    p->pos = pos;
    p->e = e;
}

void indb_push(IndPartsB *b, PosIdx pos, Expr *e, StrTok s)
{
    IndPart *p = vec_push((void **)&b->v, &b->n, &b->cap, sizeof *p);
    p->pos = pos;
    p->e = e;
    p->s = s;
}

void formalsb_push(FormalsB *b, Formal f)
{
    *(Formal *)vec_push((void **)&b->v, &b->n, &b->cap, sizeof f) = f;
}

void listb_push(ExprList *l, Expr *e)
{
    uint32_t cap = l->n;   /* capacity tracks powers of two of n */
    if ((cap & (cap - 1)) == 0) l->elems = GC_REALLOC(l->elems, (cap ? cap * 2 : 1) * sizeof *l->elems);
    l->elems[l->n++] = e;
}

void parse_error(ParseCtx *ctx, PosIdx pos, const char *msg)
{
    if (ctx->err->msg) return;
    ctx->err->pos = pos;
    ctx->err->msg = gc_strdup(msg);
}

Sym attr_static_sym(Expr *e)
{
    if (e->kind != E_STR) return 0;
    ExprStr *s = (ExprStr *)e;
    return sym_intern(s->s, s->len);
}

StrTok unescape_str(const char *s, size_t len)
{
    char *out = GC_MALLOC_ATOMIC(len + 1);
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '\\' && i + 1 < len) {
            c = s[++i];
            out[o++] = c == 'n' ? '\n' : c == 'r' ? '\r' : c == 't' ? '\t' : c;
        } else if (c == '\r') {
            out[o++] = '\n';
            if (i + 1 < len && s[i + 1] == '\n') i++;
        } else
            out[o++] = c;
    }
    out[o] = 0;
    return (StrTok){out, (uint32_t)o, false};
}

/* ---- attribute sets ---- */

/* Finds NAME among a set's definitions (kept sorted by symbol id); returns
 * its index, or -(insertion point) - 1. */
static int32_t attrs_find(const ExprAttrs *a, Sym name)
{
    int32_t lo = 0, hi = (int32_t)a->n - 1;
    while (lo <= hi) {
        int32_t mid = (lo + hi) / 2;
        if (a->defs[mid].name == name) return mid;
        if (a->defs[mid].name < name) lo = mid + 1; else hi = mid - 1;
    }
    return -lo - 1;
}

/* Inserts a definition at its sorted place (the name must be absent). */
static void attrs_insert(ExprAttrs *a, int32_t where, AttrDef d)
{
    uint32_t at = (uint32_t)(-where - 1);
    if (a->n == a->cap) {
        a->cap = a->cap ? a->cap * 2 : 4;
        a->defs = GC_REALLOC(a->defs, a->cap * sizeof *a->defs);
    }
    memmove(&a->defs[at + 1], &a->defs[at], (a->n - at) * sizeof *a->defs);
    a->defs[at] = d;
    a->n++;
}

/* Appends a dynamic definition `${name} = value;`. */
static void attrs_push_dyn(ExprAttrs *a, Expr *name, Expr *value, PosIdx pos)
{
    DynAttrDef *d = vec_push((void **)&a->dyn, &a->ndyn, &a->dcap, sizeof *d);
    d->name = name;
    d->value = value;
    d->pos = pos;
}

/* Renders an attribute path for a duplicate-definition message. */
static char *show_path(const PathB *p)
{
    char *s = gc_strdup("");
    for (uint32_t i = 0; i < p->n; i++) {
        const char *part = p->v[i].sym ? sym_show(p->v[i].sym)
                                       : gc_printf("\"${%s}\"", ast_show_str(p->v[i].dyn));
        s = gc_printf("%s%s%s", s, i ? "." : "", part);
    }
    return s;
}

/* Reports "attribute 'X' already defined at POS2" at POS. */
static bool dup_attr(ParseCtx *ctx, const char *what, PosIdx pos, PosIdx prev)
{
    parse_error(ctx, pos, gc_printf("attribute '%s' already defined at %s", what, src_pos_str(prev)));
    return false;
}

bool attrs_add_path(ParseCtx *ctx, ExprAttrs *a, PathB *path, Expr *e, PosIdx pos)
{
    uint32_t i;
    for (i = 0; i + 1 < path->n; i++) {
        AttrName *n = &path->v[i];
        if (n->sym) {
            int32_t j = attrs_find(a, n->sym);
            if (j >= 0) {
                AttrDef *d = &a->defs[j];
                if (d->inherited || d->e->kind != E_ATTRS)
                    return dup_attr(ctx, show_path(path), pos, d->pos);
                a = (ExprAttrs *)d->e;
            } else {
                /* sets made by a path have no position of their own, as in Nix */
                ExprAttrs *nested = ast_attrs(0);
                attrs_insert(a, j, (AttrDef){n->sym, pos, false, &nested->h});
                a = nested;
            }
        } else {
            ExprAttrs *nested = ast_attrs(0);
            attrs_push_dyn(a, n->dyn, &nested->h, pos);
            a = nested;
        }
    }
    AttrName *n = &path->v[i];
    if (!n->sym) {
        attrs_push_dyn(a, n->dyn, e, pos);
        return true;
    }
    int32_t j = attrs_find(a, n->sym);
    if (j < 0) {
        attrs_insert(a, j, (AttrDef){n->sym, pos, false, e});
        ast_set_name(e, n->sym);
        return true;
    }
    /* Defined before: two set literals merge (Nix 2.8 merges only their
     * static attributes), anything else is a duplicate. */
    AttrDef *d = &a->defs[j];
    if (d->inherited || d->e->kind != E_ATTRS || e->kind != E_ATTRS)
        return dup_attr(ctx, show_path(path), pos, d->pos);
    ExprAttrs *into = (ExprAttrs *)d->e, *from = (ExprAttrs *)e;
    for (uint32_t k = 0; k < from->n; k++) {
        int32_t j2 = attrs_find(into, from->defs[k].name);
        if (j2 >= 0)
            return dup_attr(ctx, sym_show(from->defs[k].name), into->defs[j2].pos, from->defs[k].pos);
        attrs_insert(into, j2, from->defs[k]);
    }
    return true;
}

bool attrs_add_inherit(ParseCtx *ctx, ExprAttrs *a, Sym name, Expr *from, PosIdx pos, PosIdx varpos)
{
    int32_t j = attrs_find(a, name);
    if (j >= 0) return dup_attr(ctx, sym_show(name), pos, a->defs[j].pos);
    Expr *e;
    if (from) {
        PathB p = {0};
        pathb_push(&p, name, NULL);
        e = ast_select(varpos, from, &p, NULL);
    } else
        e = &ast_var(varpos, name)->h;
    attrs_insert(a, j, (AttrDef){name, pos, from == NULL, e});
    return true;
}

/* ---- set patterns ---- */

/* Orders formals by (symbol, position), as Nix does to find duplicates. */
static int formal_cmp(const void *x, const void *y)
{
    const Formal *a = x, *b = y;
    if (a->name != b->name) return a->name < b->name ? -1 : 1;
    return a->pos < b->pos ? -1 : a->pos > b->pos;
}

Formals *formals_finish(ParseCtx *ctx, FormalsB *b, Sym arg, PosIdx pos)
{
    if (b->n > 1) qsort(b->v, b->n, sizeof *b->v, formal_cmp);
    for (uint32_t i = 0; i + 1 < b->n; i++)
        if (b->v[i].name == b->v[i + 1].name) {
            /* the first duplicate in (name, position) order is reported */
            parse_error(ctx, b->v[i + 1].pos,
                        gc_printf("duplicate formal function argument '%s'", sym_show(b->v[i].name)));
            return NULL;
        }
    Formals *f = GC_MALLOC(sizeof *f);
    f->n = b->n;
    f->ellipsis = b->ellipsis;
    f->f = b->v;
    if (arg)
        for (uint32_t i = 0; i < f->n; i++)
            if (f->f[i].name == arg) {
                parse_error(ctx, pos, gc_printf("duplicate formal function argument '%s'", sym_show(arg)));
                return NULL;
            }
    return f;
}

/* ---- indented strings ---- */

Expr *strip_indentation(PosIdx pos, IndPartsB *parts)
{
    if (parts->n == 0) return ast_str(pos, "", 0);

    /* The smallest indentation of any line that has something on it;
     * interpolations and escapes count as something. */
    bool at_sol = true;
    size_t min_indent = 1000000, cur = 0;
    for (uint32_t i = 0; i < parts->n; i++) {
        IndPart *p = &parts->v[i];
        if (p->e || !p->s.indented) {
            if (at_sol) {
                at_sol = false;
                if (cur < min_indent) min_indent = cur;
            }
            continue;
        }
        for (uint32_t j = 0; j < p->s.len; j++) {
            char c = p->s.p[j];
            if (at_sol) {
                if (c == ' ')
                    cur++;
                else if (c == '\n')
                    cur = 0;
                else {
                    at_sol = false;
                    if (cur < min_indent) min_indent = cur;
                }
            } else if (c == '\n') {
                at_sol = true;
                cur = 0;
            }
        }
    }

    /* Drop that many leading spaces from every line. */
    PartsB out = {0};
    at_sol = true;
    size_t dropped = 0;
    for (uint32_t i = 0; i < parts->n; i++) {
        IndPart *p = &parts->v[i];
        if (p->e) {
            at_sol = false;
            dropped = 0;
            partsb_push(&out, p->pos, p->e);
            continue;
        }
        char *s = GC_MALLOC_ATOMIC(p->s.len + 1);
        size_t o = 0;
        for (uint32_t j = 0; j < p->s.len; j++) {
            char c = p->s.p[j];
            if (at_sol) {
                if (c == ' ') {
                    if (dropped++ >= min_indent) s[o++] = c;
                } else if (c == '\n') {
                    dropped = 0;
                    s[o++] = c;
                } else {
                    at_sol = false;
                    dropped = 0;
                    s[o++] = c;
                }
            } else {
                s[o++] = c;
                if (c == '\n') at_sol = true;
            }
        }
        /* The last line goes if it is only spaces. */
        if (i == parts->n - 1) {
            size_t k = o;
            while (k > 0 && s[k - 1] == ' ') k--;
            if (k > 0 && s[k - 1] == '\n') o = k;
            else if (k == 0 && o > 0) {
                /* no newline in this piece: nothing to remove */
            }
        }
        s[o] = 0;
        partsb_push(&out, p->pos, ast_str(p->pos, s, o));
    }

    if (out.n == 1 && out.v[0].e->kind == E_STR) return out.v[0].e;
    return ast_strcat(pos, true, &out);
}

/* ---- names of lambdas ---- */

void ast_set_name(Expr *e, Sym name)
{
    while (e->kind == E_LAMBDA) {
        ExprLambda *l = (ExprLambda *)e;
        l->name = name;
        e = l->body;
    }
}
