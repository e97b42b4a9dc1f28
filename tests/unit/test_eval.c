/* test_eval.c: unit tests of the evaluator's C interface: sets, contexts,
 * string buffers, errors and the protected-call chain, printing. */
#include <gc/gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "check.h"
#include "eval.h"

/* Evaluates TEXT and prints it (strictly) into a string. */
static char *eval_print(const char *text)
{
    Expr *e = ev_parse_string(text, strlen(text), "/", SRC_STRING);
    Value v;
    ev_eval_top(e, &v);
    ev_force_deep(&v);
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    ev_print(m, &v);
    fclose(m);
    char *r = gc_strndup(buf, len);
    free(buf);
    return r;
}

/* Sets sort by symbol, stably, and the first of equal names wins. */
static void test_attrs(void)
{
    Sym x = sym_cstr("ux"), y = sym_cstr("uy");
    Value *v1 = val_alloc(), *v2 = val_alloc(), *v3 = val_alloc();
    mk_int(v1, 1);
    mk_int(v2, 2);
    mk_int(v3, 3);
    Attrs *a = attrs_alloc(3);
    a->a[a->size++] = (Attr){y, 0, v1};
    a->a[a->size++] = (Attr){x, 0, v2};
    a->a[a->size++] = (Attr){y, 0, v3};
    attrs_sort(a);
    CHECK(a->size == 2);
    CHECK(a->a[0].name == x && a->a[1].name == y);
    CHECK(attrs_get(a, y)->value == v1);
    CHECK(attrs_get(a, sym_cstr("uz")) == NULL);
}

/* Contexts merge as sorted sets. */
static void test_contexts(void)
{
    const StrCtx *a = ctx_merge(ctx_single("/nix/store/b"), ctx_single("/nix/store/a"));
    CHECK(a->n == 2);
    CHECK_STR(a->items[0], "/nix/store/a");
    const StrCtx *b = ctx_merge(a, ctx_single("/nix/store/a"));
    CHECK(b->n == 2);
    CHECK(ctx_merge(NULL, a) == a);
}

/* String buffers grow and keep a terminating NUL. */
static void test_strbuf(void)
{
    StrBuf b = {0};
    for (int i = 0; i < 1000; i++) sb_adds(&b, "ab");
    sb_printf(&b, "%d", 42);
    CHECK(b.len == 2002);
    CHECK(b.s[b.len] == 0);
    CHECK(strcmp(b.s + 2000, "42") == 0);
}

/* Errors unwind to the nearest catch point that takes their kind; thunks
 * under evaluation are restored. */
static void test_errors(void)
{
    Catch c;
    c.want_trace = true;
    if (ev_try(&c, CATCH_ALL)) {
        ev_error(ERR_THROW, 0, "boom %d", 7);
    } else {
        CHECK(c.err->kind == ERR_THROW);
        CHECK_STR(c.err->msg, "boom 7");
    }
    /* an outer catch gets what the inner one does not take */
    Catch outer, inner;
    outer.want_trace = inner.want_trace = false;
    int reached = 0;
    if (ev_try(&outer, CATCH_ALL)) {
        if (ev_try(&inner, 1u << ERR_ASSERT)) {
            ev_error(ERR_TYPE, 0, "type");
        } else
            reached = 1;
        ev_untry(&outer);
    } else
        reached = 2;
    CHECK(reached == 2);
    CHECK(ev.catches == NULL);

    /* a thunk that failed is a thunk again, so it fails the same way */
    const char *text = "let x = throw \"again\"; in x";
    Expr *e = ev_parse_string(text, strlen(text), "/", SRC_STRING);
    for (volatile int i = 0; i < 2; i++) {
        Catch k;
        k.want_trace = false;
        if (ev_try(&k, CATCH_ALL)) {
            Value v;
            ev_eval_top(e, &v);
            ev_untry(&k);
            CHECK(!"no error");
        } else
            CHECK_STR(k.err->msg, "again");
    }
    CHECK(ev.nforcing == 0);
}

