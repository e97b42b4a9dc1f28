/* parse.c: the front end's entry points: parse a source, then bind it. */
#include <stdlib.h>

#include "internal.h"
#include "parser.h"

/* Runs the grammar over SRC; returns the tree or NULL with *ERR set. */
static Expr *parse(Source *src, LangError *err)
{
    ParseCtx ctx = {0};
    lexer_init(&ctx.lx, src);
    ctx.src = src;
    ctx.err = err;
    ctx.home = getenv("HOME");
    ctx.last_tok = src->base;
    err->msg = NULL;
    int r = yyparse(&ctx);
    if (r != 0 || err->msg) {
        if (!err->msg) parse_error(&ctx, ctx.last_tok, "memory exhausted");
        return NULL;
    }
    return ctx.result;
}

Expr *lang_parse_only(Source *src, LangError *err)
{
    return parse(src, err);
}

Expr *lang_parse(Source *src, const Scope *scope, LangError *err)
{
    Expr *e = parse(src, err);
    if (!e) return NULL;
    if (!ast_bind(e, scope, err)) return NULL;
    return e;
}
