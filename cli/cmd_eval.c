/* cmd_eval.c: `nomix eval` and `nomix instantiate`.
 *
 * Both evaluate files or expressions the way `nix-instantiate --eval` does:
 * the same flags, the same attribute paths and automatic arguments, and the
 * same output, byte for byte. `instantiate` takes nix-instantiate's own
 * spelling of the flags so that scripts written for it run unchanged. */
#include <errno.h>
#include <gc/gc.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "eval.h"
#include "builtins.h"

typedef struct AutoArg {
    const char *name;
    const char *value;
    bool is_string;     /* --argstr */
} AutoArg;

typedef struct EvalArgs {
    const char *cmd;
    bool strict, json, raw, from_expr, read_stdin, parse_only, show_trace, find_file;
    const char **inputs;
    size_t ninputs;
    const char **attr_paths;
    size_t npaths;
    AutoArg *auto_args;
    size_t nauto;
    const char **include;
    size_t ninclude;
} EvalArgs;

/* Appends to a growing array of pointers. */
static void push_str(const char ***v, size_t *n, const char *s)
{
    *v = GC_REALLOC(*v, (*n + 1) * sizeof **v);
    (*v)[(*n)++] = s;
}

static const char eval_help[] =
    "Usage: nomix eval [OPTIONS] [FILE... | -E EXPR... | -]\n"
    "\n"
    "Evaluate Nix expressions and print their values exactly as\n"
    "`nix-instantiate --eval` does. Without FILE, ./default.nix is evaluated.\n"
    "A file whose value is a function of a set pattern is called with the\n"
    "--arg and --argstr values.\n"
    "\n"
    "Options:\n"
    "  --strict            evaluate the whole value, not only its top level\n"
    "  --json              print the value as JSON (without a final newline, as Nix)\n"
    "  --raw               print a string value as it is, without quotes or escapes\n"
    "                      (a nomix extension: nix-instantiate has no --raw)\n"
    "  -E, --expr          the arguments are expressions, not file names\n"
    "  -                   read the expression from standard input\n"
    "  -A, --attr PATH     print the attribute at PATH (e.g. services.nomad, or a\n"
    "                      list index: xs.0); may be given more than once\n"
    "  --arg NAME EXPR     pass NAME = EXPR to a top-level function\n"
    "  --argstr NAME STR   pass NAME = \"STR\" to a top-level function\n"
    "  -I, --include PATH  add PATH (or prefix=PATH) to the search path for <name>;\n"
    "                      searched before the entries of $NIX_PATH\n"
    "  --show-trace        show every step of an error's trace\n"
    "  -h, --help          show this help\n"
    "\n"
    "Exit status: 0 on success, 1 if evaluation fails, 2 on a usage error.\n";

static const char instantiate_help[] =
    "Usage: nomix instantiate --eval [OPTIONS] [FILE... | -E EXPR... | -]\n"
    "\n"
    "Accepts nix-instantiate's evaluation flags unchanged, so that scripts and\n"
    "test suites written for `nix-instantiate --eval` run with nomix. nomix has\n"
    "no store, so only evaluation (--eval) and parsing (--parse) are available.\n"
    "\n"
    "Options:\n"
    "  --eval, --eval-only        evaluate and print (required unless --parse)\n"
    "  --parse, --parse-only      parse and print the expression back\n"
    "  --strict                   evaluate the whole value\n"
    "  --json                     print as JSON\n"
    "  -E, --expr                 the arguments are expressions\n"
    "  -                          read the expression from standard input\n"
    "  -A, --attr PATH            select the attribute at PATH\n"
    "  --arg NAME EXPR            pass NAME = EXPR to a top-level function\n"
    "  --argstr NAME STR          pass NAME = \"STR\" to a top-level function\n"
    "  -I, --include PATH         add to the search path for <name>\n"
    "  --find-file                print where each <name> argument is found\n"
    "  --show-trace               show every step of an error's trace\n"
    "  --read-write-mode, --dry-run, --repair, --indirect, --no-location,\n"
    "  --add-root PATH, --option NAME VALUE\n"
    "                             accepted for compatibility; no effect\n"
    "  -h, --help                 show this help\n";

