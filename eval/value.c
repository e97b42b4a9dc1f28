/* value.c: allocating values, environments, sets and strings.
 *
 * Values and one-slot environments come from per-size free lists that
 * GC_malloc_many fills in batches: most of what an evaluation allocates is
 * one of these two, and taking them from a list is much cheaper than a
 * call into the collector for each. */
#include <gc/gc.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "eval.h"

static void *value_cache;   /* free list of Value-sized objects */
static void *env1_cache;    /* free list of one-slot Envs */

/* Takes one object from a GC_malloc_many free list, refilling it if empty. */
static inline void *take(void **cache, size_t size)
{
    void *p = *cache;
    if (!p) {
        p = *cache = GC_malloc_many(size);
        if (!p) ev_error(ERR_INTERNAL, 0, "out of memory");
    }
    *cache = GC_NEXT(p);
    GC_NEXT(p) = NULL;
    return p;
}

Value *val_alloc(void)
{
    return take(&value_cache, sizeof(Value));
}

Env *env_alloc(uint32_t size)
{
    Env *e;
    if (size == 1)
        e = take(&env1_cache, sizeof(Env) + sizeof(Value *));
    else {
        e = GC_MALLOC(sizeof(Env) + size * sizeof(Value *));
        if (!e) ev_error(ERR_INTERNAL, 0, "out of memory");
    }
    e->kind = ENV_PLAIN;
    return e;
}

Attrs *attrs_alloc(uint32_t capacity)
{
    Attrs *a = GC_MALLOC(sizeof(Attrs) + capacity * sizeof(Attr));
    if (!a) ev_error(ERR_INTERNAL, 0, "out of memory");
    a->size = 0;
    return a;
}

Value **elems_alloc(uint32_t n)
{
    Value **e = GC_MALLOC(n * sizeof(Value *));
    if (!e && n) ev_error(ERR_INTERNAL, 0, "out of memory");
    return e;
}

/* ---- constructors ---- */

/* Fails if a string would not fit the 32-bit length field. */
static void check_len(size_t len)
{
    if (len > UINT32_MAX) ev_error(ERR_EVAL, 0, "string is too long (%zu bytes)", len);
}

void mk_string(Value *v, const char *s, size_t len, const StrCtx *ctx)
{
    check_len(len);
    val_header(v, T_STRING, (uint32_t)len);
    v->str.s = s;
    v->str.ctx = ctx && ctx->n ? ctx : NULL;
}

void mk_string_copy(Value *v, const char *s, size_t len)
{
    mk_string(v, len ? gc_strndup(s, len) : "", len, NULL);
}

void mk_cstring(Value *v, const char *s)
{
    mk_string_copy(v, s, strlen(s));
}

void mk_path(Value *v, const char *s, size_t len)
{
    check_len(len);
    val_header(v, T_PATH, (uint32_t)len);
    v->path = s;
    v->word[1] = 0;
}

Value **mk_list(Value *v, uint32_t n)
{
    val_header(v, T_LIST, n);
    if (n <= 2) {
        v->small[0] = v->small[1] = NULL;
        return v->small;
    }
    v->elems = elems_alloc(n);
    v->word[1] = 0;
    return v->elems;
}

void mk_thunk(Value *v, Env *env, Expr *e)
{
    val_header(v, T_THUNK, 0);
    v->thunk.env = env;
    v->thunk.expr = e;
}

void mk_app(Value *v, Value *fn, Value *arg)
{
    val_header(v, T_APP, 0);
    v->app.left = fn;
    v->app.right = arg;
}

/* ---- attribute sets ---- */

Attr *attrs_get(Attrs *a, Sym name)
{
    uint32_t lo = 0, hi = a->size;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        Sym s = a->a[mid].name;
        if (s == name) return &a->a[mid];
        if (s < name) lo = mid + 1; else hi = mid;
    }
    return NULL;
}

/* Orders attribute pointers by the text of their names. */
static int attr_text_cmp(const void *x, const void *y)
{
    const Attr *a = *(const Attr *const *)x, *b = *(const Attr *const *)y;
    return sym_cmp_text(a->name, b->name);
}

Attr **attrs_by_name(Attrs *a)
{
    Attr **v = GC_MALLOC((a->size + 1) * sizeof *v);
    for (uint32_t i = 0; i < a->size; i++) v[i] = &a->a[i];
    qsort(v, a->size, sizeof *v, attr_text_cmp);
    return v;
}

/* Stable merge sort of attributes by symbol, using TMP as scratch. */
static void merge_sort(Attr *v, Attr *tmp, uint32_t n)
{
    if (n < 2) return;
    if (n <= 8) {
        for (uint32_t i = 1; i < n; i++) {
            Attr x = v[i];
            uint32_t j = i;
            while (j > 0 && v[j - 1].name > x.name) { v[j] = v[j - 1]; j--; }
            v[j] = x;
        }
        return;
    }
    uint32_t h = n / 2;
    merge_sort(v, tmp, h);
    merge_sort(v + h, tmp, n - h);
    uint32_t i = 0, j = h, k = 0;
    while (i < h && j < n) tmp[k++] = v[j].name < v[i].name ? v[j++] : v[i++];
    while (i < h) tmp[k++] = v[i++];
    while (j < n) tmp[k++] = v[j++];
    memcpy(v, tmp, n * sizeof *v);
}