/* Printing follows nix-instantiate, sharing included. */
static void test_print(void)
{
    CHECK_STR(eval_print("let x = [1 2 3]; in [x x]"), "[ [ 1 2 3 ] «repeated» ]");
    CHECK_STR(eval_print("{ b = 1.5; a = \"${\"$\"}{x}\"; }"), "{ a = \"\\${x}\"; b = 1.5; }");
    CHECK_STR(eval_print("[ (x: x) builtins.map (builtins.add 1) ]"), "[ <LAMBDA> <PRIMOP> <PRIMOP-APP> ]");
    CHECK_STR(eval_print("0.1 + 0.2"), "0.3");
    CHECK_STR(eval_print("9223372036854775807 + 1"), "-9223372036854775808");
}

/* toFile, interpolated sources and derivations are remembered for a build. */
static void test_store_registry(void)
{
    eval_print("builtins.toFile \"greeting\" \"hello\"");
    const StoreObject *o = store_lookup("/nix/store/5akl8zsmda0yrr63v4khwgskih2g2hsh-greeting");
    CHECK(o != NULL);
    if (o) {
        CHECK(o->kind == SO_TEXT);
        CHECK(o->len == 5 && memcmp(o->text, "hello", 5) == 0);
    }
    eval_print("(derivation { name = \"d\"; system = \"x86_64-linux\"; builder = \"/bin/sh\"; }).drvPath");
    o = store_lookup("/nix/store/nrb4avj6pm8s9wv5zqyxn1zf91648msi-d.drv");
    CHECK(o != NULL && o->kind == SO_DERIVATION && strncmp(o->text, "Derive([", 8) == 0);
    CHECK(store_lookup("/nix/store/00000000000000000000000000000000-none") == NULL);
}

/* Many registrations: every one is found again (the registry is a hash
 * table that grows). */
static void test_store_registry_many(void)
{
    const char *text = "map (i: builtins.toFile \"f${toString i}\" (toString i)) (builtins.genList (i: i) 3000)";
    Expr *e = ev_parse_string(text, strlen(text), "/", SRC_STRING);
    Value v;
    ev_eval_top(e, &v);
    ev_force_deep(&v);
    CHECK(v.type == T_LIST && v.len == 3000);
    size_t found = 0;
    for (uint32_t i = 0; i < v.len; i++) {
        const StoreObject *o = store_lookup(list_elems(&v)[i]->str.s);
        char want[16];
        snprintf(want, sizeof want, "%u", i);
        if (o && o->kind == SO_TEXT && o->len == strlen(want) && !memcmp(o->text, want, o->len)) found++;
    }
    CHECK(found == 3000);
}

/* Whether the padding after V's type byte is zero. */
static bool header_clean(const Value *v)
{
    const unsigned char *b = (const unsigned char *)v;
    return b[1] == 0 && b[2] == 0 && b[3] == 0;
}

/* Whether the payload words that V's type leaves unused are zero (the
 * words a type uses may hold any pointer, so they are not looked at). */
static bool unused_clean(const Value *v)
{
    switch (v->type) {
    case T_NULL: return v->word[0] == 0 && v->word[1] == 0;
    case T_BOOL: return (v->word[0] & ~(uint64_t)0xff) == 0 && v->word[1] == 0;
    case T_INT: case T_FLOAT: case T_ATTRS: case T_PATH: case T_PRIMOP: return v->word[1] == 0;
    case T_LIST: return v->len <= 2 || v->word[1] == 0;
    default: return true;   /* strings, thunks, applications, lambdas use both */
    }
}

/* Every constructor writes the whole cell: bytes left from before (here a
 * 0xab filler) would look like pointers to the conservative collector. */