/* Reads the flags of `eval` (INST false) or `instantiate` (INST true). */
static int parse_args(int argc, char **argv, EvalArgs *a, bool inst)
{
    bool eval_mode = !inst;
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i];
#define NEED(k) do { if (i + (k) >= argc) return usage_error(a->cmd, "'%s' requires %d argument%s", s, k, (k) > 1 ? "s" : ""); } while (0)
        if (!strcmp(s, "--help") || !strcmp(s, "-h")) {
            fputs(inst ? instantiate_help : eval_help, stdout);
            exit(0);
        } else if (!strcmp(s, "--strict")) a->strict = true;
        else if (!strcmp(s, "--json")) a->json = true;
        else if (!inst && !strcmp(s, "--raw")) a->raw = true;
        else if (!strcmp(s, "-E") || !strcmp(s, "--expr")) a->from_expr = true;
        else if (!strcmp(s, "-")) a->read_stdin = true;
        else if (!strcmp(s, "-A") || !strcmp(s, "--attr")) { NEED(1); push_str(&a->attr_paths, &a->npaths, argv[++i]); }
        else if (!strcmp(s, "--arg") || !strcmp(s, "--argstr")) {
            NEED(2);
            a->auto_args = GC_REALLOC(a->auto_args, (a->nauto + 1) * sizeof *a->auto_args);
            a->auto_args[a->nauto++] = (AutoArg){argv[i + 1], argv[i + 2], s[5] == 's'};
            i += 2;
        } else if (!strcmp(s, "-I") || !strcmp(s, "--include")) { NEED(1); push_str(&a->include, &a->ninclude, argv[++i]); }
        else if (!strncmp(s, "-I", 2) && s[2]) push_str(&a->include, &a->ninclude, s + 2);
        else if (!strcmp(s, "--show-trace")) a->show_trace = true;
        else if (inst && (!strcmp(s, "--eval") || !strcmp(s, "--eval-only"))) eval_mode = true;
        else if (inst && (!strcmp(s, "--parse") || !strcmp(s, "--parse-only"))) { a->parse_only = true; eval_mode = true; }
        else if (inst && !strcmp(s, "--find-file")) { a->find_file = true; eval_mode = true; }
        else if (inst && (!strcmp(s, "--read-write-mode") || !strcmp(s, "--dry-run") || !strcmp(s, "--repair") ||
                          !strcmp(s, "--indirect") || !strcmp(s, "--no-location"))) ;
        else if (inst && !strcmp(s, "--add-root")) { NEED(1); i++; }
        else if (inst && !strcmp(s, "--option")) { NEED(2); i += 2; }
        else if (inst && !strcmp(s, "--xml")) return usage_error(a->cmd, "--xml output is not supported");
        else if (s[0] == '-' && s[1]) return usage_error(a->cmd, "unrecognised flag '%s'", s);
        else push_str(&a->inputs, &a->ninputs, s);
#undef NEED
    }
    if (!eval_mode)
        return usage_error(a->cmd, "nomix has no store and cannot instantiate derivations; pass --eval (or --parse)");
    return 0;
}

/* Splits an attribute path "a.b.\"c.d\".0" into its names. */
static const char **split_attr_path(const char *s, size_t *n)
{
    const char **out = NULL;
    *n = 0;
    StrBuf cur = {0};
    bool any = false;
    for (const char *p = s; *p; p++) {
        if (*p == '.') {
            push_str(&out, n, cur.s ? cur.s : "");
            cur = (StrBuf){0};
            any = false;
        } else if (*p == '"') {
            p++;
            for (;; p++) {
                if (!*p) ev_error(ERR_PARSE, 0, "missing closing quote in selection path '%s'", s);
                if (*p == '"') break;
                sb_addc(&cur, *p);
            }
            any = true;
        } else {
            sb_addc(&cur, *p);
            any = true;
        }
    }
    if (any || cur.len) push_str(&out, n, cur.s ? cur.s : "");
    return out;
}

/* Whether S is an unsigned decimal number that fits 32 bits. */
static bool parse_index(const char *s, uint32_t *out)
{
    if (!*s) return false;
    uint64_t v = 0;
    for (const char *p = s; *p; p++) {
        if (*p < '0' || *p > '9') return false;
        v = v * 10 + (uint64_t)(*p - '0');
        if (v > UINT32_MAX) return false;
    }
    *out = (uint32_t)v;
    return true;
}

