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


/* `elem x xs` */
PRIM(elem)
{
    ev_force_list(args[1], pos);
    Value **el = list_elems(args[1]);
    for (uint32_t i = 0; i < args[1]->len; i++)
        if (ev_equal(args[0], el[i], pos)) {
            mk_bool(out, true);
            return;
        }
    mk_bool(out, false);
}

/* any/all: stops at the first element whose result is STOP_AT. */
static void any_all(Value **args, Value *out, PosIdx pos, bool stop_at)
{
    ev_force_function(args[0], pos);
    ev_force_list(args[1], pos);
    Value **el = list_elems(args[1]);
    for (uint32_t i = 0; i < args[1]->len; i++) {
        Value r;
        ev_call1(args[0], el[i], &r, pos);
        if (ev_force_bool(&r, pos) == stop_at) {
            mk_bool(out, stop_at);
            return;
        }
    }
    mk_bool(out, !stop_at);
}

/* `any p xs` */
PRIM(any)
{
    any_all(args, out, pos, true);
}

/* `all p xs` */
PRIM(all)
{
    any_all(args, out, pos, false);
}

/* `concatMap f xs` */
PRIM(concatMap)
{
    ev_force_function(args[0], pos);
    ev_force_list(args[1], pos);
    uint32_t n = args[1]->len;
    Value **src = list_elems(args[1]);
    Value *lists = GC_MALLOC((n ? n : 1) * sizeof *lists);
    uint64_t len = 0;
    for (uint32_t i = 0; i < n; i++) {
        ev_call1(args[0], src[i], &lists[i], pos);
        ev_force(&lists[i], pos);
        if (lists[i].type != T_LIST) {
            Frame fr;
            frame_push(&fr, FR_NOTE, pos, "while invoking 'concatMap'");
            PosIdx at = lists[i].type == T_ATTRS ? lists[i].attrs->pos
                      : lists[i].type == T_LAMBDA ? lists[i].lam.fn->h.pos
                      : args[0]->type == T_LAMBDA ? args[0]->lam.fn->h.pos : pos;
            ev_type_error(at, "value is %s while a list was expected", ev_show_type(&lists[i]));
        }
        len += lists[i].len;
    }
    if (len > UINT32_MAX) ev_error(ERR_EVAL, pos, "list is too long");
    Value tmp;
    Value **el = mk_list(&tmp, (uint32_t)len);
    uint32_t k = 0;
    for (uint32_t i = 0; i < n; i++) {
        memcpy(el + k, list_elems(&lists[i]), lists[i].len * sizeof *el);
        k += lists[i].len;
    }
    *out = tmp;
}

/* `partition p xs`: { right = […]; wrong = […]; } */
PRIM(partition)
{
    ev_force_function(args[0], pos);
    ev_force_list(args[1], pos);
    uint32_t n = args[1]->len;
    Value **src = list_elems(args[1]);
    Value **yes = GC_MALLOC((n ? n : 1) * sizeof *yes), **no = GC_MALLOC((n ? n : 1) * sizeof *no);
    uint32_t ny = 0, nn = 0;
    for (uint32_t i = 0; i < n; i++) {
        ev_force(src[i], pos);
        Value r;
        ev_call1(args[0], src[i], &r, pos);
        if (ev_force_bool(&r, pos)) yes[ny++] = src[i]; else no[nn++] = src[i];
    }
    Value *right = val_alloc(), *wrong = val_alloc();
    memcpy(mk_list(right, ny), yes, ny * sizeof *yes);
    memcpy(mk_list(wrong, nn), no, nn * sizeof *no);
    Attrs *a = attrs_alloc(2);
    a->a[a->size++] = (Attr){sym_cstr("right"), 0, right};
    a->a[a->size++] = (Attr){sym_cstr("wrong"), 0, wrong};
    attrs_sort(a);
    mk_attrs(out, a);
}

/* ---- sort ---- */

/* A comparison for sort: the user's function, or Nix's `<` directly when
 * the comparator is builtins.lessThan (as Nix does). */
typedef struct SortCmp {
    Value *fn;
    bool less_than;
    PosIdx pos;
} SortCmp;

