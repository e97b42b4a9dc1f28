/* lang.h: the public face of the Nix-language front end.
 *
 * Symbols (interned names), sources and positions, the abstract syntax tree,
 * the parser entry points and scope resolution, and the rendering of a source
 * position as "FILE:LINE:COL" with the line and a caret. Nothing here knows
 * about values or evaluation; the evaluator reads the tree and owns the
 * `cache` slots of literal nodes. All memory comes from the Boehm GC. */
#ifndef NOMIX_LANG_H
#define NOMIX_LANG_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* ---- symbols ---------------------------------------------------------- */

/* An interned name. 0 is "no symbol"; ids grow in order of first interning,
 * which is also the order attribute sets are kept in. */
typedef uint32_t Sym;

/* Interns the LEN bytes at S and returns their symbol. */
Sym sym_intern(const char *s, size_t len);
/* Interns a NUL-terminated string. */
Sym sym_cstr(const char *s);
/* The text of a symbol, NUL-terminated. */
const char *sym_str(Sym s);
/* The length of a symbol's text in bytes. */
uint32_t sym_len(Sym s);
/* Compares two symbols by their text, as strcmp does. */
int sym_cmp_text(Sym a, Sym b);

/* ---- sources and positions ------------------------------------------ */

/* A position: a global byte offset into the concatenation of all sources
 * read so far. 0 means "no position". */
typedef uint32_t PosIdx;

typedef enum { SRC_FILE, SRC_STRING, SRC_STDIN } SrcKind;

typedef struct Source {
    SrcKind kind;
    const char *path;     /* absolute path of a file; NULL otherwise */
    const char *basedir;  /* directory that relative paths resolve against */
    const char *text;     /* the bytes, followed by a NUL */
    uint32_t len;
    uint32_t base;        /* PosIdx of text[0] */
    uint32_t *lines;      /* offsets of line starts, built on first use */
    uint32_t nlines;
    bool hidden;          /* built into the program: positions show no code */
    bool library;         /* nomix's own Nix code (lib, modules): its trace
                             lines show only with --show-trace */
} Source;

/* A position resolved to a line and column (both from 1; bytes). */
typedef struct Loc {
    const Source *src;
    uint32_t line, col;
} Loc;

/* Registers a source text and returns it; TEXT is copied. */
Source *src_add(SrcKind kind, const char *path, const char *basedir,
                const char *text, size_t len);
/* The source that holds a position, or NULL for no position. */
const Source *src_of(PosIdx p);
/* Resolves a position to its source, line and column. */
Loc src_loc(PosIdx p);
/* The position of LINE:COL in the file read from PATH, or 0. */
PosIdx src_find(const char *path, uint32_t line, uint32_t col);
/* Formats a position as Nix shows it inside messages: "FILE:L:C" or
 * "(string):L:C"; "undefined position" for none. Returns GC memory. */
char *src_pos_str(PosIdx p);
/* Writes "at FILE:L:C:" with the surrounding lines and a caret under the
 * column, each line prefixed by INDENT, as Nix 2.8 lays it out. */
void src_print_snippet(FILE *out, PosIdx p, const char *indent);

/* ---- the syntax tree ------------------------------------------------- */

typedef enum ExprKind {
    E_INT, E_FLOAT, E_STR, E_PATH, E_VAR, E_SELECT, E_HAS, E_ATTRS, E_LIST,
    E_LAMBDA, E_CALL, E_LET, E_WITH, E_IF, E_ASSERT, E_NOT, E_EQ, E_NEQ,
    E_AND, E_OR, E_IMPL, E_UPDATE, E_CONCAT, E_STRCAT, E_CURPOS, E_OP,
    E__COUNT
} ExprKind;

/* Every node starts with its kind and position. */
typedef struct Expr {
    uint8_t kind;
    PosIdx pos;
} Expr;

/* Literals carry a slot the evaluator may fill with a shared value. */
typedef struct ExprInt   { Expr h; int64_t v; void *cache; } ExprInt;
typedef struct ExprFloat { Expr h; double v; void *cache; } ExprFloat;
typedef struct ExprStr   { Expr h; const char *s; uint32_t len; void *cache; } ExprStr;
/* An absolute, canonical path literal. */
typedef struct ExprPath  { Expr h; const char *s; uint32_t len; void *cache; } ExprPath;

/* A variable, resolved by scope binding to LEVEL envs up and slot DISPL;
 * FROM_WITH means "look it up in the `with` LEVEL envs up and outwards". */
typedef struct ExprVar {
    Expr h;
    Sym name;
    bool from_with;
    uint32_t level;
    uint32_t displ;
} ExprVar;

/* One element of an attribute path: a symbol, or an expression for ${e}. */
typedef struct AttrName {
    Sym sym;
    Expr *dyn;
} AttrName;

typedef struct ExprSelect {
    Expr h;
    Expr *e;
    Expr *def;          /* the `or` default, or NULL */
    uint32_t n;
    AttrName *path;
} ExprSelect;

typedef struct ExprHas {
    Expr h;
    Expr *e;
    uint32_t n;
    AttrName *path;
} ExprHas;

typedef struct AttrDef {
    Sym name;
    PosIdx pos;
    bool inherited;     /* `inherit x;`: evaluated in the enclosing scope */
    Expr *e;
} AttrDef;

typedef struct DynAttrDef {
    Expr *name;
    Expr *value;
    PosIdx pos;
} DynAttrDef;

/* An attribute set literal (also the bindings of a `let`). DEFS are sorted
 * by symbol id after parsing, which makes a def's index its env slot. */