/* Follows an attribute path from ROOT, calling functions with the
 * automatic arguments along the way, as nix-instantiate does. */
static Value *find_along(const char *path, Attrs *auto_args, Value *root)
{
    size_t n;
    const char **names = split_attr_path(path, &n);
    Value *v = root;
    for (size_t i = 0; i < n; i++) {
        Value *next = val_alloc();
        ev_auto_call(auto_args, v, next);
        v = next;
        ev_force(v, 0);
        uint32_t index;
        if (!parse_index(names[i], &index)) {
            if (v->type != T_ATTRS)
                ev_type_error(0, "the expression selected by the selection path '%s' should be a set but is %s",
                              path, ev_show_type(v));
            if (!names[i][0]) ev_error(ERR_EVAL, 0, "empty attribute name in selection path '%s'", path);
            Attr *a = attrs_get(v->attrs, sym_cstr(names[i]));
            if (!a) {
                const char **cand = GC_MALLOC((v->attrs->size + 1) * sizeof *cand);
                for (uint32_t k = 0; k < v->attrs->size; k++) cand[k] = sym_str(v->attrs->a[k].name);
                ev_error_hint(ERR_EVAL, 0, ev_suggest(names[i], cand, v->attrs->size),
                              "attribute '%s' in selection path '%s' not found", names[i], path);
            }
            v = a->value;
        } else {
            if (v->type != T_LIST)
                ev_type_error(0, "the expression selected by the selection path '%s' should be a list but is %s",
                              path, ev_show_type(v));
            if (index >= v->len)
                ev_error(ERR_EVAL, 0, "list index %u in selection path '%s' is out of range", index, path);
            v = list_elems(v)[index];
        }
    }
    return v;
}

/* The position a value is best reported at. */
static PosIdx value_pos(const Value *v)
{
    if (v->type == T_ATTRS) return v->attrs->pos;
    if (v->type == T_LAMBDA) return v->lam.fn->h.pos;
    return 0;
}

/* Reads all of standard input. */
static char *read_stdin(size_t *len)
{
    StrBuf b = {0};
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, stdin)) > 0) sb_add(&b, buf, n);
    *len = b.len;
    return b.s ? b.s : gc_strdup("");
}

/* The absolute current directory. */
static const char *cwd(void)
{
    char *c = getcwd(NULL, 0);
    const char *r = gc_strdup(c ? c : "/");
    free(c);
    return r;
}

/* Resolves a file argument: <name> through the search path, else a path
 * relative to the current directory. */
static const char *file_arg(const char *s)
{
    size_t len = strlen(s);
    if (len > 2 && s[0] == '<' && s[len - 1] == '>') {
        Value fn, res;
        Attr *ff = attrs_get(ev.builtins->attrs, sym_cstr("findFile"));
        Attr *np = attrs_get(ev.builtins->attrs, sym_cstr("nixPath"));
        fn = *ff->value;
        Value *args[2] = {np->value, val_alloc()};
        mk_string_copy(args[1], s + 1, len - 2);
        ev_call(&fn, 2, args, &res, 0);
        return res.path;
    }
    return path_abs(s, len, cwd());
}

/* Builds the set of --arg/--argstr values. */
static Attrs *make_auto_args(const EvalArgs *a)
{
    Attrs *r = attrs_alloc((uint32_t)a->nauto);
    for (size_t i = 0; i < a->nauto; i++) {
        Value *v = val_alloc();
        if (a->auto_args[i].is_string)
            mk_cstring(v, a->auto_args[i].value);
        else {
            Expr *e = ev_parse_string(a->auto_args[i].value, strlen(a->auto_args[i].value), cwd(), SRC_STRING);
            mk_thunk(v, ev.base_env, e);
        }
        r->a[r->size++] = (Attr){sym_cstr(a->auto_args[i].name), 0, v};
    }
    /* a later --arg of the same name wins, as in Nix */
    for (size_t i = 0, j = r->size; i < j / 2; i++) {
        Attr t = r->a[i];
        r->a[i] = r->a[j - 1 - i];
        r->a[j - 1 - i] = t;
    }
    attrs_sort(r);
    return r;
}