/* Whether A sorts before B. */
static bool sort_less(SortCmp *c, Value *a, Value *b)
{
    if (c->less_than) return ev_less_than(a, b, 0);
    Value *vs[2] = {a, b}, r;
    ev_call(c->fn, 2, vs, &r, c->pos);
    return ev_force_bool(&r, c->pos);
}

/* The sorts below follow libstdc++'s std::stable_sort step by step (Nix
 * 2.8 uses it), so that comparators are called on the same pairs in the
 * same order: that decides which error a failing comparator reports, and
 * the result for comparators that are not a strict weak order. */

/* Insertion sort of [f, l). */
static void insertion_sort(SortCmp *c, Value **f, Value **l)
{
    if (f == l) return;
    for (Value **i = f + 1; i != l; i++) {
        Value *v = *i;
        if (sort_less(c, v, *f)) {
            memmove(f + 1, f, (size_t)(i - f) * sizeof *f);
            *f = v;
        } else {
            Value **last = i, **next = i - 1;
            while (sort_less(c, v, *next)) {
                *last = *next;
                last = next--;
            }
            *last = v;
        }
    }
}

/* Merges [f1, l1) and [f2, l2) into OUT, taking from the first on ties. */
static Value **move_merge(SortCmp *c, Value **f1, Value **l1, Value **f2, Value **l2, Value **out)
{
    while (f1 != l1 && f2 != l2) *out++ = sort_less(c, *f2, *f1) ? *f2++ : *f1++;
    while (f1 != l1) *out++ = *f1++;
    while (f2 != l2) *out++ = *f2++;
    return out;
}

/* One pass merging runs of STEP from [f, l) into OUT. */
static void merge_sort_loop(SortCmp *c, Value **f, Value **l, Value **out, ptrdiff_t step)
{
    ptrdiff_t two = 2 * step;
    while (l - f >= two) {
        out = move_merge(c, f, f + step, f + step, f + two, out);
        f += two;
    }
    ptrdiff_t s = l - f < step ? l - f : step;
    move_merge(c, f, f + s, f + s, l, out);
}

/* Sorts [f, l) using BUF (as large as the range). */
static void merge_sort_with_buffer(SortCmp *c, Value **f, Value **l, Value **buf)
{
    ptrdiff_t len = l - f, step = 7;
    Value **p = f;
    while (l - p >= step) {
        insertion_sort(c, p, p + step);
        p += step;
    }
    insertion_sort(c, p, l);
    while (step < len) {
        merge_sort_loop(c, f, l, buf, step);
        step *= 2;
        merge_sort_loop(c, buf, buf + len, f, step);
        step *= 2;
    }
}

/* Merges the sorted halves [f, m) and [m, l) through BUF. */
static void merge_adaptive(SortCmp *c, Value **f, Value **m, Value **l, Value **buf)
{
    ptrdiff_t n1 = m - f, n2 = l - m;
    if (n1 <= n2) {
        memcpy(buf, f, (size_t)n1 * sizeof *f);
        Value **b = buf, **be = buf + n1, **out = f;
        while (b != be && m != l) *out++ = sort_less(c, *m, *b) ? *m++ : *b++;
        while (b != be) *out++ = *b++;
        return;
    }
    memcpy(buf, m, (size_t)n2 * sizeof *m);
    Value **f1 = f, **l1 = m, **f2 = buf, **l2 = buf + n2, **out = l;
    if (f1 == l1) {
        while (l2 != f2) *--out = *--l2;
        return;
    }
    if (f2 == l2) return;
    --l1;
    --l2;
    for (;;) {
        if (sort_less(c, *l2, *l1)) {
            *--out = *l1;
            if (f1 == l1) {
                ++l2;
                while (l2 != f2) *--out = *--l2;
                return;
            }
            --l1;
        } else {
            *--out = *l2;
            if (f2 == l2) return;
            --l2;
        }
    }
}

/* std::stable_sort with a buffer of half the range. */
static void stable_sort(SortCmp *c, Value **f, Value **l)
{
    ptrdiff_t len = l - f;
    if (len == 0) return;
    ptrdiff_t half = (len + 1) / 2;
    Value **buf = GC_MALLOC((size_t)half * sizeof *buf);
    Value **m = f + half;
    merge_sort_with_buffer(c, f, m, buf);
    merge_sort_with_buffer(c, m, l, buf);
    merge_adaptive(c, f, m, l, buf);
}