typedef struct ExprAttrs {
    Expr h;
    bool rec;
    uint32_t n, cap;
    AttrDef *defs;
    uint32_t ndyn, dcap;
    DynAttrDef *dyn;
    int32_t overrides;  /* index of `__overrides` in a rec set, or -1 */
} ExprAttrs;

typedef struct ExprList {
    Expr h;
    uint32_t n;
    Expr **elems;
} ExprList;

typedef struct Formal {
    Sym name;
    PosIdx pos;
    Expr *def;          /* default, or NULL */
} Formal;

/* A set pattern `{ a, b ? d, ... }`, sorted by symbol id. */
typedef struct Formals {
    uint32_t n;
    bool ellipsis;
    Formal *f;
} Formals;

typedef struct ExprLambda {
    Expr h;
    Sym arg;            /* `x:` or the `@` name; 0 if none */
    Sym name;           /* the attribute it was bound to, for messages */
    Formals *formals;   /* NULL for a plain `x:` */
    Expr *body;
} ExprLambda;

typedef struct ExprCall {
    Expr h;
    Expr *fn;
    uint32_t n;
    Expr **args;
} ExprCall;

typedef struct ExprLet {
    Expr h;
    ExprAttrs *attrs;
    Expr *body;
} ExprLet;

typedef struct ExprWith {
    Expr h;
    Expr *attrs;
    Expr *body;
    uint32_t prev_with; /* levels from this with's env to the next outer with; 0 if none */
} ExprWith;

typedef struct ExprIf {
    Expr h;
    Expr *cond, *then, *els;
} ExprIf;

typedef struct ExprAssert {
    Expr h;
    Expr *cond, *body;
} ExprAssert;

/* E_NOT uses e1 only; the other binary operators use both. */
typedef struct ExprBin {
    Expr h;
    Expr *e1, *e2;
} ExprBin;

typedef struct StrPart {
    PosIdx pos;
    Expr *e;
} StrPart;

/* `a + b` and string interpolation; FORCE_STRING for "…${}…" forms. */
typedef struct ExprStrCat {
    Expr h;
    bool force_string;
    uint32_t n;
    StrPart *parts;
} ExprStrCat;

/* The arithmetic and comparison operators that Nix spells as calls to
 * builtins (`__sub`, `__mul`, `__div`, `__lessThan`). If binding finds the
 * builtin shadowed, FAST is false and the call goes through FN. */
typedef enum { OP_SUB, OP_MUL, OP_DIV, OP_LT } OpKind;

typedef struct ExprOp {
    Expr h;
    uint8_t op;
    bool fast;
    ExprVar *fn;
    Expr *e1, *e2;
} ExprOp;

/* ---- parsing and binding -------------------------------------------- */

/* A static scope used to resolve variables: a list of names (sorted by
 * symbol id, each with its env slot), or a `with`. */
typedef struct ScopeName {
    Sym name;
    uint32_t displ;
} ScopeName;

typedef struct Scope {
    const struct Scope *up;
    bool is_with;
    uint32_t n;
    const ScopeName *names;
} Scope;

/* A front-end failure: a parse error or an undefined variable. */
typedef struct LangError {
    PosIdx pos;
    char *msg;
    bool undefined_var; /* Nix reports these as UndefinedVarError */
} LangError;

/* Parses SRC and resolves its variables against SCOPE. Returns the tree,
 * or NULL with *ERR filled in. */
Expr *lang_parse(Source *src, const Scope *scope, LangError *err);
/* Parses without resolving variables (for `nomix parse`). */
Expr *lang_parse_only(Source *src, LangError *err);

/* Sets the lowest C stack address the front end may recurse down to;
 * deeper nesting is reported as an error instead of crashing. */
void lang_set_stack_limit(const char *limit);

/* Looks up NAME in a sorted scope; returns its index in names or -1. */
int32_t scope_find(const Scope *s, Sym name);

/* Writes E in Nix's own "show" syntax (used in assertion messages). */
void ast_show(FILE *out, const Expr *e);
/* Returns ast_show's text as a GC string. */
char *ast_show_str(const Expr *e);
/* Writes E as an indented tree, one node per line (for `nomix parse`). */
void ast_dump(FILE *out, const Expr *e);
/* Gives a lambda (and lambdas directly in its body) the name it is bound to. */
void ast_set_name(Expr *e, Sym name);

/* The name of a symbol as Nix prints it in messages: quoted if needed. */
char *sym_show(Sym s);
/* Whether a symbol is shown without quotes (an identifier, not `if`). */
bool sym_is_plain(Sym s);
/* Writes a symbol as sym_show would (keeping any NUL bytes). */
void sym_print(FILE *out, Sym s);

/* ---- small helpers shared by the whole program ----------------------- */

/* Formats into a new GC-allocated string. */
char *gc_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *gc_vprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0), nonnull(1)));
/* Copies LEN bytes into a new NUL-terminated GC string (pointer-free memory). */
char *gc_strndup(const char *s, size_t len);
/* Copies a NUL-terminated string into GC memory. */
char *gc_strdup(const char *s);
/* Canonicalises an absolute path: removes ".", "..", and repeated slashes. */
char *path_canon(const char *path, size_t len);
/* Makes PATH absolute against DIR (if relative) and canonicalises it. */
char *path_abs(const char *path, size_t len, const char *dir);
/* The last component of a path, as Nix's baseNameOf does it. */
char *path_base(const char *path);
/* The directory part of a path, as Nix's dirOf does it. */
char *path_dir(const char *path);

#endif
