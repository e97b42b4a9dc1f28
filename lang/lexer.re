/* lexer.re: the Nix tokenizer, turned into C by re2c at build time.
 *
 * One function per lexer state, each an ordinary C function around a
 * re2c block. States nest on a stack: `{` and `${` push DEFAULT so that the
 * matching `}` returns to the string or path it interrupted. The regular
 * expressions and their priorities are those of Nix 2.8's lexer, so that the
 * same text splits into the same tokens. */
#include <errno.h>
#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "parser.h"

/*!re2c
    re2c:api:style = free-form;
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = "lx->cur";
    re2c:define:YYMARKER = "marker";
    re2c:define:YYCTXMARKER = "ctxmarker";
    re2c:define:YYLIMIT = "lx->lim";
    re2c:yyfill:enable = 0;
    re2c:eof = 0;

    any         = [^];
    ID          = [a-zA-Z_][a-zA-Z0-9_'-]*;
    INT         = [0-9]+;
    FLOAT       = (([1-9][0-9]*"."[0-9]*)|("0"?"."[0-9]+))([Ee][+-]?[0-9]+)?;
    PATH_CHAR   = [a-zA-Z0-9._+-];
    PATH        = PATH_CHAR*("/"PATH_CHAR+)+"/"?;
    PATH_SEG    = PATH_CHAR*"/";
    HPATH       = "~"("/"PATH_CHAR+)+"/"?;
    HPATH_START = "~/";
    SPATH       = "<"PATH_CHAR+("/"PATH_CHAR+)*">";
    URI         = [a-zA-Z][a-zA-Z0-9+.-]*":"[a-zA-Z0-9%/?:@&=+$,_.!~*'-]+;
*/

/* Pushes a lexer state. */
static void push(Lexer *lx, uint8_t st)
{
    if (lx->sp == lx->cap) {
        lx->cap = lx->cap ? lx->cap * 2 : 32;
        lx->stack = GC_REALLOC(lx->stack, lx->cap);
    }
    lx->stack[lx->sp++] = st;
}

/* Pops a lexer state; the bottom state is never popped. */
static void pop(Lexer *lx)
{
    if (lx->sp > 1) lx->sp--;
}

void lexer_init(Lexer *lx, const Source *src)
{
    lx->start = (const unsigned char *)src->text;
    lx->cur = lx->start;
    lx->lim = lx->start + src->len;
    lx->base = src->base;
    lx->stack = NULL;
    lx->sp = lx->cap = 0;
    push(lx, LS_DEFAULT);
}

/* The global offset of a pointer into the text. */
static uint32_t off(const Lexer *lx, const unsigned char *p)
{
    return lx->base + (uint32_t)(p - lx->start);
}

/* The current token's text. */
static StrTok tok_text(const Lexer *lx, bool indented)
{
    return (StrTok){(const char *)lx->tok, (uint32_t)(lx->cur - lx->tok), indented};
}

/* Reports a lexical error at the current token and returns the error token. */
static int lex_fail(ParseCtx *ctx, const char *msg)
{
    parse_error(ctx, off(&ctx->lx, ctx->lx.tok), msg);
    return TK_YYerror;
}

/* Pushes the state that follows a path piece: INPATH_SLASH after a
 * trailing "/", else INPATH. */
static void after_path_piece(Lexer *lx)
{
    push(lx, lx->cur[-1] == '/' ? LS_INPATH_SLASH : LS_INPATH);
}

/* Tokens of the DEFAULT (and bottom) state. */
static int lex_default(ParseCtx *ctx, YYSTYPE *lval, Span *loc)
{
    Lexer *lx = &ctx->lx;
    const unsigned char *marker;
    (void)marker;
again:
    lx->tok = lx->cur;
    loc->begin = off(lx, lx->tok);
    /*!re2c
        "if"      { return TK_IF; }
        "then"    { return TK_THEN; }
        "else"    { return TK_ELSE; }
        "assert"  { return TK_ASSERT; }
        "with"    { return TK_WITH; }
        "let"     { return TK_LET; }
        "in"      { return TK_IN; }
        "rec"     { return TK_REC; }
        "inherit" { return TK_INHERIT; }
        "or"      { return TK_OR_KW; }
        "..."     { return TK_ELLIPSIS; }
        "=="      { return TK_EQ; }
        "!="      { return TK_NEQ; }
        "<="      { return TK_LEQ; }
        ">="      { return TK_GEQ; }
        "&&"      { return TK_AND; }
        "||"      { return TK_OR; }
        "->"      { return TK_IMPL; }
        "//"      { return TK_UPDATE; }
        "++"      { return TK_CONCAT; }

        ID        { lval->tok = tok_text(lx, false); return TK_ID; }
        INT       {
            errno = 0;
            char *endp;
            unsigned long long v = strtoull((const char *)lx->tok, &endp, 10);
            if (errno || v > (unsigned long long)INT64_MAX) {
                StrTok t = tok_text(lx, false);
                return lex_fail(ctx, gc_printf("invalid integer '%.*s'", (int)t.len, t.p));
            }
            lval->n = (int64_t)v;
            return TK_INT;
        }
        FLOAT     {
            errno = 0;
            char *tmp = gc_strndup((const char *)lx->tok, (size_t)(lx->cur - lx->tok));
            lval->f = strtod(tmp, NULL);
            if (errno) return lex_fail(ctx, gc_printf("invalid float '%s'", tmp));
            return TK_FLOAT;
        }

        "${"      { push(lx, LS_DEFAULT); return TK_DOLLAR_CURLY; }
        "}"       { pop(lx); return '}'; }
        "{"       { push(lx, LS_DEFAULT); return '{'; }
        "\""      { push(lx, LS_STRING); return '"'; }
        "''" (" "* "\n")? { push(lx, LS_IND_STRING); return TK_IND_STRING_OPEN; }

        PATH_SEG "${" {
            lx->cur -= 2;
            lval->tok = tok_text(lx, false);
            push(lx, LS_INPATH_SLASH);
            return TK_PATH;
        }
        HPATH_START "${" {
            lx->cur -= 2;
            lval->tok = tok_text(lx, false);
            push(lx, LS_INPATH_SLASH);
            return TK_HPATH;
        }
        PATH      { lval->tok = tok_text(lx, false); after_path_piece(lx); return TK_PATH; }
        HPATH     { lval->tok = tok_text(lx, false); after_path_piece(lx); return TK_HPATH; }
        SPATH     { lval->tok = tok_text(lx, false); return TK_SPATH; }
        URI       { lval->tok = tok_text(lx, false); return TK_URI; }

        [ \t\r\n]+                        { ctx->last_tok = loc->begin; goto again; }
        "#" [^\r\n]*                      { ctx->last_tok = loc->begin; goto again; }
        "/*" ([^*] | "*"+ [^*/])* "*"+ "/" { ctx->last_tok = loc->begin; goto again; }

        $         { loc->begin = ctx->last_tok; return TK_YYEOF; }
        *         { return lx->tok[0]; }
    */
}

