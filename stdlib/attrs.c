/* attrs.c: builtins on attribute sets. */
#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* `attrNames s`: the names, sorted. */
PRIM(attrNames)
{
    Attrs *a = ev_force_attrs(args[0], pos);
    Attr **s = attrs_by_name(a);
    Value tmp;
    Value **el = mk_list(&tmp, a->size);
    for (uint32_t i = 0; i < a->size; i++) {
        el[i] = val_alloc();
        mk_string(el[i], sym_str(s[i]->name), sym_len(s[i]->name), NULL);
    }
    *out = tmp;
}

/* `attrValues s`: the values, in the order of their names. */
PRIM(attrValues)
{
    Attrs *a = ev_force_attrs(args[0], pos);
    Attr **s = attrs_by_name(a);
    Value tmp;
    Value **el = mk_list(&tmp, a->size);
    for (uint32_t i = 0; i < a->size; i++) el[i] = s[i]->value;
    *out = tmp;
}

/* `getAttr name s` */
PRIM(getAttr)
{
    const char *name = ev_force_string_noctx(args[0], pos);
    Sym sym = sym_intern(name, args[0]->len);
    Attrs *a = ev_force_attrs(args[1], pos);
    Attr *j = require_attr(a, sym, "getAttr", pos);
    ev_force(j->value, pos);
    *out = *j->value;
}

/* `hasAttr name s` */
PRIM(hasAttr)
{
    const char *name = ev_force_string_noctx(args[0], pos);
    Sym sym = sym_intern(name, args[0]->len);
    Attrs *a = ev_force_attrs(args[1], pos);
    mk_bool(out, attrs_get(a, sym) != NULL);
}

/* Orders symbols by id. */
static int sym_cmp(const void *x, const void *y)
{
    Sym a = *(const Sym *)x, b = *(const Sym *)y;
    return a < b ? -1 : a > b;
}

/* `removeAttrs s names` */
PRIM(removeAttrs)
{
    Attrs *a = ev_force_attrs(args[0], pos);
    ev_force_list(args[1], pos);
    uint32_t n = args[1]->len;
    Value **el = list_elems(args[1]);
    Sym *names = GC_MALLOC_ATOMIC((n + 1) * sizeof *names);
    for (uint32_t i = 0; i < n; i++) {
        const char *s = ev_force_string_noctx(el[i], pos);
        names[i] = sym_intern(s, el[i]->len);
    }
    qsort(names, n, sizeof *names, sym_cmp);
    Attrs *r = attrs_alloc(a->size);
    r->pos = a->pos;
    uint32_t k = 0;
    for (uint32_t i = 0; i < a->size; i++) {
        while (k < n && names[k] < a->a[i].name) k++;
        if (k < n && names[k] == a->a[i].name) continue;
        r->a[r->size++] = a->a[i];
    }
    mk_attrs(out, r);
}

/* Adds SYM to an open-addressing set; false if it was there already. */
static bool symset_add(Sym *set, uint32_t mask, Sym sym)
{
    uint32_t h = (sym * 2654435761u) & mask;
    while (set[h]) {
        if (set[h] == sym) return false;
        h = (h + 1) & mask;
    }
    set[h] = sym;
    return true;
}

/* `listToAttrs [ { name, value } … ]`: the first of equal names wins (and
 * later ones need no value). */
PRIM(listToAttrs)
{
    ev_force_list(args[0], pos);
    uint32_t n = args[0]->len;
    Value **el = list_elems(args[0]);
    Attrs *r = attrs_alloc(n);
    Sym sname = sym_cstr("name"), svalue = sym_cstr("value");
    uint32_t size = 16;
    while (size < n * 2) size *= 2;
    Sym *seen = GC_MALLOC_ATOMIC(size * sizeof *seen);
    memset(seen, 0, size * sizeof *seen);
    for (uint32_t i = 0; i < n; i++) {
        Attrs *e = ev_force_attrs(el[i], pos);
        Attr *jn = require_attr(e, sname, "listToAttrs", pos);
        const char *name = ev_force_string_noctx(jn->value, jn->pos);
        Sym sym = sym_intern(name, jn->value->len);
        if (!symset_add(seen, size - 1, sym)) continue;
        Attr *jv = require_attr(e, svalue, "listToAttrs", pos);
        r->a[r->size++] = (Attr){sym, jv->pos, jv->value};
    }
    attrs_sort(r);
    mk_attrs(out, r);
}

