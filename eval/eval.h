/* eval.h: the public face of the evaluator.
 *
 * THE HOT PATH, IN ONE PLACE
 *
 * Value (24 bytes) is a tag, a 32-bit length, and a 16-byte payload; the
 * constructors write all of it, since the collector is conservative and a
 * stale byte pattern could pass for a pointer. Values are mutable cells: a
 * thunk is overwritten in place with its result, and a
 * thunk being evaluated is marked T_BLACKHOLE (its env and expr stay intact,
 * so that an error can turn it back into a thunk). A T_APP is a call not yet
 * made (built by `map` and friends); forcing it calls left on right.
 * Lists of up to two elements keep their element pointers inside the value
 * itself, as Nix does; that is why copying a small list gives it a new
 * identity (visible as `«repeated»` in printed output) and copying a big one
 * does not.
 *
 * Env is one heap block: the enclosing env, and one Value pointer per
 * variable of the scope (let, rec, a function's arguments). A `with` env has
 * one slot holding the scope expression, replaced by its value the first time
 * a name is looked up through it. Variables are resolved by lang/bind.c to
 * (levels up, slot), so evaluation never searches for a name unless a `with`
 * is involved.
 *
 * Attrs is a sorted array of (symbol, position, value): sorted by symbol id,
 * so lookups are binary searches on integers and `//` is a merge.
 *
 * Errors unwind with longjmp to the nearest ev_try point (one protected-call
 * chain, as in Lua). What was being evaluated is kept as a linked list of
 * Frames on the C stack; a throw copies it into the error for the trace.
 * Thunks that were being forced are restored on the way out. */
#ifndef NOMIX_EVAL_H
#define NOMIX_EVAL_H

#include <setjmp.h>
#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "lang.h"

_Static_assert(sizeof(uint64_t) == 8 && sizeof(void *) == 8, "Value's layout assumes 64-bit words and pointers");

typedef struct Value Value;
typedef struct Env Env;
typedef struct Attrs Attrs;
typedef struct PrimOp PrimOp;
typedef struct StrCtx StrCtx;

typedef enum VType {
    T_THUNK, T_BLACKHOLE, T_APP,        /* not yet in weak head normal form */
    T_INT, T_FLOAT, T_BOOL, T_NULL, T_STRING, T_PATH, T_ATTRS, T_LIST,
    T_LAMBDA, T_PRIMOP, T_PRIMOP_APP
} VType;

struct Value {
    union {
        struct {
            uint8_t type;
            uint32_t len;               /* T_LIST: elements; T_STRING, T_PATH: bytes */
        };
        uint64_t header;                /* type and len as one word (val_header) */
    };
    union {
        uint64_t word[2];               /* the payload as words, for clearing */
        int64_t i;
        double f;
        bool b;
        struct { const char *s; const StrCtx *ctx; } str;
        const char *path;
        Attrs *attrs;
        Value **elems;                  /* T_LIST with len > 2 */
        Value *small[2];                /* T_LIST with len <= 2 */
        struct { Env *env; Expr *expr; } thunk;
        struct { Env *env; ExprLambda *fn; } lam;
        struct { Value *left, *right; } app;    /* T_APP, T_PRIMOP_APP */
        const PrimOp *prim;
    };
};

/* The elements of a list value. */
static inline Value **list_elems(Value *v)
{
    return v->len <= 2 ? v->small : v->elems;
}

enum { ENV_PLAIN, ENV_WITH_EXPR, ENV_WITH_ATTRS };

struct Env {
    Env *up;
    uint32_t kind;
    uint32_t prev_with;                 /* with envs: levels to the next outer with */
    Value *v[];
};

typedef struct Attr {
    Sym name;
    PosIdx pos;
    Value *value;
} Attr;

struct Attrs {
    uint32_t size;
    PosIdx pos;
    Attr a[];
};

/* A string's context: the store paths it refers to, sorted, without
 * duplicates ("/nix/store/…", "!out!/nix/store/….drv", "=/nix/store/….drv"). */
struct StrCtx {
    uint32_t n;
    const char *items[];
};

/* A builtin: NAME as shown in messages, ARITY arguments, and the C function
 * that computes the result into OUT (arguments are not yet forced). */
typedef void (*PrimFn)(Value **args, Value *out, PosIdx pos);
struct PrimOp {
    const char *name;
    uint8_t arity;
    PrimFn fn;
};

