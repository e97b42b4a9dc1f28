/* host.c: what the host commands share: setting up the evaluator, reading
 * attribute paths, and evaluating a host file with the bundled modules
 * (modules/host.nix), with its warnings printed and assertions checked. */
#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "eval.h"
#include "builtins.h"

/* Appends S to a growing array of strings. */
static void push(const char ***v, size_t *n, const char *s)
{
    *v = GC_REALLOC(*v, (*n + 1) * sizeof **v);
    (*v)[(*n)++] = s;
}

void cli_init(const char *const *include, size_t ninclude, bool show_trace)
{
    cli_init_heap(include, ninclude, show_trace, 0);
}

void cli_init_heap(const char *const *include, size_t ninclude, bool show_trace, size_t heap)
{
    const char **search = NULL;
    size_t nsearch = 0;
    for (size_t i = 0; i < ninclude; i++) push(&search, &nsearch, include[i]);
    const char *np = getenv("NIX_PATH");
    if (np) {
        const char **entries;
        size_t n = nix_path_split(np, &entries);
        for (size_t i = 0; i < n; i++) push(&search, &nsearch, entries[i]);
    }
    EvOptions opts = {search, (uint32_t)nsearch, show_trace, heap};
    ev_init(&opts);
    stdlib_init();
}

const char *cli_cwd(void)
{
    char *c = getcwd(NULL, 0);
    const char *r = gc_strdup(c ? c : "/");
    free(c);
    return r;
}

const char **attr_path_split(const char *s, size_t *n)
{
    const char **out = NULL;
    *n = 0;
    StrBuf cur = {0};
    bool any = false;
    for (const char *p = s; *p; p++) {
        if (*p == '.') {
            push(&out, n, cur.s ? cur.s : "");
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
    if (any || cur.len) push(&out, n, cur.s ? cur.s : "");
    return out;
}

/* The attribute NAME of set V, which host.nix always provides. */
static Value *field(Value *v, const char *name)
{
    Attr *a = attrs_get(ev_force_attrs(v, 0), sym_cstr(name));
    if (!a) ev_error(ERR_INTERNAL, 0, "host.nix gives no '%s'", name);
    return a->value;
}

/* The error text for failed assertions: one item per message, laid out
 * as evaluation errors are. */
static StrBuf failed_assertions_text(Value *list)
{
    StrBuf b = {0};
    sb_adds(&b, "error: Failed assertions:");
    Value **el = list_elems(list);
    for (uint32_t i = 0; i < list->len; i++) {
        StrBuf m = {0};
        ev_coerce_to_string(el[i], 0, 0, &m);
        /* messages often end in a newline; each line keeps the indentation */
        while (m.len && m.s[m.len - 1] == '\n') m.len--;
        sb_adds(&b, "\n       - ");
        for (size_t k = 0; k < m.len; k++) {
            sb_addc(&b, m.s[k]);
            if (m.s[k] == '\n') sb_adds(&b, "         ");
        }
    }
    return b;
}

const char *host_check(Value *res, const char *label, FILE *out)
{
    Value *warnings = field(res, "warnings");
    ev_force_list(warnings, 0);
    for (uint32_t i = 0; i < warnings->len; i++) {
        StrBuf m = {0};
        sb_adds(&m, "warning: ");
        if (label) sb_printf(&m, "%s: ", label);
        ev_coerce_to_string(list_elems(warnings)[i], 0, 0, &m);
        ev_log_text(out, m.s, m.len);
    }
    Value *failed = field(res, "failedAssertions");
    ev_force_list(failed, 0);
    if (!failed->len) return NULL;
    StrBuf b = failed_assertions_text(failed);
    return b.s;
}

/* Calls the function F of one argument ARG. */
static Value *call1(Value *f, Value *arg)
{
    Value *res = val_alloc();
    Value *args[1] = {arg};
    ev_call(f, 1, args, res, 0);
    return res;
}

/* Evaluates `import <nomix/modules/NAME.nix> { KEY = PATH; }`. */
static Value *import_with_path(const char *name, const char *key, const char *file)
{
    const char *src = gc_printf("{ arg }: import <nomix/modules/%s.nix> { %s = arg; }", name, key);
    Expr *e = ev_parse_string(src, strlen(src), cli_cwd(), SRC_STRING);
    Value fn;
    ev_eval_top(e, &fn);
    Attrs *a = attrs_alloc(1);
    Value *path = val_alloc();
    mk_path(path, file, strlen(file));
    a->a[a->size++] = (Attr){sym_cstr("arg"), 0, path};
    Value arg;
    mk_attrs(&arg, a);
    return call1(&fn, &arg);
}

Value *host_eval(const char *file)
{
    Value *res = import_with_path("host", "host", file);
    const char *failed = host_check(res, NULL, stderr);
    if (failed) {
        ev_log_text(stderr, failed, strlen(failed));
        return NULL;
    }
    return res;
}

Value *host_field(Value *host, const char *name)
{
    return field(host, name);
}

Value *fleet_eval(const char *file)
{
    return import_with_path("fleet", "fleet", file);
}

Value *fleet_host(Value *fleet, const char *name)
{
    Value *arg = val_alloc();
    mk_cstring(arg, name);
    return call1(field(fleet, "evalHost"), arg);
}