/* `mapAttrs f s`: each value a lazy `f name value`. */
PRIM(mapAttrs)
{
    Attrs *a = ev_force_attrs(args[1], pos);
    Attrs *r = attrs_alloc(a->size);
    for (uint32_t i = 0; i < a->size; i++) {
        Value *name = val_alloc(), *f2 = val_alloc(), *v = val_alloc();
        mk_string(name, sym_str(a->a[i].name), sym_len(a->a[i].name), NULL);
        mk_app(f2, args[0], name);
        mk_app(v, f2, a->a[i].value);
        r->a[r->size++] = (Attr){a->a[i].name, 0, v};
    }
    mk_attrs(out, r);
}

/* `catAttrs name sets`: the NAME attribute of each set that has one. */
PRIM(catAttrs)
{
    const char *name = ev_force_string_noctx(args[0], pos);
    Sym sym = sym_intern(name, args[0]->len);
    ev_force_list(args[1], pos);
    uint32_t n = args[1]->len;
    Value **src = list_elems(args[1]);
    Value **found = GC_MALLOC((n ? n : 1) * sizeof *found);
    uint32_t k = 0;
    for (uint32_t i = 0; i < n; i++) {
        Attr *j = attrs_get(ev_force_attrs(src[i], pos), sym);
        if (j) found[k++] = j->value;
    }
    Value tmp;
    memcpy(mk_list(&tmp, k), found, k * sizeof *found);
    *out = tmp;
}

/* `intersectAttrs e1 e2`: the attributes of e2 whose names e1 has. */
PRIM(intersectAttrs)
{
    Attrs *a = ev_force_attrs(args[0], pos), *b = ev_force_attrs(args[1], pos);
    Attrs *r = attrs_alloc(a->size < b->size ? a->size : b->size);
    for (uint32_t i = 0; i < a->size; i++) {
        Attr *j = attrs_get(b, a->a[i].name);
        if (j) r->a[r->size++] = *j;
    }
    mk_attrs(out, r);
}

/* `zipAttrsWith f sets`: for each name, f name [values in list order]. */
PRIM(zipAttrsWith)
{
    ev_force_function(args[0], pos);
    ev_force_list(args[1], pos);
    uint32_t n = args[1]->len;
    Value **src = list_elems(args[1]);
    uint64_t total = 0;
    for (uint32_t i = 0; i < n; i++) {
        Frame fr;
        frame_push(&fr, FR_NOTE, pos, "while invoking 'zipAttrsWith'");
        total += ev_force_attrs(src[i], 0)->size;
        frame_pop(&fr);
    }
    /* every (name, value) pair, then grouped by name keeping list order */
    Attrs *all = attrs_alloc((uint32_t)total);
    for (uint32_t i = 0; i < n; i++) {
        Attrs *a = src[i]->attrs;
        for (uint32_t k = 0; k < a->size; k++) all->a[all->size++] = a->a[k];
    }
    /* a stable sort by name keeps each name's values in list order */
    Attrs *sorted = all;
    attrs_sort_stable(sorted);
    Attrs *r = attrs_alloc(sorted->size);
    for (uint32_t i = 0; i < sorted->size;) {
        uint32_t j = i;
        while (j < sorted->size && sorted->a[j].name == sorted->a[i].name) j++;
        Value *list = val_alloc();
        Value **el = mk_list(list, j - i);
        for (uint32_t k = i; k < j; k++) el[k - i] = sorted->a[k].value;
        Value *name = val_alloc(), *call1 = val_alloc(), *call2 = val_alloc();
        mk_string(name, sym_str(sorted->a[i].name), sym_len(sorted->a[i].name), NULL);
        mk_app(call1, args[0], name);
        mk_app(call2, call1, list);
        r->a[r->size++] = (Attr){sorted->a[i].name, 0, call2};
        i = j;
    }
    mk_attrs(out, r);
}