/* Evaluates one parsed input and prints each requested attribute. */
static void process(const EvalArgs *a, Expr *e, Attrs *auto_args)
{
    if (a->parse_only) {
        ast_show(stdout, e);
        fputc('\n', stdout);
        return;
    }
    Value root;
    ev_eval_top(e, &root);
    static const char *const default_path[] = {""};
    const char *const *paths = a->npaths ? a->attr_paths : default_path;
    size_t npaths = a->npaths ? a->npaths : 1;
    for (size_t i = 0; i < npaths; i++) {
        Value *v = find_along(paths[i], auto_args, &root);
        ev_force(v, value_pos(v));
        Value res;
        if (auto_args->size == 0) res = *v;
        else ev_auto_call(auto_args, v, &res);
        StrBuf b = {0};
        if (a->json)
            ev_show_json(&b, &res, a->strict, value_pos(v));
        else if (a->raw)
            ev_coerce_to_string(&res, value_pos(v), COERCE_COPY_TO_STORE | COERCE_CANON_PATH, &b);
        else {
            if (a->strict) ev_force_deep(&res);
            ev_show(&b, &res);
            sb_addc(&b, '\n');
        }
        fwrite(b.s ? b.s : "", 1, b.len, stdout);
        fflush(stdout);
    }
}

/* The whole evaluation, run on the big stack. */
static int run(void *p)
{
    EvalArgs *a = p;
    const char **search = NULL;
    size_t nsearch = 0;
    for (size_t i = 0; i < a->ninclude; i++) push_str(&search, &nsearch, a->include[i]);
    const char *np = getenv("NIX_PATH");
    if (np) {
        const char **entries;
        size_t n = nix_path_split(np, &entries);
        for (size_t i = 0; i < n; i++) push_str(&search, &nsearch, entries[i]);
    }
    EvOptions opts = {search, (uint32_t)nsearch, a->show_trace, 0};
    ev_init(&opts);
    stdlib_init();

    Catch c;
    c.want_trace = true;
    if (!ev_try(&c, CATCH_ALL)) {
        fflush(stdout);
        ev_print_error(stderr, c.err);
        return 1;
    }
    if (a->find_file) {
        for (size_t i = 0; i < a->ninputs; i++) {
            Value fn, res;
            fn = *attrs_get(ev.builtins->attrs, sym_cstr("findFile"))->value;
            Value *args[2] = {attrs_get(ev.builtins->attrs, sym_cstr("nixPath"))->value, val_alloc()};
            mk_cstring(args[1], a->inputs[i]);
            ev_call(&fn, 2, args, &res, 0);
            printf("%s\n", res.path);
        }
        ev_untry(&c);
        return 0;
    }
    Attrs *auto_args = make_auto_args(a);
    if (a->read_stdin) {
        size_t len;
        char *text = read_stdin(&len);
        process(a, ev_parse_string(text, len, cwd(), SRC_STDIN), auto_args);
    } else if (a->ninputs == 0 && !a->from_expr)
        push_str(&a->inputs, &a->ninputs, "./default.nix");
    for (size_t i = 0; i < a->ninputs; i++) {
        Expr *e;
        if (a->from_expr)
            e = ev_parse_string(a->inputs[i], strlen(a->inputs[i]), cwd(), SRC_STRING);
        else
            e = ev_parse_file(ev_resolve_import(file_arg(a->inputs[i]), 0), 0);
        process(a, e, auto_args);
    }
    ev_untry(&c);
    return 0;
}

/* Runs eval or instantiate with parsed flags. */
static int eval_main(int argc, char **argv, bool inst)
{
    EvalArgs *a = GC_MALLOC(sizeof *a);
    a->cmd = inst ? "instantiate" : "eval";
    int r = parse_args(argc, argv, a, inst);
    if (r) return r;
    return ev_run_big_stack(run, a);
}

int cmd_eval(int argc, char **argv)
{
    return eval_main(argc, argv, false);
}

int cmd_instantiate(int argc, char **argv)
{
    return eval_main(argc, argv, true);
}
