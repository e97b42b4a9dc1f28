/* cmd_repl.c: `nomix repl`: an interactive evaluator, as `nix repl` (Nix 2.8).
 *
 * Each input is an expression (its value is printed), `NAME = EXPR` (binds
 * a variable for later inputs, lazily), or a `:` command. Input that ends
 * too early for the parser (an open bracket, `let` without `in`) is
 * continued on the next line. Errors print as `nomix eval` prints them, and
 * the session goes on.
 *
 * Values are printed as nix repl prints them: the value is forced, and so
 * are the attributes and elements shown one level down; deeper sets and
 * lists show as `{ ... }` and `[ ... ]` (`:p` shows everything). Strings
 * are quoted, functions show as «lambda @ FILE:LINE:COL», derivations as
 * «derivation DRVPATH», an element that fails as «error: MESSAGE».
 *
 * Variables live in one scope above the builtins: each input is parsed
 * against it and evaluated in an environment holding their values. A new
 * binding makes a new scope and environment; what was evaluated before
 * keeps the values it saw, as in nix repl.
 *
 * On a terminal, lines are read with libedit (its native API: history,
 * emacs-style editing, our own TAB completion of attribute paths). Without
 * a terminal, standard input is read line by line, without prompts.
 *
 * Ctrl-C during evaluation stops it: the handler lowers the evaluator's
 * stack limit, so the next evaluation step fails as a stack overflow
 * would, and the error is reported as an interruption. */
#include <dirent.h>
#include <errno.h>
#include <gc/gc.h>
#include <histedit.h>
#include <locale.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wchar.h>

#include "cli.h"
#include "eval.h"
#include "builtins.h"
#include "repl.h"

static const char repl_help[] =
    "Usage: nomix repl [OPTIONS] [FILE...]\n"
    "\n"
    "An interactive evaluator of the Nix language, like `nix repl` of Nix 2.8.\n"
    "Each FILE is loaded as with :l. Type an expression to see its value,\n"
    "NAME = EXPR to bind a variable, or a command:\n"
    "\n"
    "  EXPR            evaluate and print: the value and one level below it\n"
    "                  (deeper sets and lists show as { ... } and [ ... ])\n"
    "  NAME = EXPR     bind NAME for later lines (evaluated when first used)\n"
    "  :l, :load FILE  load FILE (a path, or <name>): its value, called with\n"
    "                  the --arg values if it is a function of a set pattern,\n"
    "                  must be a set, whose attributes become variables. A host\n"
    "                  module (a function taking config, options, lib or pkgs)\n"
    "                  is evaluated as `nomix config` evaluates it, through\n"
    "                  modules/host.nix: config, options, lib, pkgs, … become\n"
    "                  variables and :o describes its options\n"
    "  :host FILE      load FILE as a host module, whatever its form\n"
    "  :a, :add EXPR   add the attributes of the set EXPR to the variables\n"
    "  :p, :print EXPR evaluate and print everything, however deep\n"
    "  :t, :type EXPR  print the type of EXPR's value\n"
    "  :doc EXPR       documentation: of a builtin (`:doc map`, `:doc\n"
    "                  builtins.toJSON`), or of a function written in the\n"
    "                  language (lib's, the modules', your own): the comment\n"
    "                  above its definition, with its arguments\n"
    "  :o, :option PATH  describe an option of the loaded host: its\n"
    "                  description, type, value, default, and the files that\n"
    "                  define and declare it (`:o services.nomad.enable`)\n"
    "  :complete TEXT  print what TAB offers after TEXT, one per line\n"
    "  :st [BOOL]      show every step of an error's trace (on, off, or toggle)\n"
    "  :?, :help       list the commands\n"
    "  :q, :quit       leave (so does Ctrl-D)\n"
    "\n"
    "On a terminal, lines are edited with libedit (emacs keys, ~/.editrc) and\n"
    "kept in the history file: $XDG_STATE_HOME/nomix/history if\n"
    "$XDG_STATE_HOME is set, else ~/.nomix_history (nothing is lost if it\n"
    "cannot be written). TAB completes variable and builtin names, attribute\n"
    "paths (config.services.no<TAB> gives config.services.nomad; only the sets\n"
    "along the path are evaluated, and errors offer nothing), option paths\n"
    "after :o, file names after :l, and commands. Ctrl-C interrupts an\n"
    "evaluation or discards the line being typed.\n"
    "\n"
    "When standard input is not a terminal, it is read line by line without\n"
    "prompts or editing (for scripts): values on standard output, errors on\n"
    "standard error, and the exit status is 1 if any input failed.\n"
    "\n"
    "Options:\n"
    "  --arg NAME EXPR     pass NAME = EXPR to the functions :l calls\n"
    "  --argstr NAME STR   pass NAME = \"STR\" to the functions :l calls\n"
    "  -I, --include PATH  add PATH (or prefix=PATH) to the search path for <name>\n"
    "  --show-trace        show every step of an error's trace\n"
    "  -h, --help          show this help\n";

static const char commands_help[] =
    "The following commands are available:\n"
    "\n"
    "  <expr>          Evaluate and print expression\n"
    "  <x> = <expr>    Bind expression to variable\n"
    "  :a <expr>       Add attributes from resulting set to scope\n"
    "  :l <path>       Load Nix expression (or host module) and add it to scope\n"
    "  :host <path>    Load a host module and add its config, options, … to scope\n"
    "  :o <path>       Describe an option of the loaded host\n"
    "  :p <expr>       Evaluate and print expression recursively\n"
    "  :t <expr>       Describe result of evaluation\n"
    "  :doc <expr>     Show documentation of a builtin or a documented function\n"
    "  :complete <txt> List the completions of <txt>\n"
    "  :st [bool]      Enable, disable or toggle showing traces for errors\n"
    "  :q              Exit nomix repl\n";

typedef struct ReplArgs {
    const char **files;
    size_t nfiles;
    const char **include;
    size_t ninclude;
    const char **arg_names, **arg_values;
    bool *arg_is_string;
    size_t nargs;
    bool show_trace;
} ReplArgs;

/* A variable of the session. */
typedef struct ReplVar {
    Sym name;
    PosIdx pos;     /* where the attribute it came from is defined, or 0 */
    Value *from;    /* the set it came from (:l, :a), or NULL */
    Value *v;
} ReplVar;

/* The session: its variables (sorted by symbol, as scopes are), the scope
 * and environment made from them, and the host loaded last. */
typedef struct Repl {
    ReplVar *vars;
    uint32_t nvars, cvars;
    Scope *scope;
    Env *env;
    Attrs *auto_args;
    Value *host;            /* modules/host.nix's set for the host, or NULL */
    const char *host_file;
    const char *modules_dir; /* where <nomix/modules> is, once looked up */
    const char *cwd;
    bool tty;
    bool allow_incomplete;  /* more lines may follow the input being run */
    bool incomplete;        /* the last parse failed at the end of the input */
    unsigned failures;
    EditLine *el;
    History *hist;
    const char *history_file;
    bool continuing;        /* reading the rest of an unfinished input */
} Repl;

static Repl *R;

/* ---- interruption ---- */

static volatile sig_atomic_t interrupted, evaluating;
static char *saved_stack_limit;
static unsigned evaluation_depth;

/* SIGINT: note it, and if evaluation is running make its next step fail
 * (ev_check_stack compares against the limit on every step). A pointer
 * store is what the handler does to the evaluator's state. */
