/* parser.y: the Nix grammar, turned into C by bison at build time.
 *
 * A pure LALR(1) parser with locations and no conflicts. It accepts the
 * language of Nix 2.8's GLR grammar: the one ambiguity there, `{ }` as an
 * empty set or an empty pattern, is resolved here by giving `{ }` rules of
 * its own. Positions follow Nix's choices (including its quirks, such as an
 * `inherit` taking the position where the bindings began), because they show
 * up in error messages and in `__curPos`. */

%define api.pure full
%define api.token.prefix {TK_}
%define api.location.type {Span}
%define parse.error verbose
%locations
%param {ParseCtx *ctx}
%expect 0

%code requires {
#include "internal.h"

/* One binding inside `{ … }` or `let … in`, applied to its set once parsed. */
typedef struct BindB {
    enum { B_ATTR, B_INHERIT, B_INHERIT_FROM } kind;
    PathB *path;        /* B_ATTR: the attribute path; else the inherited names */
    Expr *e;            /* B_ATTR: the value; B_INHERIT_FROM: the source set */
    PosIdx path_pos;    /* B_ATTR: where the path starts; else where the names start */
} BindB;

#define YYLLOC_DEFAULT(Cur, Rhs, N)                                  \
    do {                                                             \
        if (N) {                                                     \
            (Cur).begin = YYRHSLOC(Rhs, 1).begin;                    \
            (Cur).end = YYRHSLOC(Rhs, N).end;                        \
        } else {                                                     \
            (Cur).begin = (Cur).end = YYRHSLOC(Rhs, 0).end;          \
        }                                                            \
    } while (0)
}

%code provides {
int yylex(YYSTYPE *lval, Span *loc, ParseCtx *ctx);
void yyerror(Span *loc, ParseCtx *ctx, const char *msg);
}

%code {
#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>

/* Interns the text of an identifier token. */
static Sym tsym(StrTok t)
{
    return sym_intern(t.p, t.len);
}

/* Adds one parsed binding to a set; BINDS_POS is where the bindings began. */
static bool apply_bind(ParseCtx *ctx, ExprAttrs *a, BindB *b, PosIdx binds_pos)
{
    if (b->kind == B_ATTR)
        return attrs_add_path(ctx, a, b->path, b->e, b->path_pos);
    for (uint32_t i = 0; i < b->path->n; i++)
        if (!attrs_add_inherit(ctx, a, b->path->v[i].sym,
                               b->kind == B_INHERIT_FROM ? b->e : NULL,
                               b->path_pos, binds_pos))
            return false;
    return true;
}

/* Builds an interpolated path or string from its first piece and the rest. */
static Expr *path_concat(PosIdx pos, Expr *first, PosIdx first_pos, PartsB *rest)
{
    PartsB *b = GC_MALLOC(sizeof *b);
    partsb_push(b, first_pos, first);
    for (uint32_t i = 0; i < rest->n; i++) partsb_push(b, rest->v[i].pos, rest->v[i].e);
    return ast_strcat(pos, false, b);
}
}

%union {
    Expr *e;
    ExprAttrs *attrs;
    ExprList *list;
    FormalsB *formals;
    Formal formal;
    int64_t n;
    double f;
    StrTok tok;
    PathB *path;
    PartsB *parts;
    IndPartsB *iparts;
    BindB *bind;
}

%type <e> start expr expr_function expr_if expr_op expr_app expr_select expr_simple
%type <e> string_parts path_start string_attr
%type <list> expr_list
%type <attrs> binds binds1
%type <bind> bind
%type <formals> formals formal_list
%type <formal> formal
%type <path> attrs attrpath
%type <parts> string_parts_interpolated
%type <iparts> ind_string_parts
%type <tok> attr

%token <tok> ID STR IND_STR PATH HPATH SPATH URI
%token PATH_END
%token <n> INT
%token <f> FLOAT
%token IF THEN ELSE ASSERT WITH LET IN REC INHERIT EQ NEQ AND OR IMPL OR_KW
%token DOLLAR_CURLY IND_STRING_OPEN IND_STRING_CLOSE ELLIPSIS LEQ GEQ UPDATE CONCAT

%right IMPL
%left OR
%left AND
%nonassoc EQ NEQ
%nonassoc '<' '>' LEQ GEQ
%right UPDATE
%precedence NOT
%left '+' '-'
%left '*' '/'
%right CONCAT
%precedence '?'
%precedence NEGATE