/* `sort lessThan xs`: stable. */
PRIM(sort)
{
    ev_force_function(args[0], pos);
    ev_force_list(args[1], pos);
    uint32_t n = args[1]->len;
    Value **src = list_elems(args[1]);
    Value **el = GC_MALLOC((n ? n : 1) * sizeof *el);
    for (uint32_t i = 0; i < n; i++) {
        ev_force(src[i], pos);
        el[i] = src[i];
    }
    SortCmp c = {args[0], args[0]->type == T_PRIMOP && args[0]->prim->fn == prim_lessThan, pos};
    stable_sort(&c, el, el + n);
    Value tmp;
    memcpy(mk_list(&tmp, n), el, n * sizeof *el);
    *out = tmp;
}

/* ---- genericClosure ---- */

/* Three-way comparison with Nix's `<` (keys are equal if neither is less). */
static int key_cmp(Value *a, Value *b, PosIdx pos)
{
    if (ev_less_than(a, b, pos)) return -1;
    if (ev_less_than(b, a, pos)) return 1;
    return 0;
}

/* `genericClosure { startSet, operator }`: everything reachable, once per key. */
PRIM(genericClosure)
{
    Attrs *a = ev_force_attrs(args[0], pos);
    Attr *ss = require_attr(a, sym_cstr("startSet"), "genericClosure", pos);
    ev_force_list(ss->value, pos);
    /* the work queue */
    uint32_t qn = ss->value->len, qh = 0, qcap = qn + 16;
    Value **queue = GC_MALLOC(qcap * sizeof *queue);
    memcpy(queue, list_elems(ss->value), qn * sizeof *queue);
    Attr *op = require_attr(a, sym_cstr("operator"), "genericClosure", pos);
    ev_force(op->value, pos);
    Value **done = NULL, **res = NULL;     /* done: sorted keys */
    uint32_t nd = 0, cd = 0, nr = 0, cr = 0;
    Sym skey = sym_cstr("key");
    while (qh < qn) {
        Value *e = queue[qh++];
        Attrs *ea = ev_force_attrs(e, pos);
        Attr *key = attrs_get(ea, skey);
        if (!key) ev_error(ERR_EVAL, pos, "attribute 'key' required");
        ev_force(key->value, pos);
        uint32_t lo = 0, hi = nd;
        bool found = false;
        while (lo < hi) {
            uint32_t mid = (lo + hi) / 2;
            int c = key_cmp(key->value, done[mid], pos);
            if (c == 0) { found = true; break; }
            if (c < 0) hi = mid; else lo = mid + 1;
        }
        if (found) continue;
        if (nd == cd) { cd = cd ? cd * 2 : 16; done = GC_REALLOC(done, cd * sizeof *done); }
        memmove(done + lo + 1, done + lo, (nd - lo) * sizeof *done);
        done[lo] = key->value;
        nd++;
        if (nr == cr) { cr = cr ? cr * 2 : 16; res = GC_REALLOC(res, cr * sizeof *res); }
        res[nr++] = e;
        Value call;
        mk_app(&call, op->value, e);
        ev_force_list(&call, pos);
        Value **more = list_elems(&call);
        for (uint32_t i = 0; i < call.len; i++) {
            ev_force(more[i], pos);
            if (qn == qcap) { qcap *= 2; queue = GC_REALLOC(queue, qcap * sizeof *queue); }
            queue[qn++] = more[i];
        }
    }
    Value tmp;
    Value **dst = mk_list(&tmp, nr);
    if (nr) memcpy(dst, res, nr * sizeof *res);
    *out = tmp;
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
    {"elem", 2, prim_elem, false},
    {"any", 2, prim_any, false},
    {"all", 2, prim_all, false},
    {"concatMap", 2, prim_concatMap, false},
    {"partition", 2, prim_partition, false},
    {"sort", 2, prim_sort, false},
    {"genericClosure", 1, prim_genericClosure, false},
};

void list_register(void)
{
    REGISTER(list_prims);
}