static void on_sigint(int sig)
{
    (void)sig;
    interrupted = 1;
    if (evaluating) ev.stack_limit = (char *)UINTPTR_MAX;
}

/* Marks the start of an evaluation that Ctrl-C may interrupt (they nest:
 * :complete runs completion's evaluation inside its own). */
static void begin_evaluation(void)
{
    if (evaluation_depth++) return;
    interrupted = 0;
    saved_stack_limit = ev.stack_limit;
    evaluating = 1;
}

/* Marks its end; returns whether it was interrupted. An interruption
 * inside a nested evaluation stays noted for the outer one. */
static bool end_evaluation(void)
{
    if (--evaluation_depth) return interrupted;
    evaluating = 0;
    ev.stack_limit = saved_stack_limit;
    bool r = interrupted;
    interrupted = 0;
    return r;
}

/* ---- small helpers ---- */

/* Appends S to a growing array of strings. */
static void push(const char ***v, size_t *n, const char *s)
{
    *v = GC_REALLOC(*v, (*n + 1) * sizeof **v);
    (*v)[(*n)++] = s;
}

/* Whether S is a name nix repl accepts on the left of `=` (and prints
 * attribute names bare for): a letter or `_`, then letters, digits, `_`,
 * `'` and `-`. */
static bool is_var_name(const char *s, size_t len)
{
    if (!len) return false;
    if ((s[0] >= '0' && s[0] <= '9') || s[0] == '-' || s[0] == '\'') return false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
              c == '-' || c == '\''))
            return false;
    }
    return true;
}

/* Whether S is one of the language's keywords (not bindable). */
static bool is_keyword(const char *s, size_t len)
{
    static const char *const kw[] = {"if", "then", "else", "assert", "with", "let", "in", "rec", "inherit", "or"};
    for (size_t i = 0; i < sizeof kw / sizeof *kw; i++)
        if (strlen(kw[i]) == len && !strncmp(kw[i], s, len)) return true;
    return false;
}

/* A copy of S without leading and trailing white space. */
static char *trim(const char *s)
{
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r')) n--;
    return gc_strndup(s, n);
}

/* Whether S has only white space. */
static bool is_blank(const char *s)
{
    for (; *s; s++)
        if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r') return false;
    return true;
}

/* ---- variables and the scope ---- */

/* The index of NAME among the variables, or -1. */
static int64_t find_var(Sym name)
{
    uint32_t lo = 0, hi = R->nvars;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (R->vars[mid].name == name) return mid;
        if (R->vars[mid].name < name) lo = mid + 1;
        else hi = mid;
    }
    return -1;
}

/* Builds the scope and environment that new inputs see. */
static void rebuild_scope(void)
{
    ScopeName *names = GC_MALLOC_ATOMIC((R->nvars + 1) * sizeof *names);
    Env *env = env_alloc(R->nvars);
    env->up = ev.base_env;
    env->kind = ENV_PLAIN;
    for (uint32_t i = 0; i < R->nvars; i++) {
        names[i] = (ScopeName){R->vars[i].name, i};
        env->v[i] = R->vars[i].v;
    }
    Scope *s = GC_MALLOC(sizeof *s);
    *s = (Scope){&ev.base_scope, false, R->nvars, names};
    R->scope = s;
    R->env = env;
}

/* Binds NAME to V (replacing an earlier binding), without rebuilding;
 * POS is where V is defined, for :doc. */
static void set_var_norebuild(Sym name, PosIdx pos, Value *from, Value *v)
{
    int64_t i = find_var(name);
    if (i >= 0) {
        R->vars[i] = (ReplVar){name, pos, from, v};
        return;
    }
    if (R->nvars == R->cvars) {
        R->cvars = R->cvars ? R->cvars * 2 : 64;
        ReplVar *nv = GC_MALLOC(R->cvars * sizeof *nv);
        if (R->nvars) memcpy(nv, R->vars, R->nvars * sizeof *nv);
        R->vars = nv;
    }
    uint32_t k = R->nvars;
    while (k > 0 && R->vars[k - 1].name > name) {
        R->vars[k] = R->vars[k - 1];
        k--;
    }
    R->vars[k] = (ReplVar){name, pos, from, v};
    R->nvars++;
}

/* Binds NAME to V for the inputs that follow. */
static void set_var(Sym name, Value *v)
{
    set_var_norebuild(name, 0, NULL, v);
    rebuild_scope();
}

/* Adds every attribute of the set SET (forced) to the variables;
 * returns how many. */
static uint32_t add_attrs(Value *set)
{
    Attrs *a = set->attrs;
    for (uint32_t i = 0; i < a->size; i++) set_var_norebuild(a->a[i].name, a->a[i].pos, set, a->a[i].value);
    rebuild_scope();
    return a->size;
}

/* ---- parsing and evaluation ---- */

/* Parses TEXT against the session's scope. An input that ends too early
 * sets R->incomplete (when R->allow_incomplete: more lines may come)
 * before the error is raised. */
static Expr *parse_in_scope(const char *text)
{
    Source *src = src_add(SRC_STRING, NULL, R->cwd, text, strlen(text));
    LangError err = {0};
    Expr *e = lang_parse(src, R->scope, &err);
    if (e) return e;
    if (R->allow_incomplete && strstr(err.msg, "unexpected end of file")) R->incomplete = true;
    ev_error(err.undefined_var ? ERR_UNDEFINED_VAR : ERR_PARSE, err.pos, "%s", err.msg);
}

/* Evaluates an expression of the session into a new value (forced). */
static Value *eval_expr(Expr *e)
{
    Value *v = val_alloc();
    ev.top_pos = e->pos;
    ev_eval(e, R->env, v);
    ev_force(v, e->pos);
    return v;
}

/* Parses and evaluates TEXT (forced). */
static Value *eval_text(const char *text)
{
    return eval_expr(parse_in_scope(text));
}

/* The attribute NAME of a set value, or NULL. */
static Value *attr_of(Value *v, const char *name)
{
    if (v->type != T_ATTRS) return NULL;
    Attr *a = attrs_get(v->attrs, sym_cstr(name));
    return a ? a->value : NULL;
}

/* ---- printing values as nix repl does ---- */

/* A set of pointers (open addressing, never shrinks). */
typedef struct PtrSet {
    uintptr_t *slots;
    size_t n, cap;
} PtrSet;

/* Adds P; returns false if it was there already. */
static bool pset_add(PtrSet *s, const void *p)
{
    if ((s->n + 1) * 2 > s->cap) {
        PtrSet old = *s;
        s->cap = old.cap ? old.cap * 2 : 64;
        s->slots = GC_MALLOC_ATOMIC(s->cap * sizeof *s->slots);
        memset(s->slots, 0, s->cap * sizeof *s->slots);
        s->n = 0;
        for (size_t i = 0; i < old.cap; i++)
            if (old.slots[i]) pset_add(s, (const void *)old.slots[i]);
    }
    uintptr_t k = (uintptr_t)p;
    size_t h = (size_t)((k >> 4) * 0x9E3779B97F4A7C15ull) & (s->cap - 1);
    while (s->slots[h]) {
        if (s->slots[h] == k) return false;
        h = (h + 1) & (s->cap - 1);
    }
    s->slots[h] = k;
    s->n++;
    return true;
}

/* Whether P is in the set. */
static bool pset_has(const PtrSet *s, const void *p)
{
    if (!s->cap) return false;
    uintptr_t k = (uintptr_t)p;
    size_t h = (size_t)((k >> 4) * 0x9E3779B97F4A7C15ull) & (s->cap - 1);
    while (s->slots[h]) {
        if (s->slots[h] == k) return true;
        h = (h + 1) & (s->cap - 1);
    }
    return false;
}