%%

start: expr { ctx->result = $1; };

expr: expr_function;

expr_function
  : ID ':' expr_function
    { $$ = ast_lambda(@$.begin, tsym($1), NULL, $3); }
  | '{' formals '}' ':' expr_function
    { Formals *f = formals_finish(ctx, $2, 0, @$.begin); if (!f) YYABORT;
      $$ = ast_lambda(@$.begin, 0, f, $5); }
  | '{' formals '}' '@' ID ':' expr_function
    { Sym arg = tsym($5);
      Formals *f = formals_finish(ctx, $2, arg, @$.begin); if (!f) YYABORT;
      $$ = ast_lambda(@$.begin, arg, f, $7); }
  | ID '@' '{' formals '}' ':' expr_function
    { Sym arg = tsym($1);
      Formals *f = formals_finish(ctx, $4, arg, @$.begin); if (!f) YYABORT;
      $$ = ast_lambda(@$.begin, arg, f, $7); }
  | '{' '}' ':' expr_function
    { $$ = ast_lambda(@$.begin, 0, formals_finish(ctx, GC_MALLOC(sizeof(FormalsB)), 0, @$.begin), $4); }
  | '{' '}' '@' ID ':' expr_function
    { Sym arg = tsym($4);
      $$ = ast_lambda(@$.begin, arg, formals_finish(ctx, GC_MALLOC(sizeof(FormalsB)), arg, @$.begin), $6); }
  | ID '@' '{' '}' ':' expr_function
    { Sym arg = tsym($1);
      $$ = ast_lambda(@$.begin, arg, formals_finish(ctx, GC_MALLOC(sizeof(FormalsB)), arg, @$.begin), $6); }
  | ASSERT expr ';' expr_function
    { ExprAssert *a = ast_alloc(sizeof *a, E_ASSERT, @$.begin); a->cond = $2; a->body = $4; $$ = &a->h; }
  | WITH expr ';' expr_function
    { ExprWith *w = ast_alloc(sizeof *w, E_WITH, @$.begin); w->attrs = $2; w->body = $4; $$ = &w->h; }
  | LET binds IN expr_function
    { if ($2->ndyn) { parse_error(ctx, @$.begin, "dynamic attributes not allowed in let"); YYABORT; }
      ExprLet *l = ast_alloc(sizeof *l, E_LET, @$.begin); l->attrs = $2; l->body = $4; $$ = &l->h; }
  | expr_if
  ;

expr_if
  : IF expr THEN expr ELSE expr
    { ExprIf *i = ast_alloc(sizeof *i, E_IF, @$.begin); i->cond = $2; i->then = $4; i->els = $6; $$ = &i->h; }
  | expr_op
  ;

expr_op
  : '!' expr_op %prec NOT { $$ = ast_bin(E_NOT, @$.begin, $2, NULL); }
  | '-' expr_op %prec NEGATE { $$ = ast_op(OP_SUB, @$.begin, ast_int(0, 0), $2); }
  | expr_op EQ expr_op { $$ = ast_bin(E_EQ, @$.begin, $1, $3); }
  | expr_op NEQ expr_op { $$ = ast_bin(E_NEQ, @$.begin, $1, $3); }
  | expr_op '<' expr_op { $$ = ast_op(OP_LT, @$.begin, $1, $3); }
  | expr_op LEQ expr_op { $$ = ast_bin(E_NOT, @$.begin, ast_op(OP_LT, @$.begin, $3, $1), NULL); }
  | expr_op '>' expr_op { $$ = ast_op(OP_LT, @$.begin, $3, $1); }
  | expr_op GEQ expr_op { $$ = ast_bin(E_NOT, @$.begin, ast_op(OP_LT, @$.begin, $1, $3), NULL); }
  | expr_op AND expr_op { $$ = ast_bin(E_AND, @$.begin, $1, $3); }
  | expr_op OR expr_op { $$ = ast_bin(E_OR, @$.begin, $1, $3); }
  | expr_op IMPL expr_op { $$ = ast_bin(E_IMPL, @$.begin, $1, $3); }
  | expr_op UPDATE expr_op { $$ = ast_bin(E_UPDATE, @$.begin, $1, $3); }
  | expr_op '?' attrpath { $$ = ast_has(@$.begin, $1, $3); }
  | expr_op '+' expr_op
    { PartsB *b = GC_MALLOC(sizeof *b);
      partsb_push(b, @1.begin, $1); partsb_push(b, @3.begin, $3);
      $$ = ast_strcat(@$.begin, false, b); }
  | expr_op '-' expr_op { $$ = ast_op(OP_SUB, @$.begin, $1, $3); }
  | expr_op '*' expr_op { $$ = ast_op(OP_MUL, @$.begin, $1, $3); }
  | expr_op '/' expr_op { $$ = ast_op(OP_DIV, @$.begin, $1, $3); }
  | expr_op CONCAT expr_op { $$ = ast_bin(E_CONCAT, @$.begin, $1, $3); }
  | expr_app
  ;

