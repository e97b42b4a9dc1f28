/* test_lang.c: unit tests of the front end's C interface: symbols, paths,
 * positions, and parsing into trees. */
#include <gc/gc.h>
#include <stdlib.h>

#include "check.h"
#include "lang.h"

/* Symbols are interned: equal text gives the same id, ids grow in order. */
static void test_symbols(void)
{
    Sym a = sym_cstr("alpha"), b = sym_cstr("beta"), a2 = sym_intern("alphabet", 5);
    CHECK(a == a2);
    CHECK(a != b);
    CHECK(a < b);
    CHECK_STR(sym_str(a), "alpha");
    CHECK(sym_len(b) == 4);
    CHECK(sym_cmp_text(a, b) < 0);
    CHECK(sym_cmp_text(b, a) > 0);
    CHECK(sym_intern("", 0) == sym_cstr(""));
    /* many symbols: the table grows and keeps earlier ids */
    char buf[32];
    Sym first = 0;
    for (int i = 0; i < 5000; i++) {
        snprintf(buf, sizeof buf, "s%d", i);
        Sym s = sym_cstr(buf);
        if (i == 0) first = s;
    }
    CHECK(sym_cstr("s0") == first);
    CHECK_STR(sym_str(sym_cstr("s4999")), "s4999");
    CHECK_STR(sym_show(sym_cstr("a b")), "\"a b\"");
    CHECK_STR(sym_show(sym_cstr("if")), "\"if\"");
    CHECK_STR(sym_show(sym_cstr("x-y'")), "x-y'");
    CHECK_STR(sym_show(sym_cstr("")), "\"\"");
}

/* Path arithmetic follows Nix's canonPath and dirOf. */
static void test_paths(void)
{
    CHECK_STR(path_canon("/a/./b//c/", 10), "/a/b/c");
    CHECK_STR(path_canon("/a/b/../../..", 13), "/");
    CHECK_STR(path_canon("/", 1), "/");
    CHECK_STR(path_abs("x/y", 3, "/base/dir"), "/base/dir/x/y");
    CHECK_STR(path_abs("../y", 4, "/base/dir"), "/base/y");
    CHECK_STR(path_abs("/abs", 4, "/base"), "/abs");
    CHECK_STR(path_dir("/a/b"), "/a");
    CHECK_STR(path_dir("/a"), "/");
    CHECK_STR(path_dir("a"), ".");
}

/* Positions resolve to 1-based lines and byte columns; CRLF is one break. */
static void test_positions(void)
{
    const char *text = "ab\ncd\r\nef\rgh";
    Source *s = src_add(SRC_STRING, NULL, "/", text, strlen(text));
    Loc l = src_loc(s->base + 0);
    CHECK(l.line == 1 && l.col == 1);
    l = src_loc(s->base + 4);
    CHECK(l.line == 2 && l.col == 2);
    l = src_loc(s->base + 7);
    CHECK(l.line == 3 && l.col == 1);
    l = src_loc(s->base + 10);
    CHECK(l.line == 4 && l.col == 1);
    CHECK(src_of(0) == NULL);
    CHECK_STR(src_pos_str(s->base + 4), "(string):2:2");
    CHECK_STR(src_pos_str(0), "undefined position");
}

/* A file position found from its line and column is the position that
 * resolves back to them; out-of-range places and unknown files give 0. */
static void test_find_position(void)
{
    const char *text = "a\nbcd\r\ne";
    Source *old = src_add(SRC_FILE, "/x/f.nix", "/x", "zz", 2);
    Source *s = src_add(SRC_FILE, "/x/f.nix", "/x", text, strlen(text));
    PosIdx p = src_find("/x/f.nix", 2, 3);
    CHECK(p == s->base + 4);
    Loc l = src_loc(p);
    CHECK(l.src == s && l.line == 2 && l.col == 3);
    CHECK(src_find("/x/f.nix", 3, 1) == s->base + 7);
    CHECK(src_find("/x/f.nix", 1, 3) == 0);   /* past the end of line 1 */
    CHECK(src_find("/x/f.nix", 4, 1) == 0);
    CHECK(src_find("/x/f.nix", 0, 1) == 0);
    CHECK(src_find("/x/g.nix", 1, 1) == 0);
    (void)old;
}

/* Parses TEXT without binding; returns its one-line rendering or the error. */
static const char *show(const char *text)
{
    Source *s = src_add(SRC_STRING, NULL, "/dir", text, strlen(text));
    LangError err = {0};
    Expr *e = lang_parse_only(s, &err);
    if (!e) return gc_printf("error: %s", err.msg);
    return ast_show_str(e);
}

/* The parser builds the trees Nix builds (compared through Nix's printer). */
static void test_parse(void)
{
    CHECK_STR(show("1 + 2 * 3"), "(1 + (__mul 2 3))");
    CHECK_STR(show("a.b.c or d"), "(a).b.c or (d)");
    CHECK_STR(show("{ a.b = 1; a.c = 2; }"), "{ a = { b = 1; c = 2; }; }");
    CHECK_STR(show("{ x, y ? 2, ... }@args: x"), "({ x, y ? 2, ... } @ args: x)");
    CHECK_STR(show("''\n  a\n    b\n''"), "\"a\\n  b\\n\"");
    CHECK_STR(show("./x/${y}.nix"), "(/dir/x/ + y + \".nix\")");
    CHECK_STR(show("<p/q>"), "(__findFile __nixPath \"p/q\")");
    CHECK_STR(show("f -1"), "(__sub f 1)");
    CHECK_STR(show("{ }: 1"), "({  }: 1)");
    CHECK_STR(show("let { body = 2; }"), "(rec { body = 2; }).body");
    CHECK_STR(show("a ? b.\"c\""), "((a) ? b.c)");
    CHECK_STR(show("{ a = 1"), "error: syntax error, unexpected end of file, expecting ';'");
    CHECK_STR(show("{ a, a }: 1"), "error: duplicate formal function argument 'a'");
    CHECK_STR(show("{ a = 1; a = 2; }"), "error: attribute 'a' already defined at (string):1:3");
    CHECK_STR(show("9223372036854775808"), "error: invalid integer '9223372036854775808'");
}

/* Binding resolves variables to scopes and reports undefined ones. */
static void test_bind(void)
{
    ScopeName base_names[] = {{sym_cstr("true"), 0}};
    Scope base = {NULL, false, 1, base_names};
    LangError err = {0};
    const char *ok = "let a = 1; f = x: x + a; in f true";
    Expr *e = lang_parse(src_add(SRC_STRING, NULL, "/", ok, strlen(ok)), &base, &err);
    CHECK(e != NULL);
    const char *bad = "let a = 1; in a + b";
    e = lang_parse(src_add(SRC_STRING, NULL, "/", bad, strlen(bad)), &base, &err);
    CHECK(e == NULL);
    CHECK(err.undefined_var);
    CHECK_STR(err.msg, "undefined variable 'b'");
    const char *with = "with {}; b";
    err = (LangError){0};
    e = lang_parse(src_add(SRC_STRING, NULL, "/", with, strlen(with)), &base, &err);
    CHECK(e != NULL);
}

int main(void)
{
    GC_INIT();
    test_symbols();
    test_paths();
    test_positions();
    test_find_position();
    test_parse();
    test_bind();
    return check_report("test_lang");
}