/* Appends a string literal as nix repl writes it: `"`, `\`, newline,
 * return and tab escaped, everything else as it is. */
static void print_string(StrBuf *b, const char *s, size_t len)
{
    sb_addc(b, '"');
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '"' || c == '\\') { sb_addc(b, '\\'); sb_addc(b, c); }
        else if (c == '\n') sb_adds(b, "\\n");
        else if (c == '\r') sb_adds(b, "\\r");
        else if (c == '\t') sb_adds(b, "\\t");
        else sb_addc(b, c);
    }
    sb_addc(b, '"');
}

/* Whether V (a forced set) is a derivation: its `type` is "derivation".
 * Unlike nix repl (which prints «derivation ???»), a set without drvPath,
 * such as an entry of nomix's pkgs catalog, is printed as a set. */
static bool is_derivation(Value *v)
{
    if (!attr_of(v, "drvPath")) return false;
    Value *t = attr_of(v, "type");
    if (!t) return false;
    ev_force(t, 0);
    return t->type == T_STRING && t->len == 10 && !memcmp(t->str.s, "derivation", 10);
}

/* Deeper than this, :p stops (a structure built without end). */
#define MAX_PRINT_NESTING 10000

static void print_value(StrBuf *b, Value *v, unsigned depth, PtrSet *seen, unsigned nesting);

/* Prints a nested value; an error in it is shown in its place. */
static void print_child(StrBuf *b, Value *v, unsigned depth, PtrSet *seen, unsigned nesting)
{
    if (pset_has(seen, v)) {
        sb_adds(b, "«repeated»");
        return;
    }
    size_t mark = b->len;
    Catch c;
    c.want_trace = false;
    if (ev_try(&c, CATCH_ALL)) {
        print_value(b, v, depth, seen, nesting);
        ev_untry(&c);
        return;
    }
    if (interrupted) ev_throw(c.err);
    b->len = mark;
    sb_adds(b, "«error: ");
    sb_adds(b, c.err->msg);
    sb_adds(b, "»");
}

/* Appends V, forcing it, with DEPTH more levels of sets and lists shown. */
static void print_value(StrBuf *b, Value *v, unsigned depth, PtrSet *seen, unsigned nesting)
{
    ev_check_stack(0);
    ev_force(v, 0);
    switch ((VType)v->type) {
    case T_STRING:
        print_string(b, v->str.s, v->len);
        break;
    case T_ATTRS: {
        pset_add(seen, v);
        if (is_derivation(v)) {
            sb_adds(b, "«derivation ");
            ev_coerce_to_string(attr_of(v, "drvPath"), 0, 0, b);
            sb_adds(b, "»");
        } else if (depth > 0 && nesting < MAX_PRINT_NESTING) {
            sb_adds(b, "{ ");
            Attr **s = attrs_by_name(v->attrs);
            for (uint32_t i = 0; i < v->attrs->size; i++) {
                Sym n = s[i]->name;
                if (is_var_name(sym_str(n), sym_len(n))) sb_add(b, sym_str(n), sym_len(n));
                else print_string(b, sym_str(n), sym_len(n));
                sb_adds(b, " = ");
                print_child(b, s[i]->value, depth - 1, seen, nesting + 1);
                sb_adds(b, "; ");
            }
            sb_addc(b, '}');
        } else
            sb_adds(b, "{ ... }");
        break;
    }
    case T_LIST: {
        pset_add(seen, v);
        sb_adds(b, "[ ");
        if (depth > 0 && nesting < MAX_PRINT_NESTING) {
            Value **el = list_elems(v);
            for (uint32_t i = 0; i < v->len; i++) {
                print_child(b, el[i], depth - 1, seen, nesting + 1);
                sb_addc(b, ' ');
            }
        } else
            sb_adds(b, "... ");
        sb_addc(b, ']');
        break;
    }
    case T_LAMBDA:
        sb_printf(b, "«lambda @ %s»", src_pos_str(v->lam.fn->h.pos));
        break;
    case T_PRIMOP:
        sb_adds(b, "«primop»");
        break;
    case T_PRIMOP_APP:
        sb_adds(b, "«primop-app»");
        break;
    default:
        ev_show(b, v);  /* numbers, Booleans, null and paths as nix-instantiate */
        break;
    }
}

/* Prints V on standard output with DEPTH levels shown, and a newline. */
static void print_result(Value *v, unsigned depth)
{
    StrBuf b = {0};
    PtrSet seen = {0};
    print_value(&b, v, depth, &seen, 0);
    sb_addc(&b, '\n');
    fwrite(b.s, 1, b.len, stdout);
    fflush(stdout);
}

/* V printed completely on one line, errors inside shown in place. */
static const char *show_deep(Value *v)
{
    StrBuf b = {0};
    PtrSet seen = {0};
    print_child(&b, v, UINT32_MAX, &seen, 0);
    return b.s ? b.s : "";
}

/* ---- loading files and hosts ---- */

/* Resolves a file argument: <name> through the search path, else a path
 * relative to the current directory; a directory means its default.nix. */
static const char *file_arg(const char *s)
{
    size_t len = strlen(s);
    const char *p;
    if (len > 2 && s[0] == '<' && s[len - 1] == '>') {
        Value fn = *attrs_get(ev.builtins->attrs, sym_cstr("findFile"))->value, res;
        Value *args[2] = {attrs_get(ev.builtins->attrs, sym_cstr("nixPath"))->value, val_alloc()};
        mk_string_copy(args[1], s + 1, len - 2);
        ev_call(&fn, 2, args, &res, 0);
        p = res.path;
    } else {
        const char *home = getenv("HOME");
        if (s[0] == '~' && s[1] == '/' && home) s = gc_printf("%s%s", home, s + 1);
        p = path_abs(s, strlen(s), R->cwd);
    }
    return ev_resolve_import(p, 0);
}

/* Whether V, a file's value, is a host module: a function of a set
 * pattern that takes config or options, or that needs lib or pkgs
 * without a default (and without an --arg giving them). */
static bool is_host_module(Value *v)
{
    if (v->type != T_LAMBDA || !v->lam.fn->formals) return false;
    const Formals *f = v->lam.fn->formals;
    for (uint32_t i = 0; i < f->n; i++) {
        const char *n = sym_str(f->f[i].name);
        if (!strcmp(n, "config") || !strcmp(n, "options")) return true;
        if ((!strcmp(n, "lib") || !strcmp(n, "pkgs") || !strcmp(n, "modulesPath")) && !f->f[i].def &&
            !attrs_get(R->auto_args, f->f[i].name))
            return true;
    }
    return false;
}

/* modules/host.nix's set for the host in FILE, without the checks of
 * host_eval (used when its assertions fail, to look into it anyway). */
static Value *host_eval_unchecked(const char *file)
{
    const char *src = "{ host }: import <nomix/modules/host.nix> { inherit host; }";
    Expr *e = ev_parse_string(src, strlen(src), R->cwd, SRC_STRING);
    Value fn, arg, *res = val_alloc();
    ev_eval_top(e, &fn);
    Attrs *a = attrs_alloc(1);
    Value *path = val_alloc();
    mk_path(path, file, strlen(file));
    a->a[a->size++] = (Attr){sym_cstr("host"), 0, path};
    mk_attrs(&arg, a);
    Value *args[1] = {&arg};
    ev_call(&fn, 1, args, res, 0);
    ev_force(res, 0);
    return res;
}