/* ---- string maps ---- */

/* A map from strings to pointers (open addressing, FNV-1a), for the
 * per-run caches: files parsed and imported, store paths, regexes. The
 * zero value is an empty map. */
typedef struct StrTable {
    const char **keys;
    void **vals;
    uint32_t n, mask;
} StrTable;

/* The value stored for K, or NULL. */
void *strtab_get(const StrTable *m, const char *k);
/* Stores V for K (keeping a copy of K), growing the table as needed. */
void strtab_put(StrTable *m, const char *k, void *v);

/* ---- allocation ---- */

Value *val_alloc(void);
Env *env_alloc(uint32_t size);
Attrs *attrs_alloc(uint32_t capacity);
Value **elems_alloc(uint32_t n);

/* ---- value constructors (write into an existing cell) ---- */

/* Every constructor writes all 24 bytes of the cell. The collector is
 * conservative: bytes left over from what a cell (or the stack temporary
 * it is copied from) held before can look like a pointer, and one such
 * word kept whole earlier hosts of a fleet build alive. */

_Static_assert(offsetof(Value, len) == 4 && sizeof(Value) == 24, "val_header assumes type in byte 0, len in bytes 4-7");

/* Writes the type and length word whole, padding included. */
static inline void val_header(Value *v, VType t, uint32_t len)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    v->header = (uint64_t)t | (uint64_t)len << 32;
#else
    v->header = 0;
    v->type = (uint8_t)t;
    v->len = len;
#endif
}

static inline void mk_int(Value *v, int64_t i) { val_header(v, T_INT, 0); v->i = i; v->word[1] = 0; }
static inline void mk_float(Value *v, double f) { val_header(v, T_FLOAT, 0); v->f = f; v->word[1] = 0; }
static inline void mk_bool(Value *v, bool b) { val_header(v, T_BOOL, 0); v->word[0] = v->word[1] = 0; v->b = b; }
static inline void mk_null(Value *v) { val_header(v, T_NULL, 0); v->word[0] = v->word[1] = 0; }
static inline void mk_attrs(Value *v, Attrs *a) { val_header(v, T_ATTRS, 0); v->attrs = a; v->word[1] = 0; }
/* A function value: lambda L closed over ENV. */
static inline void mk_lambda(Value *v, Env *env, ExprLambda *l) { val_header(v, T_LAMBDA, 0); v->lam.env = env; v->lam.fn = l; }
/* A builtin not yet applied. */
static inline void mk_primop(Value *v, const PrimOp *p) { val_header(v, T_PRIMOP, 0); v->prim = p; v->word[1] = 0; }
/* A string value sharing S (which must stay alive and NUL-terminated). */
void mk_string(Value *v, const char *s, size_t len, const StrCtx *ctx);
/* A string value with a copy of S. */
void mk_string_copy(Value *v, const char *s, size_t len);
/* A string value from a NUL-terminated C string (copied). */
void mk_cstring(Value *v, const char *s);
void mk_path(Value *v, const char *s, size_t len);
/* Makes V a list of N elements; returns the element array to fill. */
Value **mk_list(Value *v, uint32_t n);
void mk_thunk(Value *v, Env *env, Expr *e);
void mk_app(Value *v, Value *fn, Value *arg);

/* ---- attribute sets ---- */

/* Looks NAME up; NULL if absent. */
Attr *attrs_get(Attrs *a, Sym name);
/* Builds sets: append in any order, then attrs_sort (later duplicates of a
 * name are dropped, the first one wins). */
void attrs_sort(Attrs *a);
/* Sorts by name keeping every entry, equal names in their original order. */
void attrs_sort_stable(Attrs *a);

/* ---- evaluation ---- */

/* Evaluates E in ENV into OUT (weak head normal form). */
void ev_eval(Expr *e, Env *env, Value *out);
/* Forces a value in place; POS is where it is needed (for errors). */
void ev_force_slow(Value *v, PosIdx pos);
static inline void ev_force(Value *v, PosIdx pos)
{
    if (v->type <= T_APP) ev_force_slow(v, pos);
}
/* Forces a value and everything inside it. */
void ev_force_deep(Value *v);
/* Calls FN with NARGS arguments into OUT. */
void ev_call(Value *fn, uint32_t nargs, Value **args, Value *out, PosIdx pos);
/* Calls FN with one argument. */
void ev_call1(Value *fn, Value *arg, Value *out, PosIdx pos);
/* A value for E in ENV without evaluating it: constants and variables are
 * shared, anything else becomes a thunk. */