/* Tokens inside "…". */
static int lex_string(ParseCtx *ctx, YYSTYPE *lval, Span *loc)
{
    Lexer *lx = &ctx->lx;
    const unsigned char *marker, *ctxmarker;
    (void)marker; (void)ctxmarker;
    lx->tok = lx->cur;
    loc->begin = off(lx, lx->tok);
    /*!re2c
        ([^$"\\] | "$" [^{"\\] | "\\" any | "$\\" any)* "$" / "\"" {
            lval->tok = unescape_str((const char *)lx->tok, (size_t)(lx->cur - lx->tok));
            return TK_STR;
        }
        ([^$"\\] | "$" [^{"\\] | "\\" any | "$\\" any)+ {
            lval->tok = unescape_str((const char *)lx->tok, (size_t)(lx->cur - lx->tok));
            return TK_STR;
        }
        "${"      { push(lx, LS_DEFAULT); return TK_DOLLAR_CURLY; }
        "\""      { pop(lx); return '"'; }
        "$" | "\\" | "$\\" { lval->tok = (StrTok){"", 0, false}; return TK_STR; }
        $         { loc->begin = ctx->last_tok; return TK_YYEOF; }
    */
}

/* Tokens inside ''…''. */
static int lex_ind_string(ParseCtx *ctx, YYSTYPE *lval, Span *loc)
{
    Lexer *lx = &ctx->lx;
    const unsigned char *marker;
    (void)marker;
    lx->tok = lx->cur;
    loc->begin = off(lx, lx->tok);
    /*!re2c
        ([^$'] | "$" [^{'] | "'" [^'$])+ { lval->tok = tok_text(lx, true); return TK_IND_STR; }
        "''$" | "$" { lval->tok = (StrTok){"$", 1, false}; return TK_IND_STR; }
        "'''"     { lval->tok = (StrTok){"''", 2, false}; return TK_IND_STR; }
        "''\\" any {
            lval->tok = unescape_str((const char *)lx->tok + 2, (size_t)(lx->cur - lx->tok - 2));
            return TK_IND_STR;
        }
        "${"      { push(lx, LS_DEFAULT); return TK_DOLLAR_CURLY; }
        "''"      { pop(lx); return TK_IND_STRING_CLOSE; }
        "'"       { lval->tok = (StrTok){"'", 1, false}; return TK_IND_STR; }
        $         { loc->begin = ctx->last_tok; return TK_YYEOF; }
    */
}

/* Ends a path: a non-path character (left for the next token) or the end
 * of input. After a trailing "/" that is an error, as in Nix. */
static int path_end(ParseCtx *ctx, bool slash)
{
    if (slash) return lex_fail(ctx, "path has a trailing slash");
    pop(&ctx->lx);
    return TK_PATH_END;
}

/* Tokens that continue a path after its first piece: more path text, an
 * interpolation, or the end of the path. */
static int lex_inpath(ParseCtx *ctx, YYSTYPE *lval, Span *loc, bool slash)
{
    Lexer *lx = &ctx->lx;
    const unsigned char *marker;
    (void)marker;
    lx->tok = lx->cur;
    loc->begin = off(lx, lx->tok);
    /*!re2c
        "${" {
            pop(lx);
            push(lx, LS_INPATH);
            push(lx, LS_DEFAULT);
            return TK_DOLLAR_CURLY;
        }
        PATH | PATH_SEG | PATH_CHAR+ {
            pop(lx);
            after_path_piece(lx);
            lval->tok = tok_text(lx, false);
            return TK_STR;
        }
        any { lx->cur = lx->tok; return path_end(ctx, slash); }
        $   { return path_end(ctx, slash); }
    */
}

/* The scanner entry point that bison calls. */
int yylex(YYSTYPE *lval, Span *loc, ParseCtx *ctx)
{
    Lexer *lx = &ctx->lx;
    int t;
    switch (lx->stack[lx->sp - 1]) {
    case LS_STRING: t = lex_string(ctx, lval, loc); break;
    case LS_IND_STRING: t = lex_ind_string(ctx, lval, loc); break;
    case LS_INPATH: t = lex_inpath(ctx, lval, loc, false); break;
    case LS_INPATH_SLASH: t = lex_inpath(ctx, lval, loc, true); break;
    default: t = lex_default(ctx, lval, loc); break;
    }
    loc->end = off(lx, lx->cur);
    if (t != TK_YYEOF && t != TK_PATH_END) ctx->last_tok = loc->begin;
    return t;
}