/* Loads the host in FILE: its set's attributes (config, options, lib, …)
 * and its pkgs become variables, and :o describes its options. */
static void load_host(const char *file)
{
    Value *h = host_eval(file);
    if (!h) {
        fputs("(the host is loaded all the same, to look into)\n", stderr);
        h = host_eval_unchecked(file);
    }
    ev_force(h, 0);
    R->host = h;
    R->host_file = file;
    uint32_t n = add_attrs(h);
    /* pkgs, as the modules get it: options._module.args.value.pkgs */
    const char *pk = "h: h.options._module.args.value.pkgs or null";
    Value *fn = val_alloc(), *pkgs = val_alloc();
    ev_eval_top(ev_parse_string(pk, strlen(pk), R->cwd, SRC_STRING), fn);
    mk_app(pkgs, fn, h);
    if (find_var(sym_cstr("pkgs")) < 0) n++;
    set_var(sym_cstr("pkgs"), pkgs);
    printf("Added %u variables (the host's config, options, lib, pkgs, …); :o PATH describes an option.\n", n);
}

/* :l FILE (or :host FILE when AS_HOST): loads a file into the scope. */
static void load_file(const char *arg, bool as_host)
{
    if (!*arg) ev_error(ERR_EVAL, 0, "%s needs a file: %s FILE", as_host ? ":host" : ":l", as_host ? ":host" : ":l");
    const char *path = file_arg(arg);
    if (as_host) {
        load_host(path);
        return;
    }
    /* read afresh (not from the per-run cache), so that :l after an edit
     * sees the change in this file */
    Expr *e = ev_parse_file_in(path, &ev.base_scope, 0);
    Value *v = val_alloc();
    Frame fr;
    frame_push(&fr, FR_FILE, e->pos, path);
    ev.top_pos = e->pos;
    ev_eval(e, ev.base_env, v);
    frame_pop(&fr);
    ev_force(v, e->pos);
    if (is_host_module(v)) {
        load_host(path);
        return;
    }
    Value *r = val_alloc();
    ev_auto_call(R->auto_args, v, r);
    ev_force_attrs(r, e->pos);
    printf("Added %u variables.\n", add_attrs(r));
}

/* ---- :o: options of the loaded host ---- */

/* Whether V (forced) is an option declaration: `_type = "option"`. */
static bool is_option(Value *v)
{
    Value *t = attr_of(v, "_type");
    if (!t) return false;
    ev_force(t, 0);
    return t->type == T_STRING && !strcmp(t->str.s, "option");
}

/* Where <nomix/modules> is, or "" if it cannot be found. */
static const char *modules_dir(void)
{
    if (R->modules_dir) return R->modules_dir;
    R->modules_dir = "";
    Catch c;
    c.want_trace = false;
    if (ev_try(&c, CATCH_ALL)) {
        const char *p = file_arg("<nomix/modules/host.nix>");
        R->modules_dir = path_dir(p);
        ev_untry(&c);
    } else if (interrupted)
        ev_throw(c.err);
    return R->modules_dir;
}

/* A file of the bundled modules as <nomix/modules/…>; others as they are. */
static const char *show_file(Value *v)
{
    StrBuf b = {0};
    ev_coerce_to_string(v, 0, 0, &b);
    const char *s = b.s ? b.s : "";
    const char *dir = modules_dir();
    size_t n = strlen(dir);
    if (n && !strncmp(s, dir, n) && s[n] == '/') return gc_printf("<nomix/modules/%s>", s + n + 1);
    return s;
}

/* Appends "    LABEL: TEXT\n", TEXT on lines of its own (indented) if it
 * has several. */
static void add_field(StrBuf *b, const char *label, const char *text)
{
    if (!strchr(text, '\n')) {
        sb_printf(b, "    %s: %s\n", label, text);
        return;
    }
    sb_printf(b, "    %s:\n", label);
    const char *p = text;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        if (n) sb_adds(b, "        ");
        sb_add(b, p, n);
        sb_addc(b, '\n');
        if (!nl) break;
        p = nl + 1;
        if (!*p) break;
    }
}

/* The text of a description, default or example: a string as it is, a
 * literalExpression or literalMD (`{ _type; text; }`) by its text, any
 * other value printed. Errors are shown in place. */
static const char *option_text(Value *v, bool is_doc)
{
    Catch c;
    c.want_trace = false;
    if (ev_try(&c, CATCH_ALL)) {
        ev_force(v, 0);
        const char *r = NULL;
        Value *t = v->type == T_ATTRS && attr_of(v, "_type") ? attr_of(v, "text") : NULL;
        if (t) r = ev_force_string(t, 0);
        else if (is_doc && v->type == T_STRING) r = v->str.s;
        else r = show_deep(v);
        ev_untry(&c);
        return r;
    }
    if (interrupted) ev_throw(c.err);
    return gc_printf("«error: %s»", c.err->msg);
}

/* :o PATH: describes the option at PATH of the loaded host, or lists the
 * options under PATH. */
static void show_option(const char *path)
{
    if (!R->host)
        ev_error(ERR_EVAL, 0, "no host is loaded; load one with :l HOST.nix (or start with nomix repl HOST.nix)");
    if (!*path) ev_error(ERR_EVAL, 0, ":o needs an option path, such as services.nomad.enable");
    size_t n;
    const char **names = attr_path_split(path, &n);
    Value *v = attr_of(R->host, "options");
    StrBuf where = {0};
    for (size_t i = 0; i < n; i++) {
        ev_force(v, 0);
        if (v->type != T_ATTRS || is_option(v))
            ev_error(ERR_EVAL, 0, "'%s' is an option; it has no option '%s' under it", where.s, names[i]);
        Attr *a = attrs_get(v->attrs, sym_cstr(names[i]));
        if (!a) {
            const char **cand = GC_MALLOC((v->attrs->size + 1) * sizeof *cand);
            for (uint32_t k = 0; k < v->attrs->size; k++) cand[k] = sym_str(v->attrs->a[k].name);
            ev_error_hint(ERR_EVAL, 0, ev_suggest(names[i], cand, v->attrs->size),
                          "the host declares no option '%s'", path);
        }
        if (i) sb_addc(&where, '.');
        sb_adds(&where, names[i]);
        v = a->value;
    }
    ev_force(v, 0);
    StrBuf b = {0};
    if (!is_option(v)) {
        if (v->type != T_ATTRS) ev_error(ERR_EVAL, 0, "'%s' is not an option", path);
        sb_printf(&b, "%s is a set of options:\n", path);
        Attr **s = attrs_by_name(v->attrs);
        for (uint32_t i = 0; i < v->attrs->size; i++) {
            if (sym_str(s[i]->name)[0] == '_') continue;
            sb_printf(&b, "    %s.%s\n", path, sym_show(s[i]->name));
        }
        fwrite(b.s, 1, b.len, stdout);
        fflush(stdout);
        return;
    }
    sb_printf(&b, "%s\n", path);
    Value *d = attr_of(v, "description");
    if (d) {
        const char *text = option_text(d, true);
        if (strcmp(text, "null")) {
            char *t = trim(text);
            for (const char *p = t; *p;) {
                const char *nl = strchr(p, '\n');
                size_t len = nl ? (size_t)(nl - p) : strlen(p);
                if (len) sb_adds(&b, "    ");
                sb_add(&b, p, len);
                sb_addc(&b, '\n');
                p = nl ? nl + 1 : p + len;
            }
        }
    }
    Value *type = attr_of(v, "type");
    if (type) {
        Value *td = NULL;
        ev_force(type, 0);
        td = attr_of(type, "description");
        add_field(&b, "type", td ? option_text(td, true) : "?");
    }
    Value *val = attr_of(v, "value");
    if (val) add_field(&b, "value", option_text(val, false));
    Value *def = attr_of(v, "defaultText");
    if (!def) def = attr_of(v, "default");
    if (def) add_field(&b, "default", option_text(def, false));
    Value *ex = attr_of(v, "example");
    if (ex) add_field(&b, "example", option_text(ex, false));
    Value *ro = attr_of(v, "readOnly");
    if (ro) {
        ev_force(ro, 0);
        if (ro->type == T_BOOL && ro->b) sb_adds(&b, "    read-only\n");
    }
    static const char *const lists[][2] = {{"files", "defined in"}, {"declarations", "declared in"}};
    for (size_t k = 0; k < 2; k++) {
        Value *l = attr_of(v, lists[k][0]);
        if (!l) continue;
        ev_force(l, 0);
        if (l->type != T_LIST) continue;
        if (k == 0 && l->len == 0) sb_adds(&b, "    defined in: (nothing: the default applies)\n");
        for (uint32_t i = 0; i < l->len; i++) {
            Value *f = list_elems(l)[i];
            ev_force(f, 0);
            sb_printf(&b, "    %s: %s\n", lists[k][1], show_file(f));
        }
    }
    fwrite(b.s, 1, b.len, stdout);
    fflush(stdout);
}