void attrs_sort_stable(Attrs *a)
{
    if (a->size < 2) return;
    Attr *tmp = GC_MALLOC_ATOMIC(a->size * sizeof *tmp);
    merge_sort(a->a, tmp, a->size);
}

void attrs_sort(Attrs *a)
{
    bool sorted = true;
    for (uint32_t i = 1; i < a->size; i++)
        if (a->a[i - 1].name >= a->a[i].name) { sorted = false; break; }
    if (sorted) return;
    Attr *tmp = GC_MALLOC_ATOMIC(a->size * sizeof *tmp);
    merge_sort(a->a, tmp, a->size);
    uint32_t o = 0;
    for (uint32_t i = 0; i < a->size; i++)
        if (o == 0 || a->a[o - 1].name != a->a[i].name) a->a[o++] = a->a[i];
    a->size = o;
}

/* ---- string buffers ---- */

/* Makes room for N more bytes (and a NUL). */
static void sb_reserve(StrBuf *b, size_t n)
{
    if (b->len + n + 1 <= b->cap) return;
    size_t cap = b->cap ? b->cap : 32;
    while (cap < b->len + n + 1) cap *= 2;
    /* atomic: the collector need not scan text for pointers */
    b->s = b->s ? GC_REALLOC(b->s, cap) : GC_MALLOC_ATOMIC(cap);
    if (!b->s) ev_error(ERR_INTERNAL, 0, "out of memory");
    if (!b->cap) b->s[0] = 0;
    b->cap = cap;
}

void sb_add(StrBuf *b, const char *s, size_t len)
{
    sb_reserve(b, len);
    memcpy(b->s + b->len, s, len);
    b->len += len;
    b->s[b->len] = 0;
}

void sb_addc(StrBuf *b, char c)
{
    sb_reserve(b, 1);
    b->s[b->len++] = c;
    b->s[b->len] = 0;
}

void sb_adds(StrBuf *b, const char *s)
{
    sb_add(b, s, strlen(s));
}

void sb_printf(StrBuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = gc_vprintf(fmt, ap);
    va_end(ap);
    sb_adds(b, s);
}

void sb_add_int(StrBuf *b, int64_t i)
{
    char tmp[24];
    char *p = tmp + sizeof tmp;
    uint64_t u = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
    do *--p = (char)('0' + u % 10); while (u /= 10);
    if (i < 0) *--p = '-';
    sb_add(b, p, (size_t)(tmp + sizeof tmp - p));
}

void ev_join_views(const StrView *v, size_t n, StrView sep, const StrCtx *ctx, Value *out)
{
    size_t total = n ? sep.len * (n - 1) : 0;
    for (size_t i = 0; i < n; i++) total += v[i].len;
    if (total == 0) {
        mk_string(out, "", 0, ctx);
        return;
    }
    if (total > UINT32_MAX) ev_error(ERR_EVAL, 0, "string is too long (%zu bytes)", total);
    char *s = GC_MALLOC_ATOMIC(total + 1);
    if (!s) ev_error(ERR_INTERNAL, 0, "out of memory");
    char *p = s;
    for (size_t i = 0; i < n; i++) {
        if (i && sep.len) { memcpy(p, sep.s, sep.len); p += sep.len; }
        if (v[i].len) memcpy(p, v[i].s, v[i].len);
        p += v[i].len;
    }
    *p = 0;
    mk_string(out, s, total, ctx);
}

void sb_to_value(StrBuf *b, Value *out)
{
    if (b->len == 0) {
        mk_string(out, "", 0, b->ctx);
        return;
    }
    mk_string(out, b->s, b->len, b->ctx);
}

/* ---- string contexts ---- */

const StrCtx *ctx_single(const char *item)
{
    StrCtx *c = GC_MALLOC(sizeof *c + sizeof(char *));
    c->n = 1;
    c->items[0] = item;
    return c;
}

const StrCtx *ctx_merge(const StrCtx *a, const StrCtx *b)
{
    if (!a || !a->n) return b;
    if (!b || !b->n || a == b) return a;
    StrCtx *c = GC_MALLOC(sizeof *c + (a->n + b->n) * sizeof(char *));
    uint32_t i = 0, j = 0, k = 0;
    while (i < a->n && j < b->n) {
        int r = strcmp(a->items[i], b->items[j]);
        if (r == 0) { c->items[k++] = a->items[i++]; j++; }
        else if (r < 0) c->items[k++] = a->items[i++];
        else c->items[k++] = b->items[j++];
    }
    while (i < a->n) c->items[k++] = a->items[i++];
    while (j < b->n) c->items[k++] = b->items[j++];
    c->n = k;
    return c;
}
