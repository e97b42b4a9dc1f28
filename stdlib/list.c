/* list.c: builtins on lists. Results share elements (and whole lists,
 * where Nix does) rather than copying them. */
#include <gc/gc.h>
#include <string.h>

#include "internal.h"

/* `length xs` */
PRIM(length)
{
    ev_force_list(args[0], pos);
    mk_int(out, args[0]->len);
}

/* The element at N (Nix takes the index as a 32-bit int). */
static void elem_at(Value *list, int n, Value *out, PosIdx pos)
{
    ev_force_list(list, pos);
    if (n < 0 || (uint32_t)n >= list->len) ev_error(ERR_EVAL, pos, "list index %d is out of bounds", n);
    Value *e = list_elems(list)[n];
    ev_force(e, pos);
    *out = *e;
}

/* `elemAt xs n` */
PRIM(elemAt)
{
    int64_t n = ev_force_int(args[1], pos);
    elem_at(args[0], (int)(int32_t)(uint32_t)(uint64_t)n, out, pos);
}

/* `head xs` */
PRIM(head)
{
    elem_at(args[0], 0, out, pos);
}

/* `tail xs` */
PRIM(tail)
{
    ev_force_list(args[0], pos);
    if (args[0]->len == 0) ev_error(ERR_EVAL, pos, "'tail' called on an empty list");
    Value **src = list_elems(args[0]);
    Value tmp;
    Value **el = mk_list(&tmp, args[0]->len - 1);
    memcpy(el, src + 1, (args[0]->len - 1) * sizeof *el);
    *out = tmp;
}

/* `map f xs`: each element a lazy application of f. */
PRIM(map)
{
    ev_force_list(args[1], pos);
    uint32_t n = args[1]->len;
    Value **src = list_elems(args[1]);
    Value tmp;
    Value **el = mk_list(&tmp, n);
    for (uint32_t i = 0; i < n; i++) {
        el[i] = val_alloc();
        mk_app(el[i], args[0], src[i]);
    }
    *out = tmp;
}

/* `filter p xs`: the list itself if p holds for every element. */
PRIM(filter)
{
    ev_force_function(args[0], pos);
    ev_force_list(args[1], pos);
    uint32_t n = args[1]->len;
    Value **src = list_elems(args[1]);
    Value **keep = GC_MALLOC((n ? n : 1) * sizeof *keep);
    uint32_t k = 0;
    for (uint32_t i = 0; i < n; i++) {
        Value r;
        ev_call1(args[0], src[i], &r, 0);
        if (ev_force_bool(&r, pos)) keep[k++] = src[i];
    }
    if (k == n) {
        *out = *args[1];
        return;
    }
    Value tmp;
    Value **el = mk_list(&tmp, k);
    memcpy(el, keep, k * sizeof *el);
    *out = tmp;
}

/* `foldl' op nul xs`: strict left fold. */
PRIM(foldlStrict)
{
    ev_force_function(args[0], pos);
    ev_force_list(args[2], pos);
    uint32_t n = args[2]->len;
    if (n == 0) {
        ev_force(args[1], pos);
        *out = *args[1];
        return;
    }
    Value **el = list_elems(args[2]);
    Value *acc = args[1];
    Value res;
    for (uint32_t i = 0; i < n; i++) {
        Value *vs[2] = {acc, el[i]};
        Value *next = i == n - 1 ? &res : val_alloc();
        ev_call(args[0], 2, vs, next, pos);
        acc = next;
    }
    ev_force(&res, pos);
    *out = res;
}

/* `genList f n`: [ (f 0) … (f (n - 1)) ], lazily. */
PRIM(genList)
{
    int64_t len = ev_force_int(args[1], pos);
    if (len < 0) ev_error(ERR_EVAL, pos, "cannot create list of size %lld", (long long)len);
    if (len > UINT32_MAX) ev_error(ERR_EVAL, pos, "cannot create list of size %lld", (long long)len);
    Value tmp;
    Value **el = mk_list(&tmp, (uint32_t)len);
    /* The indices never change and hold no pointers: one pointer-free
     * block for all of them spares the collector a million small objects. */
    Value *index = len ? GC_MALLOC_ATOMIC((size_t)len * sizeof *index) : NULL;
    if (len && !index) ev_error(ERR_INTERNAL, pos, "out of memory");
    for (uint32_t i = 0; i < (uint32_t)len; i++) {
        mk_int(&index[i], i);
        el[i] = val_alloc();
        mk_app(el[i], args[0], &index[i]);
    }
    *out = tmp;
}

/* `concatLists xss` */
PRIM(concatLists)
{
    ev_force_list(args[0], pos);
    ev_concat_lists(out, args[0]->len, list_elems(args[0]), pos);
}

static const PrimDef list_prims[] = {
    {"length", 1, prim_length, false},
    {"elemAt", 2, prim_elemAt, false},
    {"head", 1, prim_head, false},
    {"tail", 1, prim_tail, false},
    {"map", 2, prim_map, true},
    {"filter", 2, prim_filter, false},
    {"foldl'", 3, prim_foldlStrict, false},
    {"genList", 2, prim_genList, false},
    {"concatLists", 1, prim_concatLists, false},
};

void list_register(void)
{
    REGISTER(list_prims);
}