Value *ev_lazy(Expr *e, Env *env);
/* Calls a function of a set pattern with the set ARGS, as nix-instantiate
 * does for the top-level value; anything else is returned as it is. */
void ev_auto_call(Attrs *args, Value *fn, Value *out);

/* Typed forcing: each forces V and checks its type, failing with Nix's
 * "value is X while Y was expected" message at POS. */
int64_t ev_force_int(Value *v, PosIdx pos);
double ev_force_float(Value *v, PosIdx pos);
bool ev_force_bool(Value *v, PosIdx pos);
Attrs *ev_force_attrs(Value *v, PosIdx pos);
void ev_force_list(Value *v, PosIdx pos);
void ev_force_function(Value *v, PosIdx pos);
const char *ev_force_string(Value *v, PosIdx pos);
/* As ev_force_string, but a string with context is an error. */
const char *ev_force_string_noctx(Value *v, PosIdx pos);

/* Makes { file, line, column } for a position (null for none), as
 * __curPos and unsafeGetAttrPos give it. */
void ev_mk_pos(PosIdx pos, Value *out);
/* Parses a file against SCOPE (an extra scope above the builtins, for
 * scopedImport); not cached. */
Expr *ev_parse_file_in(const char *path, const Scope *scope, PosIdx pos);

/* Deep equality, as Nix's `==`. */
bool ev_equal(Value *a, Value *b, PosIdx pos);
/* Nix's `<`: numbers, strings, paths, and lists lexicographically. */
bool ev_less_than(Value *a, Value *b, PosIdx pos);
/* Concatenates N lists into OUT (one non-empty list is shared, as in Nix). */
void ev_concat_lists(Value *out, uint32_t n, Value **lists, PosIdx pos);
/* The type of a value as messages say it: "an integer", "a set", … */
const char *ev_show_type(const Value *v);
/* The name `builtins.typeOf` gives: "int", "set", "lambda", … */
const char *ev_type_name(const Value *v);
/* Whether V is a set with a `__functor`. */
bool ev_is_functor(Value *v);

/* ---- strings and contexts ---- */

/* A growable byte buffer in GC memory, with the context collected so far. */
typedef struct StrBuf {
    char *s;
    size_t len, cap;
    const StrCtx *ctx;
} StrBuf;

