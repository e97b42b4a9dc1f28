/* internal.h: what the lexer, the grammar and the tree builders share.
 * Private to lang/; the rest of the program sees only lang.h. */
#ifndef NOMIX_LANG_INTERNAL_H
#define NOMIX_LANG_INTERNAL_H

#include "lang.h"

/* A token or rule location: global offsets of its first byte and one past
 * its last. Bison combines these with YYLLOC_DEFAULT. */
typedef struct Span {
    uint32_t begin, end;
} Span;

/* The text of a token. INDENTED marks raw indented-string text, the only
 * kind of piece that indentation stripping looks into. */
typedef struct StrTok {
    const char *p;
    uint32_t len;
    bool indented;
} StrTok;

/* Growable vectors the grammar fills before a node is built. */
typedef struct PathB {
    uint32_t n, cap;
    AttrName *v;
} PathB;

typedef struct PartsB {
    uint32_t n, cap;
    StrPart *v;
} PartsB;

/* One piece of an indented string: literal text or an interpolation. */
typedef struct IndPart {
    PosIdx pos;
    Expr *e;            /* NULL for text */
    StrTok s;
} IndPart;

typedef struct IndPartsB {
    uint32_t n, cap;
    IndPart *v;
} IndPartsB;

typedef struct FormalsB {
    uint32_t n, cap;
    Formal *v;
    bool ellipsis;
} FormalsB;

enum LexState { LS_DEFAULT, LS_STRING, LS_IND_STRING, LS_INPATH, LS_INPATH_SLASH };

/* The lexer: a cursor over a NUL-terminated text and a stack of states
 * (braces push DEFAULT so that `}` knows whether it closes an ${ }). */
typedef struct Lexer {
    const unsigned char *start, *cur, *lim, *tok;
    uint32_t base;
    uint8_t *stack;
    uint32_t sp, cap;
} Lexer;

/* Everything one parse needs; the grammar's %parse-param. */
typedef struct ParseCtx {
    Lexer lx;
    Source *src;
    Expr *result;
    LangError *err;
    const char *home;
    uint32_t last_tok;  /* start of the last lexeme, whitespace included: where EOF is reported */
} ParseCtx;

/* ---- lexer.re ---- */
void lexer_init(Lexer *lx, const Source *src);

/* ---- ast.c: node builders used by the grammar ---- */
void *ast_alloc(size_t size, ExprKind kind, PosIdx pos);
Expr *ast_int(PosIdx pos, int64_t v);
Expr *ast_float(PosIdx pos, double v);
Expr *ast_str(PosIdx pos, const char *s, size_t len);
Expr *ast_path(PosIdx pos, const char *s, size_t len);
ExprVar *ast_var(PosIdx pos, Sym name);
Expr *ast_bin(ExprKind kind, PosIdx pos, Expr *a, Expr *b);
Expr *ast_op(OpKind op, PosIdx pos, Expr *a, Expr *b);
Expr *ast_call(PosIdx pos, Expr *fn, Expr *arg);
void call_push(Expr *call, Expr *arg);
Expr *ast_select(PosIdx pos, Expr *e, PathB *path, Expr *def);
Expr *ast_has(PosIdx pos, Expr *e, PathB *path);
ExprAttrs *ast_attrs(PosIdx pos);
Expr *ast_lambda(PosIdx pos, Sym arg, Formals *formals, Expr *body);
Expr *ast_strcat(PosIdx pos, bool force_string, PartsB *parts);

void pathb_push(PathB *b, Sym sym, Expr *dyn);
void partsb_push(PartsB *b, PosIdx pos, Expr *e);
void indb_push(IndPartsB *b, PosIdx pos, Expr *e, StrTok s);
void formalsb_push(FormalsB *b, Formal f);
void listb_push(ExprList *l, Expr *e);

/* The symbol of a static attribute name (from "…" or ${…} without
 * interpolation), or 0 if the name is dynamic. */
Sym attr_static_sym(Expr *e);
/* Adds `PATH = E;` to a set, merging nested paths; false on a duplicate. */
bool attrs_add_path(ParseCtx *ctx, ExprAttrs *a, PathB *path, Expr *e, PosIdx pos);
/* Adds `inherit NAME;` or `inherit (FROM) NAME;`; false on a duplicate. */
bool attrs_add_inherit(ParseCtx *ctx, ExprAttrs *a, Sym name, Expr *from, PosIdx pos, PosIdx varpos);
/* Checks and sorts a set pattern; false on a duplicate argument. */
Formals *formals_finish(ParseCtx *ctx, FormalsB *b, Sym arg, PosIdx pos);
/* Applies Nix's indentation stripping to an indented string. */
Expr *strip_indentation(PosIdx pos, IndPartsB *parts);
/* Records a front-end error (the first one wins). */
void parse_error(ParseCtx *ctx, PosIdx pos, const char *msg);
/* Unescapes a "…" string piece: \n \r \t, \x → x, and CR/CRLF → LF. */
StrTok unescape_str(const char *s, size_t len);

/* ---- stack depth ---- */
extern const char *lang_stack_limit;
/* Whether the C stack still has room for recursion. */
static inline bool stack_ok(void)
{
    char here;
    return !lang_stack_limit || &here > lang_stack_limit;
}

/* ---- bind.c ---- */
bool ast_bind(Expr *e, const Scope *scope, LangError *err);

#endif