/* ---- :doc ---- */

/* Forces V; returns false (and forgets the error) if that fails. */
static bool force_quietly(Value *v)
{
    Catch c;
    c.want_trace = false;
    if (!ev_try(&c, CATCH_ALL)) {
        if (interrupted) ev_throw(c.err);
        return false;
    }
    ev_force(v, 0);
    ev_untry(&c);
    return true;
}

/* Where NAME is defined in the set PARENT: its attribute's position, as
 * unsafeGetAttrPos gives it. An attribute inherited from a set that
 * PARENT also holds (lib's `inherit (strings) hasPrefix;` and lib.strings)
 * is followed there, where its comment is written. */
static PosIdx definition_pos(Value *parent, Sym name)
{
    PosIdx pos = 0;
    for (int k = 0; k < 8 && parent && parent->type == T_ATTRS; k++) {
        Attr *a = attrs_get(parent->attrs, name);
        if (!a) break;
        pos = a->pos;
        const char *from = repl_inherit_source(pos);
        Value *src = from ? attr_of(parent, from) : NULL;
        if (!src || !force_quietly(src)) break;
        parent = src;
    }
    return pos;
}

/* Prints a builtin's documentation. */
static void print_builtin_doc(const BuiltinDoc *d, bool partial)
{
    StrBuf b = {0};
    sb_printf(&b, "Synopsis: builtins.%s%s%s\n\n", d->name, d->args[0] ? " " : "", d->args);
    for (const char *p = d->text; *p;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        sb_adds(&b, "    ");
        sb_add(&b, p, len);
        sb_addc(&b, '\n');
        p = nl ? nl + 1 : p + len;
    }
    if (partial) sb_adds(&b, "\n    (The value is this builtin with some of its arguments already given.)\n");
    fwrite(b.s, 1, b.len, stdout);
    fflush(stdout);
}

/* :doc EXPR: a builtin's documentation, or the comment above the
 * definition of a function (or other value) written in the language. */
static void show_doc(const char *arg)
{
    if (!*arg) ev_error(ERR_EVAL, 0, ":doc needs an expression, such as builtins.map or lib.mapAttrs");
    /* builtins by name: `builtins.NAME`, or a bare NAME not bound here */
    const char *bname = NULL;
    if (!strncmp(arg, "builtins.", 9) && is_var_name(arg + 9, strlen(arg + 9))) bname = arg + 9;
    else if (is_var_name(arg, strlen(arg)) && find_var(sym_cstr(arg)) < 0) bname = arg;
    if (bname && repl_builtin_doc(bname)) {
        print_builtin_doc(repl_builtin_doc(bname), false);
        return;
    }
    Expr *e = parse_in_scope(arg);
    Value *v = eval_expr(e);
    /* where the value is defined: the attribute's position, as
     * unsafeGetAttrPos gives it, for NAME.PATH.LAST */
    const char *name = NULL;
    PosIdx apos = 0;
    if (e->kind == E_SELECT) {
        ExprSelect *s = (ExprSelect *)e;
        bool plain = !s->def;
        for (uint32_t i = 0; i < s->n; i++)
            if (!s->path[i].sym) plain = false;
        if (plain) {
            Value *parent;
            if (s->n == 1) parent = eval_expr(s->e);
            else {
                ExprSelect *p = GC_MALLOC(sizeof *p);
                *p = *s;
                p->n--;
                parent = eval_expr(&p->h);
            }
            Sym last = s->path[s->n - 1].sym;
            apos = definition_pos(parent, last);
            name = sym_str(last);
        }
    } else if (e->kind == E_VAR) {
        /* a variable :l or :a brought in: where its attribute was defined */
        Sym sym = ((ExprVar *)e)->name;
        int64_t i = find_var(sym);
        if (i >= 0) apos = R->vars[i].from ? definition_pos(R->vars[i].from, sym) : R->vars[i].pos;
        name = sym_str(sym);
    }
    StrBuf doc = {0};
    PosIdx at = 0;
    if (apos && repl_comment_above(apos, name, &doc)) at = apos;
    else if (v->type == T_LAMBDA) {
        const char *lname = v->lam.fn->name ? sym_str(v->lam.fn->name) : name;
        if (repl_comment_above(v->lam.fn->h.pos, lname, &doc)) at = v->lam.fn->h.pos;
    }
    if (at) {
        StrBuf b = {0};
        const char *args = repl_lambda_args(v);
        sb_printf(&b, "Synopsis: %s%s%s\n\n", arg, args[0] ? " " : "", args);
        for (const char *p = doc.s; *p;) {
            const char *nl = strchr(p, '\n');
            size_t len = nl ? (size_t)(nl - p) : strlen(p);
            if (len) sb_adds(&b, "    ");
            sb_add(&b, p, len);
            sb_addc(&b, '\n');
            p = nl ? nl + 1 : p + len;
        }
        sb_printf(&b, "\n    Defined at %s\n", src_pos_str(at));
        fwrite(b.s, 1, b.len, stdout);
        fflush(stdout);
        return;
    }
    if (v->type == T_PRIMOP || v->type == T_PRIMOP_APP) {
        const Value *p = v;
        while (p->type == T_PRIMOP_APP) p = p->app.left;
        const BuiltinDoc *d = repl_builtin_doc(p->prim->name);
        if (d) {
            print_builtin_doc(d, v->type == T_PRIMOP_APP);
            return;
        }
    }
    ev.top_pos = 0;
    ev_error(ERR_EVAL, 0, "no documentation found for '%s' (%s): it is no builtin, and no comment is written above "
             "its definition", arg, ev_show_type(v));
}

/* ---- completion ---- */

typedef struct Cands {
    const char **v;
    size_t n, cap;
} Cands;

/* Adds a candidate. */
static void cand_add(Cands *c, const char *s)
{
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 32;
        c->v = GC_REALLOC(c->v, c->cap * sizeof *c->v);
    }
    c->v[c->n++] = s;
}