static void test_constructors_write_whole_cell(void)
{
    Value v;
#define FRESH() memset(&v, 0xab, sizeof v)
#define CLEAN(len_) CHECK(header_clean(&v) && v.len == (len_) && unused_clean(&v))
    FRESH(); mk_int(&v, 1); CLEAN(0);
    FRESH(); mk_float(&v, 0.5); CLEAN(0);
    FRESH(); mk_bool(&v, true); CLEAN(0);
    FRESH(); mk_null(&v); CLEAN(0);
    FRESH(); mk_attrs(&v, NULL); CLEAN(0);
    FRESH(); mk_string(&v, "x", 1, NULL); CLEAN(1); CHECK(v.str.ctx == NULL);
    FRESH(); mk_path(&v, "/x", 2); CLEAN(2);
    FRESH(); mk_list(&v, 1); CLEAN(1); CHECK(v.small[0] == NULL && v.small[1] == NULL);
    FRESH(); mk_list(&v, 5); CLEAN(5);
    FRESH(); mk_thunk(&v, NULL, NULL); CLEAN(0); CHECK(v.word[0] == 0 && v.word[1] == 0);
    FRESH(); mk_app(&v, NULL, NULL); CLEAN(0); CHECK(v.word[0] == 0 && v.word[1] == 0);
    FRESH(); mk_lambda(&v, NULL, NULL); CLEAN(0); CHECK(v.word[0] == 0 && v.word[1] == 0);
    FRESH(); mk_primop(&v, NULL); CLEAN(0); CHECK(v.word[0] == 0);
#undef CLEAN
#undef FRESH
    /* and so does evaluation into a used cell */
    const char *src[] = {"x: x", "builtins.add", "builtins.add 1", "null", "true", "1", "{ }", "[ 1 2 3 ]", "./."};
    for (size_t i = 0; i < sizeof src / sizeof *src; i++) {
        memset(&v, 0xab, sizeof v);
        ev_eval_top(ev_parse_string(src[i], strlen(src[i]), "/", SRC_STRING), &v);
        CHECK(header_clean(&v) && unused_clean(&v));
        if (v.type != T_LIST && v.type != T_STRING && v.type != T_PATH) CHECK(v.len == 0);
    }
}

/* Forces a thunk (a 1,000-element list) from inside another evaluation and
 * returns a weak link to the list's elements. */
static __attribute__((noinline)) void **force_nested(void)
{
    const char *list_src = "builtins.genList (i: [ i ]) 1000", *len_src = "builtins.length";
    Value *inner = val_alloc(), *len = val_alloc(), *outer = val_alloc();
    mk_thunk(inner, ev.base_env, ev_parse_string(list_src, strlen(list_src), "/", SRC_STRING));
    ev_eval_top(ev_parse_string(len_src, strlen(len_src), "/", SRC_STRING), len);
    mk_app(outer, len, inner);
    ev_force(outer, 0);
    CHECK(outer->type == T_INT && outer->i == 1000);
    CHECK(ev.nforcing == 0);
    void **link = GC_MALLOC_ATOMIC(sizeof *link);
    *link = inner->elems;
    GC_general_register_disappearing_link(link, inner->elems);
    return link;
}

/* Overwrites the stack below the caller, where stale pointers may lie. */
static __attribute__((noinline)) void wipe_stack(void)
{
    volatile char buf[1 << 16];
    memset((char *)buf, 0, sizeof buf);
}

/* A thunk that has been forced and dropped can be collected: the record of
 * thunks under evaluation keeps no stale pointer to it (in a fleet build,
 * such pointers kept whole earlier hosts alive). */
static void test_forced_thunks_collectable(void)
{
    void **link = force_nested();
    wipe_stack();
    GC_gcollect();
    CHECK(*link == NULL);
}

int main(void)
{
    ev_init(NULL);
    stdlib_init();
    test_attrs();
    test_contexts();
    test_strbuf();
    test_errors();
    test_print();
    test_store_registry();
    test_store_registry_many();
    test_forced_thunks_collectable();
    test_constructors_write_whole_cell();
    return check_report("test_eval");
}