void sb_add(StrBuf *b, const char *s, size_t len);
void sb_addc(StrBuf *b, char c);
void sb_adds(StrBuf *b, const char *s);
void sb_printf(StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Turns the buffer into a string value (with its context). */
void sb_to_value(StrBuf *b, Value *out);

const StrCtx *ctx_merge(const StrCtx *a, const StrCtx *b);
const StrCtx *ctx_single(const char *item);

/* How coercion treats values: COERCE_MORE also turns numbers, booleans,
 * null and lists into strings (toString, interpolation of a list is not);
 * COPY_TO_STORE turns paths into store paths. */
enum { COERCE_MORE = 1, COERCE_COPY_TO_STORE = 2, COERCE_CANON_PATH = 4 };
/* Appends V coerced to a string, as Nix's coerceToString. */
void ev_coerce_to_string(Value *v, PosIdx pos, int flags, StrBuf *out);

/* A piece of text that is not copied: a string value's own bytes, or the
 * result of a coercion. */
typedef struct StrView {
    const char *s;
    size_t len;
} StrView;
/* Coerces like ev_coerce_to_string, without copying a string value; the
 * context is merged into *CTX. */
StrView ev_coerce_view(Value *v, PosIdx pos, int flags, const StrCtx **ctx);
/* Joins views (with SEP between them) into one new string value. */
void ev_join_views(const StrView *v, size_t n, StrView sep, const StrCtx *ctx, Value *out);
/* Appends a decimal integer. */
void sb_add_int(StrBuf *b, int64_t i);
/* Coerces to an absolute path string (for readFile, import, …). */
const char *ev_coerce_to_path(Value *v, PosIdx pos, const StrCtx **ctx);
/* The hook that turns a source path into a store path; stdlib installs it. */
extern const char *(*ev_copy_to_store_hook)(const char *path, PosIdx pos);

/* ---- printing ---- */

/* Appends V as `nix-instantiate --eval` prints it (with «repeated» for
 * shared lists and sets, <CODE> for unevaluated parts). */
void ev_show(StrBuf *b, Value *v);
/* Writes V as ev_show would. */
void ev_print(FILE *out, Value *v);
/* Appends V as `nix-instantiate --eval --json` prints it; STRICT forces.
 * The contexts of the strings written are merged into B's context. */
void ev_show_json(StrBuf *b, Value *v, bool strict, PosIdx pos);
/* The same, forcing everything, laid out for people: two-space indents,
 * one member per line, `"key": value`. */
void ev_show_json_pretty(StrBuf *b, Value *v, PosIdx pos);
/* Appends a JSON string literal as Nix writes one: `"`, `\`, \n, \r, \t
 * escaped, other control characters as \u00XX, every other byte as it is. */
void ev_json_string(StrBuf *b, const char *s, size_t len);

/* ---- errors ---- */

typedef enum ErrKind {
    ERR_EVAL,       /* generic evaluation error */
    ERR_TYPE,
    ERR_ASSERT,     /* failed assert: caught by tryEval */
    ERR_THROW,      /* builtins.throw: caught by tryEval */
    ERR_ABORT,
    ERR_PARSE,
    ERR_UNDEFINED_VAR,
    ERR_MISSING_ARG,
    ERR_STACK,      /* stack overflow */
    ERR_INTERNAL,
} ErrKind;

/* One line of an error's trace: "… while evaluating …" and where. */
typedef struct TraceLine {
    char *msg;
    PosIdx pos;
} TraceLine;

typedef struct EvError {
    ErrKind kind;
    char *msg;
    PosIdx pos;
    char *hint;             /* "Did you mean …?" */
    TraceLine *trace;       /* innermost first */
    uint32_t ntrace;
} EvError;

/* What was being evaluated: kept on the C stack, one per call, attribute
 * selection, import, … */
typedef enum FrameKind {
    FR_CALL,        /* a: the ExprLambda; pos: the call site */
    FR_SELECT,      /* a: the ExprSelect; pos: the attribute's definition */
    FR_ATTR,        /* a: the attribute's Sym; pos: its definition */
    FR_FILE,        /* a: the file's path; pos: its top-level expression */
    FR_NOTE,        /* a: a message of its own */
} FrameKind;

typedef struct Frame {
    struct Frame *prev;
    uint8_t kind;
    PosIdx pos;
    const void *a;
} Frame;

/* A protected-call point; it catches the error kinds in MASK. */
typedef struct Catch {
    jmp_buf jb;
    struct Catch *prev;
    Frame *frames;
    uint32_t force_depth;
    uint32_t mask;
    bool want_trace;
    EvError *err;
} Catch;

#define CATCH_ALL 0xffffffffu

/* The state shared by all of evaluation. */
typedef struct EvState {
    Frame *frames;
    Catch *catches;
    uint32_t nforcing;          /* thunks being forced, to restore on error */
    char *stack_limit;          /* below this the C stack is exhausted */
    PosIdx top_pos;             /* the top-level expression, for errors without a position */
    Env *base_env;              /* the builtins */
    Scope base_scope;
    Value *builtins;            /* the `builtins` set */
    bool show_trace;
    int max_trace;              /* frames shown without --show-trace */
} EvState;

extern EvState ev;

/* Starts a protected call that catches the error kinds in MASK (bits of
 * 1 << ErrKind): `if (ev_try(&c, m)) { …; ev_untry(&c); } else { c.err … }`. */
#define ev_try(c, m) (ev_try_enter(c, m), setjmp((c)->jb) == 0)
void ev_try_enter(Catch *c, uint32_t mask);
void ev_untry(Catch *c);

/* Raises an error; never returns. */
_Noreturn void ev_throw(EvError *e);
_Noreturn void ev_error(ErrKind kind, PosIdx pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
_Noreturn void ev_type_error(PosIdx pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* As ev_error, with a "Did you mean …?" line. */
_Noreturn void ev_error_hint(ErrKind kind, PosIdx pos, const char *hint, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Fails with "stack overflow" (at POS) if the C stack is nearly used up. */
static inline void ev_check_stack(PosIdx pos)
{
    char here;
    if (&here < ev.stack_limit) ev_error(ERR_STACK, pos, "stack overflow (possible infinite recursion)");
}
/* Adds a trace line to a caught error before rethrowing it. */
void ev_error_add_trace(EvError *e, const char *msg, PosIdx pos);
/* Writes an error as Nix does: message, position with code, trace. */
void ev_print_error(FILE *out, const EvError *e);
/* Writes a message and a newline to OUT as Nix's logger writes its
 * messages (errors, traces, warnings): escape sequences removed (colours
 * kept on a terminal), tabs expanded, \r and \a dropped. */
void ev_log_text(FILE *out, const char *s, size_t len);
/* Pushes and pops trace frames. */
static inline void frame_push(Frame *f, FrameKind kind, PosIdx pos, const void *a)
{
    f->prev = ev.frames;
    f->kind = (uint8_t)kind;
    f->pos = pos;
    f->a = a;
    ev.frames = f;
}
static inline void frame_pop(Frame *f)
{
    ev.frames = f->prev;
}

/* The closest names to NAME among CANDIDATES, as Nix suggests them
 * ("Did you mean a, b or c?"); NULL if none is close. */
char *ev_suggest(const char *name, const char *const *candidates, uint32_t n);

/* ---- the evaluator as a whole ---- */

/* Options of one run. */
typedef struct EvOptions {
    const char **search_path;   /* -I entries, then NIX_PATH entries */
    uint32_t nsearch;
    bool show_trace;
    size_t initial_heap;        /* bytes of GC heap to start with; 0: 32 MiB */
} EvOptions;

/* Sets up the GC, the builtins and the base environment. */
void ev_init(const EvOptions *opts);
/* Registers builtins: each is a global `__name` (or `name` if GLOBAL) and
 * `builtins.name`. Called by stdlib for its tables. */
void ev_register_prim(const char *name, uint8_t arity, PrimFn fn, bool global);
/* Marks the files under DIR as nomix's own Nix code: error traces leave
 * out their frames unless --show-trace is given. */
void ev_add_library_dir(const char *dir);
/* Registers one of nomix's own primitives: a global NAME that is not in
 * `builtins`, so that `builtins` stays exactly Nix's. */
void ev_register_extension(const char *name, uint8_t arity, PrimFn fn);
/* Registers a constant (true, null, currentSystem, …). */
void ev_register_const(const char *name, Value *v, bool global);
/* Finishes the base environment once every builtin is registered. */
void ev_seal_builtins(void);
/* Parses a file (cached per run) and evaluates it (cached per run). */
void ev_eval_file(const char *path, Value *out, PosIdx pos);
/* Parses source built into the program, shown in messages as file NAME
 * (without code lines, as Nix shows its own built-in files). */
Expr *ev_parse_builtin(const char *name, const char *text, size_t len);
/* Parses a string as an expression, relative to BASEDIR. */
Expr *ev_parse_string(const char *text, size_t len, const char *basedir, SrcKind kind);
/* Parses a file into a tree, without evaluating. */
Expr *ev_parse_file(const char *path, PosIdx pos);
/* Evaluates a parsed top-level expression. */
void ev_eval_top(Expr *e, Value *out);
/* Runs FN(ARG) on a thread with a large stack, so that deep recursion ends
 * in an error instead of a crash. Returns FN's result. */
int ev_run_big_stack(int (*fn)(void *), void *arg);
/* Sets SET to the signals that ask a command to stop: SIGINT, SIGTERM,
 * SIGHUP. */
void ev_stop_signals(sigset_t *set);
/* Holds off (HOLD true) or lets through again SIGINT, SIGTERM and SIGHUP,
 * around work that must not be cut short, such as putting a tree in place;
 * a signal that arrived meanwhile takes effect when they are let through.
 * Calls do not nest. Under ev_run_big_stack only the working thread takes
 * these signals. */
void ev_hold_signals(bool hold);
/* Reads a whole file into GC memory (NUL-terminated); fails with Nix's
 * message at POS. */
char *ev_read_file(const char *path, size_t *len, PosIdx pos);
/* The attributes of a set in the order of their names (as Nix prints them). */
Attr **attrs_by_name(Attrs *a);
/* Resolves a path the way import does: a directory means its default.nix. */
const char *ev_resolve_import(const char *path, PosIdx pos);

#endif