/* Orders strings for qsort. */
static int str_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Sorts the candidates and drops duplicates. */
static void cand_finish(Cands *c)
{
    if (!c->n) return;
    qsort(c->v, c->n, sizeof *c->v, str_cmp);
    size_t k = 1;
    for (size_t i = 1; i < c->n; i++)
        if (strcmp(c->v[i], c->v[k - 1])) c->v[k++] = c->v[i];
    c->n = k;
}

/* Whether S starts with PREFIX. */
static bool starts_with(const char *s, const char *prefix)
{
    return !strncmp(s, prefix, strlen(prefix));
}

/* The names of the session's variables and the global builtins that
 * start with PARTIAL (`__` names only if PARTIAL starts so). */
static void complete_vars(const char *partial, Cands *out)
{
    bool under = starts_with(partial, "__");
    for (uint32_t i = 0; i < R->nvars; i++) {
        const char *n = sym_str(R->vars[i].name);
        if (starts_with(n, partial)) cand_add(out, n);
    }
    for (uint32_t i = 0; i < ev.base_scope.n; i++) {
        const char *n = sym_str(ev.base_scope.names[i].name);
        if (starts_with(n, partial) && (under || !starts_with(n, "__"))) cand_add(out, n);
    }
}

/* The attributes of the set BASE.* whose names start with PARTIAL, as
 * BASE.NAME. BASE is an attribute path: evaluated as an expression of the
 * session, or followed from ROOT (options) when ROOT is given. Only the
 * sets along the path are forced; an error anywhere offers nothing. */
static void complete_attrs(const char *base, const char *partial, Value *root, Cands *out)
{
    Catch c;
    c.want_trace = false;
    begin_evaluation();
    if (ev_try(&c, CATCH_ALL)) {
        Value *v;
        if (root) {
            v = root;
            size_t n = 0;
            const char **names = *base ? attr_path_split(base, &n) : NULL;
            for (size_t i = 0; i < n && v; i++) {
                ev_force(v, 0);
                if (is_option(v)) v = NULL;
                else v = attr_of(v, names[i]);
            }
        } else
            v = eval_text(base);
        if (v) ev_force(v, 0);
        if (v && v->type == T_ATTRS && !(root && is_option(v))) {
            bool hidden_ok = partial[0] == '_' || !root;
            for (uint32_t i = 0; i < v->attrs->size; i++) {
                Sym s = v->attrs->a[i].name;
                const char *n = sym_str(s);
                if (!starts_with(n, partial) || (!hidden_ok && n[0] == '_')) continue;
                StrBuf b = {0};
                if (*base) {
                    sb_adds(&b, base);
                    sb_addc(&b, '.');
                }
                if (is_var_name(n, sym_len(s))) sb_adds(&b, n);
                else print_string(&b, n, sym_len(s));
                cand_add(out, b.s);
            }
        }
        ev_untry(&c);
    }
    end_evaluation();
}

/* File names that complete PREFIX (directories end in `/`). */
static void complete_files(const char *prefix, Cands *out)
{
    const char *slash = strrchr(prefix, '/');
    const char *dir = slash ? gc_strndup(prefix, (size_t)(slash - prefix + 1)) : "";
    const char *base = slash ? slash + 1 : prefix;
    const char *open_dir = *dir ? dir : ".";
    if (dir[0] == '~' && dir[1] == '/' && getenv("HOME")) open_dir = gc_printf("%s%s", getenv("HOME"), dir + 1);
    DIR *d = opendir(open_dir);
    if (!d) return;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) continue;
        if (de->d_name[0] == '.' && base[0] != '.') continue;
        if (!starts_with(de->d_name, base)) continue;
        struct stat st;
        bool is_dir = stat(gc_printf("%s/%s", open_dir, de->d_name), &st) == 0 && S_ISDIR(st.st_mode);
        cand_add(out, gc_printf("%s%s%s", dir, de->d_name, is_dir ? "/" : ""));
    }
    closedir(d);
}

/* The commands that TAB offers after `:`. */
static const char *const command_names[] = {":?", ":a", ":add", ":complete", ":doc", ":help", ":host", ":l",
                                             ":load", ":o", ":option", ":p", ":print", ":q", ":quit", ":st",
                                             ":t", ":type"};

/* Whether C may be part of an attribute path being completed. */
static bool is_path_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == '\'' || c == '.';
}

/* Completion of LINE (the text before the cursor): sets *START to where
 * the word being completed starts, and gives the words that may replace
 * it, sorted. */
static Cands complete_line(const char *line, size_t *start)
{
    Cands c = {0};
    size_t len = strlen(line);
    *start = len;
    const char *root_text = line;
    Value *root = NULL;
    bool files = false;
    if (line[0] == ':') {
        size_t k = 1;
        while (line[k] && line[k] != ' ' && line[k] != '\t') k++;
        if (!line[k]) {
            *start = 0;
            for (size_t i = 0; i < sizeof command_names / sizeof *command_names; i++)
                if (starts_with(command_names[i], line)) cand_add(&c, command_names[i]);
            return c;
        }
        char *cmd = gc_strndup(line + 1, k - 1);
        while (line[k] == ' ' || line[k] == '\t') k++;
        root_text = line + k;
        if (!strcmp(cmd, "l") || !strcmp(cmd, "load") || !strcmp(cmd, "host")) files = true;
        else if (!strcmp(cmd, "o") || !strcmp(cmd, "option")) {
            if (!R->host) return c;
            root = attr_of(R->host, "options");
        } else if (!strcmp(cmd, "q") || !strcmp(cmd, "quit") || !strcmp(cmd, "st") || !strcmp(cmd, "?") ||
                   !strcmp(cmd, "help"))
            return c;
    }
    if (files) {
        *start = (size_t)(root_text - line);
        complete_files(root_text, &c);
        cand_finish(&c);
        return c;
    }
    size_t s = len;
    while (s > (size_t)(root_text - line) && is_path_char(line[s - 1])) s--;
    *start = s;
    const char *word = line + s;
    if ((word[0] >= '0' && word[0] <= '9') || word[0] == '.' || word[0] == '-' || word[0] == '\'') return c;
    const char *dot = strrchr(word, '.');
    if (dot) complete_attrs(gc_strndup(word, (size_t)(dot - word)), dot + 1, root, &c);
    else if (root) complete_attrs("", word, root, &c);
    else complete_vars(word, &c);
    cand_finish(&c);
    return c;
}

/* The longest common prefix of the candidates. */
static char *common_prefix(const Cands *c)
{
    size_t n = strlen(c->v[0]);
    for (size_t i = 1; i < c->n; i++) {
        size_t k = 0;
        while (k < n && c->v[i][k] == c->v[0][k]) k++;
        n = k;
    }
    return gc_strndup(c->v[0], n);
}

/* Prints the candidates in columns, as shells list completions. */
static void list_candidates(const Cands *c)
{
    size_t w = 0;
    for (size_t i = 0; i < c->n; i++)
        if (strlen(c->v[i]) > w) w = strlen(c->v[i]);
    struct winsize ws;
    size_t cols = 80;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col) cols = ws.ws_col;
    size_t per = cols / (w + 2);
    if (!per) per = 1;
    size_t rows = (c->n + per - 1) / per;
    fputc('\n', stdout);
    for (size_t r = 0; r < rows; r++) {
        for (size_t k = 0; k < per; k++) {
            size_t i = k * rows + r;
            if (i >= c->n) break;
            bool last = (k + 1) * rows + r >= c->n;
            if (last) {
                fputs(c->v[i], stdout);
                break;
            }
            fprintf(stdout, "%-*s", (int)(w + 2), c->v[i]);
        }
        fputc('\n', stdout);
    }
    fflush(stdout);
}