expr_app
  : expr_app expr_select
    { if ($1->kind == E_CALL) { call_push($1, $2); $$ = $1; }
      else $$ = ast_call(@$.begin, $1, $2); }
  | expr_select
  ;

expr_select
  : expr_simple '.' attrpath { $$ = ast_select(@$.begin, $1, $3, NULL); }
  | expr_simple '.' attrpath OR_KW expr_select { $$ = ast_select(@$.begin, $1, $3, $5); }
  | expr_simple OR_KW
    /* Nix keeps `f or` as a call of f with a variable named "or". */
    { $$ = ast_call(@$.begin, $1, &ast_var(@$.begin, sym_cstr("or"))->h); }
  | expr_simple
  ;

expr_simple
  : ID
    { if ($1.len == 8 && memcmp($1.p, "__curPos", 8) == 0)
          $$ = ast_alloc(sizeof(Expr), E_CURPOS, @$.begin);
      else
          $$ = &ast_var(@$.begin, tsym($1))->h; }
  | INT { $$ = ast_int(@$.begin, $1); }
  | FLOAT { $$ = ast_float(@$.begin, $1); }
  | '"' string_parts '"' { $$ = $2; }
  | IND_STRING_OPEN ind_string_parts IND_STRING_CLOSE { $$ = strip_indentation(@$.begin, $2); }
  | path_start PATH_END { $$ = $1; }
  | path_start string_parts_interpolated PATH_END { $$ = path_concat(@$.begin, $1, @1.begin, $2); }
  | SPATH
    /* <name> is `__findFile __nixPath "name"`, so that both can be overridden. */
    { $$ = ast_call(@$.begin, &ast_var(0, sym_cstr("__findFile"))->h, &ast_var(0, sym_cstr("__nixPath"))->h);
      call_push($$, ast_str(0, $1.p + 1, $1.len - 2)); }
  | URI { $$ = ast_str(@$.begin, $1.p, $1.len); }
  | '(' expr ')' { $$ = $2; }
  | LET '{' binds '}'
    /* `let { …; body = …; }` is `(rec { …; body = …; }).body`. */
    { $3->rec = true;
      PathB *p = GC_MALLOC(sizeof *p); pathb_push(p, sym_cstr("body"), NULL);
      $$ = ast_select(0, &$3->h, p, NULL); }
  | REC '{' binds '}' { $3->rec = true; $$ = &$3->h; }
  | '{' binds1 '}' { $$ = &$2->h; }
  | '{' '}' { $$ = &ast_attrs(@1.begin)->h; }
  | '[' expr_list ']' { $$ = &$2->h; }
  ;

string_parts
  : STR { $$ = ast_str(@$.begin, $1.p, $1.len); }
  | string_parts_interpolated { $$ = ast_strcat(@$.begin, true, $1); }
  | %empty { $$ = ast_str(@$.begin, "", 0); }
  ;

string_parts_interpolated
  : string_parts_interpolated STR
    { $$ = $1; partsb_push($$, @2.begin, ast_str(@2.begin, $2.p, $2.len)); }
  | string_parts_interpolated DOLLAR_CURLY expr '}'
    { $$ = $1; partsb_push($$, @2.begin, $3); }
  | DOLLAR_CURLY expr '}'
    { $$ = GC_MALLOC(sizeof *$$); partsb_push($$, @1.begin, $2); }
  | STR DOLLAR_CURLY expr '}'
    { $$ = GC_MALLOC(sizeof *$$);
      partsb_push($$, @1.begin, ast_str(@1.begin, $1.p, $1.len));
      partsb_push($$, @2.begin, $3); }
  ;