/* `functionArgs f`: { name = hasDefault; } for a set pattern. */
PRIM(functionArgs)
{
    ev_force(args[0], pos);
    if (args[0]->type == T_PRIMOP || args[0]->type == T_PRIMOP_APP) {
        mk_attrs(out, attrs_alloc(0));
        return;
    }
    if (args[0]->type != T_LAMBDA) ev_type_error(pos, "'functionArgs' requires a function");
    const Formals *f = args[0]->lam.fn->formals;
    Attrs *r = attrs_alloc(f ? f->n : 0);
    for (uint32_t i = 0; f && i < f->n; i++) {
        Value *b = val_alloc();
        mk_bool(b, f->f[i].def != NULL);
        r->a[r->size++] = (Attr){f->f[i].name, f->f[i].pos, b};
    }
    mk_attrs(out, r);
}

/* `unsafeGetAttrPos name set`: where the attribute was defined, or null. */
PRIM(unsafeGetAttrPos)
{
    const char *name = ev_force_string_noctx(args[0], pos);
    Attrs *a = ev_force_attrs(args[1], pos);
    Attr *j = attrs_get(a, sym_intern(name, args[0]->len));
    if (!j) mk_null(out);
    else ev_mk_pos(j->pos, out);
}

/* `groupBy f xs`: { (f x) = [ x … ]; }, keeping list order. */
PRIM(groupBy)
{
    ev_force_function(args[0], pos);
    ev_force_list(args[1], pos);
    uint32_t n = args[1]->len;
    Value **src = list_elems(args[1]);
    Attrs *all = attrs_alloc(n);
    for (uint32_t i = 0; i < n; i++) {
        Value r;
        ev_call1(args[0], src[i], &r, pos);
        const char *name = ev_force_string_noctx(&r, pos);
        all->a[all->size++] = (Attr){sym_intern(name, r.len), 0, src[i]};
    }
    attrs_sort_stable(all);
    Attrs *res = attrs_alloc(all->size);
    for (uint32_t i = 0; i < all->size;) {
        uint32_t j = i;
        while (j < all->size && all->a[j].name == all->a[i].name) j++;
        Value *list = val_alloc();
        Value **el = mk_list(list, j - i);
        for (uint32_t k = i; k < j; k++) el[k - i] = all->a[k].value;
        res->a[res->size++] = (Attr){all->a[i].name, 0, list};
        i = j;
    }
    mk_attrs(out, res);
}

static const PrimDef attrs_prims[] = {
    {"attrNames", 1, prim_attrNames, false},
    {"attrValues", 1, prim_attrValues, false},
    {"getAttr", 2, prim_getAttr, false},
    {"hasAttr", 2, prim_hasAttr, false},
    {"removeAttrs", 2, prim_removeAttrs, true},
    {"listToAttrs", 1, prim_listToAttrs, false},
    {"mapAttrs", 2, prim_mapAttrs, false},
    {"catAttrs", 2, prim_catAttrs, false},
    {"intersectAttrs", 2, prim_intersectAttrs, false},
    {"zipAttrsWith", 2, prim_zipAttrsWith, false},
    {"functionArgs", 1, prim_functionArgs, false},
    {"unsafeGetAttrPos", 2, prim_unsafeGetAttrPos, false},
    {"groupBy", 2, prim_groupBy, false},
};

void attrs_register(void)
{
    REGISTER(attrs_prims);
}