/* libedit's TAB: completes the word before the cursor, or lists the
 * choices when there is nothing more to add. */
static unsigned char el_complete(EditLine *el, int ch)
{
    (void)ch;
    const LineInfo *li = el_line(el);
    char *line = gc_strndup(li->buffer, (size_t)(li->cursor - li->buffer));
    size_t start;
    /* the terminal as it was (Ctrl-C a signal) while completion evaluates,
     * so that a long evaluation can be interrupted */
    el_set(el, EL_PREP_TERM, 0);
    Cands c = complete_line(line, &start);
    el_set(el, EL_PREP_TERM, 1);
    const char *word = line + start;
    size_t wl = strlen(word);
    if (!c.n) return CC_ERROR;
    if (c.n == 1) {
        if (!strcmp(c.v[0], word)) return CC_NORM;
        if (starts_with(c.v[0], word)) el_insertstr(el, c.v[0] + wl);
        else {
            el_deletestr(el, (int)wl);
            el_insertstr(el, c.v[0]);
        }
        return CC_REFRESH;
    }
    char *common = common_prefix(&c);
    if (strlen(common) > wl && starts_with(common, word)) {
        el_insertstr(el, common + wl);
        return CC_REFRESH;
    }
    list_candidates(&c);
    return CC_REDISPLAY;
}

/* libedit's Ctrl-C (the terminal does not turn it into SIGINT while a
 * line is edited): ends the line, which is then discarded. */
static unsigned char el_interrupt(EditLine *el, int ch)
{
    (void)el;
    (void)ch;
    interrupted = 1;
    fputs("^C", stdout);
    return CC_NEWLINE;
}

/* ---- commands ---- */

typedef enum { LINE_DONE, LINE_QUIT } LineResult;

/* Runs one `:` command. */
static LineResult run_command(const char *input)
{
    const char *p = input + 1;
    size_t k = 0;
    while (p[k] && p[k] != ' ' && p[k] != '\t' && p[k] != '\n') k++;
    char *cmd = gc_strndup(p, k);
    char *arg = trim(p + k);
#define IS(a) (!strcmp(cmd, a))
    if (IS("q") || IS("quit")) return LINE_QUIT;
    if (IS("?") || IS("help")) {
        fputs(commands_help, stdout);
    } else if (IS("l") || IS("load")) {
        load_file(arg, false);
    } else if (IS("host")) {
        load_file(arg, true);
    } else if (IS("a") || IS("add")) {
        Value *v = eval_text(arg);
        ev_force_attrs(v, 0);
        printf("Added %u variables.\n", add_attrs(v));
    } else if (IS("p") || IS("print")) {
        print_result(eval_text(arg), UINT32_MAX);
    } else if (IS("t") || IS("type")) {
        printf("%s\n", ev_show_type(eval_text(arg)));
    } else if (IS("doc")) {
        show_doc(arg);
    } else if (IS("o") || IS("option")) {
        show_option(arg);
    } else if (IS("st")) {
        if (!*arg) ev.show_trace = !ev.show_trace;
        else if (!strcmp(arg, "true") || !strcmp(arg, "on") || !strcmp(arg, "1")) ev.show_trace = true;
        else if (!strcmp(arg, "false") || !strcmp(arg, "off") || !strcmp(arg, "0")) ev.show_trace = false;
        else ev_error(ERR_EVAL, 0, "':st' takes true or false, not '%s'", arg);
        printf("showing error traces: %s\n", ev.show_trace ? "on" : "off");
    } else if (IS("complete")) {
        /* the argument as typed, keeping a trailing space */
        const char *raw = p + k;
        while (*raw == ' ' || *raw == '\t') raw++;
        char *text = gc_strdup(raw);
        size_t n = strlen(text);
        while (n && (text[n - 1] == '\n' || text[n - 1] == '\r')) text[--n] = 0;
        size_t start;
        Cands c = complete_line(text, &start);
        for (size_t i = 0; i < c.n; i++) printf("%s\n", c.v[i]);
    } else {
        ev_error(ERR_EVAL, 0, "unknown command ':%s' (:? lists the commands)", cmd);
    }
#undef IS
    fflush(stdout);
    return LINE_DONE;
}

/* Runs one complete input: a command, a binding or an expression. */
static LineResult run_input(const char *input)
{
    const char *s = input;
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') s++;
    if (*s == ':') return run_command(s);
    /* NAME = EXPR, as nix repl recognises it: the first `=`, not `==`,
     * after a variable name */
    const char *eq = strchr(s, '=');
    if (eq && eq[1] != '=') {
        char *name = trim(gc_strndup(s, (size_t)(eq - s)));
        size_t n = strlen(name);
        if (is_var_name(name, n) && !is_keyword(name, n)) {
            Expr *e = parse_in_scope(eq + 1);
            Sym sym = sym_cstr(name);
            ast_set_name(e, sym);
            Value *v = val_alloc();
            mk_thunk(v, R->env, e);
            set_var(sym, v);
            return LINE_DONE;
        }
    }
    print_result(eval_text(s), 1);
    return LINE_DONE;
}

/* Runs an input, reporting its errors. Returns LINE_QUIT to leave; sets
 * *INCOMPLETE instead of reporting when the input needs more lines. */
static LineResult run_protected(const char *input, bool allow_incomplete, bool *incomplete)
{
    *incomplete = false;
    R->incomplete = false;
    R->allow_incomplete = allow_incomplete;
    /* errors of commands have no position of their own: no stale one */
    ev.top_pos = 0;
    Catch c;
    c.want_trace = true;
    begin_evaluation();
    if (ev_try(&c, CATCH_ALL)) {
        LineResult r = run_input(input);
        ev_untry(&c);
        end_evaluation();
        return r;
    }
    bool stopped = end_evaluation();
    fflush(stdout);
    if (R->incomplete) {
        *incomplete = true;
        return LINE_DONE;
    }
    R->failures++;
    if (stopped) {
        static const char msg[] = "error: interrupted by the user";
        ev_log_text(stderr, msg, sizeof msg - 1);
    } else
        ev_print_error(stderr, c.err);
    fflush(stderr);
    return LINE_DONE;
}

/* ---- reading lines ---- */

static char prompt_text[] = "nomix-repl> ";
static char continue_text[] = "            ";

/* libedit's prompt: the first line's, or spaces as wide for the rest. */
static char *el_prompt(EditLine *el)
{
    (void)el;
    return R->continuing ? continue_text : prompt_text;
}

/* Where the history is kept, or NULL (creating its directory). */
static const char *history_path(void)
{
    const char *xdg = getenv("XDG_STATE_HOME");
    if (xdg && xdg[0] == '/') {
        const char *dir = gc_printf("%s/nomix", xdg);
        mkdir(xdg, 0700);
        mkdir(dir, 0700);
        return gc_printf("%s/history", dir);
    }
    const char *home = getenv("HOME");
    if (home && home[0]) return gc_printf("%s/.nomix_history", home);
    return NULL;
}