path_start
  : PATH
    { const char *dir = ctx->src->basedir ? ctx->src->basedir : "/";
      char *p = path_abs($1.p, $1.len, dir);
      /* a first piece that ends in "/" keeps its slash */
      if ($1.len > 1 && $1.p[$1.len - 1] == '/') p = gc_printf("%s/", p);
      $$ = ast_path(@$.begin, p, strlen(p)); }
  | HPATH
    { const char *home = ctx->home ? ctx->home : "";
      char *p = gc_printf("%s%.*s", home, (int)$1.len - 1, $1.p + 1);
      $$ = ast_path(@$.begin, p, strlen(p)); }
  ;

ind_string_parts
  : ind_string_parts IND_STR { $$ = $1; indb_push($$, @2.begin, NULL, $2); }
  | ind_string_parts DOLLAR_CURLY expr '}' { $$ = $1; indb_push($$, @2.begin, $3, (StrTok){0}); }
  | %empty { $$ = GC_MALLOC(sizeof *$$); }
  ;

binds
  : binds bind { $$ = $1; if (!apply_bind(ctx, $$, $2, @1.begin)) YYABORT; }
  | %empty { $$ = ast_attrs(@0.begin); }
  ;

/* Non-empty bindings, for `{ … }` (where `{ }` has its own rule). */
binds1
  : binds1 bind { $$ = $1; if (!apply_bind(ctx, $$, $2, @0.end)) YYABORT; }
  | bind { $$ = ast_attrs(@0.begin); if (!apply_bind(ctx, $$, $1, @0.end)) YYABORT; }
  ;

bind
  : attrpath '=' expr ';'
    { $$ = GC_MALLOC(sizeof *$$); $$->kind = B_ATTR; $$->path = $1; $$->e = $3; $$->path_pos = @1.begin; }
  | INHERIT attrs ';'
    { $$ = GC_MALLOC(sizeof *$$); $$->kind = B_INHERIT; $$->path = $2; $$->path_pos = @2.begin; }
  | INHERIT '(' expr ')' attrs ';'
    { $$ = GC_MALLOC(sizeof *$$); $$->kind = B_INHERIT_FROM; $$->path = $5; $$->e = $3; $$->path_pos = @5.begin; }
  ;

attrs
  : attrs attr { $$ = $1; pathb_push($$, tsym($2), NULL); }
  | attrs string_attr
    { $$ = $1;
      Sym s = attr_static_sym($2);
      if (!s) { parse_error(ctx, @2.begin, "dynamic attributes not allowed in inherit"); YYABORT; }
      pathb_push($$, s, NULL); }
  | %empty { $$ = GC_MALLOC(sizeof *$$); }
  ;

attrpath
  : attrpath '.' attr { $$ = $1; pathb_push($$, tsym($3), NULL); }
  | attrpath '.' string_attr
    { $$ = $1; Sym s = attr_static_sym($3); pathb_push($$, s, s ? NULL : $3); }
  | attr { $$ = GC_MALLOC(sizeof *$$); pathb_push($$, tsym($1), NULL); }
  | string_attr
    { $$ = GC_MALLOC(sizeof *$$); Sym s = attr_static_sym($1); pathb_push($$, s, s ? NULL : $1); }
  ;

attr
  : ID
  | OR_KW { $$ = (StrTok){"or", 2, false}; }
  ;

string_attr
  : '"' string_parts '"' { $$ = $2; }
  | DOLLAR_CURLY expr '}' { $$ = $2; }
  ;

expr_list
  : expr_list expr_select { $$ = $1; listb_push($$, $2); }
  | %empty { $$ = ast_alloc(sizeof(ExprList), E_LIST, @$.begin); }
  ;

formals
  : formal_list
  | formal_list ',' { $$ = $1; }
  | formal_list ',' ELLIPSIS { $$ = $1; $$->ellipsis = true; }
  | ELLIPSIS { $$ = GC_MALLOC(sizeof *$$); $$->ellipsis = true; }
  ;

formal_list
  : formal { $$ = GC_MALLOC(sizeof *$$); formalsb_push($$, $1); }
  | formal_list ',' formal { $$ = $1; formalsb_push($$, $3); }
  ;

formal
  : ID { $$ = (Formal){tsym($1), @$.begin, NULL}; }
  | ID '?' expr { $$ = (Formal){tsym($1), @$.begin, $3}; }
  ;

%%

void yyerror(Span *loc, ParseCtx *ctx, const char *msg)
{
    parse_error(ctx, loc->begin, msg);
}