/* Sets up libedit: prompt, emacs keys, history, TAB, ~/.editrc. */
static void editor_init(void)
{
    HistEvent hev;
    R->hist = history_init();
    history(R->hist, &hev, H_SETSIZE, 1000);
    history(R->hist, &hev, H_SETUNIQUE, 1);
    R->history_file = history_path();
    if (R->history_file) history(R->hist, &hev, H_LOAD, R->history_file);   /* may not exist yet */
    R->el = el_init("nomix", stdin, stdout, stderr);
    el_set(R->el, EL_PROMPT, el_prompt);
    el_set(R->el, EL_EDITOR, "emacs");
    el_set(R->el, EL_SIGNAL, 1);
    el_set(R->el, EL_HIST, history, R->hist);
    /* functions are added through the wide API: libedit's narrow el_set
     * copies their names and never frees the copies */
    el_wset(R->el, EL_ADDFN, L"nomix-complete", L"Complete a name or attribute path", el_complete);
    el_set(R->el, EL_BIND, "^I", "nomix-complete", NULL);
    /* while editing, Ctrl-C is a key (discard the line), not a signal */
    el_set(R->el, EL_SETTY, "-d", "-isig", NULL);
    el_wset(R->el, EL_ADDFN, L"nomix-interrupt", L"Discard the line", el_interrupt);
    el_set(R->el, EL_BIND, "^C", "nomix-interrupt", NULL);
    el_source(R->el, NULL);
}

/* Saves the history (silently giving up if it cannot be written). */
static void history_save(void)
{
    HistEvent hev;
    if (R->hist && R->history_file) history(R->hist, &hev, H_SAVE, R->history_file);
}

/* Reads a line with libedit; NULL at the end of input. Sets *STOPPED when
 * Ctrl-C discarded the line. */
static const char *read_tty_line(bool *stopped)
{
    *stopped = false;
    if (!R->continuing) fputc('\n', stdout);
    fflush(stdout);
    interrupted = 0;
    /* the terminal in editing mode before the prompt shows, so that what
     * is typed right after it is not echoed twice */
    el_set(R->el, EL_PREP_TERM, 1);
    int count = 0;
    const char *line = el_gets(R->el, &count);
    if (interrupted || (!line && count < 0)) {
        *stopped = true;
        interrupted = 0;
        return NULL;
    }
    if (line && !is_blank(line)) {
        HistEvent hev;
        char *entry = gc_strdup(line);
        size_t n = strlen(entry);
        while (n && (entry[n - 1] == '\n' || entry[n - 1] == '\r')) entry[--n] = 0;
        history(R->hist, &hev, H_ENTER, entry);
        history_save();
    }
    return line;
}

/* The session's loop: reads inputs until the end or :q. */
static void session(void)
{
    StrBuf input = {0};
    char *buf = NULL;
    size_t cap = 0;
    for (;;) {
        const char *line;
        if (R->tty) {
            bool stopped;
            line = read_tty_line(&stopped);
            if (stopped) {
                fputc('\n', stdout);
                input.len = 0;
                R->continuing = false;
                continue;
            }
        } else {
            ssize_t n = getline(&buf, &cap, stdin);
            line = n < 0 ? NULL : buf;
        }
        if (!line) {
            if (R->tty) fputc('\n', stdout);
            if (input.len && !is_blank(gc_strndup(input.s, input.len))) {
                /* the end came in the middle of an input: report it */
                bool inc;
                run_protected(gc_strndup(input.s, input.len - 1), false, &inc);
            }
            break;
        }
        sb_adds(&input, line);
        if (!input.len || input.s[input.len - 1] != '\n') sb_addc(&input, '\n');
        /* parsed without the last newline, so that errors show no empty
         * line after the input */
        char *text = gc_strndup(input.s, input.len - 1);
        if (is_blank(text)) {
            input.len = 0;
            R->continuing = false;
            continue;
        }
        bool incomplete;
        LineResult r = run_protected(text, true, &incomplete);
        if (incomplete) {
            R->continuing = true;
            continue;
        }
        input.len = 0;
        R->continuing = false;
        if (r == LINE_QUIT) break;
    }
    free(buf);
}

/* The whole session, run on the big stack. */
static int run(void *p)
{
    ReplArgs *a = p;
    cli_init(a->include, a->ninclude, a->show_trace);
    R = GC_MALLOC(sizeof *R);
    R->cwd = cli_cwd();
    R->tty = isatty(STDIN_FILENO);
    rebuild_scope();

    /* --arg and --argstr, for the functions :l calls (a later one wins) */
    Attrs *aa = attrs_alloc((uint32_t)a->nargs);
    for (size_t i = a->nargs; i-- > 0;) {
        Value *v = val_alloc();
        if (a->arg_is_string[i]) mk_cstring(v, a->arg_values[i]);
        else {
            Catch c;
            c.want_trace = true;
            if (!ev_try(&c, CATCH_ALL)) {
                ev_print_error(stderr, c.err);
                return 1;
            }
            Expr *e = ev_parse_string(a->arg_values[i], strlen(a->arg_values[i]), R->cwd, SRC_STRING);
            ev_untry(&c);
            mk_thunk(v, ev.base_env, e);
        }
        aa->a[aa->size++] = (Attr){sym_cstr(a->arg_names[i]), 0, v};
    }
    attrs_sort(aa);
    R->auto_args = aa;

    if (R->tty) {
        setlocale(LC_CTYPE, "");
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_sigint;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGINT, &sa, NULL);
        printf("Welcome to nomix, the Nix language as in Nix 2.8. Type :? for help.\n");
    }
    for (size_t i = 0; i < a->nfiles; i++) {
        if (R->tty) printf("Loading '%s'...\n", a->files[i]);
        bool inc;
        char *cmd = gc_printf(":l %s", a->files[i]);
        run_protected(cmd, false, &inc);
    }
    if (R->tty) editor_init();
    session();
    if (R->tty) {
        history_save();
        el_end(R->el);
        history_end(R->hist);
        R->el = NULL;
        R->hist = NULL;
        signal(SIGINT, SIG_DFL);
    }
    fflush(stdout);
    return !R->tty && R->failures ? 1 : 0;
}

/* `nomix repl`: reads the flags, then runs the session on the big stack. */
int cmd_repl(int argc, char **argv)
{
    ReplArgs *a = GC_MALLOC(sizeof *a);
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i];
        if (!strcmp(s, "--help") || !strcmp(s, "-h")) {
            fputs(repl_help, stdout);
            return 0;
        } else if (!strcmp(s, "--show-trace")) a->show_trace = true;
        else if (!strcmp(s, "-I") || !strcmp(s, "--include")) {
            if (i + 1 >= argc) return usage_error("repl", "'%s' requires 1 argument", s);
            push(&a->include, &a->ninclude, argv[++i]);
        } else if (!strncmp(s, "-I", 2) && s[2]) push(&a->include, &a->ninclude, s + 2);
        else if (!strcmp(s, "--arg") || !strcmp(s, "--argstr")) {
            if (i + 2 >= argc) return usage_error("repl", "'%s' requires 2 arguments", s);
            size_t n = a->nargs;
            push(&a->arg_names, &n, argv[i + 1]);
            n = a->nargs;
            push(&a->arg_values, &n, argv[i + 2]);
            a->arg_is_string = GC_REALLOC(a->arg_is_string, (a->nargs + 1) * sizeof *a->arg_is_string);
            a->arg_is_string[a->nargs++] = s[5] == 's';
            i += 2;
        } else if (s[0] == '-' && s[1]) return usage_error("repl", "unrecognised flag '%s'", s);
        else push(&a->files, &a->nfiles, s);
    }
    return ev_run_big_stack(run, a);
}
